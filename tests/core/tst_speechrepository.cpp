#include "core/AttemptExport.h"
#include "core/AttemptRepository.h"
#include "core/Database.h"
#include "core/Migrations.h"
#include "core/ReviewRepository.h"
#include "core/SpeechReport.h"
#include "core/SpeechRepository.h"
#include "support/TempProfile.h"
#include "support/TestData.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace rehearse;
using rehearse::core::SpeechRepository;
using rehearse::test::TestData;
using Status = rehearse::SpeechFigures::Status;

// The speech figures of an answer in the database (schema version 5), in words for
// Review and the export, and the migration that brought the table.
class TestSpeechRepository : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TempProfile> m_profile;
    const QDateTime m_t0 = QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);

    QSqlDatabase db() const { return m_profile->connection(); }
    core::AttemptRepository attempts() const { return core::AttemptRepository(db(), m_profile->path()); }

    qint64 attempt(const QDateTime &when, core::Attempt::State state = core::Attempt::State::Complete)
    {
        core::Attempt a;
        a.questionId = m_profile->questionId(QStringLiteral("q-owned"));
        a.startedAt = when;
        a.limitMs = 120'000;
        const qint64 id = attempts().begin(a);
        if (state != core::Attempt::State::Recording)
            attempts().finish(id, 118'000, state);
        return id;
    }

    // A 1:58 answer: 1:32 of speech, one pause of 3.2 s at 0:41, 219 words and 6 fillers.
    static SpeechFigures sample()
    {
        SpeechFigures f;
        f.status = Status::Ok;
        f.analyzerVersion = 3;
        f.durationMs = 118'000;
        f.speakingMs = 92'000;
        f.speech = {{600, 41'000}, {44'200, 117'000}};
        f.pauses = {{41'000, 44'200}};
        f.loudnessDbfs = -23.4;
        f.peakDbfs = -3.1;
        f.clippedPercent = 0;
        f.transcriptAvailable = true;
        f.words = {{QStringLiteral("so"), 600, 900, false},
                   {QStringLiteral("um"), 1000, 1300, true},
                   {QStringLiteral("i'd"), 1400, 1700, false},
                   {QStringLiteral("<b>"), 1800, 1900, false}};
        f.wordCount = 219;
        f.wordsPerMinute = 142.3;
        f.wordsPerMinuteBy30s = {138.0, 151.0, 142.0, 120.0};
        f.fillerCount = 6;
        f.fillersPerMinute = 3.1;
        return f;
    }

    static QString rawStatus(const QSqlDatabase &db, qint64 attemptId)
    {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT status FROM speech_figures WHERE attempt_id = ?"));
        query.addBindValue(attemptId);
        return query.exec() && query.next() ? query.value(0).toString() : QString();
    }

    // Row counts of every table of a database file, read without changing it.
    static QMap<QString, int> rowCounts(const QString &path)
    {
        QMap<QString, int> counts;
        const QString name = QUuid::createUuid().toString();
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            raw.setDatabaseName(path);
            raw.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (raw.open()) {
                QSqlQuery tables(raw);
                tables.exec(QStringLiteral(
                    "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
                while (tables.next())
                    counts.insert(tables.value(0).toString(), TestData::count(raw, tables.value(0).toString()));
                raw.close();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return counts;
    }

private slots:
    void init()
    {
        m_profile = std::make_unique<test::TempProfile>();
        QVERIFY(m_profile->isValid());
    }

    void cleanup() { m_profile.reset(); }

    void figuresRoundTrip()
    {
        const qint64 id = attempt(m_t0);
        SpeechRepository repository(db());
        QVERIFY(!repository.load(id));
        QString error;
        QVERIFY2(repository.save(id, sample(), &error), qPrintable(error));

        // The columns Progress reads, and the detail as compact JSON.
        QSqlQuery row(db());
        QVERIFY(row.exec(QStringLiteral("SELECT status, analyzer_version, speaking_ms, pause_count, words_per_minute, "
                                        "fillers_per_minute, detail FROM speech_figures")));
        QVERIFY(row.next());
        QCOMPARE(row.value(0).toString(), QStringLiteral("ok"));
        QCOMPARE(row.value(1).toInt(), 3);
        QCOMPARE(row.value(2).toLongLong(), 92'000);
        QCOMPARE(row.value(3).toInt(), 1);
        QCOMPARE(row.value(4).toDouble(), 142.3);
        QCOMPARE(row.value(5).toDouble(), 3.1);
        const QJsonObject detail = QJsonDocument::fromJson(row.value(6).toString().toUtf8()).object();
        QCOMPARE(detail.value(QStringLiteral("pauses")).toArray(), (QJsonArray{QJsonArray{41'000, 44'200}}));
        QCOMPARE(detail.value(QStringLiteral("words")).toArray().at(1).toArray(),
                 (QJsonArray{QStringLiteral("um"), 1000, 1300, 1}));
        QVERIFY(!row.next());

        const std::optional<SpeechFigures> loaded = repository.load(id);
        QVERIFY(loaded);
        const SpeechFigures expected = sample();
        QCOMPARE(loaded->status, Status::Ok);
        QCOMPARE(loaded->analyzerVersion, 3);
        QCOMPARE(loaded->durationMs, expected.durationMs);
        QCOMPARE(loaded->speakingMs, expected.speakingMs);
        QCOMPARE(loaded->speech, expected.speech);
        QCOMPARE(loaded->pauses, expected.pauses);
        QCOMPARE(loaded->loudnessDbfs, expected.loudnessDbfs);
        QCOMPARE(loaded->peakDbfs, expected.peakDbfs);
        QCOMPARE(loaded->clippedPercent, 0.0);
        QVERIFY(loaded->transcriptAvailable);
        QCOMPARE(loaded->words, expected.words);
        QCOMPARE(loaded->wordCount, 219);
        QCOMPARE(loaded->wordsPerMinute, 142.3);
        QCOMPARE(loaded->wordsPerMinuteBy30s, expected.wordsPerMinuteBy30s);
        QCOMPARE(loaded->fillerCount, 6);
        QCOMPARE(loaded->fillersPerMinute, 3.1);

        // Still there after a restart.
        m_profile->reopen();
        QCOMPARE(SpeechRepository(db()).load(id)->pauses, expected.pauses);
    }

    void analysingAgainReplacesTheFigures()
    {
        const qint64 id = attempt(m_t0);
        SpeechRepository repository(db());
        QVERIFY(repository.save(id, sample()));
        SpeechFigures silent;
        silent.status = Status::NoSpeech;
        silent.durationMs = 20'000;
        silent.loudnessDbfs = -71;
        QVERIFY(repository.save(id, silent));
        QCOMPARE(TestData::count(db(), QStringLiteral("speech_figures")), 1);
        QCOMPARE(rawStatus(db(), id), QStringLiteral("no-speech"));
        const std::optional<SpeechFigures> loaded = repository.load(id);
        QCOMPARE(loaded->status, Status::NoSpeech);
        QVERIFY(loaded->speech.isEmpty());
        QVERIFY(loaded->words.isEmpty());
        QCOMPARE(loaded->wordCount, 0);
        QCOMPARE(loaded->durationMs, 20'000);

        SpeechFigures failed;
        failed.status = Status::Failed;
        failed.error = QStringLiteral("Could not decode the sound: no demuxer");
        QVERIFY(repository.save(id, failed));
        QCOMPARE(repository.load(id)->error, failed.error);
        QCOMPARE(TestData::count(db(), QStringLiteral("speech_figures")), 1);
    }

    void aCancelledAnalysisOrAMissingAttemptStoresNothing()
    {
        const qint64 id = attempt(m_t0);
        SpeechRepository repository(db());
        SpeechFigures cancelled;
        cancelled.status = Status::Cancelled;
        QString error;
        QVERIFY(!repository.save(id, cancelled, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!repository.save(id + 100, sample(), &error));
        QCOMPARE(error, QStringLiteral("The answer no longer exists, so its speech figures were not saved."));
        QCOMPARE(TestData::count(db(), QStringLiteral("speech_figures")), 0);
    }

    void deletingTheAttemptDeletesItsFigures()
    {
        const qint64 kept = attempt(m_t0);
        const qint64 gone = attempt(m_t0.addDays(1));
        SpeechRepository repository(db());
        QVERIFY(repository.save(kept, sample()));
        QVERIFY(repository.save(gone, sample()));
        QString error;
        QVERIFY2(attempts().remove(gone, &error), qPrintable(error));
        QCOMPARE(TestData::count(db(), QStringLiteral("speech_figures")), 1);
        QVERIFY(!repository.load(gone));
        QVERIFY(repository.load(kept));
        QVERIFY(repository.remove(kept));
        QCOMPARE(TestData::count(db(), QStringLiteral("speech_figures")), 0);
    }

    // Progress: answers recorded to the end with speech measured, oldest first.
    void seriesIsMeasuredAnswersInTimeOrder()
    {
        SpeechRepository repository(db());
        const qint64 later = attempt(m_t0.addDays(3));
        const qint64 earlier = attempt(m_t0, core::Attempt::State::Recovered);
        const qint64 silent = attempt(m_t0.addDays(1));
        const qint64 unfinished = attempt(m_t0.addDays(2), core::Attempt::State::Recording);
        attempt(m_t0.addDays(4)); // never analysed
        SpeechFigures fast = sample();
        fast.wordsPerMinute = 171.5;
        fast.fillersPerMinute = 0.5;
        fast.transcriptAvailable = false;
        QVERIFY(repository.save(later, fast));
        QVERIFY(repository.save(earlier, sample()));
        SpeechFigures none;
        none.status = Status::NoSpeech;
        QVERIFY(repository.save(silent, none));
        QVERIFY(repository.save(unfinished, sample()));

        const QList<SpeechRepository::Point> points = repository.series();
        QCOMPARE(points.size(), 2);
        QCOMPARE(points[0].attemptId, earlier);
        QCOMPARE(points[0].startedAt, m_t0);
        QCOMPARE(points[0].wordsPerMinute, 142.3);
        QCOMPARE(points[0].fillersPerMinute, 3.1);
        QCOMPARE(points[0].speakingMs, 92'000);
        QCOMPARE(points[0].durationMs, 118'000);
        QCOMPARE(points[0].pauseCount, 1);
        QVERIFY(points[0].transcriptAvailable);
        QCOMPARE(points[1].attemptId, later);
        QCOMPARE(points[1].wordsPerMinute, 171.5);
        QVERIFY(!points[1].transcriptAvailable);
    }

    void figuresInWordsBesideTheirRanges()
    {
        const SpeechFigures f = sample();
        QCOMPARE(core::SpeechReport::pace(f),
                 QStringLiteral("Pace: 142 words per minute (about 120–160 is easy to follow)"));
        QCOMPARE(core::SpeechReport::fillers(f), QStringLiteral("Filler words: 3.1 per minute (fewer than about 5)"));
        QCOMPARE(core::SpeechReport::pauses(f), QStringLiteral("Pauses over 2.5 s: 1 — 3.2 s at 0:41"));
        QCOMPARE(core::SpeechReport::speakingTime(f), QStringLiteral("Speaking time: 1:32 of 1:58"));
        QCOMPARE(core::SpeechReport::loudness(f),
                 QStringLiteral("Loudness: −23 dBFS average (speech usually sits around −30 to −15 dBFS); no "
                                "peaks too loud"));
        QCOMPARE(core::SpeechReport::paceBy30s(f),
                 QStringLiteral("Pace in each half-minute, from the start: 138, 151, 142, 120 words per minute"));
        // One half-minute says nothing the overall pace does not.
        SpeechFigures shortAnswer = f;
        shortAnswer.wordsPerMinuteBy30s = {138};
        QVERIFY(core::SpeechReport::paceBy30s(shortAnswer).isEmpty());

        // None found is not "0.0 per minute": the detection misses many.
        SpeechFigures noFillers = f;
        noFillers.fillerCount = 0;
        noFillers.fillersPerMinute = 0.0;
        QCOMPARE(core::SpeechReport::fillers(noFillers),
                 QStringLiteral("Filler words: none detected (the detection is rough)"));

        SpeechFigures clipped = f;
        clipped.clippedPercent = 0.42;
        clipped.pauses.clear();
        clipped.transcriptAvailable = false;
        QCOMPARE(core::SpeechReport::loudness(clipped),
                 QStringLiteral("Loudness: −23 dBFS average (speech usually sits around −30 to −15 dBFS); "
                                "peaks too loud in 0.4% of the speech"));
        QCOMPARE(core::SpeechReport::pauses(clipped), QStringLiteral("Pauses over 2.5 s: none"));
        // Without a transcript there is no pace and no filler count: nothing is made up.
        QVERIFY(core::SpeechReport::pace(clipped).isEmpty());
        QVERIFY(core::SpeechReport::fillers(clipped).isEmpty());

        // No speech is never a row of zeros.
        SpeechFigures silent;
        silent.status = Status::NoSpeech;
        silent.durationMs = 30'000;
        QCOMPARE(core::SpeechReport::statusText(silent), QStringLiteral("No speech detected in this answer."));
        for (const QString &line :
             {core::SpeechReport::pace(silent), core::SpeechReport::fillers(silent), core::SpeechReport::pauses(silent),
              core::SpeechReport::speakingTime(silent), core::SpeechReport::loudness(silent)})
            QVERIFY2(line.isEmpty(), qPrintable(line));
    }

    void exportCarriesTheFiguresAndTheRoughTranscript()
    {
        const qint64 id = attempt(m_t0);
        const core::AttemptExport exporter(db(), m_profile->path());
        QVERIFY(!exporter.summary(id).contains(QStringLiteral("## Speech")));
        QVERIFY(SpeechRepository(db()).save(id, sample()));
        const QString md = exporter.summary(id);
        QVERIFY2(md.contains(QStringLiteral("\n## Speech\n\n- Pace: 142 words per minute (about 120–160 is easy to "
                                            "follow)\n- Filler words: 3.1 per minute (fewer than about 5)\n"
                                            "- Pauses over 2.5 s: 1 — 3.2 s at 0:41\n")),
                 qPrintable(md));
        // The transcript is labelled rough; fillers are marked, and nothing in it is markup.
        QVERIFY2(md.endsWith(QStringLiteral("\n## Rough transcript (automatic, often wrong)\n\nso *um* i'd b\n")),
                 qPrintable(md));

        SpeechFigures silent;
        silent.status = Status::NoSpeech;
        QVERIFY(SpeechRepository(db()).save(id, silent));
        QVERIFY(exporter.summary(id).endsWith(QStringLiteral("## Speech\n\nNo speech detected in this answer.\n")));
    }

    // A database as Rehearse wrote it at schema version 4 (tests/data/schema-v4.sqlite):
    // every row of every table is still there after the upgrade, and figures can be
    // stored for its answers.
    void migratesVersion4KeepingEveryRow()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rehearse.sqlite"));
        QVERIFY(QFile::copy(TestData::dataPath(QStringLiteral("schema-v4.sqlite")), path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QCOMPARE(core::Database::readUserVersion(path, nullptr), 4);
        const QMap<QString, int> before = rowCounts(path);
        QVERIFY(!before.contains(QStringLiteral("speech_figures")));
        QCOMPARE(before.value(QStringLiteral("attempts")), 2);
        QVERIFY(before.value(QStringLiteral("bookmarks")) > 0);
        QVERIFY(before.value(QStringLiteral("attempt_scores")) > 0);

        core::Database db(path);
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), 5);
        QCOMPARE(core::Database::readUserVersion(db.lastBackupPath(), nullptr), 4);
        QMap<QString, int> after = rowCounts(path);
        QCOMPARE(after.take(QStringLiteral("speech_figures")), 0);
        QCOMPARE(after, before);

        QSqlQuery ids(db.connection());
        QVERIFY(ids.exec(QStringLiteral("SELECT id FROM attempts ORDER BY id")));
        QVERIFY(ids.next());
        const qint64 first = ids.value(0).toLongLong();
        SpeechRepository repository(db.connection());
        QVERIFY2(repository.save(first, sample(), &error), qPrintable(error));
        QCOMPARE(repository.series().size(), 1);
    }

    // Writes tests/data/schema-v4.sqlite again when REHEARSE_WRITE_V4_FIXTURE names the
    // file: the version 1 fixture upgraded, the version 5 table taken off, and user data
    // in every table versions 2 to 4 added.
    void writeVersion4Fixture()
    {
        const QString target = qEnvironmentVariable("REHEARSE_WRITE_V4_FIXTURE");
        if (target.isEmpty())
            QSKIP("set REHEARSE_WRITE_V4_FIXTURE=path to write the fixture");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v4.sqlite"));
        QVERIFY(QFile::copy(TestData::dataPath(QStringLiteral("schema-v1.sqlite")), path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        {
            core::Database db(path);
            QString error;
            QVERIFY2(db.open(&error), qPrintable(error));
            QSqlDatabase c = db.connection();
            const auto exec = [&c](const QString &sql) {
                QSqlQuery query(c);
                if (!query.exec(sql))
                    qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
            };
            exec(QStringLiteral("DROP TABLE speech_figures"));
            QSqlQuery q(c);
            QVERIFY(q.exec(QStringLiteral("SELECT id FROM questions WHERE slug = 'q-owned'")) && q.next());
            const qint64 question = q.value(0).toLongLong();
            q.finish();
            core::AttemptRepository repo(c, dir.path());
            core::Attempt a;
            a.questionId = question;
            a.startedAt = m_t0;
            a.limitMs = 120'000;
            a.file = QStringLiteral("recordings/20261102-090000-1.webm");
            const qint64 first = repo.begin(a);
            QVERIFY(repo.finish(first, 95'000, core::Attempt::State::Complete));
            a.startedAt = m_t0.addDays(2);
            a.file = QStringLiteral("recordings/20261104-090000-2.webm");
            a.mode = core::Attempt::Mode::Audio;
            const qint64 second = repo.begin(a);
            QVERIFY(repo.finish(second, 40'000, core::Attempt::State::Recovered));
            core::ReviewRepository review(c);
            const QList<core::Criterion> criteria = review.criteria();
            QVERIFY(review.setScore(first, criteria.first().id, 4));
            QVERIFY(review.setScore(first, criteria.last().id, 2));
            QVERIFY(review.setOverall(first, 3));
            QVERIFY(review.setNotes(first, QStringLiteral("Slow start; the result came late.")));
            QVERIFY(review.addBookmark(first, 41'000, QStringLiteral("long pause here")) > 0);
            QVERIFY(review.addBookmark(second, 12'000, QString()) > 0);
            exec(QStringLiteral("INSERT INTO question_user_tags (question_id, tags) VALUES (%1, 'billing outage')")
                     .arg(question));
            exec(QStringLiteral("INSERT INTO interview_plan (id, pack_slug, interview_date, stage_slug, updated_at) "
                                "VALUES (1, 'mini-test', '2026-12-01', 'onsite', '2026-11-02T09:00:00Z')"));
            exec(QStringLiteral("INSERT INTO questions_to_ask (pack_slug, position, text, created_at) VALUES "
                                "('mini-test', 1, 'How is on-call shared?', '2026-11-02T09:00:00Z')"));
            exec(QStringLiteral("PRAGMA user_version = 4"));
            exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
            QFile::remove(target);
            QSqlQuery vacuum(c);
            vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
            vacuum.addBindValue(target);
            QVERIFY2(vacuum.exec(), qPrintable(vacuum.lastError().text()));
        }
        QCOMPARE(core::Database::readUserVersion(target, nullptr), 4);
    }
};

QTEST_GUILESS_MAIN(TestSpeechRepository)
#include "tst_speechrepository.moc"
