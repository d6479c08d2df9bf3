#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QLocalServer;

namespace rehearse {

// The channel between starts of Rehearse on one data folder (a local socket, never a
// network one). The instance that holds the folder's lock listens; a later start asks it
// to bring its window to the front and exits instead of opening the data a second time.
class SingleInstance final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    explicit SingleInstance(const QString &dataDir, QObject *parent = nullptr);
    ~SingleInstance() override;

    // For the instance holding the lock: answers other starts from now on (once the
    // event loop runs). A socket left by a killed instance is replaced.
    bool listen(QString *error);

    enum class Reply { Raised, NoAnswer, Freed };
    // For a start that found the lock held: asks the holder to raise its window. While
    // nothing listens (the holder is starting, or is an --import that has no window) it
    // tries again, and calls takeLock between tries: Freed when that got the lock.
    static Reply askToRaise(const QString &dataDir, int timeoutMs, const std::function<bool()> &takeLock);

signals:
    void raiseRequested();

private:
    void answer();

    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace rehearse
