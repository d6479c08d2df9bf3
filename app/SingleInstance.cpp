#include "SingleInstance.h"

#include "core/InstanceLock.h"

#include <QDeadlineTimer>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QThread>

namespace rehearse {

namespace {

Q_LOGGING_CATEGORY(logInstance, "rehearse.app.instance")

const QByteArray Request = QByteArrayLiteral("raise\n");
const QByteArray RaisedLine = QByteArrayLiteral("raised\n");
constexpr int RetryMs = 100;

} // namespace

SingleInstance::SingleInstance(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_name(core::InstanceLock::channelName(dataDir))
{
}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::listen(QString *error)
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    // Only the lock holder gets here, so a socket of that name is a dead instance's.
    QLocalServer::removeServer(m_name);
    if (!m_server->listen(m_name)) {
        if (error)
            *error = m_server->errorString();
        qCWarning(logInstance) << "cannot listen on" << m_name << m_server->errorString();
        return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::answer);
    qCInfo(logInstance) << "listening on" << m_server->fullServerName();
    return true;
}

void SingleInstance::answer()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine())
                return;
            if (socket->readLine(64) != Request) {
                socket->disconnectFromServer();
                return;
            }
            qCInfo(logInstance) << "another start asked to raise the window";
            emit raiseRequested();
            socket->write(RaisedLine);
            socket->disconnectFromServer(); // after the reply is written
        });
    }
}

SingleInstance::Reply SingleInstance::askToRaise(const QString &dataDir, int timeoutMs,
                                                 const std::function<bool()> &takeLock)
{
    const QString name = core::InstanceLock::channelName(dataDir);
    const QDeadlineTimer deadline(timeoutMs);
    bool waited = false;
    while (!deadline.hasExpired()) {
        QLocalSocket socket;
        socket.connectToServer(name);
        if (socket.waitForConnected(int(deadline.remainingTime()))) {
            socket.write(Request);
            socket.waitForBytesWritten(int(deadline.remainingTime()));
            while (!socket.canReadLine() && socket.waitForReadyRead(int(deadline.remainingTime()))) { }
            return socket.canReadLine() && socket.readLine(64) == RaisedLine ? Reply::Raised : Reply::NoAnswer;
        }
        if (takeLock()) {
            qCInfo(logInstance) << "the other start ended; this one has the folder now";
            return Reply::Freed;
        }
        if (!waited)
            qCInfo(logInstance) << "nothing answers on" << name << "yet; trying again";
        waited = true;
        QThread::msleep(RetryMs);
    }
    return Reply::NoAnswer;
}

} // namespace rehearse
