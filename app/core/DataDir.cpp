#include "core/DataDir.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryFile>

namespace rehearse::core {

namespace {

constexpr QFileDevice::Permissions OwnerOnlyDir
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

bool makePrivateDir(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isDir()) {
        *error = QObject::tr("%1 exists but is not a folder.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (!info.exists()) {
        if (!QDir().mkpath(path)) {
            *error = QObject::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(path));
            return false;
        }
        QFile::setPermissions(path, OwnerOnlyDir);
    }
    return true;
}

} // namespace

DataDir::DataDir(QString path)
    : m_path(QDir::cleanPath(QFileInfo(path).absoluteFilePath()))
{
}

QString DataDir::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

bool DataDir::prepare(QString *error) const
{
    QString reason;
    if (!makePrivateDir(m_path, &reason) || !makePrivateDir(recordingsPath(), &reason)) {
        if (error)
            *error = reason;
        return false;
    }
    // A folder copied from another machine may have lost its mode. recordings/ is
    // Rehearse's own, so it is made private again; the data folder may be one the user
    // chose and is left as it is.
    QFile::setPermissions(recordingsPath(), OwnerOnlyDir);
    QTemporaryFile probe(m_path + QStringLiteral("/.write-probe-XXXXXX"));
    if (!probe.open() || probe.write("ok", 2) != 2 || !probe.flush()) {
        if (error) {
            *error = QObject::tr("The folder %1 is not writable: %2.")
                         .arg(QDir::toNativeSeparators(m_path), probe.errorString());
        }
        return false;
    }
    return true;
}

QString DataDir::databasePath() const
{
    return m_path + QStringLiteral("/rehearse.sqlite");
}

QString DataDir::recordingsPath() const
{
    return m_path + QStringLiteral("/recordings");
}

QString DataDir::backupsPath() const
{
    return m_path + QStringLiteral("/backups");
}

} // namespace rehearse::core
