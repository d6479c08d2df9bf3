#include "core/InstanceLock.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

// Rehearse opens no network socket, ever: the real binary runs under strace, and every
// socket() it or a child makes must be local. Its data stays private on disk as well.
class TestPrivacy : public QObject {
    Q_OBJECT

private:
    static constexpr QFileDevice::Permissions OwnerRw = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    static constexpr QFileDevice::Permissions OwnerRwx = OwnerRw | QFileDevice::ExeOwner;
    static QFileDevice::Permissions mode(const QString &path) { return QFile::permissions(path) & 0x7077; }

    QString m_strace;

    static QByteArray read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static QStringList straced(const QString &trace, const QStringList &arguments)
    {
        return QStringList{QStringLiteral("-f"),
                           QStringLiteral("-e"),
                           QStringLiteral("trace=socket,connect"),
                           QStringLiteral("-o"),
                           trace,
                           QStringLiteral(REHEARSE_BINARY)}
        + arguments;
    }

    // The address families of every socket() and connect() in a trace.
    static QSet<QString> families(const QString &trace)
    {
        static const QRegularExpression family(QStringLiteral("(?:socket\\(|sa_family=)(AF_[A-Z0-9]+|\\d+)"));
        QSet<QString> seen;
        const QString text = QString::fromLocal8Bit(read(trace));
        for (auto it = family.globalMatch(text); it.hasNext();)
            seen.insert(it.next().captured(1));
        return seen;
    }

    // sawLocal: the trace must show the single-instance channel, proof that strace saw
    // the sockets at all.
    static void verifyLocalOnly(const QString &trace, bool sawLocal)
    {
        const QSet<QString> seen = families(trace);
        if (sawLocal) {
            QVERIFY2(seen.contains(QStringLiteral("AF_UNIX")),
                     qPrintable(QStringList(seen.begin(), seen.end()).join(u' ')));
        }
        // Local sockets (the single-instance channel, the sound server, D-Bus) and the
        // kernel's device notices are fine; anything that can reach a network is not.
        const QSet<QString> allowed{QStringLiteral("AF_UNIX"), QStringLiteral("AF_LOCAL"),
                                    QStringLiteral("AF_NETLINK")};
        QSet<QString> other = seen - allowed;
        QVERIFY2(other.isEmpty(),
                 qPrintable(QStringLiteral("network sockets in %1: %2")
                                .arg(trace, QStringList(other.begin(), other.end()).join(u' '))));
    }

private slots:
    void initTestCase()
    {
        m_strace = QStandardPaths::findExecutable(QStringLiteral("strace"));
        QVERIFY2(!m_strace.isEmpty(), "strace is missing; it is in the test group of packaging/debian-packages.txt");
        QProcess probe;
        probe.start(m_strace, {QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("true")});
        QVERIFY(probe.waitForFinished());
        if (probe.exitCode() != 0)
            QSKIP("this machine does not allow ptrace; strace cannot watch the binary");
    }

    void importOpensNoNetworkSocket()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("questions.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("text,category,tags\nWhat would you do in your first 90 days?,motivation,plan\n");
        file.close();
        const QString data = dir.filePath(QStringLiteral("data"));
        for (int run = 0; run < 2; ++run) { // the second start also writes the daily backup
            const QString trace = dir.filePath(QStringLiteral("import-%1.trace").arg(run));
            QProcess process;
            process.start(m_strace,
                          straced(trace, {QStringLiteral("--data-dir"), data, QStringLiteral("--import"), csv}));
            QVERIFY(process.waitForFinished(60000));
            QCOMPARE(process.exitCode(), 0);
            QVERIFY(process.readAllStandardOutput().startsWith(run == 0 ? "Added 1 question" : "Added 0 questions"));
            verifyLocalOnly(trace, false);
            QVERIFY(TestPrivacy::read(trace).contains("+++ exited with 0 +++")); // strace did watch it
        }
    }

    void theWindowOpensNoNetworkSocket()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        const QString trace = dir.filePath(QStringLiteral("window.trace"));
        QProcess window;
        window.start(m_strace, straced(trace, {QStringLiteral("--data-dir"), data}));
        QVERIFY(window.waitForStarted());

        // A second start is answered only once the first runs its event loop, that is
        // with its window shown and the shipped packs in place.
        const QString socket = QDir::temp().filePath(rehearse::core::InstanceLock::channelName(data));
        QTRY_VERIFY_WITH_TIMEOUT(
            window.state() == QProcess::NotRunning
                || (QFile::exists(data + QStringLiteral("/rehearse.lock")) && QFile::exists(socket)),
            60000);
        QVERIFY2(window.state() == QProcess::Running, window.readAllStandardError().constData());
        QProcess second;
        second.start(QStringLiteral(REHEARSE_BINARY), {QStringLiteral("--data-dir"), data});
        QVERIFY(second.waitForFinished(30000));
        QCOMPARE(second.exitCode(), 0);

        // Closed the way a session manager closes it. The pid is the one in the lock,
        // not strace's.
        QFile lock(data + QStringLiteral("/rehearse.lock"));
        QVERIFY(lock.open(QIODevice::ReadOnly));
        const qint64 pid = lock.readLine().trimmed().toLongLong();
        QVERIFY(pid > 0 && pid != window.processId());
        QCOMPARE(::kill(pid_t(pid), SIGTERM), 0);
        QVERIFY(window.waitForFinished(30000));

        verifyLocalOnly(trace, true);

        // What that session left on disk is for the user alone.
        QCOMPARE(mode(data), OwnerRwx);
        QCOMPARE(mode(data + QStringLiteral("/recordings")), OwnerRwx);
        QCOMPARE(mode(data + QStringLiteral("/rehearse.sqlite")), OwnerRw);
    }

    void backupsArePrivate()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        const QStringList import{QStringLiteral("--data-dir"), data, QStringLiteral("--import"),
                                 QStringLiteral(REHEARSE_SOURCE_DIR "/tests/data/mini-pack.json")};
        for (int run = 0; run < 2; ++run) {
            QProcess process;
            process.start(QStringLiteral(REHEARSE_BINARY), import);
            QVERIFY(process.waitForFinished(30000));
            QCOMPARE(process.exitCode(), 0);
        }
        const QString backups = data + QStringLiteral("/backups");
        QCOMPARE(mode(backups), OwnerRwx);
        const QStringList files = QDir(backups).entryList(QDir::Files | QDir::Hidden);
        QCOMPARE(files.size(), 1);
        QCOMPARE(mode(backups + u'/' + files.first()), OwnerRw);
    }
};

QTEST_GUILESS_MAIN(TestPrivacy)
#include "tst_privacy.moc"
