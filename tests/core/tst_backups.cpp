#include "core/Backups.h"
#include "core/Database.h"
#include "core/Migrations.h"
#include "core/PackImporter.h"
#include "support/TestData.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rehearse;
using rehearse::test::TestData;

// The integrity check at start, the daily backups and their rotation, and what recovery
// does with a damaged file.
class TestBackups : public QObject {
    Q_OBJECT

private:
    static QByteArray hashOf(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    }

    // A closed database with the shipped packs and the mini pack: many pages, no WAL.
    static QString makeDatabase(const QTemporaryDir &dir, const QString &name = QStringLiteral("rehearse.sqlite"))
    {
        const QString path = dir.filePath(name);
        core::Database db(path);
        QString error;
        if (!db.open(&error))
            qFatal("cannot create %s: %s", qPrintable(path), qPrintable(error));
        core::PackImporter importer(db.connection());
        importer.importBundled();
        importer.importFile(TestData::dataPath(QStringLiteral("mini-pack.json")));
        return path;
    }

    static int questions(const QString &path)
    {
        core::Database db(path);
        QString error;
        return db.open(&error) ? TestData::count(db.connection(), QStringLiteral("questions")) : -1;
    }

    // Garbage over one whole page in the middle of the file, as a failing disk would
    // leave it.
    static void damage(const QString &path)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        constexpr qint64 Page = 4096;
        const qint64 pages = file.size() / Page;
        QVERIFY2(pages >= 8, "the database is too small to damage in the middle");
        QByteArray garbage(Page, Qt::Uninitialized);
        QRandomGenerator random(42);
        random.fillRange(reinterpret_cast<quint32 *>(garbage.data()), Page / 4);
        QVERIFY(file.seek(pages / 2 * Page));
        QCOMPARE(file.write(garbage), Page);
    }

    static QDateTime at(const QString &text) { return QDateTime::fromString(text, Qt::ISODate); }

