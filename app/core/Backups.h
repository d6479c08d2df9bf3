#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace rehearse::core {

// The automatic copies of the database in the data folder's backups/ (0700): one a day
// at most, the newest Kept of them, each a complete database named after the moment it
// was taken (UTC), rehearse-YYYYMMDD-HHMMSS.sqlite (0600). A copy is written under a
// temporary name and renamed only when complete, so a half-written one never counts.
// Times come from the caller, so that tests can move the clock.
class Backups final {
public:
    static constexpr int Kept = 7;
    static constexpr qint64 IntervalSeconds = 24 * 60 * 60;

    struct Backup {
        QString path;
        QDateTime time; // UTC, from the file name
    };

    explicit Backups(QString folder);

    QString folder() const { return m_folder; }
    // The complete backups, newest first.
    QList<Backup> list() const;
    // True when there is no backup, or the newest is a day or more older than now (or
    // dated after now: the clock was wrong when it was taken).
    bool isDue(const QDateTime &now) const;
    // Copies the database behind db (VACUUM INTO: consistent, including what is still
    // in the WAL), then removes all but the newest Kept. nullopt with a readable reason
    // in *error when it cannot; then nothing was added or removed.
    std::optional<Backup> create(const QSqlDatabase &db, const QDateTime &now, QString *error);
    // create() when isDue(now); nullopt without an error when no backup was due.
    std::optional<Backup> createIfDue(const QSqlDatabase &db, const QDateTime &now, QString *error);

    static QString fileName(const QDateTime &time);

    // Renames a damaged database, with its -wal and -shm files, to
    // <name>.corrupt-YYYYMMDD-HHMMSS (plus -wal, -shm), byte for byte, so that a new or
    // restored database can take its place. Returns the new path of the main file;
    // empty with a reason in *error when the file could not be moved (nothing was).
    static QString keepAside(const QString &databasePath, const QDateTime &now, QString *error);
    // Where keepAside() puts the file at that moment.
    static QString asidePath(const QString &databasePath, const QDateTime &now);
    // Copies a backup to databasePath, which must not exist, through a temporary file
    // (0600). The backup itself is kept.
    static bool restore(const Backup &backup, const QString &databasePath, QString *error);

private:
    bool makeFolder(QString *error) const;
    void prune() const;

    QString m_folder;
};

} // namespace rehearse::core
