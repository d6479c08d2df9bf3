#include "core/InterviewPlan.h"

#include <QObject>
#include <QSqlError>
#include <QSqlQuery>

namespace rehearse::core {

namespace {

QString stamp()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

int InterviewPlan::daysLeft(const QDate &interview, const QDateTime &now, const QTimeZone &zone)
{
    return int(now.toTimeZone(zone).date().daysTo(interview));
}

QString InterviewPlan::describeDaysLeft(int days)
{
    if (days > 1)
        return QObject::tr("%1 days left").arg(days);
    if (days == 1)
        return QObject::tr("Tomorrow");
    if (days == 0)
        return QObject::tr("Today");
    if (days == -1)
        return QObject::tr("Yesterday");
    return QObject::tr("%1 days ago").arg(-days);
}

InterviewPlanRepository::InterviewPlanRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

InterviewPlan InterviewPlanRepository::plan() const
{
    InterviewPlan plan;
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT pack_slug, interview_date, stage_slug FROM interview_plan WHERE id = 1"))
        && query.next()) {
        plan.packSlug = query.value(0).toString();
        plan.date = QDate::fromString(query.value(1).toString(), Qt::ISODate);
        plan.stageSlug = query.value(2).toString();
    }
    return plan;
}

bool InterviewPlanRepository::setPlan(const InterviewPlan &plan)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO interview_plan (id, pack_slug, interview_date, stage_slug, updated_at) "
                       "VALUES (1, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET pack_slug = excluded.pack_slug, "
                       "interview_date = excluded.interview_date, stage_slug = excluded.stage_slug, "
                       "updated_at = excluded.updated_at"));
    query.addBindValue(plan.packSlug.isNull() ? QStringLiteral("") : plan.packSlug);
    query.addBindValue(plan.date.isValid() ? plan.date.toString(Qt::ISODate) : QStringLiteral(""));
    query.addBindValue(plan.stageSlug.isNull() ? QStringLiteral("") : plan.stageSlug);
    query.addBindValue(stamp());
    if (!query.exec()) {
        m_error = query.lastError().text();
        return false;
    }
    return true;
}

QList<QuestionToAsk> InterviewPlanRepository::questionsToAsk(const QString &packSlug) const
{
    QList<QuestionToAsk> list;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, text FROM questions_to_ask WHERE pack_slug = ? ORDER BY position, id"));
    query.addBindValue(packSlug);
    if (query.exec()) {
        while (query.next())
            list.append({query.value(0).toLongLong(), query.value(1).toString()});
    }
    return list;
}

qint64 InterviewPlanRepository::addQuestionToAsk(const QString &packSlug, const QString &text)
{
    if (text.trimmed().isEmpty()) {
        m_error = QObject::tr("Write the question first.");
        return 0;
    }
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO questions_to_ask (pack_slug, position, text, created_at) VALUES "
                       "(?, (SELECT coalesce(max(position), 0) + 1 FROM questions_to_ask WHERE pack_slug = ?), "
                       "?, ?)"));
    query.addBindValue(packSlug);
    query.addBindValue(packSlug);
    query.addBindValue(text.trimmed());
    query.addBindValue(stamp());
    if (!query.exec()) {
        m_error = query.lastError().text();
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

bool InterviewPlanRepository::setQuestionToAsk(qint64 id, const QString &text)
{
    if (text.trimmed().isEmpty())
        return removeQuestionToAsk(id);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE questions_to_ask SET text = ? WHERE id = ?"));
    query.addBindValue(text.trimmed());
    query.addBindValue(id);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return false;
    }
    return true;
}

bool InterviewPlanRepository::removeQuestionToAsk(qint64 id)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM questions_to_ask WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace rehearse::core
