#include "core/AttemptRepository.h"
#include "core/DataDir.h"
#include "core/Database.h"
#include "core/PackImporter.h"
#include "support/MediaInfo.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rehearse;
using rehearse::test::MediaInfo;

// A review note typed two seconds before a SIGKILL is there on restart: a data folder
// holds one finished answer (its rows as Practice leaves them, a real WebM recording),
// a real window opens it from History with the keyboard, a bookmark is added with
// Ctrl+B and a note typed; the process is killed two seconds after the last key, and the
// rows and the next start's Review hold every character.
class TestNoteKill : public QObject {
    Q_OBJECT

private:
    struct Stored {
        QString notes;
        QList<QPair<qint64, QString>> bookmarks; // position in ms, text
        QString state;
        QString file;
    };

    static Stored stored(const QString &databasePath, qint64 attemptId)
    {
        Stored rows;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            db.setDatabaseName(databasePath);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=200"));
            if (db.open()) {
                QSqlQuery query(db);
                query.prepare(QStringLiteral("SELECT notes, state, file FROM attempts WHERE id = ?"));
                query.addBindValue(attemptId);
                if (query.exec() && query.next()) {
                    rows.notes = query.value(0).toString();
                    rows.state = query.value(1).toString();
                    rows.file = query.value(2).toString();
                }
                query.prepare(
                    QStringLiteral("SELECT position_ms, text FROM bookmarks WHERE attempt_id = ? ORDER BY id"));
                query.addBindValue(attemptId);
                if (query.exec()) {
                    while (query.next())
                        rows.bookmarks.append({query.value(0).toLongLong(), query.value(1).toString()});
                }
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        return rows;
    }

    // One finished answer to the first shipped question, stored as Practice stores it:
    // the row begun in state "recording", the file written, the row finished "complete".
    static qint64 finishedAttempt(const QString &dataPath, QString *file)
    {
        const core::DataDir dataDir(dataPath);
        QString error;
        if (!dataDir.prepare(&error)) {
            qWarning("cannot prepare the data folder: %s", qPrintable(error));
            return 0;
        }
        core::Database database(dataDir.databasePath());
        if (!database.open(&error) || core::PackImporter(database.connection()).importBundled().isEmpty()) {
            qWarning("cannot open the database or import the shipped packs: %s", qPrintable(error));
            return 0;
        }
        QSqlQuery query(database.connection());
        if (!query.exec(QStringLiteral("SELECT id FROM questions ORDER BY id LIMIT 1")) || !query.next())
            return 0;
        core::Attempt attempt;
        attempt.questionId = query.value(0).toLongLong();
        attempt.startedAt = QDateTime::currentDateTimeUtc().addSecs(-600);
        attempt.prepMs = 12'000;
        attempt.limitMs = 120'000;
        attempt.file = QStringLiteral("recordings/%1-q%2.webm")
                           .arg(attempt.startedAt.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")))
                           .arg(attempt.questionId);
        attempt.mode = core::Attempt::Mode::Video;
        attempt.camera = QStringLiteral("Rehearse virtual camera");
        attempt.microphone = QStringLiteral("fakemic");
        core::AttemptRepository attempts(database.connection(), dataPath);
        const qint64 id = attempts.begin(attempt, &error);
        const QString path = attempts.absolutePath(attempt);
        if (id == 0 || !MediaInfo::makeRecording(path, 3.0, true, &error)) {
            qWarning("cannot store the answer: %s", qPrintable(error));
            return 0;
        }
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const MediaInfo info = MediaInfo::probe(path);
        if (!info.ok || !attempts.finish(id, qRound64(info.durationSeconds * 1000), core::Attempt::State::Complete))
            return 0;
        *file = attempt.file;
        return id;
    }

private slots:
    void noteTypedTwoSecondsBeforeSigkillSurvives()
    {
        const QString bookmarkTyped = QStringLiteral("Strong opening — keep the “12 minutes” figure");
        const QString noteTyped = QStringLiteral("Keep: the rollback story, naïve café test.\n"
                                                 "Change: say the result first — Ergebnis zuerst, 結果を先に.");
        QTemporaryDir dir;
        QString file;
        const qint64 attemptId = finishedAttempt(dir.path(), &file);
        QVERIFY(attemptId > 0);
        const QString recording = QDir(dir.path()).filePath(file);
        const QFileDevice::Permissions user = QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser;
        QCOMPARE(QFileInfo(recording).permissions() & ~user, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QString database = dir.filePath(QStringLiteral("rehearse.sqlite"));
        QCOMPARE(stored(database, attemptId).notes, QString());

        QProcess typist;
        typist.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        typist.start(QStringLiteral(NOTE_TYPIST), {QStringLiteral("type"), dir.path()});
        QVERIFY(typist.waitForStarted());
        QByteArray out;
        QElapsedTimer sinceTyped;
        sinceTyped.start();
        while (!out.contains("typed\n") && typist.state() == QProcess::Running && sinceTyped.elapsed() < 60000) {
            typist.waitForReadyRead(100);
            out += typist.readAllStandardOutput();
        }
        sinceTyped.start(); // the typist prints "typed" right after its last key
        QVERIFY2(out.contains("typed\n"), "the typist stopped before it had typed the note");

        // The kill comes two seconds after the last key, whatever the database shows by
        // then; meanwhile the test notes when the note first appeared there.
        qint64 savedAfterMs = -1;
        while (sinceTyped.elapsed() < 2000) {
            if (savedAfterMs < 0 && stored(database, attemptId).notes == noteTyped)
                savedAfterMs = sinceTyped.elapsed();
            QTest::qWait(50);
        }
        typist.kill();
        QVERIFY(typist.waitForFinished());
        QCOMPARE(typist.exitStatus(), QProcess::CrashExit);
        qInfo("killed %lld ms after the typist reported its last key; the note was in the database %lld ms "
              "after it (to 50 ms)",
              sinceTyped.elapsed(), savedAfterMs);

        const Stored rows = stored(database, attemptId);
        QCOMPARE(rows.notes, noteTyped);
        QCOMPARE(rows.bookmarks.size(), 1);
        QCOMPARE(rows.bookmarks.at(0).first, qint64(0)); // the player was not started: its first moment
        QCOMPARE(rows.bookmarks.at(0).second, bookmarkTyped);
        // Reviewing changed nothing else.
        QCOMPARE(rows.state, QStringLiteral("complete"));
        QCOMPARE(rows.file, file);
        QVERIFY(QFileInfo::exists(recording));

        QProcess shower;
        shower.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        shower.start(QStringLiteral(NOTE_TYPIST), {QStringLiteral("show"), dir.path()});
        QVERIFY(shower.waitForFinished(60000));
        QCOMPARE(shower.exitStatus(), QProcess::NormalExit);
        QCOMPARE(shower.exitCode(), 0);
        const QJsonObject shown = QJsonDocument::fromJson(shower.readAllStandardOutput()).object();
        QCOMPARE(shown.value(QStringLiteral("attempt")).toInteger(), attemptId);
        QCOMPARE(shown.value(QStringLiteral("notes")).toString(), noteTyped);
        QCOMPARE(shown.value(QStringLiteral("bookmarks")).toArray(),
                 QJsonArray{QStringLiteral("0:00  ") + bookmarkTyped});
        // Showing it again wrote nothing over it.
        QCOMPARE(stored(database, attemptId).notes, noteTyped);
    }
};

QTEST_GUILESS_MAIN(TestNoteKill)
#include "tst_notekill.moc"
