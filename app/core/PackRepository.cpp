#include "core/PackRepository.h"

#include "core/Logging.h"
#include "core/PackReader.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace rehearse::core {

PackRepository::PackRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QList<PackRepository::Entry> PackRepository::all() const
{
    QList<Entry> entries;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT p.id, p.slug, p.company, p.role, p.version, p.removed, "
                                   "  (SELECT count(*) FROM questions q WHERE q.pack_id = p.id AND q.archived = 0) "
                                   "FROM packs p ORDER BY p.removed, p.company, p.role"))) {
        qCWarning(logPack) << query.lastError().text();
        return entries;
    }
    while (query.next()) {
        entries.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                        query.value(3).toString(), query.value(4).toInt(), query.value(5).toBool(),
                        query.value(6).toInt()});
    }
    return entries;
}

QList<PackRepository::Entry> PackRepository::installed() const
{
    QList<Entry> entries = all();
    entries.removeIf([](const Entry &entry) { return entry.removed; });
    return entries;
}

QByteArray PackRepository::document(const QString &slug) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT document FROM packs WHERE slug = ?"));
    query.addBindValue(slug);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toString().toUtf8();
}

bool PackRepository::remove(const QString &slug, QString *error)
{
    const auto fail = [this, error](const QString &message) {
        m_db.rollback();
        if (error)
            *error = message;
        return false;
    };
    if (!m_db.transaction())
        return fail(m_db.lastError().text());
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE packs SET removed = 1 WHERE slug = ? AND removed = 0"));
    query.addBindValue(slug);
    if (!query.exec())
        return fail(query.lastError().text());
    if (query.numRowsAffected() != 1)
        return fail(QObject::tr("That pack is not installed."));
    query.prepare(QStringLiteral(
        "UPDATE questions SET archived = 1 WHERE own = 0 AND pack_id = (SELECT id FROM packs WHERE slug = ?)"));
    query.addBindValue(slug);
    if (!query.exec())
        return fail(query.lastError().text());
    if (!m_db.commit())
        return fail(m_db.lastError().text());
    return true;
}

QHash<QString, QStringList> PackRepository::storiesByQuality(const QString &packSlug) const
{
    QHash<QString, QStringList> stories;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT ql.slug, s.title FROM story_qualities sq "
                                 "JOIN qualities ql ON ql.id = sq.quality_id "
                                 "JOIN packs p ON p.id = ql.pack_id "
                                 "JOIN stories s ON s.id = sq.story_id "
                                 "WHERE p.slug = ? ORDER BY s.title COLLATE NOCASE, s.id"));
    query.addBindValue(packSlug);
    if (query.exec()) {
        while (query.next()) {
            const QString title = query.value(1).toString().trimmed();
            stories[query.value(0).toString()] << (title.isEmpty() ? QObject::tr("(untitled story)") : title);
        }
    }
    return stories;
}

Pack PackRepository::load(const QString &slug) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT document FROM packs WHERE slug = ?"));
    query.addBindValue(slug);
    if (!query.exec() || !query.next())
        return {};
    const PackReader::Result read = PackReader::read(query.value(0).toString().toUtf8());
    if (!read.ok()) {
        qCWarning(logPack) << "stored pack" << slug << "no longer validates:" << read.issues.first().toString();
        return {};
    }
    return read.pack;
}

QSet<QString> PackRepository::tickedItems(const QString &packSlug) const
{
    QSet<QString> ticked;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT item_slug FROM checklist_ticks WHERE pack_slug = ?"));
    query.addBindValue(packSlug);
    if (query.exec()) {
        while (query.next())
            ticked.insert(query.value(0).toString());
    }
    return ticked;
}

bool PackRepository::setTicked(const QString &packSlug, const QString &itemSlug, bool ticked)
{
    QSqlQuery query(m_db);
    if (ticked) {
        query.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO checklist_ticks (pack_slug, item_slug, ticked_at) VALUES (?, ?, ?)"));
        query.addBindValue(packSlug);
        query.addBindValue(itemSlug);
        query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    } else {
        query.prepare(QStringLiteral("DELETE FROM checklist_ticks WHERE pack_slug = ? AND item_slug = ?"));
        query.addBindValue(packSlug);
        query.addBindValue(itemSlug);
    }
    if (!query.exec()) {
        qCWarning(logPack) << "cannot save checklist tick:" << query.lastError().text();
        return false;
    }
    return true;
}

} // namespace rehearse::core
