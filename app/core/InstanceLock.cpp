#include "core/InstanceLock.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>

#include <unistd.h>

namespace rehearse::core {

InstanceLock::InstanceLock(const QString &dataDir)
    : m_path(QDir(dataDir).filePath(QStringLiteral("rehearse.lock")))
    , m_lock(m_path)
{
    // Only a lock whose process is gone is stale; by age alone, a first instance left
    // running for more than the default 30 s would lose its lock to a second one.
    m_lock.setStaleLockTime(0);
}

InstanceLock::~InstanceLock() = default;

InstanceLock::State InstanceLock::tryLock(QString *error)
{
    if (m_lock.tryLock(0))
        return State::Locked;
    switch (m_lock.error()) {
    case QLockFile::LockFailedError:
        return State::HeldByAnother;
    case QLockFile::PermissionError:
        if (error)
            *error = QObject::tr("cannot create the lock file %1: permission denied")
                         .arg(QDir::toNativeSeparators(m_path));
        return State::Failed;
    case QLockFile::NoError:
    case QLockFile::UnknownError:
        break;
    }
    if (error)
        *error = QObject::tr("cannot create the lock file %1").arg(QDir::toNativeSeparators(m_path));
    return State::Failed;
}

void InstanceLock::unlock()
{
    m_lock.unlock();
}

qint64 InstanceLock::ownerPid() const
{
    qint64 pid = 0;
    QString host;
    QString application;
    return m_lock.getLockInfo(&pid, &host, &application) ? pid : 0;
}

QString InstanceLock::channelName(const QString &dataDir)
{
    const QFileInfo info(dataDir);
    const QString path = info.exists() ? info.canonicalFilePath() : QDir::cleanPath(info.absoluteFilePath());
    const QByteArray hash = QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256).toHex().left(24);
    return QStringLiteral("rehearse-%1-%2").arg(QString::number(::getuid()), QString::fromLatin1(hash));
}

} // namespace rehearse::core
