#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace rehearse::core {

// Read-only figures for the Progress panel. Only answers that were recorded to the end
// count: attempts in state "complete" or "recovered". Weeks start on Monday, in local
// time; a week with nothing in it is not listed.
class ProgressRepository final {
public:
    struct WeekAverage {
        QDate week; // the Monday
        double average = 0;
        int count = 0; // scores behind the average
    };

    // One active rubric criterion and its average score per week (empty when unscored).
    struct CriterionTrend {
        qint64 criterionId = 0;
        QString slug;
        QString name;
        QList<WeekAverage> weeks;
    };

    struct WeekCount {
        QDate week; // the Monday
        int count = 0;
    };

    struct AnswerLength {
        QDateTime startedAt;
        qint64 durationMs = 0;
        qint64 limitMs = 0; // 0 when the answer had no limit
    };

    // One quality of a pack: how many of the questions that probe it were practised, and
    // the average overall score of their scored attempts.
    struct QualityCoverage {
        qint64 qualityId = 0;
        QString quality;
        QString packSlug;
        QString pack; // "Company — Role"
        int practised = 0; // questions with at least one attempt
        int total = 0; // questions that can be practised, plus any practised before they were hidden
        int scored = 0; // attempts with an overall score
        std::optional<double> averageScore;
    };

    explicit ProgressRepository(QSqlDatabase db);

    // Active criteria in rubric order, each with its weeks in date order.
    QList<CriterionTrend> criterionTrends() const;
    QList<WeekCount> attemptsPerWeek() const;
    // In the order they were recorded.
    QList<AnswerLength> answerLengths() const;
    // Non-retired qualities of installed packs, by pack and then in pack order.
    QList<QualityCoverage> qualityCoverage() const;

private:
    QSqlDatabase m_db;
};

} // namespace rehearse::core
