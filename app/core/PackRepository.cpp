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

QList<PackRepository::Entry> PackRepository::installed() const
{
    QList<Entry> entries;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral(
            "SELECT id, slug, company, role, version FROM packs WHERE removed = 0 ORDER BY company, role"))) {
        qCWarning(logPack) << query.lastError().text();
        return entries;
    }
    while (query.next()) {
        entries.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                        query.value(3).toString(), query.value(4).toInt()});
    }
    return entries;
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
