#include "core/DataStamp.h"

#include <QSqlQuery>
#include <QUuid>

namespace rehearse::core {

QString DataStamp::of(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    qint64 version = -1;
    qint64 changes = -1;
    if (query.exec(QStringLiteral("PRAGMA data_version")) && query.next())
        version = query.value(0).toLongLong();
    if (query.exec(QStringLiteral("SELECT total_changes()")) && query.next())
        changes = query.value(0).toLongLong();
    return QStringLiteral("%1:%2:%3").arg(db.connectionName()).arg(version).arg(changes);
}

WorkerConnection::WorkerConnection(const QString &path)
    : m_name(QStringLiteral("rehearse-worker-%1").arg(QUuid::createUuid().toString(QUuid::Id128)))
{
    QSqlDatabase worker = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    worker.setDatabaseName(path);
    worker.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    worker.open();
}

WorkerConnection::~WorkerConnection()
{
    QSqlDatabase::database(m_name, false).close();
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase WorkerConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

} // namespace rehearse::core
