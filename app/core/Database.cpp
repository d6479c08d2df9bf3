#include "core/Database.h"

#include "core/Logging.h"
#include "core/Migrations.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

namespace rehearse::core {

namespace {

const auto Driver = QStringLiteral("QSQLITE");

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    qCWarning(logDb) << "statement failed:" << query.lastError().text() << sql.left(120);
    return false;
}

// SQLITE_CORRUPT and SQLITE_NOTADB, with or without an extended code, mean the file
// itself is bad; anything else (busy, no permission, no memory) says nothing about it.
Database::Failure failureOf(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    return code == 11 || code == 26 ? Database::Failure::Damaged : Database::Failure::Other;
}

// A read-only connection to a WAL database creates the -wal and -shm files when they are
// missing. Those a probe created, still empty, are removed, so that a refused file's
// folder is left as it was.
class ProbeTraces {
public:
    explicit ProbeTraces(const QString &path)
        : m_wal(path + QStringLiteral("-wal"))
        , m_shm(path + QStringLiteral("-shm"))
        , m_hadWal(QFile::exists(m_wal))
        , m_hadShm(QFile::exists(m_shm))
    {
    }
    void clear() const
    {
        if (m_hadWal || !QFile::exists(m_wal) || QFileInfo(m_wal).size() > 0)
            return;
        QFile::remove(m_wal);
        if (!m_hadShm)
            QFile::remove(m_shm);
    }

private:
    QString m_wal;
    QString m_shm;
    bool m_hadWal;
    bool m_hadShm;
};

QString connectionName(const QString &prefix)
{
    return prefix + QString::number(reinterpret_cast<quintptr>(QThread::currentThreadId()));
}

} // namespace

Database::Database(QString path)
    : m_path(std::move(path))
    , m_connectionPrefix(QStringLiteral("rehearse-%1-").arg(QUuid::createUuid().toString(QUuid::Id128)))
{
}

