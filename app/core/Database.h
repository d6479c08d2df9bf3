#pragma once

#include <QSqlDatabase>
#include <QString>

namespace rehearse::core {

// One SQLite file. Each thread that touches it gets its own named connection with the
// same pragmas (foreign keys, WAL, busy timeout). open() checks the schema version,
// refuses a file written by a newer Rehearse without changing it, and migrates an older
// one after copying it aside.
class Database final {
public:
    // Why open() failed. Damaged: the file is not a database or fails SQLite's quick
    // check, so a backup may replace it; the file itself was not changed.
    enum class Failure { None, Damaged, Newer, Other };

    explicit Database(QString path);
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    // How open() runs SQLite's quick check, which reads the whole file (0.07 s for 55 MB).
    // Deferred: the caller runs quickCheck() itself, on a worker while it builds the
    // window, and uses the database only once that passed. open() then writes nothing: it
    // opens only an existing file of the latest version, else returns false (Failure::Other,
    // no reason given) and the caller opens with Check::Now.
    enum class Check { Now, Deferred };

    // Returns false with a user-readable reason in *error. On a refused file nothing has
    // been written to it.
    bool open(QString *error, Check check = Check::Now);
    Failure lastFailure() const { return m_failure; }
    // True when open() created the schema from nothing: the file is new.
    bool isNew() const { return m_new; }

    // The connection for the calling thread, opened on first use.
    QSqlDatabase connection() const;
    // Closes the calling thread's connection; a worker calls it before its thread goes
    // back to the pool, so no connection outlives the thread that used it.
    void releaseConnection() const;

    QString path() const { return m_path; }
    int schemaVersion() const;
    // Where open() copied the file before migrating it; empty when it did not.
    QString lastBackupPath() const { return m_lastBackup; }

    // Reads PRAGMA user_version without changing the file; -1 when unreadable.
    static int readUserVersion(const QString &path, QString *error);
    // PRAGMA quick_check on a read-only connection, so the file is never changed. Returns
    // Failure::None when the file passes, Damaged with SQLite's first complaint in *error
    // when it is corrupt or not a database, and Other when it cannot be read at all.
    static Failure quickCheck(const QString &path, QString *error);

private:
    bool migrate(int from, QString *error);
    bool backupBeforeMigration(int from, QString *error);

    QString m_path;
    QString m_connectionPrefix;
    QString m_lastBackup;
    Failure m_failure = Failure::None;
    bool m_new = false;
};

} // namespace rehearse::core
