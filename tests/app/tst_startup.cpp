#include "core/InstanceLock.h"
#include "support/TestData.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using rehearse::test::TestData;

// The real binary at start: one instance per data folder, --import kept out while the
// window has the folder, a killed instance's lock taken over, a damaged database refused
// without a window, and the daily backup.
class TestStartup : public QObject {
    Q_OBJECT

private:
    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run rehearse(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(REHEARSE_BINARY), arguments);
        if (!process.waitForFinished(30000)) {
            process.kill();
            process.waitForFinished();
            return {};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromLocal8Bit(process.readAllStandardOutput()),
                QString::fromLocal8Bit(process.readAllStandardError())};
    }

    static QStringList importMiniPack(const QString &data)
    {
        return {QStringLiteral("--data-dir"), data, QStringLiteral("--import"),
                TestData::dataPath(QStringLiteral("mini-pack.json"))};
    }

    static int miniPacks(const QString &data)
    {
        int count = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(data + QStringLiteral("/rehearse.sqlite"));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (db.open())
                count = TestData::count(db, QStringLiteral("packs"), QStringLiteral("slug = 'mini-test'"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        return count;
    }

    static QByteArray hashOf(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                              : QByteArray();
    }

    // The window's instance, started and running until the test ends it.
    class Window {
    public:
        explicit Window(const QString &data)
        {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("rehearse.app.instance.info=true"));
            process.setProcessEnvironment(env);
            process.start(QStringLiteral(REHEARSE_BINARY), {QStringLiteral("--data-dir"), data});
            socket = QDir::temp().filePath(rehearse::core::InstanceLock::channelName(data));
            lock = data + QStringLiteral("/rehearse.lock");
        }
        ~Window()
        {
            if (process.state() != QProcess::NotRunning) {
                ::kill(pid_t(process.processId()), SIGCONT);
                process.kill();
                process.waitForFinished();
            }
        }
        // Or gone: then the test fails at once rather than at the timeout.
        bool listeningOrGone() const
        {
            return process.state() == QProcess::NotRunning || (QFile::exists(lock) && QFile::exists(socket));
        }
        QString log()
        {
            err += QString::fromLocal8Bit(process.readAllStandardError());
            return err;
        }

        QProcess process;
        QString socket;
        QString lock;
        QString err;
    };

private slots:
    void aSecondStartRaisesTheFirstAndExits()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        Window first(data);
        QTRY_VERIFY_WITH_TIMEOUT(first.listeningOrGone(), 30000);
        QVERIFY2(first.process.state() == QProcess::Running, qPrintable(first.log()));

        const Run second = rehearse({QStringLiteral("--data-dir"), data});
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(second.out.trimmed(),
                 QStringLiteral("Rehearse is already running on %1; brought its window to the front.").arg(data));
        QTRY_VERIFY2(first.log().contains(QStringLiteral("another start asked to raise the window")),
                     qPrintable(first.err));
        QCOMPARE(first.process.state(), QProcess::Running);

        // The same folder by another spelling is the same instance.
        const Run relative = rehearse({QStringLiteral("--data-dir"), data + QStringLiteral("/../data/")});
        QCOMPARE(relative.exitCode, 0);
    }

    void importIsRefusedWhileTheWindowHasTheFolder()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        Window first(data);
        QTRY_VERIFY_WITH_TIMEOUT(first.listeningOrGone(), 30000);
        QVERIFY2(first.process.state() == QProcess::Running, qPrintable(first.log()));
        // Answered once its event loop runs, so with the database open.
        QCOMPARE(rehearse({QStringLiteral("--data-dir"), data}).exitCode, 0);

        const Run import = rehearse(importMiniPack(data));
        QCOMPARE(import.exitCode, 2);
        QVERIFY(import.out.isEmpty());
        QVERIFY2(import.err.contains(QStringLiteral("rehearse: Rehearse is already running on %1 (process %2); close "
                                                    "it and try again. Nothing was imported.")
                                         .arg(data)
                                         .arg(first.process.processId())),
                 qPrintable(import.err));
        QCOMPARE(miniPacks(data), 0);

        // Killed, it leaves its lock behind; the next start takes it over.
        first.process.kill();
        QVERIFY(first.process.waitForFinished());
        QVERIFY(QFile::exists(first.lock));
        const Run after = rehearse(importMiniPack(data));
        QCOMPARE(after.exitCode, 0);
        QCOMPARE(miniPacks(data), 1);
    }

    void aWindowWaitsForAnImportToFinish()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        QVERIFY(QDir().mkpath(data));
        // Held as an --import holds it: a live process, and no window to answer.
        rehearse::core::InstanceLock import(data);
        QCOMPARE(import.tryLock(nullptr), rehearse::core::InstanceLock::State::Locked);

        Window window(data);
        QTRY_VERIFY2_WITH_TIMEOUT(window.log().contains(QStringLiteral("yet; trying again")), qPrintable(window.err),
                                  30000);
        import.unlock();
        QTRY_VERIFY_WITH_TIMEOUT(window.listeningOrGone(), 30000);
        QVERIFY2(window.process.state() == QProcess::Running, qPrintable(window.log()));
        QVERIFY(window.log().contains(QStringLiteral("this one has the folder now")));
    }

    void aFirstInstanceThatDoesNotAnswerIsReported()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        Window first(data);
        QTRY_VERIFY_WITH_TIMEOUT(first.listeningOrGone(), 30000);
        QVERIFY2(first.process.state() == QProcess::Running, qPrintable(first.log()));
        // Stopped: alive and holding the lock, but it answers nothing.
        QCOMPARE(::kill(pid_t(first.process.processId()), SIGSTOP), 0);

        const Run second = rehearse({QStringLiteral("--data-dir"), data});
        ::kill(pid_t(first.process.processId()), SIGCONT);
        QCOMPARE(second.exitCode, 2);
        QVERIFY(second.out.isEmpty());
        QVERIFY2(second.err.contains(QStringLiteral("rehearse: Rehearse is already running on %1 (process %2) but "
                                                    "does not answer; close it and try again.")
                                         .arg(data)
                                         .arg(first.process.processId())),
                 qPrintable(second.err));
    }

    void takesTheDailyBackup()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        QCOMPARE(rehearse(importMiniPack(data)).exitCode, 0);
        // A database created by this start has nothing to keep yet.
        QCOMPARE(QDir(data + QStringLiteral("/backups")).entryList(QDir::Files | QDir::Hidden), QStringList());
        QCOMPARE(rehearse(importMiniPack(data)).exitCode, 0);
        const QStringList backups = QDir(data + QStringLiteral("/backups")).entryList(QDir::Files | QDir::Hidden);
        QCOMPARE(backups.size(), 1);
        QVERIFY2(
            QRegularExpression(QStringLiteral("^rehearse-\\d{8}-\\d{6}\\.sqlite$")).match(backups.first()).hasMatch(),
            qPrintable(backups.first()));
        QCOMPARE(QFile::permissions(data + QStringLiteral("/backups/") + backups.first()) & 0x7077,
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        // Not again on the same day.
        QCOMPARE(rehearse(importMiniPack(data)).exitCode, 0);
        QCOMPARE(QDir(data + QStringLiteral("/backups")).entryList(QDir::Files | QDir::Hidden), backups);
    }

    void aDamagedDatabaseIsRefusedWithoutAWindow()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        QCOMPARE(rehearse(importMiniPack(data)).exitCode, 0);
        QCOMPARE(rehearse(importMiniPack(data)).exitCode, 0); // takes the first backup
        const QString database = data + QStringLiteral("/rehearse.sqlite");
        {
            QFile file(database);
            QVERIFY(file.open(QIODevice::ReadWrite));
            const qint64 pages = file.size() / 4096;
            QVERIFY(pages >= 8);
            QByteArray garbage(4096, Qt::Uninitialized);
            QRandomGenerator(7).fillRange(reinterpret_cast<quint32 *>(garbage.data()), 1024);
            QVERIFY(file.seek(pages / 2 * 4096));
            QCOMPARE(file.write(garbage), 4096);
        }
        const QByteArray before = hashOf(database);
        const QStringList filesBefore = QDir(data).entryList(QDir::Files | QDir::Hidden);

        const Run run = rehearse(importMiniPack(data));
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(
            run.err.contains(
                QStringLiteral("rehearse: %1 is not a readable Rehearse database: it is damaged (Page ").arg(database)),
            qPrintable(run.err));
        const QString backup = QDir(data + QStringLiteral("/backups")).entryList(QDir::Files).value(0);
        QVERIFY2(run.err.contains(QStringLiteral("Start Rehearse with its window to restore the backup from ")),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(backup), qPrintable(run.err));
        QCOMPARE(hashOf(database), before);
        QCOMPARE(QDir(data).entryList(QDir::Files | QDir::Hidden), filesBefore);
    }
};

QTEST_GUILESS_MAIN(TestStartup)
#include "tst_startup.moc"
