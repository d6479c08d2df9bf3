#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace rehearse::core {

// The user's own interview: the company pack, the date and the stage they are at. The
// app is centred on it: the window counts the days, the Guide opens at the stage, and
// Questions and Practice start filtered to it.
struct InterviewPlan {
    QString packSlug;
    QDate date; // invalid: not known yet
    QString stageSlug; // empty: not started

    bool isSet() const { return !packSlug.isEmpty(); }
    bool operator==(const InterviewPlan &) const = default;

    // Whole days from the user's today (the date of now in their time zone) to the
    // interview; negative once it has passed. Needs a valid date.
    static int daysLeft(const QDate &interview, const QDateTime &now, const QTimeZone &zone);
    // "12 days left", "Tomorrow", "Today", "3 days ago"; empty without a date.
    static QString describeDaysLeft(int days);
};

// A question the user will ask the interviewers, kept per pack.
struct QuestionToAsk {
    qint64 id = 0;
    QString text;
};

// Keeps the plan (one row) and the questions to ask.
class InterviewPlanRepository final {
public:
    explicit InterviewPlanRepository(QSqlDatabase db);

    InterviewPlan plan() const;
    bool setPlan(const InterviewPlan &plan);

    QList<QuestionToAsk> questionsToAsk(const QString &packSlug) const;
    qint64 addQuestionToAsk(const QString &packSlug, const QString &text);
    bool setQuestionToAsk(qint64 id, const QString &text);
    bool removeQuestionToAsk(qint64 id);

    QString lastError() const { return m_error; }

private:
    QSqlDatabase m_db;
    QString m_error;
};

} // namespace rehearse::core