private slots:
    void aSoundDatabasePassesTheCheck()
    {
        QTemporaryDir dir;
        const QString path = makeDatabase(dir);
        QString error;
        QCOMPARE(core::Database::quickCheck(path, &error), core::Database::Failure::None);
        core::Database db(path);
        QVERIFY2(db.open(&error), qPrintable(error));
        QCOMPARE(db.lastFailure(), core::Database::Failure::None);
    }

    void refusesADamagedFileWithoutChangingIt()
    {
        QTemporaryDir dir;
        const QString path = makeDatabase(dir);
        damage(path);
        const QByteArray before = hashOf(path);
        const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);

        QString error;
        QCOMPARE(core::Database::quickCheck(path, &error), core::Database::Failure::Damaged);
        QVERIFY(!error.isEmpty());

        core::Database db(path);
        QVERIFY(!db.open(&error));
        QCOMPARE(db.lastFailure(), core::Database::Failure::Damaged);
        QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("It was left as it is")), qPrintable(error));
        QCOMPARE(hashOf(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), filesBefore);
    }

    void aFileThatIsNotADatabaseIsDamagedToo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rehearse.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        core::Database db(path);
        QString error;
        QVERIFY(!db.open(&error));
        QCOMPARE(db.lastFailure(), core::Database::Failure::Damaged);
    }

    void aNewerDatabaseIsNotCalledDamaged()
    {
        QTemporaryDir dir;
        const QString path = makeDatabase(dir);
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QVERIFY(QSqlQuery(raw).exec(QStringLiteral("PRAGMA user_version = 99")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        core::Database db(path);
        QString error;
        QVERIFY(!db.open(&error));
        QCOMPARE(db.lastFailure(), core::Database::Failure::Newer);
    }

    void keepsTheDamagedFileAsideByteForByte()
    {
        QTemporaryDir dir;
        const QString path = makeDatabase(dir);
        damage(path);
        const QByteArray before = hashOf(path);
        QFile wal(path + QStringLiteral("-wal"));
        QVERIFY(wal.open(QIODevice::WriteOnly));
        wal.write("left by the damaged file");
        wal.close();

        QString error;
        const QString aside = core::Backups::keepAside(path, at(QStringLiteral("2025-03-30T02:30:00Z")), &error);
        QCOMPARE(aside, path + QStringLiteral(".corrupt-20250330-023000"));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal"))); // never applied to the next database
        QCOMPARE(hashOf(aside), before);
        QCOMPARE(TestData::read(aside + QStringLiteral("-wal")), QByteArray("left by the damaged file"));

        // A second file at the same moment does not overwrite the first.
        QVERIFY(QFile::copy(aside, path));
        QVERIFY(core::Backups::keepAside(path, at(QStringLiteral("2025-03-30T02:30:00Z")), &error).isEmpty());
        QVERIFY(!error.isEmpty());
        QVERIFY(QFile::exists(path));
        QCOMPARE(hashOf(aside), before);
    }

    void aBackupIsACompleteDatabaseAtTheCurrentVersion()
    {
        QTemporaryDir dir;
        const QString path = makeDatabase(dir);
        const int expected = questions(path);
        QVERIFY(expected > 40);
        core::Database db(path);
        QString error;
        QVERIFY(db.open(&error));
        // Written after the last checkpoint: only in the WAL so far.
        QSqlQuery(db.connection())
            .exec(QStringLiteral("UPDATE questions SET text = 'Changed in the WAL' WHERE id = 1"));

        core::Backups backups(dir.filePath(QStringLiteral("backups")));
        const auto backup = backups.create(db.connection(), at(QStringLiteral("2025-01-02T03:04:05Z")), &error);
        QVERIFY2(backup, qPrintable(error));
        QCOMPARE(backup->path, dir.filePath(QStringLiteral("backups/rehearse-20250102-030405.sqlite")));
        QCOMPARE(backup->time, at(QStringLiteral("2025-01-02T03:04:05Z")));
        QCOMPARE(QFile::permissions(backup->path) & 0x7077, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QCOMPARE(QFile::permissions(backups.folder()) & 0x7077,
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QCOMPARE(QDir(backups.folder()).entryList(QDir::Files | QDir::Hidden),
                 {QStringLiteral("rehearse-20250102-030405.sqlite")});

        QCOMPARE(core::Database::readUserVersion(backup->path, nullptr), core::Migrations::LatestVersion);
        QCOMPARE(core::Database::quickCheck(backup->path, &error), core::Database::Failure::None);
        QCOMPARE(questions(backup->path), expected);
        core::Database copy(backup->path);
        QVERIFY(copy.open(&error));
        QCOMPARE(TestData::count(copy.connection(), QStringLiteral("questions"),
                                 QStringLiteral("id = 1 AND text = 'Changed in the WAL'")),
                 1);
    }

    void listsCompleteBackupsNewestFirst()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("backups"));
        QVERIFY(QDir().mkpath(folder));
        for (const char *name :
             {"rehearse-20250101-120000.sqlite", "rehearse-20250301-080000.sqlite", "rehearse-20250201-235959.sqlite",
              // a copy still being written, and files that are no backups
              ".partial-0123.sqlite", "rehearse-20250401-000000.sqlite-journal", "rehearse-20251301-000000.sqlite",
              "notes.txt"}) {
            QFile file(QDir(folder).filePath(QString::fromLatin1(name)));
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        const QList<core::Backups::Backup> list = core::Backups(folder).list();
        QCOMPARE(list.size(), 3);
        QCOMPARE(list[0].time, at(QStringLiteral("2025-03-01T08:00:00Z")));
        QCOMPARE(list[1].time, at(QStringLiteral("2025-02-01T23:59:59Z")));
        QCOMPARE(list[2].time, at(QStringLiteral("2025-01-01T12:00:00Z")));
        QCOMPARE(list[0].path, QDir(folder).filePath(QStringLiteral("rehearse-20250301-080000.sqlite")));
    }

    void keepsTheLastSevenDailyBackups()
    {
        QTemporaryDir dir;
        const QString path = makeDatabase(dir);
        core::Database db(path);
        QString error;
        QVERIFY(db.open(&error));
        core::Backups backups(dir.filePath(QStringLiteral("backups")));

        QDateTime now = at(QStringLiteral("2025-06-01T09:00:00Z"));
        QVERIFY(backups.isDue(now)); // none yet
        QList<QDateTime> taken;
        for (int day = 0; day < 10; ++day) {
            QVERIFY2(backups.createIfDue(db.connection(), now, &error), qPrintable(error));
            taken.prepend(now);
            // Later the same day nothing is due; a day later it is.
            QVERIFY(!backups.isDue(now.addSecs(core::Backups::IntervalSeconds - 1)));
            QVERIFY(!backups.createIfDue(db.connection(), now.addSecs(3600), &error));
            QVERIFY(error.isEmpty());
            QVERIFY(backups.isDue(now.addSecs(core::Backups::IntervalSeconds)));
            QCOMPARE(backups.list().size(), std::min(day + 1, core::Backups::Kept));
            now = now.addSecs(core::Backups::IntervalSeconds + 600);
        }
        const QList<core::Backups::Backup> list = backups.list();
        QCOMPARE(list.size(), core::Backups::Kept);
        for (int i = 0; i < core::Backups::Kept; ++i)
            QCOMPARE(list[i].time, taken[i]);
        QCOMPARE(QDir(backups.folder()).entryList(QDir::Files | QDir::Hidden).size(), core::Backups::Kept);
        // A clock that was wrong (a backup dated in the future) does not stop backups.
        QVERIFY(backups.isDue(taken.first().addDays(-3)));
    }

    void aFailedBackupAddsAndRemovesNothing()
    {
        QTemporaryDir dir;
        const QString path = makeDatabase(dir);
        core::Database db(path);
        QString error;
        QVERIFY(db.open(&error));
        const QString folder = dir.filePath(QStringLiteral("backups"));
        core::Backups backups(folder);
        QVERIFY(backups.create(db.connection(), at(QStringLiteral("2025-01-01T00:00:00Z")), &error));
        // The name the copy would take is held by a folder, so the copy cannot be named.
        QVERIFY(QDir(folder).mkdir(QStringLiteral("rehearse-20250102-000000.sqlite")));
        QVERIFY(!backups.create(db.connection(), at(QStringLiteral("2025-01-02T00:00:00Z")), &error));
        QVERIFY2(error.contains(QStringLiteral("rehearse-20250102-000000.sqlite")), qPrintable(error));
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden),
                 {QStringLiteral("rehearse-20250101-000000.sqlite")});
        QCOMPARE(backups.list().size(), 1);
    }

    void aFailedBackupWritesNoHalfFile()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("backups"));
        QVERIFY(QDir().mkpath(folder));
        // A connection that is not open: VACUUM INTO fails before it writes.
        QSqlDatabase closed = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("closed"));
        {
            core::Backups backups(folder);
            QString error;
            QVERIFY(!backups.create(closed, at(QStringLiteral("2025-01-01T00:00:00Z")), &error));
            QVERIFY(!error.isEmpty());
            QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList());
        }
        closed = {};
        QSqlDatabase::removeDatabase(QStringLiteral("closed"));
    }

    void restoresTheNewestBackupInPlaceOfADamagedFile()
    {
        QTemporaryDir dir;
        const QString path = makeDatabase(dir);
        const int expected = questions(path);
        core::Backups backups(dir.filePath(QStringLiteral("backups")));
        QString error;
        {
            core::Database db(path);
            QVERIFY(db.open(&error));
            QVERIFY(backups.create(db.connection(), at(QStringLiteral("2025-01-01T00:00:00Z")), &error));
            QSqlQuery(db.connection()).exec(QStringLiteral("DELETE FROM questions WHERE own = 0 AND id > 10"));
            QVERIFY(backups.create(db.connection(), at(QStringLiteral("2025-01-02T00:00:00Z")), &error));
        }
        damage(path);
        const QByteArray damagedHash = hashOf(path);

        const QList<core::Backups::Backup> offered = backups.list();
        QCOMPARE(offered.size(), 2);
        QCOMPARE(offered.first().time, at(QStringLiteral("2025-01-02T00:00:00Z"))); // newest first

        const QString aside = core::Backups::keepAside(path, at(QStringLiteral("2025-01-03T00:00:00Z")), &error);
        QVERIFY2(!aside.isEmpty(), qPrintable(error));
        QVERIFY2(core::Backups::restore(offered.last(), path, &error), qPrintable(error));
        QCOMPARE(QFile::permissions(path) & 0x7077, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QCOMPARE(hashOf(path), hashOf(offered.last().path));
        QCOMPARE(questions(path), expected);
        QCOMPARE(hashOf(aside), damagedHash);
        QVERIFY(QFile::exists(offered.last().path)); // the backup stays
        // Only ever in place of a file that was moved aside.
        QVERIFY(!core::Backups::restore(offered.first(), path, &error));
        QCOMPARE(questions(path), expected);
    }
};

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"
