#pragma once

#include "core/Schedule.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace rehearse::core {

// One line of the scoring rubric, with what a 1, a 3 and a 5 look like.
struct Criterion {
    qint64 id = 0;
    QString slug;
    int position = 0;
    QString name;
    QString description;
    QString level1;
    QString level3;
    QString level5;
    bool active = true;
};

// A moment in a recording that the user marked, with a short text.
struct Bookmark {
    qint64 id = 0;
    qint64 attemptId = 0;
    qint64 positionMs = 0;
    QString text;
};

// A question whose next review is due.
struct DueQuestion {
    qint64 questionId = 0;
    QString text;
    QDateTime dueAt;
    int lastScore = 0;
};

// The review of attempts: the rubric, scores, the overall score, notes, bookmarks, and
// the schedule that follows from the overall scores. Every setter writes at once, so the
// review is saved as it is entered.
class ReviewRepository final {
public:
    explicit ReviewRepository(QSqlDatabase db);

    QList<Criterion> criteria(bool includeInactive = false) const;
    // Inserts the criterion when its id is 0 (and sets the id), updates it otherwise.
    bool saveCriterion(Criterion &criterion);

    // Criterion id → score (1–5) of one attempt.
    QHash<qint64, int> scores(qint64 attemptId) const;
    // Score 0 clears the criterion's score.
    bool setScore(qint64 attemptId, qint64 criterionId, int score);
    // Sets (1–5) or clears (0) the overall score and reschedules the attempt's question,
    // in one transaction.
    bool setOverall(qint64 attemptId, int score);
    bool setNotes(qint64 attemptId, const QString &notes);

    QList<Bookmark> bookmarks(qint64 attemptId) const; // by position
    qint64 addBookmark(qint64 attemptId, qint64 positionMs, const QString &text);
    bool setBookmarkText(qint64 bookmarkId, const QString &text);
    bool removeBookmark(qint64 bookmarkId);

    ScheduleEntry schedule(qint64 questionId) const;
    // Recomputes the question's schedule from all its scored attempts. Runs inside the
    // caller's transaction when there is one.
    bool reschedule(qint64 questionId);
    // Visible questions due at or before when, earliest first.
    QList<DueQuestion> dueBy(const QDateTime &when) const;

    QString lastError() const { return m_error; }

private:
    bool exec(const QString &sql, const QVariantList &binds);

    QSqlDatabase m_db;
    QString m_error;
};

} // namespace rehearse::core
