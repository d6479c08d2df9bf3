#pragma once

#include "core/InterviewType.h"
#include "core/Question.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace rehearse::core {

// Reads questions for practice: one by id, the ones of a pack and category, and the
// order in which they should come up next.
class QuestionRepository final {
public:
    explicit QuestionRepository(QSqlDatabase db);

    // Limits listings to the questions of one interview stage (by its id in the pack);
    // empty: every stage.
    void setStage(const QString &stageSlug) { m_stage = stageSlug; }

    std::optional<Question> get(qint64 id) const;
    // Visible questions (not hidden, not archived) of the pack (all packs and own
    // questions when empty), in the given categories (all when empty), in pack order.
    QList<Question> list(const QString &packSlug = {}, const QStringList &categories = {}) const;

    // Up to count question ids, most useful first: due for review (earliest due first),
    // then never practised (in pack order), then the least recently practised.
    QList<qint64> nextUp(int count, const QDateTime &now, const QString &packSlug = {},
                         const QStringList &categories = {}) const;
    QList<qint64> forInterview(InterviewType type, int count, const QDateTime &now, const QString &packSlug = {}) const;
    // The text of each question, by id, in one query (ids that do not exist are left out).
    QHash<qint64, QString> texts(const QList<qint64> &ids) const;

    // The most recently changed story linked to the question, as short cue points (the
    // first sentence of each part, at most a dozen words); nullopt when none.
    std::optional<StoryCue> cueFor(qint64 questionId) const;

private:
    QSqlDatabase m_db;
    QString m_stage;
};

} // namespace rehearse::core
