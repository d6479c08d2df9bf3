#include "support/TestData.h"

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using rehearse::test::TestData;

// Runs the real rehearse binary, the way a user or a script would.
class TestCommandLine : public QObject {
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
            return {};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromLocal8Bit(process.readAllStandardOutput()),
                QString::fromLocal8Bit(process.readAllStandardError())};
    }

    static int packCount(const QString &databasePath, const QString &slug)
    {
        int count = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(databasePath);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (db.open()) {
                count = TestData::count(db, QStringLiteral("packs"), QStringLiteral("slug = '%1'").arg(slug));
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        return count;
    }

private slots:
    void printsItsVersion()
    {
        const Run run = rehearse({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), QStringLiteral("rehearse 0.1.0"));
    }

    void printsHelp()
    {
        const Run run = rehearse({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("--data-dir <dir>")));
        QVERIFY(run.out.contains(QStringLiteral("--import <file>")));
        QVERIFY(run.out.startsWith(QStringLiteral("Usage: rehearse")));
    }

    void refusesAnUnknownOption()
    {
        const Run run = rehearse({QStringLiteral("--frobnicate")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("frobnicate")));
    }

    void refusesADataDirItCannotUse_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("below a file") << QStringLiteral("file");
        QTest::newRow("in /proc") << QStringLiteral("proc");
        QTest::newRow("a file, not a folder") << QStringLiteral("is-file");
    }

    void refusesADataDirItCannotUse()
    {
        QFETCH(QString, kind);
        QTemporaryDir scratch;
        const QString file = scratch.filePath(QStringLiteral("plain-file"));
        QFile touch(file);
        QVERIFY(touch.open(QIODevice::WriteOnly));
        touch.close();
        const QString dir = kind == QStringLiteral("file") ? file + QStringLiteral("/data")
            : kind == QStringLiteral("proc")               ? QStringLiteral("/proc/rehearse-cannot-be-here")
                                                           : file;
        // No --import: this would open the window if the check did not come first.
        const Run run = rehearse({QStringLiteral("--data-dir"), dir});
        QCOMPARE(run.exitCode, 2);
        const QStringList lines = run.err.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().startsWith(QStringLiteral("rehearse: ")), qPrintable(run.err));
        QVERIFY2(lines.first().contains(dir), qPrintable(run.err));
    }

    void createsAMissingDataDirPrivately()
    {
        QTemporaryDir scratch;
        const QString dir = scratch.filePath(QStringLiteral("new/nested"));
        const Run run = rehearse({QStringLiteral("--data-dir"), dir, QStringLiteral("--import"),
                                  TestData::dataPath(QStringLiteral("mini-pack.json"))});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QFile::permissions(dir) & 0x0077, QFileDevice::Permissions());
        QVERIFY(QFile::permissions(dir).testFlag(QFileDevice::ExeOwner));
        QCOMPARE(QFile::permissions(dir + QStringLiteral("/rehearse.sqlite")) & 0x0077, QFileDevice::Permissions());
        QVERIFY(QFileInfo(dir + QStringLiteral("/recordings")).isDir());
    }

    void importsAPackWithoutAWindow()
    {
        QTemporaryDir dir;
        const Run run = rehearse({QStringLiteral("--import"), TestData::dataPath(QStringLiteral("mini-pack.json")),
                                  QStringLiteral("--data-dir"), dir.path()});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("Added pack \"Minicorp — Tester\" (version 1)")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("3 questions (3 new, 0 archived)")));
        QCOMPARE(packCount(dir.filePath(QStringLiteral("rehearse.sqlite")), QStringLiteral("mini-test")), 1);
    }

    void aBadPackPrintsItsErrorsAndWritesNothing()
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("bad.json"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": 1, "id": "x", "version": 1, "company": "X", "role": "Y", "summary": "s",
                      "timeline": {"minWeeks": 1, "maxWeeks": 2}, "stages": [], "qualities": "none",
                      "questions": [], "checklist": [], "mistakes": [], "faq": []})");
        file.close();
        const QString data = dir.filePath(QStringLiteral("data"));
        const Run run = rehearse({QStringLiteral("--import"), bad, QStringLiteral("--data-dir"), data});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("$.stages: must not be empty")));
        QVERIFY(run.err.contains(QStringLiteral("$.qualities: expected an array, found a string")));
        QVERIFY(run.out.isEmpty());
        QVERIFY(!QFile::exists(data)); // nothing written, not even the folder
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
