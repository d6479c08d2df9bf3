#include "core/ReviewRepository.h"

#include "core/Logging.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace rehearse::core {

namespace {

QString stamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QVariant scoreValue(int score)
{
    return score >= 1 && score <= 5 ? QVariant(score) : QVariant(QMetaType::fromType<int>());
}

QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QString slugFor(const QString &name)
{
    QString slug = name.toLower();
    slug.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    slug.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    return slug.isEmpty() ? QStringLiteral("criterion") : slug;
}

} // namespace

ReviewRepository::ReviewRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool ReviewRepository::exec(const QString &sql, const QVariantList &binds)
{
    QSqlQuery query(m_db);
    query.prepare(sql);
    for (const QVariant &value : binds)
        query.addBindValue(value);
    if (!query.exec()) {
        m_error = query.lastError().text();
        qCWarning(logDb) << "review:" << m_error;
        return false;
    }
    return true;
}

QList<Criterion> ReviewRepository::criteria(bool includeInactive) const
{
    QList<Criterion> list;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, slug, position, name, description, level1, level3, level5, active "
                                 "FROM rubric_criteria %1 ORDER BY position, id")
                      .arg(includeInactive ? QString() : QStringLiteral("WHERE active = 1")));
    if (!query.exec())
        return list;
    while (query.next()) {
        Criterion c;
        c.id = query.value(0).toLongLong();
        c.slug = query.value(1).toString();
        c.position = query.value(2).toInt();
        c.name = query.value(3).toString();
        c.description = query.value(4).toString();
        c.level1 = query.value(5).toString();
        c.level3 = query.value(6).toString();
        c.level5 = query.value(7).toString();
        c.active = query.value(8).toBool();
        list.append(c);
    }
    return list;
}

bool ReviewRepository::saveCriterion(Criterion &criterion)
{
    if (criterion.name.trimmed().isEmpty()) {
        m_error = QObject::tr("A criterion needs a name.");
        return false;
    }
    const QVariantList fields = {criterion.name.trimmed(),  nonNull(criterion.description), nonNull(criterion.level1),
                                 nonNull(criterion.level3), nonNull(criterion.level5),      criterion.active ? 1 : 0};
    if (criterion.id > 0) {
        return exec(QStringLiteral("UPDATE rubric_criteria SET name = ?, description = ?, level1 = ?, level3 = ?, "
                                   "level5 = ?, active = ? WHERE id = ?"),
                    fields + QVariantList{criterion.id});
    }
    // A new criterion goes last, with a slug no other criterion has.
    QSqlQuery query(m_db);
    const QString base = slugFor(criterion.name);
    QString slug = base;
    for (int n = 2;; ++n) {
        query.prepare(QStringLiteral("SELECT 1 FROM rubric_criteria WHERE slug = ?"));
        query.addBindValue(slug);
        if (!query.exec()) {
            m_error = query.lastError().text();
            return false;
        }
        if (!query.next())
            break;
        slug = base + QLatin1Char('-') + QString::number(n);
    }
    query.prepare(QStringLiteral("INSERT INTO rubric_criteria (name, description, level1, level3, level5, active, "
                                 "slug, position) VALUES (?, ?, ?, ?, ?, ?, ?, "
                                 "(SELECT coalesce(max(position), 0) + 1 FROM rubric_criteria))"));
    for (const QVariant &value : fields + QVariantList{slug})
        query.addBindValue(value);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return false;
    }
    criterion.id = query.lastInsertId().toLongLong();
    criterion.slug = slug;
    return true;
}

QHash<qint64, int> ReviewRepository::scores(qint64 attemptId) const
{
    QHash<qint64, int> result;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT criterion_id, score FROM attempt_scores WHERE attempt_id = ?"));
    query.addBindValue(attemptId);
    if (query.exec()) {
        while (query.next())
            result.insert(query.value(0).toLongLong(), query.value(1).toInt());
    }
    return result;
}

bool ReviewRepository::setScore(qint64 attemptId, qint64 criterionId, int score)
{
    if (score < 1 || score > 5) {
        return exec(QStringLiteral("DELETE FROM attempt_scores WHERE attempt_id = ? AND criterion_id = ?"),
                    {attemptId, criterionId});
    }
    return exec(QStringLiteral("INSERT INTO attempt_scores (attempt_id, criterion_id, score) VALUES (?, ?, ?) "
                               "ON CONFLICT (attempt_id, criterion_id) DO UPDATE SET score = excluded.score"),
                {attemptId, criterionId, score});
}

