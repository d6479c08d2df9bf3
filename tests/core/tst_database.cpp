#include "core/DataStamp.h"
#include "core/Database.h"
#include "core/Migrations.h"
#include "support/TestData.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rehearse;
using rehearse::test::TestData;

class TestDatabase : public QObject {
    Q_OBJECT

private:
    static QByteArray hashOf(const QString &path)
    {
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    }
    static QString pragma(const QSqlDatabase &db, const QString &name)
    {
        QSqlQuery query(db);
        query.exec(QStringLiteral("PRAGMA ") + name);
        return query.next() ? query.value(0).toString() : QString();
    }

private slots:
    void createsTheLatestSchemaFromNothing()
    {
        QTemporaryDir dir;
        core::Database db(dir.filePath(QStringLiteral("rehearse.sqlite")));
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), core::Migrations::LatestVersion);
        QCOMPARE(pragma(db.connection(), QStringLiteral("journal_mode")), QStringLiteral("wal"));
        QCOMPARE(pragma(db.connection(), QStringLiteral("foreign_keys")), QStringLiteral("1"));
        for (const char *table :
             {"packs", "stages", "qualities", "questions", "questions_search", "question_user_tags",
              "question_qualities", "checklist_items", "checklist_ticks", "stories", "story_qualities",
              "story_questions", "attempts", "rubric_criteria", "attempt_scores", "bookmarks", "schedule"}) {
            QVERIFY2(TestData::count(db.connection(), QString::fromLatin1(table)) >= 0, table);
        }
        QCOMPARE(TestData::count(db.connection(), QStringLiteral("rubric_criteria")), 6);
        QVERIFY(db.lastBackupPath().isEmpty()); // nothing to copy aside for a new file
    }

    void reopeningRunsNoMigrationAgain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rehearse.sqlite"));
        QString error;
        {
            core::Database db(path);
            QVERIFY(db.open(&error));
        }
        core::Database again(path);
        QVERIFY2(again.open(&error), qPrintable(error));
        QVERIFY(again.lastBackupPath().isEmpty());
        QCOMPARE(TestData::count(again.connection(), QStringLiteral("rubric_criteria")), 6);
    }

    // Start-up runs the quick check on a worker and opens with Check::Deferred meanwhile:
    // that opens only an existing file of the latest version, and writes nothing to any.
    void aDeferredCheckOpensOnlyWhatNeedsNoWriting()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rehearse.sqlite"));
        QString error;
        {
            core::Database missing(path);
            QVERIFY(!missing.open(&error, core::Database::Check::Deferred));
            QCOMPARE(missing.lastFailure(), core::Database::Failure::Other);
            QVERIFY(!QFile::exists(path)); // not created: that is for the careful way
        }
        {
            core::Database latest(path);
            QVERIFY(latest.open(&error));
        }
        const QByteArray before = hashOf(path);
        {
            core::Database latest(path);
            QVERIFY(latest.open(&error, core::Database::Check::Deferred));
            QCOMPARE(latest.schemaVersion(), core::Migrations::LatestVersion);
            QCOMPARE(TestData::count(latest.connection(), QStringLiteral("rubric_criteria")), 6);
            QCOMPARE(core::Database::quickCheck(path, &error), core::Database::Failure::None);
        }
        QCOMPARE(hashOf(path), before);

        const QString old = dir.filePath(QStringLiteral("old.sqlite"));
        QVERIFY(QFile::copy(TestData::dataPath(QStringLiteral("schema-v1.sqlite")), old));
        const QByteArray oldHash = hashOf(old);
        core::Database older(old);
        QVERIFY(!older.open(&error, core::Database::Check::Deferred)); // it needs migrating
        QCOMPARE(hashOf(old), oldHash);
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("old.sqlite*")}, QDir::Files),
                 QStringList{QStringLiteral("old.sqlite")});
    }

    // What panels compare to read nothing again when nothing was written: it changes with
    // a write through the same connection and through another, and only then.
    void theDataStampChangesWithEveryWriteOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rehearse.sqlite"));
        core::Database db(path);
        QString error;
        QVERIFY(db.open(&error));
        const QString first = core::DataStamp::of(db.connection());
        QCOMPARE(core::DataStamp::of(db.connection()), first);
        QCOMPARE(TestData::count(db.connection(), QStringLiteral("rubric_criteria")), 6); // a read
        QCOMPARE(core::DataStamp::of(db.connection()), first);

        QSqlQuery here(db.connection());
        QVERIFY(here.exec(QStringLiteral("UPDATE rubric_criteria SET name = name || '!' WHERE id = 1")));
        const QString second = core::DataStamp::of(db.connection());
        QVERIFY(second != first);

        // Another connection (a worker's) writes: this one sees it.
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery there(other);
        QVERIFY(there.exec(QStringLiteral("UPDATE rubric_criteria SET name = name || '?' WHERE id = 1")));
        QVERIFY(core::DataStamp::of(db.connection()) != second);
        there = QSqlQuery();
        other.close();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("other"));

        // A worker's own read-only connection reads the same file and cannot write to it.
        {
            const core::WorkerConnection worker(path);
            QSqlQuery read(worker.database());
            QVERIFY(read.exec(QStringLiteral("SELECT name FROM rubric_criteria WHERE id = 1")) && read.next());
            QVERIFY(read.value(0).toString().endsWith(QLatin1String("!?")));
            QSqlQuery write(worker.database());
            QVERIFY(!write.exec(QStringLiteral("DELETE FROM rubric_criteria")));
        }
        QCOMPARE(TestData::count(db.connection(), QStringLiteral("rubric_criteria")), 6);
    }

    void eachMigrationIsSafeToRunTwice()
    {
        QTemporaryDir dir;
        core::Database db(dir.filePath(QStringLiteral("rehearse.sqlite")));
        QString error;
        QVERIFY(db.open(&error));
        QSqlDatabase connection = db.connection();
        for (int version = 1; version <= core::Migrations::LatestVersion; ++version) {
            const QStringList statements = core::Migrations::statementsFor(version);
            QVERIFY(!statements.isEmpty());
            for (const QString &sql : statements) {
                QSqlQuery query(connection);
                QVERIFY2(query.exec(sql), qPrintable(sql.left(80)));
            }
        }
        QCOMPARE(TestData::count(connection, QStringLiteral("rubric_criteria")), 6);
    }

    void migratesVersion1KeepingUserData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rehearse.sqlite"));
        QVERIFY(QFile::copy(TestData::dataPath(QStringLiteral("schema-v1.sqlite")), path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QCOMPARE(core::Database::readUserVersion(path, nullptr), 1);

        core::Database db(path);
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), core::Migrations::LatestVersion);

        // The copy taken before migrating is the untouched version 1 database.
        QVERIFY(!db.lastBackupPath().isEmpty());
        QVERIFY(QFile::exists(db.lastBackupPath()));
        QCOMPARE(core::Database::readUserVersion(db.lastBackupPath(), nullptr), 1);

        const QSqlDatabase c = db.connection();
        QCOMPARE(TestData::count(c, QStringLiteral("questions"), QStringLiteral("own = 1")), 1);
        QCOMPARE(TestData::count(c, QStringLiteral("questions"), QStringLiteral("own = 0")), 3);
        QCOMPARE(TestData::count(c, QStringLiteral("stories"), QStringLiteral("title = 'Billing outage'")), 1);
        QCOMPARE(TestData::count(c, QStringLiteral("story_qualities")), 1);
        QCOMPARE(TestData::count(c, QStringLiteral("story_questions")), 1);
        QCOMPARE(TestData::count(c, QStringLiteral("checklist_ticks"), QStringLiteral("item_slug = 'read-jd'")), 1);
        QCOMPARE(TestData::count(c, QStringLiteral("rubric_criteria")), 6);
        // Full-text search still finds the own question after the migration.
        QCOMPARE(
            TestData::count(c, QStringLiteral("questions_search"), QStringLiteral("questions_search MATCH 'rust'")), 1);
    }

    void refusesADatabaseFromTheFuture()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rehearse.sqlite"));
        {
            const QString name = QStringLiteral("future");
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery(raw).exec(QStringLiteral("CREATE TABLE things (x)"));
            QSqlQuery(raw).exec(QStringLiteral("PRAGMA user_version = 99"));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("future"));
        const QByteArray before = hashOf(path);

        core::Database db(path);
        QString error;
        QVERIFY(!db.open(&error));
        QVERIFY2(error.contains(QStringLiteral("newer version of Rehearse")), qPrintable(error));
        QVERIFY(error.contains(QStringLiteral("Nothing was changed")));
        QCOMPARE(hashOf(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void refusesAFileThatIsNotADatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rehearse.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        const QByteArray before = hashOf(path);

        core::Database db(path);
        QString error;
        QVERIFY(!db.open(&error));
        QVERIFY2(error.contains(QStringLiteral("not a readable Rehearse database")), qPrintable(error));
        QCOMPARE(hashOf(path), before);
    }

    void eachThreadGetsItsOwnConnection()
    {
        QTemporaryDir dir;
        core::Database db(dir.filePath(QStringLiteral("rehearse.sqlite")));
        QString error;
        QVERIFY(db.open(&error));
        const QString mine = db.connection().connectionName();
        QString theirs;
        int rubric = 0;
        QThread *thread = QThread::create([&] {
            theirs = db.connection().connectionName();
            rubric = TestData::count(db.connection(), QStringLiteral("rubric_criteria"));
        });
        thread->start();
        QVERIFY(thread->wait(10000));
        delete thread;
        QVERIFY(!theirs.isEmpty());
        QVERIFY(theirs != mine);
        QCOMPARE(rubric, 6);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
