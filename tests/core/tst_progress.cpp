#include "core/AttemptRepository.h"
#include "core/ProgressRepository.h"
#include "support/TempProfile.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <time.h>

using namespace rehearse;
using Progress = core::ProgressRepository;

namespace {

QDateTime utc(const char *stamp)
{
    return QDateTime::fromString(QString::fromLatin1(stamp), Qt::ISODateWithMs);
}

} // namespace

class TestProgress : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TempProfile> m_profile;

    QSqlDatabase db() const { return m_profile->connection(); }
    qint64 idOf(const QString &slug) const { return m_profile->questionId(slug); }

    void exec(const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery query(db());
        query.prepare(sql);
        for (const QVariant &value : binds)
            query.addBindValue(value);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    }

    // An answer to the question with this slug, recorded to the end unless told otherwise.
    qint64 attempt(const QString &slug, const QDateTime &startedAt, qint64 durationMs = 60'000,
                   core::Attempt::State state = core::Attempt::State::Complete, qint64 limitMs = 120'000)
    {
        core::AttemptRepository attempts(db(), m_profile->path());
        core::Attempt a;
        a.questionId = idOf(slug);
        a.startedAt = startedAt;
        a.limitMs = limitMs;
        const qint64 id = attempts.begin(a);
        if (id > 0 && state != core::Attempt::State::Recording)
            attempts.finish(id, durationMs, state);
        return id;
    }

    void score(qint64 attemptId, const QString &criterion, int value)
    {
        exec(QStringLiteral("INSERT INTO attempt_scores (attempt_id, criterion_id, score) "
                            "VALUES (?, (SELECT id FROM rubric_criteria WHERE slug = ?), ?)"),
             {attemptId, criterion, value});
    }

    void overall(qint64 attemptId, int value)
    {
        exec(QStringLiteral("UPDATE attempts SET overall_score = ? WHERE id = ?"), {value, attemptId});
    }

    static const Progress::CriterionTrend *trend(const QList<Progress::CriterionTrend> &trends, const QString &slug)
    {
        for (const Progress::CriterionTrend &trend : trends) {
            if (trend.slug == slug)
                return &trend;
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        // Weeks are local: a fixed zone ten hours east of UTC, without daylight saving,
        // makes the buckets the same on every machine and puts local Monday morning on
        // a UTC Sunday.
        qputenv("TZ", "XST-10");
        tzset();
        QCOMPARE(utc("2026-11-29T14:00:00.000Z").toLocalTime().date(), QDate(2026, 11, 30));
    }

    void init()
    {
        m_profile = std::make_unique<test::TempProfile>();
        QVERIFY(m_profile->isValid());
    }

    void cleanup() { m_profile.reset(); }

    void anEmptyProfileHasNoFigures()
    {
        Progress progress(db());
        QVERIFY(progress.attemptsPerWeek().isEmpty());
        QVERIFY(progress.answerLengths().isEmpty());
        const auto trends = progress.criterionTrends();
        QCOMPARE(trends.size(), 6);
        QCOMPARE(trends.first().slug, QStringLiteral("structure"));
        QCOMPARE(trends.first().name, QStringLiteral("STAR structure"));
        QCOMPARE(trends.last().slug, QStringLiteral("delivery"));
        for (const auto &trend : trends)
            QVERIFY2(trend.weeks.isEmpty(), qPrintable(trend.slug));
        const auto coverage = progress.qualityCoverage();
        QCOMPARE(coverage.size(), 2);
        for (const auto &row : coverage) {
            QCOMPARE(row.practised, 0);
            QCOMPARE(row.total, 1);
            QCOMPARE(row.scored, 0);
            QVERIFY(!row.averageScore);
        }
    }

    void aProfileWithoutPacksHasNoQualities()
    {
        test::TempProfile bare(0);
        QVERIFY(bare.isValid());
        QVERIFY(Progress(bare.connection()).qualityCoverage().isEmpty());
        QCOMPARE(Progress(bare.connection()).criterionTrends().size(), 6);
    }

    void weeksStartOnLocalMonday_data()
    {
        QTest::addColumn<QDateTime>("startedAt");
        QTest::addColumn<QDate>("week");
        QTest::newRow("Tuesday") << utc("2026-11-24T02:00:00.000Z") << QDate(2026, 11, 23);
        QTest::newRow("Monday morning") << utc("2026-11-23T00:00:00.000Z") << QDate(2026, 11, 23);
        QTest::newRow("Sunday, last millisecond") << utc("2026-11-29T13:59:59.999Z") << QDate(2026, 11, 23);
        QTest::newRow("local Monday, UTC Sunday") << utc("2026-11-29T14:00:00.000Z") << QDate(2026, 11, 30);
        QTest::newRow("Sunday night") << utc("2026-11-22T13:30:00.000Z") << QDate(2026, 11, 16);
        QTest::newRow("new year") << utc("2026-12-31T20:00:00.000Z") << QDate(2026, 12, 28);
    }

    void weeksStartOnLocalMonday()
    {
        QFETCH(QDateTime, startedAt);
        QFETCH(QDate, week);
        attempt(QStringLiteral("q-about"), startedAt);
        const auto weeks = Progress(db()).attemptsPerWeek();
        QCOMPARE(weeks.size(), 1);
        QCOMPARE(weeks.first().week, week);
        QCOMPARE(weeks.first().week.dayOfWeek(), 1);
        QCOMPARE(weeks.first().count, 1);
    }

    void attemptsPerWeekCountsFinishedAnswersOnly()
    {
        using State = core::Attempt::State;
        attempt(QStringLiteral("q-about"), utc("2026-11-24T02:00:00.000Z"));
        attempt(QStringLiteral("q-owned"), utc("2026-11-26T02:00:00.000Z"), 30'000, State::Recovered);
        attempt(QStringLiteral("q-owned"), utc("2026-11-26T03:00:00.000Z"), 0, State::Failed);
        attempt(QStringLiteral("q-learn"), utc("2026-12-01T02:00:00.000Z"));
        attempt(QStringLiteral("q-learn"), utc("2026-12-02T02:00:00.000Z"), 0, State::Recording);
        // Out of order on purpose: the weeks come back sorted.
        attempt(QStringLiteral("q-learn"), utc("2026-11-10T02:00:00.000Z"));
        const auto weeks = Progress(db()).attemptsPerWeek();
        QCOMPARE(weeks.size(), 3);
        QCOMPARE(weeks[0].week, QDate(2026, 11, 9));
        QCOMPARE(weeks[0].count, 1);
        QCOMPARE(weeks[1].week, QDate(2026, 11, 23));
        QCOMPARE(weeks[1].count, 2);
        QCOMPARE(weeks[2].week, QDate(2026, 11, 30));
        QCOMPARE(weeks[2].count, 1);
    }

    void criterionAveragesPerWeek()
    {
        const qint64 first = attempt(QStringLiteral("q-about"), utc("2026-11-24T02:00:00.000Z"));
        const qint64 second = attempt(QStringLiteral("q-owned"), utc("2026-11-27T02:00:00.000Z"));
        const qint64 next = attempt(QStringLiteral("q-owned"), utc("2026-11-29T14:00:00.000Z"));
        const qint64 failed
            = attempt(QStringLiteral("q-learn"), utc("2026-11-25T02:00:00.000Z"), 0, core::Attempt::State::Failed);
        score(first, QStringLiteral("structure"), 3);
        score(second, QStringLiteral("structure"), 4);
        score(next, QStringLiteral("structure"), 5);
        score(first, QStringLiteral("relevance"), 2);
        score(failed, QStringLiteral("relevance"), 5); // not an answer: ignored
        score(second, QStringLiteral("delivery"), 1);
        exec(QStringLiteral("UPDATE rubric_criteria SET active = 0 WHERE slug = 'delivery'"));

        const auto trends = Progress(db()).criterionTrends();
        QCOMPARE(trends.size(), 5);
        QVERIFY(!trend(trends, QStringLiteral("delivery")));

        const auto *structure = trend(trends, QStringLiteral("structure"));
        QVERIFY(structure);
        QCOMPARE(structure->weeks.size(), 2);
        QCOMPARE(structure->weeks[0].week, QDate(2026, 11, 23));
        QCOMPARE(structure->weeks[0].average, 3.5);
        QCOMPARE(structure->weeks[0].count, 2);
        QCOMPARE(structure->weeks[1].week, QDate(2026, 11, 30));
        QCOMPARE(structure->weeks[1].average, 5.0);
        QCOMPARE(structure->weeks[1].count, 1);

        const auto *relevance = trend(trends, QStringLiteral("relevance"));
        QVERIFY(relevance);
        QCOMPARE(relevance->weeks.size(), 1);
        QCOMPARE(relevance->weeks[0].week, QDate(2026, 11, 23));
        QCOMPARE(relevance->weeks[0].average, 2.0);
        QCOMPARE(relevance->weeks[0].count, 1);

        const auto *specifics = trend(trends, QStringLiteral("specifics"));
        QVERIFY(specifics);
        QVERIFY(specifics->weeks.isEmpty());
    }

    void answerLengthsInTimeOrder()
    {
        attempt(QStringLiteral("q-owned"), utc("2026-11-26T02:00:00.000Z"), 95'500, core::Attempt::State::Recovered,
                90'000);
        attempt(QStringLiteral("q-about"), utc("2026-11-24T02:00:00.000Z"), 42'000);
        attempt(QStringLiteral("q-learn"), utc("2026-11-25T02:00:00.000Z"), 0, core::Attempt::State::Failed);
        attempt(QStringLiteral("q-learn"), utc("2026-11-27T02:00:00.000Z"), 0, core::Attempt::State::Recording);
        const auto lengths = Progress(db()).answerLengths();
        QCOMPARE(lengths.size(), 2);
        QCOMPARE(lengths[0].startedAt, utc("2026-11-24T02:00:00.000Z"));
        QCOMPARE(lengths[0].durationMs, 42'000);
        QCOMPARE(lengths[0].limitMs, 120'000);
        QCOMPARE(lengths[1].startedAt, utc("2026-11-26T02:00:00.000Z"));
        QCOMPARE(lengths[1].durationMs, 95'500);
        QCOMPARE(lengths[1].limitMs, 90'000);
    }

    void qualityCoverageCountsPractisedQuestionsAndAveragesScores()
    {
        const QDateTime when = utc("2026-11-24T02:00:00.000Z");
        overall(attempt(QStringLiteral("q-owned"), when), 4);
        overall(attempt(QStringLiteral("q-owned"), when.addDays(1)), 5);
        attempt(QStringLiteral("q-owned"), when.addDays(2)); // practised, not scored
        const qint64 failed = attempt(QStringLiteral("q-learn"), when, 0, core::Attempt::State::Failed);
        overall(failed, 1); // not an answer: neither practised nor averaged
        // A second question probing Ownership, never practised.
        exec(QStringLiteral("INSERT INTO questions (pack_id, slug, text, category, created_at, updated_at) "
                            "SELECT pack_id, 'q-owned-2', 'Another ownership question', 'behavioural', 'x', 'x' "
                            "FROM questions WHERE slug = 'q-owned'"));
        exec(QStringLiteral("INSERT INTO question_qualities SELECT q.id, qq.quality_id FROM questions q, "
                            "question_qualities qq WHERE q.slug = 'q-owned-2' AND qq.question_id = ?"),
             {idOf(QStringLiteral("q-owned"))});

        const auto coverage = Progress(db()).qualityCoverage();
        QCOMPARE(coverage.size(), 2);
        const auto &ownership = coverage[0];
        QCOMPARE(ownership.quality, QStringLiteral("Ownership"));
        QCOMPARE(ownership.pack, QStringLiteral("Minicorp — Tester"));
        QCOMPARE(ownership.packSlug, QStringLiteral("mini-test"));
        QCOMPARE(ownership.practised, 1);
        QCOMPARE(ownership.total, 2);
        QCOMPARE(ownership.scored, 2);
        QVERIFY(ownership.averageScore);
        QCOMPARE(*ownership.averageScore, 4.5);
        const auto &curiosity = coverage[1];
        QCOMPARE(curiosity.quality, QStringLiteral("Curiosity"));
        QCOMPARE(curiosity.practised, 0);
        QCOMPARE(curiosity.total, 1);
        QCOMPARE(curiosity.scored, 0);
        QVERIFY(!curiosity.averageScore);
    }

    void qualityCoverageAveragesOverAttemptsOfAllItsQuestions()
    {
        // q-learn also probes Ownership: its attempt joins the Ownership average.
        exec(QStringLiteral("INSERT INTO question_qualities SELECT ?, id FROM qualities WHERE slug = 'ownership'"),
             {idOf(QStringLiteral("q-learn"))});
        const QDateTime when = utc("2026-11-24T02:00:00.000Z");
        overall(attempt(QStringLiteral("q-owned"), when), 2);
        overall(attempt(QStringLiteral("q-owned"), when.addDays(1)), 3);
        overall(attempt(QStringLiteral("q-learn"), when), 5);
        const auto coverage = Progress(db()).qualityCoverage();
        QCOMPARE(coverage.size(), 2);
        QCOMPARE(coverage[0].quality, QStringLiteral("Ownership"));
        QCOMPARE(coverage[0].practised, 2);
        QCOMPARE(coverage[0].total, 2);
        QCOMPARE(coverage[0].scored, 3);
        QCOMPARE(*coverage[0].averageScore, 10.0 / 3);
        QCOMPARE(coverage[1].quality, QStringLiteral("Curiosity"));
        QCOMPARE(coverage[1].practised, 1);
        QCOMPARE(coverage[1].scored, 1);
        QCOMPARE(*coverage[1].averageScore, 5.0);
    }

    void hiddenRetiredAndRemovedAreLeftOut_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<bool>("practiseOwned");
        QTest::addColumn<QStringList>("qualities");
        QTest::addColumn<int>("ownershipTotal");

        const QStringList both{QStringLiteral("Ownership"), QStringLiteral("Curiosity")};
        QTest::newRow("nothing changed") << QString() << false << both << 1;
        QTest::newRow("hidden, never practised")
            << QStringLiteral("UPDATE questions SET hidden = 1 WHERE slug = 'q-owned'") << false << both << 0;
        QTest::newRow("hidden after practice")
            << QStringLiteral("UPDATE questions SET hidden = 1 WHERE slug = 'q-owned'") << true << both << 1;
        QTest::newRow("archived after practice")
            << QStringLiteral("UPDATE questions SET archived = 1 WHERE slug = 'q-owned'") << true << both << 1;
        QTest::newRow("retired quality") << QStringLiteral("UPDATE qualities SET retired = 1 WHERE slug = 'curiosity'")
                                         << true << QStringList{QStringLiteral("Ownership")} << 1;
        QTest::newRow("removed pack") << QStringLiteral("UPDATE packs SET removed = 1") << true << QStringList() << 0;
    }

    void hiddenRetiredAndRemovedAreLeftOut()
    {
        QFETCH(QString, change);
        QFETCH(bool, practiseOwned);
        QFETCH(QStringList, qualities);
        QFETCH(int, ownershipTotal);
        if (practiseOwned)
            attempt(QStringLiteral("q-owned"), utc("2026-11-24T02:00:00.000Z"));
        if (!change.isEmpty())
            exec(change);
        QStringList names;
        const auto coverage = Progress(db()).qualityCoverage();
        for (const auto &row : coverage)
            names << row.quality;
        QCOMPARE(names, qualities);
        if (!coverage.isEmpty()) {
            QCOMPARE(coverage.first().total, ownershipTotal);
            QCOMPARE(coverage.first().practised, practiseOwned ? 1 : 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestProgress)
#include "tst_progress.moc"
