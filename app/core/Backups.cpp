#include "core/Backups.h"

#include "core/Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QUuid>

#include <algorithm>
#include <cstdio>

#include <unistd.h>

namespace rehearse::core {

namespace {

const auto TimeFormat = QStringLiteral("yyyyMMdd-HHmmss");
constexpr QFileDevice::Permissions OwnerReadWrite = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// Replaces target if it exists, in one step: QFile::rename() refuses to.
bool replaceFile(const QString &from, const QString &to)
{
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

} // namespace

Backups::Backups(QString folder)
    : m_folder(std::move(folder))
{
}

QString Backups::fileName(const QDateTime &time)
{
    return QStringLiteral("rehearse-%1.sqlite").arg(time.toUTC().toString(TimeFormat));
}

QList<Backups::Backup> Backups::list() const
{
    static const QRegularExpression pattern(QStringLiteral("^rehearse-(\\d{8})-(\\d{6})\\.sqlite$"));
    QList<Backup> backups;
    const QDir dir(m_folder);
    const QStringList names = dir.entryList({QStringLiteral("rehearse-*.sqlite")}, QDir::Files);
    for (const QString &name : names) {
        const QRegularExpressionMatch match = pattern.match(name);
        if (!match.hasMatch())
            continue;
        // Date and time apart: read as one local time, an hour skipped by daylight saving
        // would not exist.
        const QDateTime time(QDate::fromString(match.captured(1), QStringLiteral("yyyyMMdd")),
                             QTime::fromString(match.captured(2), QStringLiteral("HHmmss")), Qt::UTC);
        if (time.isValid())
            backups.append({dir.filePath(name), time});
    }
    std::sort(backups.begin(), backups.end(), [](const Backup &a, const Backup &b) { return a.time > b.time; });
    return backups;
}

bool Backups::isDue(const QDateTime &now) const
{
    const QList<Backup> backups = list();
    if (backups.isEmpty())
        return true;
    const qint64 age = backups.first().time.secsTo(now);
    return age >= IntervalSeconds || age < 0;
}

bool Backups::makeFolder(QString *error) const
{
    if (!QDir().mkpath(m_folder)) {
        if (error)
            *error = QObject::tr("cannot create the folder %1").arg(QDir::toNativeSeparators(m_folder));
        return false;
    }
    QFile::setPermissions(m_folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return true;
}

std::optional<Backups::Backup> Backups::create(const QSqlDatabase &db, const QDateTime &now, QString *error)
{
    if (!makeFolder(error))
        return std::nullopt;
    const QDir dir(m_folder);
    // Left by a start that stopped while copying; never a backup.
    const QStringList partial = dir.entryList({QStringLiteral(".partial-*")}, QDir::Files | QDir::Hidden);
    for (const QString &name : partial)
        QFile::remove(dir.filePath(name));

    const QDateTime time = now.toUTC().addMSecs(-now.time().msec()); // as the name holds it
    const Backup backup{dir.filePath(fileName(time)), time};
    const QString temporary
        = dir.filePath(QStringLiteral(".partial-%1.sqlite").arg(QUuid::createUuid().toString(QUuid::Id128)));
    QSqlQuery query(db);
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(temporary);
    if (!query.exec()) {
        QFile::remove(temporary);
        if (error)
            *error = QObject::tr("cannot copy the database: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    QFile::setPermissions(temporary, OwnerReadWrite);
    if (!replaceFile(temporary, backup.path)) {
        QFile::remove(temporary);
        if (error)
            *error = QObject::tr("cannot name the copy %1").arg(QDir::toNativeSeparators(backup.path));
        return std::nullopt;
    }
    qCInfo(logDb) << "backed up the database to" << backup.path;
    prune();
    return backup;
}

std::optional<Backups::Backup> Backups::createIfDue(const QSqlDatabase &db, const QDateTime &now, QString *error)
{
    if (!isDue(now))
        return std::nullopt;
    return create(db, now, error);
}

void Backups::prune() const
{
    const QList<Backup> backups = list();
    for (qsizetype i = Kept; i < backups.size(); ++i) {
        if (!QFile::remove(backups[i].path))
            qCWarning(logDb) << "cannot remove the old backup" << backups[i].path;
    }
}

QString Backups::asidePath(const QString &databasePath, const QDateTime &now)
{
    return databasePath + QStringLiteral(".corrupt-") + now.toUTC().toString(TimeFormat);
}

QString Backups::keepAside(const QString &databasePath, const QDateTime &now, QString *error)
{
    const QString aside = asidePath(databasePath, now);
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(aside + suffix)) {
            if (error)
                *error = QObject::tr("%1 already exists").arg(QDir::toNativeSeparators(aside + suffix));
            return {};
        }
    }
    if (!QFile::rename(databasePath, aside)) {
        if (error) {
            *error = QObject::tr("cannot rename %1 to %2")
                         .arg(QDir::toNativeSeparators(databasePath), QDir::toNativeSeparators(aside));
        }
        return {};
    }
    // The journal files belong to the damaged file: left behind, SQLite would apply them
    // to whatever database takes its name next.
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(databasePath + suffix) && !QFile::rename(databasePath + suffix, aside + suffix)) {
            QFile::remove(databasePath + suffix);
            qCWarning(logDb) << "cannot move" << databasePath + suffix << "aside; removed it";
        }
    }
    qCWarning(logDb) << "kept the damaged database aside as" << aside;
    return aside;
}

bool Backups::restore(const Backup &backup, const QString &databasePath, QString *error)
{
    if (QFile::exists(databasePath)) {
        if (error)
            *error = QObject::tr("%1 still exists").arg(QDir::toNativeSeparators(databasePath));
        return false;
    }
    QFile source(backup.path);
    QTemporaryFile target(databasePath + QStringLiteral(".restore-XXXXXX"));
    if (!source.open(QIODevice::ReadOnly) || !target.open()) {
        if (error) {
            *error = QObject::tr("cannot copy %1: %2")
                         .arg(QDir::toNativeSeparators(backup.path),
                              source.isOpen() ? target.errorString() : source.errorString());
        }
        return false;
    }
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        if (chunk.isEmpty() || target.write(chunk) != chunk.size()) {
            if (error)
                *error = QObject::tr("cannot copy %1: %2")
                             .arg(QDir::toNativeSeparators(backup.path), target.errorString());
            return false;
        }
    }
    // On disk before it takes the database's name, so a power cut cannot leave a
    // half-written file there.
    const bool written = target.flush() && ::fsync(target.handle()) == 0 && target.setPermissions(OwnerReadWrite);
    // After a rename, QTemporaryFile would remove the file under its new name.
    target.setAutoRemove(false);
    if (!written || !target.rename(databasePath)) {
        if (error) {
            *error
                = QObject::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(databasePath), target.errorString());
        }
        target.remove();
        return false;
    }
    qCWarning(logDb) << "restored" << backup.path << "to" << databasePath;
    return true;
}

} // namespace rehearse::core
