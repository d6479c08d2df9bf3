#include "core/StoryRepository.h"

#include "core/Logging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace rehearse::core {

namespace {

const auto StoryColumns = QStringLiteral("id, title, situation, task, action, result, created_at, updated_at");

QString column(StoryPart part)
{
    switch (part) {
    case StoryPart::Title:
        return QStringLiteral("title");
    case StoryPart::Situation:
        return QStringLiteral("situation");
    case StoryPart::Task:
        return QStringLiteral("task");
    case StoryPart::Action:
        return QStringLiteral("action");
    case StoryPart::Result:
        break;
    }
    return QStringLiteral("result");
}

QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

Story fromRow(const QSqlQuery &query)
{
    Story story;
    story.id = query.value(0).toLongLong();
    story.title = query.value(1).toString();
    story.situation = query.value(2).toString();
    story.task = query.value(3).toString();
    story.action = query.value(4).toString();
    story.result = query.value(5).toString();
    story.createdAt = QDateTime::fromString(query.value(6).toString(), Qt::ISODateWithMs);
    story.updatedAt = QDateTime::fromString(query.value(7).toString(), Qt::ISODateWithMs);
    return story;
}

// A LIKE pattern that matches the word anywhere; % and _ typed by the user match only
// themselves.
QString containing(QString word)
{
    word.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    word.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    word.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + word + QLatin1Char('%');
}

} // namespace

StoryRepository::StoryRepository(QSqlDatabase db)
    : m_db(std::move(db))
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
}

void StoryRepository::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
}

QString StoryRepository::now() const
{
    return m_now().toUTC().toString(Qt::ISODateWithMs);
}

bool StoryRepository::exec(const QString &sql, const QVariantList &binds)
{
    QSqlQuery query(m_db);
    query.prepare(sql);
    for (const QVariant &value : binds)
        query.addBindValue(value);
    if (!query.exec()) {
        m_error = query.lastError().text();
        qCWarning(logDb) << "stories:" << m_error;
        return false;
    }
    return true;
}

bool StoryRepository::execAndTouch(qint64 storyId, const QString &sql, const QVariantList &binds)
{
    if (!m_db.transaction()) {
        m_error = m_db.lastError().text();
        return false;
    }
    if (exec(sql, binds) && exec(QStringLiteral("UPDATE stories SET updated_at = ? WHERE id = ?"), {now(), storyId})
        && m_db.commit()) {
        return true;
    }
    m_db.rollback();
    return false;
}

QList<Story> StoryRepository::list() const
{
    QList<Story> stories;
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT %1 FROM stories ORDER BY created_at, id").arg(StoryColumns))) {
        while (query.next())
            stories.append(fromRow(query));
    }
    return stories;
}

std::optional<Story> StoryRepository::get(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM stories WHERE id = ?").arg(StoryColumns));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return fromRow(query);
}

qint64 StoryRepository::lastEdited() const
{
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT id FROM stories ORDER BY updated_at DESC, id DESC LIMIT 1")) && query.next())
        return query.value(0).toLongLong();
    return 0;
}

qint64 StoryRepository::create(const Story &story)
{
    const QString stamp = now();
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO stories (title, situation, task, action, result, created_at, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const QString &value : {story.title, story.situation, story.task, story.action, story.result})
        query.addBindValue(nonNull(value));
    query.addBindValue(stamp);
    query.addBindValue(stamp);
    if (!query.exec()) {
        m_error = query.lastError().text();
        qCWarning(logDb) << "stories:" << m_error;
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

bool StoryRepository::setText(qint64 id, StoryPart part, const QString &text)
{
    // The column name comes from the enum, never from the caller's text.
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE stories SET %1 = ?, updated_at = ? WHERE id = ?").arg(column(part)));
    query.addBindValue(nonNull(text));
    query.addBindValue(now());
    query.addBindValue(id);
    if (!query.exec()) {
        m_error = query.lastError().text();
        qCWarning(logDb) << "stories:" << m_error;
        return false;
    }
    if (query.numRowsAffected() != 1) {
        m_error = QObject::tr("The story no longer exists.");
        return false;
    }
    return true;
}

bool StoryRepository::remove(qint64 id)
{
    return exec(QStringLiteral("DELETE FROM stories WHERE id = ?"), {id});
}

QList<StoryQuality> StoryRepository::qualities() const
{
    QList<StoryQuality> list;
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT q.id, q.name, p.company || ' — ' || p.role, p.id FROM qualities q "
                                  "JOIN packs p ON p.id = q.pack_id WHERE q.retired = 0 AND p.removed = 0 "
                                  "ORDER BY p.id, q.position, q.id"))) {
        while (query.next()) {
            list.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                         query.value(3).toLongLong()});
        }
    }
    return list;
}