Database::~Database()
{
    const auto names = QSqlDatabase::connectionNames();
    for (const QString &name : names) {
        if (name.startsWith(m_connectionPrefix)) {
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
    }
}

int Database::readUserVersion(const QString &path, QString *error)
{
    // A read-only connection, so that a refused file is never changed, not even its
    // journal mode.
    const QString name = QStringLiteral("rehearse-probe-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    const ProbeTraces traces(path);
    int version = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(Driver, name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            if (error)
                *error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next()) {
                version = query.value(0).toInt();
                // The first real read fails on a file that is not a database.
                QSqlQuery check(db);
                if (!check.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema"))) {
                    version = -1;
                    if (error)
                        *error = check.lastError().text();
                }
            } else if (error) {
                *error = query.lastError().text();
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    traces.clear();
    return version;
}

Database::Failure Database::quickCheck(const QString &path, QString *error)
{
    if (!QFileInfo(path).isReadable()) {
        if (error)
            *error = QObject::tr("the file cannot be read");
        return Failure::Other;
    }
    const QString name = QStringLiteral("rehearse-check-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    const ProbeTraces traces(path);
    Failure failure = Failure::Other;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(Driver, name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            failure = failureOf(db.lastError());
            if (error)
                *error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("PRAGMA quick_check"))) {
                failure = failureOf(query.lastError());
                if (error)
                    *error = query.lastError().text();
            } else {
                QStringList problems;
                while (query.next()) {
                    // Rows may start with a "*** in database main ***" line.
                    const QStringList lines = query.value(0).toString().split(u'\n');
                    for (const QString &line : lines) {
                        if (!line.startsWith(QStringLiteral("***")))
                            problems << line;
                    }
                }
                if (problems == QStringList{QStringLiteral("ok")}) {
                    failure = Failure::None;
                } else {
                    failure = Failure::Damaged;
                    if (error)
                        *error = problems.value(0, QObject::tr("the check found nothing it could read"));
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    traces.clear();
    if (failure != Failure::None)
        qCInfo(logDb) << "quick check failed on" << path << (error ? *error : QString());
    return failure;
}

bool Database::open(QString *error, Check check)
{
    m_failure = Failure::None;
    m_new = false;
    int from = 0;
    if (check == Check::Deferred) {
        const QFileInfo file(m_path);
        if (!file.exists() || file.size() == 0 || readUserVersion(m_path, nullptr) != Migrations::LatestVersion) {
            m_failure = Failure::Other;
            return false;
        }
        if (!connection().isOpen()) {
            releaseConnection();
            m_failure = Failure::Other;
            return false;
        }
        return true;
    }
    if (QFileInfo(m_path).exists() && QFileInfo(m_path).size() > 0) {
        QString reason;
        m_failure = quickCheck(m_path, &reason);
        if (m_failure == Failure::None) {
            from = readUserVersion(m_path, &reason);
            if (from < 0)
                m_failure = Failure::Other;
        }
        if (m_failure == Failure::Damaged) {
            if (error) {
                *error = QObject::tr("%1 is not a readable Rehearse database: it is damaged (%2). It was left as "
                                     "it is.")
                             .arg(QDir::toNativeSeparators(m_path), reason);
            }
            return false;
        }
        if (m_failure != Failure::None) {
            if (error) {
                *error = QObject::tr("%1 is not a readable Rehearse database (%2). It was left as it is.")
                             .arg(QDir::toNativeSeparators(m_path), reason);
            }
            return false;
        }
        if (from > Migrations::LatestVersion) {
            m_failure = Failure::Newer;
            if (error) {
                *error = QObject::tr("%1 was written by a newer version of Rehearse (data version %2; this "
                                     "version reads up to %3). Nothing was changed. Update Rehearse to open it.")
                             .arg(QDir::toNativeSeparators(m_path))
                             .arg(from)
                             .arg(Migrations::LatestVersion);
            }
            return false;
        }
    }

    QSqlDatabase db = connection();
    if (!db.isOpen()) {
        m_failure = Failure::Other;
        if (error) {
            *error = QObject::tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(m_path), db.lastError().text());
        }
        return false;
    }
    if (from < Migrations::LatestVersion && !migrate(from, error)) {
        m_failure = Failure::Other;
        return false;
    }
    m_new = from == 0;
    return true;
}

QSqlDatabase Database::connection() const
{
    const QString name = connectionName(m_connectionPrefix);
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);

    QSqlDatabase db = QSqlDatabase::addDatabase(Driver, name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        qCWarning(logDb) << "cannot open" << m_path << db.lastError().text();
        return db;
    }
    exec(db, QStringLiteral("PRAGMA foreign_keys = ON"), nullptr);
    exec(db, QStringLiteral("PRAGMA journal_mode = WAL"), nullptr);
    exec(db, QStringLiteral("PRAGMA synchronous = NORMAL"), nullptr);
    if (QFile::exists(m_path))
        QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return db;
}

void Database::releaseConnection() const
{
    const QString name = connectionName(m_connectionPrefix);
    if (!QSqlDatabase::contains(name))
        return;
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

bool Database::backupBeforeMigration(int from, QString *error)
{
    m_lastBackup = m_path
        + QStringLiteral(".v%1-%2.bak")
              .arg(from)
              .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    QFile::remove(m_lastBackup);
    // VACUUM INTO writes a consistent copy, including what still sits in the WAL.
    QSqlDatabase db = connection();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(m_lastBackup);
    if (!query.exec()) {
        if (error) {
            *error = QObject::tr("Cannot copy the database aside before upgrading it (%1). Nothing was changed.")
                         .arg(query.lastError().text());
        }
        m_lastBackup.clear();
        return false;
    }
    QFile::setPermissions(m_lastBackup, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    qCInfo(logDb) << "copied version" << from << "database to" << m_lastBackup;
    return true;
}

bool Database::migrate(int from, QString *error)
{
    QSqlDatabase db = connection();
    if (from > 0 && !backupBeforeMigration(from, error))
        return false;

    for (int version = from + 1; version <= Migrations::LatestVersion; ++version) {
        if (!db.transaction()) {
            if (error)
                *error = db.lastError().text();
            return false;
        }
        QString reason;
        bool ok = true;
        const QStringList statements = Migrations::statementsFor(version);
        for (const QString &sql : statements) {
            if (!exec(db, sql, &reason)) {
                ok = false;
                break;
            }
        }
        // PRAGMA takes no bound values; the version is an integer we control.
        if (ok)
            ok = exec(db, QStringLiteral("PRAGMA user_version = %1").arg(version), &reason);
        if (!ok || !db.commit()) {
            db.rollback();
            if (error) {
                *error = QObject::tr("Upgrading the database to version %1 failed (%2). It was left at version %3.")
                             .arg(version)
                             .arg(reason.isEmpty() ? db.lastError().text() : reason)
                             .arg(version - 1);
            }
            return false;
        }
        qCInfo(logDb) << "migrated" << m_path << "to version" << version;
    }
    return true;
}

} // namespace rehearse::core
