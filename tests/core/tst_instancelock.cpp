#include "core/InstanceLock.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace rehearse;

class TestInstanceLock : public QObject {
    Q_OBJECT

private:
    // The pid of a process that has ended.
    static qint64 deadPid()
    {
        QProcess process;
        process.start(QStringLiteral("true"), {});
        if (!process.waitForStarted())
            return 0;
        const qint64 pid = process.processId();
        process.waitForFinished();
        return pid;
    }

private slots:
    void aSecondLockOnTheSameFolderFails()
    {
        QTemporaryDir dir;
        core::InstanceLock first(dir.path());
        QString error;
        QCOMPARE(first.tryLock(&error), core::InstanceLock::State::Locked);
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("rehearse.lock"))));

        core::InstanceLock second(dir.path());
        QCOMPARE(second.tryLock(&error), core::InstanceLock::State::HeldByAnother);
        QCOMPARE(second.ownerPid(), QCoreApplication::applicationPid());
        QVERIFY(!second.isLocked());

        // Another folder is not affected.
        QTemporaryDir other;
        core::InstanceLock elsewhere(other.path());
        QCOMPARE(elsewhere.tryLock(&error), core::InstanceLock::State::Locked);

        first.unlock();
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("rehearse.lock"))));
        QCOMPARE(second.tryLock(&error), core::InstanceLock::State::Locked);
        QCOMPARE(first.tryLock(&error), core::InstanceLock::State::HeldByAnother);
    }

    void anOldLockOfARunningProcessIsKept()
    {
        QTemporaryDir dir;
        core::InstanceLock first(dir.path());
        QString error;
        QCOMPARE(first.tryLock(&error), core::InstanceLock::State::Locked);
        // QLockFile's default would call a lock older than 30 s stale.
        QFile file(first.path());
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(-3600), QFileDevice::FileModificationTime));
        file.close();
        core::InstanceLock second(dir.path());
        QCOMPARE(second.tryLock(&error), core::InstanceLock::State::HeldByAnother);
    }

    void takesOverTheLockOfAProcessThatIsGone()
    {
        QTemporaryDir dir;
        const qint64 pid = deadPid();
        QVERIFY(pid > 0);
        QFile file(dir.filePath(QStringLiteral("rehearse.lock")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::number(pid) + "\nrehearse\n" + QSysInfo::machineHostName().toUtf8() + '\n'
                   + QSysInfo::machineUniqueId() + '\n');
        file.close();

        core::InstanceLock lock(dir.path());
        QString error;
        QCOMPARE(lock.tryLock(&error), core::InstanceLock::State::Locked);
        QVERIFY(lock.isLocked());
        QFile taken(lock.path());
        QVERIFY(taken.open(QIODevice::ReadOnly));
        QCOMPARE(taken.readLine().trimmed().toLongLong(), QCoreApplication::applicationPid());
    }

    void failsClearlyWhereNoLockCanBeWritten()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("missing/folder"));
        core::InstanceLock lock(folder);
        QString error;
        QCOMPARE(lock.tryLock(&error), core::InstanceLock::State::Failed);
        QVERIFY2(error.contains(QStringLiteral("rehearse.lock")), qPrintable(error));
    }

    void theChannelIsNamedAfterTheFolder()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("a/b")));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("a/b")), dir.filePath(QStringLiteral("link"))));
        const QString name = core::InstanceLock::channelName(dir.filePath(QStringLiteral("a/b")));
        QCOMPARE(core::InstanceLock::channelName(dir.filePath(QStringLiteral("a/./b/"))), name);
        QCOMPARE(core::InstanceLock::channelName(dir.filePath(QStringLiteral("link"))), name);
        QVERIFY(core::InstanceLock::channelName(dir.filePath(QStringLiteral("a"))) != name);
        QVERIFY(name.startsWith(QStringLiteral("rehearse-")));
        QVERIFY(name.size() < 64); // a local socket path has little room
    }
};

QTEST_GUILESS_MAIN(TestInstanceLock)
#include "tst_instancelock.moc"
