#pragma once

#include <QLockFile>
#include <QString>

namespace rehearse::core {

// Makes one process the only writer of a data folder: a lock file, rehearse.lock, in the
// folder. A lock whose process is gone (killed, crashed) is stale and taken over; a lock
// held by a running process is never taken, however old it is.
class InstanceLock final {
public:
    enum class State { Locked, HeldByAnother, Failed };

    explicit InstanceLock(const QString &dataDir);
    ~InstanceLock();
    Q_DISABLE_COPY_MOVE(InstanceLock)

    // Does not wait. Failed comes with a readable reason in *error.
    State tryLock(QString *error);
    void unlock();
    bool isLocked() const { return m_lock.isLocked(); }
    QString path() const { return m_path; }
    // The process holding the lock, after tryLock() returned HeldByAnother; 0 if unknown.
    qint64 ownerPid() const;

    // The name of the local socket through which other starts talk to the instance that
    // holds this data folder: derived from the folder's canonical path and the user, so
    // "./data" and "/home/me/data" meet and two users never do.
    static QString channelName(const QString &dataDir);

private:
    QString m_path;
    QLockFile m_lock;
};

} // namespace rehearse::core
