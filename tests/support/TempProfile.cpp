#include "support/TempProfile.h"

#include "core/PackImporter.h"
#include "support/TestData.h"

#include <QSqlQuery>

namespace rehearse::test {

TempProfile::TempProfile(int packs)
{
    QString error;
    if (!dataDir().prepare(&error))
        qFatal("cannot prepare %s: %s", qPrintable(m_dir.path()), qPrintable(error));
    m_db = std::make_unique<core::Database>(dataDir().databasePath());
    if (!m_db->open(&error))
        qFatal("cannot open the test database: %s", qPrintable(error));
    core::PackImporter importer(m_db->connection());
    m_valid = true;
    if (packs & MiniPack)
        m_valid = importer.importFile(TestData::dataPath(QStringLiteral("mini-pack.json"))).ok();
    if (packs & ShippedPacks)
        m_valid = m_valid && !importer.importBundled().isEmpty();
}

void TempProfile::reopen()
{
    m_db.reset();
    QString error;
    m_db = std::make_unique<core::Database>(dataDir().databasePath());
    if (!m_db->open(&error))
        qFatal("cannot reopen the test database: %s", qPrintable(error));
}

qint64 TempProfile::questionId(const QString &slug) const
{
    QSqlQuery query(m_db->connection());
    query.prepare(QStringLiteral("SELECT id FROM questions WHERE slug = ?"));
    query.addBindValue(slug);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace rehearse::test
