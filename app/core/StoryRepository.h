#pragma once

#include "core/Story.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace rehearse::core {

// A quality a story can show, with the pack it comes from.
struct StoryQuality {
    qint64 id = 0;
    QString name;
    QString pack; // "Company — Role"
    qint64 packId = 0;
};

// A question a story answers (or could answer).
struct StoryQuestion {
    qint64 id = 0;
    QString text;
    QString category;
};

// The user's STAR stories, the qualities each shows and the questions each answers. Every
// setter writes at once (one statement per field), so that what was typed survives the
// process being killed a moment later.
class StoryRepository final {
public:
    explicit StoryRepository(QSqlDatabase db);

    // What "now" is for the timestamps; the wall clock unless a test says otherwise.
    void setClock(std::function<QDateTime()> now);

    QList<Story> list() const; // in the order they were written
    std::optional<Story> get(qint64 id) const;
    // The story most recently changed; 0 when there is none.
    qint64 lastEdited() const;
    // Stores a new story with the given texts; returns its id, 0 on failure.
    qint64 create(const Story &story = {});
    bool setText(qint64 id, StoryPart part, const QString &text);
    bool remove(qint64 id);

    // Qualities that can be chosen: not retired, from packs that are installed, in pack
    // order.
    QList<StoryQuality> qualities() const;
    // The story's qualities, retired ones included.
    QList<qint64> qualityIds(qint64 storyId) const;
    bool setQuality(qint64 storyId, qint64 qualityId, bool shown);
    // Quality id → the stories that show it.
    QHash<qint64, QList<qint64>> coverage() const;

    QList<StoryQuestion> questions(qint64 storyId) const; // own questions last, in pack order
    bool link(qint64 storyId, qint64 questionId);
    bool unlink(qint64 storyId, qint64 questionId);
    // Questions that can be practised and are not linked to the story yet, whose text
    // holds every word of search (any case for ASCII letters); behavioural ones first.
    QList<StoryQuestion> findQuestions(qint64 storyId, const QString &search, int limit = 50) const;

    QString lastError() const { return m_error; }

private:
    bool exec(const QString &sql, const QVariantList &binds);
    // Runs the statement and marks the story changed, in one transaction.
    bool execAndTouch(qint64 storyId, const QString &sql, const QVariantList &binds);
    QString now() const;

    QSqlDatabase m_db;
    std::function<QDateTime()> m_now;
    QString m_error;
};

} // namespace rehearse::core
