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

    static int count(const QString &databasePath, const QString &table, const QString &where)
    {
        int count = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(databasePath);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (db.open()) {
                count = TestData::count(db, table, where);
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        return count;
    }

    static int packCount(const QString &databasePath, const QString &slug)
    {
        return count(databasePath, QStringLiteral("packs"), QStringLiteral("slug = '%1'").arg(slug));
    }

    static int ownQuestions(const QTemporaryDir &dir, const QString &where = QStringLiteral("1"))
    {
        return count(dir.filePath(QStringLiteral("data/rehearse.sqlite")), QStringLiteral("questions"),
                     QStringLiteral("own = 1 AND ") + where);
    }

    static QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    // Three questions naming a stage and qualities of the shipped Amazon pack.
    static QByteArray goodCsv()
    {
        return "text,category,stage,qualities,tags,tip,why\r\n"
               "\"Tell me about a time you disagreed, and what happened?\",behavioural,Hiring Manager Phone Round,"
               "Customer Obsession;bias for action,conflict,\"Say \"\"I\"\".\",Judgement.\r\n"
               "How would you test a cache?,technical,,,,,\r\n"
               "Qu'est-ce qui vous motive ?,motivation,,,,,\r\n";
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

    void importsQuestionsFromCsv()
    {
        QTemporaryDir dir;
        const QString csv = write(dir, QStringLiteral("questions.csv"), goodCsv());
        const Run run = rehearse(
            {QStringLiteral("--import"), csv, QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("data"))});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), QStringLiteral("Added 3 questions; skipped 0 duplicates."));
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QCOMPARE(ownQuestions(dir), 3);
        QCOMPARE(ownQuestions(dir, QStringLiteral("stage_id IS NOT NULL AND tags = 'conflict'")), 1);
        QCOMPARE(count(dir.filePath(QStringLiteral("data/rehearse.sqlite")),
                       QStringLiteral("question_qualities qq JOIN questions q ON q.id = qq.question_id"),
                       QStringLiteral("q.own = 1")),
                 2);
    }

    void reimportingQuestionsSkipsDuplicates()
    {
        QTemporaryDir dir;
        const QString csv = write(dir, QStringLiteral("questions.csv"), goodCsv());
        const QStringList arguments
            = {QStringLiteral("--import"), csv, QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("data"))};
        QCOMPARE(rehearse(arguments).exitCode, 0);
        const Run again = rehearse(arguments);
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.out.trimmed(), QStringLiteral("Added 0 questions; skipped 3 duplicates."));
        QCOMPARE(ownQuestions(dir), 3);
    }

    void aBadQuestionRowWritesNothing()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("data"));
        QCOMPARE(rehearse({QStringLiteral("--import"), write(dir, QStringLiteral("good.csv"), goodCsv()),
                           QStringLiteral("--data-dir"), data})
                     .exitCode,
                 0);
        const QString bad = write(dir, QStringLiteral("bad.csv"),
                                  "text,category\n"
                                  "A fine question?,intro\n"
                                  "Too, many fields?,intro\n"
                                  ",intro\n");
        const Run run = rehearse({QStringLiteral("--import"), bad, QStringLiteral("--data-dir"), data});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(QStringLiteral("nothing was imported")), qPrintable(run.err));
        QVERIFY2(run.err.contains(bad + QStringLiteral(":3: found 3 fields where the header has 2")),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(bad + QStringLiteral(":4: the text is empty")), qPrintable(run.err));
        QCOMPARE(ownQuestions(dir), 3); // "A fine question?" was not added either

        const QString fresh = dir.filePath(QStringLiteral("fresh"));
        QCOMPARE(rehearse({QStringLiteral("--import"), bad, QStringLiteral("--data-dir"), fresh}).exitCode, 2);
        QVERIFY(!QFile::exists(fresh)); // refused before anything was created
    }

    void anUnreadableQuestionFileExits2()
    {
        QTemporaryDir dir;
        const QString empty = write(dir, QStringLiteral("empty.csv"), "");
        const Run run = rehearse(
            {QStringLiteral("--import"), empty, QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("data"))});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err.trimmed(), QStringLiteral("rehearse: %1: the file is empty").arg(empty));
        const Run missing = rehearse({QStringLiteral("--import"), dir.filePath(QStringLiteral("missing.csv")),
                                      QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("data"))});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains(QStringLiteral("file not found")), qPrintable(missing.err));
    }

    void importsAQuestionJsonAndSaysWhatItIgnored()
    {
        QTemporaryDir dir;
        const QString json = write(dir, QStringLiteral("questions.json"), R"({"format": "rehearse-questions",
            "version": 1, "questions": [{"text": "Why this team?", "stage": "Nowhere", "tags": ["team"]}]})");
        const Run run = rehearse(
            {QStringLiteral("--import"), json, QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("data"))});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0], QStringLiteral("Added 1 question; skipped 0 duplicates."));
        QCOMPARE(lines[1],
                 json
                     + QStringLiteral(": item 1: no installed pack has the stage \"Nowhere\"; the "
                                      "question is added without a stage"));
        QCOMPARE(ownQuestions(dir, QStringLiteral("stage_id IS NULL AND tags = 'team'")), 1);
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
