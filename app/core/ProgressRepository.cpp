#include "core/ProgressRepository.h"

#include "core/Logging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace rehearse::core {

namespace {

// The Monday on or before the local date of an attempt. started_at is UTC ISO text,
// which SQLite reads with its milliseconds and "Z".
const auto Week = QStringLiteral("date(a.started_at, 'localtime', '-6 days', 'weekday 1')");
const auto Recorded = QStringLiteral("a.state IN ('complete', 'recovered')");

bool run(QSqlQuery &query, const QString &sql)
{
    if (!query.exec(sql)) {
        qCWarning(logDb) << "progress query failed:" << query.lastError().text();
        return false;
    }
    return true;
}

QDate dateOf(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace

ProgressRepository::ProgressRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QList<ProgressRepository::CriterionTrend> ProgressRepository::criterionTrends() const
{
    QSqlQuery query(m_db);
    const QString sql = QStringLiteral("SELECT c.id, c.slug, c.name, w.week, w.average, w.n FROM rubric_criteria c "
                                       "LEFT JOIN (SELECT s.criterion_id, %1 AS week, avg(s.score) AS average, "
                                       "                  count(*) AS n "
                                       "           FROM attempt_scores s JOIN attempts a ON a.id = s.attempt_id "
                                       "           WHERE %2 GROUP BY s.criterion_id, week) w "
                                       "       ON w.criterion_id = c.id "
                                       "WHERE c.active = 1 ORDER BY c.position, c.id, w.week")
                            .arg(Week, Recorded);
    QList<CriterionTrend> trends;
    if (!run(query, sql))
        return trends;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (trends.isEmpty() || trends.last().criterionId != id)
            trends.append({id, query.value(1).toString(), query.value(2).toString(), {}});
        if (!query.value(3).isNull())
            trends.last().weeks.append({dateOf(query.value(3)), query.value(4).toDouble(), query.value(5).toInt()});
    }
    return trends;
}

QList<ProgressRepository::WeekCount> ProgressRepository::attemptsPerWeek() const
{
    QSqlQuery query(m_db);
    const QString sql
        = QStringLiteral("SELECT %1 AS week, count(*) FROM attempts a WHERE %2 GROUP BY week ORDER BY week")
              .arg(Week, Recorded);
    QList<WeekCount> weeks;
    if (run(query, sql)) {
        while (query.next())
            weeks.append({dateOf(query.value(0)), query.value(1).toInt()});
    }
    return weeks;
}

QList<ProgressRepository::AnswerLength> ProgressRepository::answerLengths() const
{
    QSqlQuery query(m_db);
    const QString sql = QStringLiteral("SELECT a.started_at, a.duration_ms, a.limit_ms FROM attempts a "
                                       "WHERE %1 ORDER BY a.started_at, a.id")
                            .arg(Recorded);
    QList<AnswerLength> lengths;
    if (run(query, sql)) {
        while (query.next()) {
            lengths.append({QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs),
                            query.value(1).toLongLong(), query.value(2).toLongLong()});
        }
    }
    return lengths;
}

QList<ProgressRepository::QualityCoverage> ProgressRepository::qualityCoverage() const
{
    // question_qualities has one row per (question, quality), so each attempt is counted
    // once per quality: the average is over attempts, not over questions.
    QSqlQuery query(m_db);
    const QString sql
        = QStringLiteral("SELECT ql.id, ql.name, p.slug, p.company, p.role, "
                         "       count(DISTINCT a.question_id), "
                         "       count(DISTINCT CASE WHEN (q.hidden = 0 AND q.archived = 0) OR a.id IS NOT NULL "
                         "                           THEN q.id END), "
                         "       count(a.overall_score), avg(a.overall_score) "
                         "FROM packs p JOIN qualities ql ON ql.pack_id = p.id AND ql.retired = 0 "
                         "LEFT JOIN question_qualities qq ON qq.quality_id = ql.id "
                         "LEFT JOIN questions q ON q.id = qq.question_id "
                         "LEFT JOIN attempts a ON a.question_id = q.id AND %1 "
                         "WHERE p.removed = 0 "
                         "GROUP BY ql.id ORDER BY p.company, p.role, p.id, ql.position, ql.id")
              .arg(Recorded);
    QList<QualityCoverage> coverage;
    if (!run(query, sql))
        return coverage;
    while (query.next()) {
        QualityCoverage row;
        row.qualityId = query.value(0).toLongLong();
        row.quality = query.value(1).toString();
        row.packSlug = query.value(2).toString();
        row.pack = query.value(3).toString() + QStringLiteral(" — ") + query.value(4).toString();
        row.practised = query.value(5).toInt();
        row.total = query.value(6).toInt();
        row.scored = query.value(7).toInt();
        if (!query.value(8).isNull())
            row.averageScore = query.value(8).toDouble();
        coverage.append(row);
    }
    return coverage;
}

} // namespace rehearse::core