QList<qint64> StoryRepository::qualityIds(qint64 storyId) const
{
    QList<qint64> ids;
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT sq.quality_id FROM story_qualities sq JOIN qualities q ON q.id = sq.quality_id "
                       "WHERE sq.story_id = ? ORDER BY q.pack_id, q.position, q.id"));
    query.addBindValue(storyId);
    if (query.exec()) {
        while (query.next())
            ids.append(query.value(0).toLongLong());
    }
    return ids;
}

bool StoryRepository::setQuality(qint64 storyId, qint64 qualityId, bool shown)
{
    if (shown) {
        return execAndTouch(storyId, QStringLiteral("INSERT OR IGNORE INTO story_qualities VALUES (?, ?)"),
                            {storyId, qualityId});
    }
    return execAndTouch(storyId, QStringLiteral("DELETE FROM story_qualities WHERE story_id = ? AND quality_id = ?"),
                        {storyId, qualityId});
}

QHash<qint64, QList<qint64>> StoryRepository::coverage() const
{
    QHash<qint64, QList<qint64>> result;
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT sq.quality_id, sq.story_id FROM story_qualities sq "
                                  "JOIN stories s ON s.id = sq.story_id ORDER BY s.created_at, s.id"))) {
        while (query.next())
            result[query.value(0).toLongLong()].append(query.value(1).toLongLong());
    }
    return result;
}

QList<StoryQuestion> StoryRepository::questions(qint64 storyId) const
{
    QList<StoryQuestion> list;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT q.id, q.text, q.category FROM story_questions sq "
                                 "JOIN questions q ON q.id = sq.question_id WHERE sq.story_id = ? "
                                 "ORDER BY q.own, q.pack_id, q.position, q.id"));
    query.addBindValue(storyId);
    if (query.exec()) {
        while (query.next())
            list.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString()});
    }
    return list;
}

bool StoryRepository::link(qint64 storyId, qint64 questionId)
{
    return execAndTouch(storyId, QStringLiteral("INSERT OR IGNORE INTO story_questions VALUES (?, ?)"),
                        {storyId, questionId});
}

bool StoryRepository::unlink(qint64 storyId, qint64 questionId)
{
    return execAndTouch(storyId, QStringLiteral("DELETE FROM story_questions WHERE story_id = ? AND question_id = ?"),
                        {storyId, questionId});
}

QList<StoryQuestion> StoryRepository::findQuestions(qint64 storyId, const QString &search, int limit) const
{
    QString sql
        = QStringLiteral("SELECT q.id, q.text, q.category FROM questions q LEFT JOIN packs p ON p.id = q.pack_id "
                         "WHERE q.hidden = 0 AND q.archived = 0 AND (p.id IS NULL OR p.removed = 0) "
                         "AND q.id NOT IN (SELECT question_id FROM story_questions WHERE story_id = ?) ");
    QVariantList binds{storyId};
    const QStringList words = search.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        sql += QStringLiteral("AND q.text LIKE ? ESCAPE '\\' ");
        binds << containing(word);
    }
    sql += QStringLiteral("ORDER BY q.category <> 'behavioural', q.own, q.pack_id, q.position, q.id LIMIT ?");
    binds << limit;

    QList<StoryQuestion> list;
    QSqlQuery query(m_db);
    query.prepare(sql);
    for (const QVariant &value : std::as_const(binds))
        query.addBindValue(value);
    if (query.exec()) {
        while (query.next())
            list.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString()});
    }
    return list;
}

} // namespace rehearse::core