bool ReviewRepository::setOverall(qint64 attemptId, int score)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT question_id FROM attempts WHERE id = ?"));
    query.addBindValue(attemptId);
    if (!query.exec() || !query.next()) {
        m_error = QObject::tr("The attempt no longer exists.");
        return false;
    }
    const qint64 questionId = query.value(0).toLongLong();
    query.finish();
    if (!m_db.transaction()) {
        m_error = m_db.lastError().text();
        return false;
    }
    if (exec(QStringLiteral("UPDATE attempts SET overall_score = ? WHERE id = ?"), {scoreValue(score), attemptId})
        && reschedule(questionId) && m_db.commit()) {
        return true;
    }
    m_db.rollback();
    return false;
}

bool ReviewRepository::setNotes(qint64 attemptId, const QString &notes)
{
    return exec(QStringLiteral("UPDATE attempts SET notes = ? WHERE id = ?"), {nonNull(notes), attemptId});
}

QList<Bookmark> ReviewRepository::bookmarks(qint64 attemptId) const
{
    QList<Bookmark> list;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT id, attempt_id, position_ms, text FROM bookmarks WHERE attempt_id = ? ORDER BY position_ms, id"));
    query.addBindValue(attemptId);
    if (query.exec()) {
        while (query.next()) {
            list.append({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong(),
                         query.value(3).toString()});
        }
    }
    return list;
}

qint64 ReviewRepository::addBookmark(qint64 attemptId, qint64 positionMs, const QString &text)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO bookmarks (attempt_id, position_ms, text) VALUES (?, ?, ?)"));
    query.addBindValue(attemptId);
    query.addBindValue(std::max<qint64>(0, positionMs));
    query.addBindValue(nonNull(text));
    if (!query.exec()) {
        m_error = query.lastError().text();
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

bool ReviewRepository::setBookmarkText(qint64 bookmarkId, const QString &text)
{
    return exec(QStringLiteral("UPDATE bookmarks SET text = ? WHERE id = ?"), {nonNull(text), bookmarkId});
}

bool ReviewRepository::removeBookmark(qint64 bookmarkId)
{
    return exec(QStringLiteral("DELETE FROM bookmarks WHERE id = ?"), {bookmarkId});
}

ScheduleEntry ReviewRepository::schedule(qint64 questionId) const
{
    ScheduleEntry entry;
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT due_at, interval_days, streak, last_score FROM schedule WHERE question_id = ?"));
    query.addBindValue(questionId);
    if (query.exec() && query.next()) {
        entry.dueAt = QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs);
        entry.intervalDays = query.value(1).toDouble();
        entry.streak = query.value(2).toInt();
        entry.lastScore = query.value(3).toInt();
    }
    return entry;
}

bool ReviewRepository::reschedule(qint64 questionId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT overall_score, started_at FROM attempts "
                                 "WHERE question_id = ? AND overall_score IS NOT NULL "
                                 "  AND state IN ('complete', 'recovered') ORDER BY started_at, id"));
    query.addBindValue(questionId);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return false;
    }
    ScheduleEntry entry;
    while (query.next())
        entry = entry.next(query.value(0).toInt(), QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs));
    query.finish();

    if (!entry.isScheduled())
        return exec(QStringLiteral("DELETE FROM schedule WHERE question_id = ?"), {questionId});
    return exec(QStringLiteral("INSERT INTO schedule (question_id, due_at, interval_days, streak, last_score, "
                               "updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (question_id) DO UPDATE SET "
                               "due_at = excluded.due_at, interval_days = excluded.interval_days, "
                               "streak = excluded.streak, last_score = excluded.last_score, "
                               "updated_at = excluded.updated_at"),
                {questionId, stamp(entry.dueAt), entry.intervalDays, entry.streak, entry.lastScore,
                 stamp(QDateTime::currentDateTimeUtc())});
}

QList<DueQuestion> ReviewRepository::dueBy(const QDateTime &when) const
{
    QList<DueQuestion> list;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT q.id, q.text, sc.due_at, sc.last_score FROM schedule sc "
                                 "JOIN questions q ON q.id = sc.question_id "
                                 "WHERE sc.due_at <= ? AND q.hidden = 0 AND q.archived = 0 "
                                 "ORDER BY sc.due_at, q.id"));
    query.addBindValue(stamp(when));
    if (query.exec()) {
        while (query.next()) {
            list.append({query.value(0).toLongLong(), query.value(1).toString(),
                         QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs), query.value(3).toInt()});
        }
    }
    return list;
}

} // namespace rehearse::core
