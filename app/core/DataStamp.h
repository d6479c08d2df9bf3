#pragma once

#include <QSqlDatabase>
#include <QString>

namespace rehearse::core {

// What a panel last read from the database, so that showing it again reads nothing when
// nothing changed. Cheap: two pragmas on the caller's connection, no table is read.
class DataStamp final {
public:
    // Changes whenever a write was committed since: through this connection
    // (total_changes()) or through any other (PRAGMA data_version).
    static QString of(const QSqlDatabase &db);
};

// A read-only connection to the SQLite file at path (QSqlDatabase::databaseName() of the
// GUI thread's connection), for a worker thread: opened by the constructor on the calling
// thread, closed and removed by the destructor. Copies of database() must be gone by then.
class WorkerConnection final {
public:
    explicit WorkerConnection(const QString &path);
    ~WorkerConnection();
    Q_DISABLE_COPY_MOVE(WorkerConnection)

    QSqlDatabase database() const;

private:
    QString m_name;
};

} // namespace rehearse::core
