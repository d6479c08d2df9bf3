#include "core/AttemptRepository.h"
#include "core/InterviewPlan.h"
#include "core/PackImporter.h"
#include "core/PackRepository.h"
#include "core/QuestionBank.h"
#include "support/TempProfile.h"
#include "support/TestData.h"

#include <QSqlQuery>
#include <QTest>

using namespace rehearse;
using rehearse::core::InterviewPlan;
using rehearse::test::TestData;

class TestInterviewPlan : public QObject {
    Q_OBJECT

private slots:
    void daysLeft_data()
    {
        QTest::addColumn<QDate>("interview");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<int>("days");
        QTest::addColumn<QString>("text");

        const QByteArray utc("UTC");
        QTest::newRow("same day") << QDate(2026, 11, 25) << QDateTime(QDate(2026, 11, 25), QTime(8, 0), Qt::UTC) << utc
                                  << 0 << QStringLiteral("Today");
        QTest::newRow("tomorrow") << QDate(2026, 11, 26) << QDateTime(QDate(2026, 11, 25), QTime(23, 59), Qt::UTC)
                                  << utc << 1 << QStringLiteral("Tomorrow");
        QTest::newRow("across a month end")
            << QDate(2026, 12, 3) << QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC) << utc << 5
            << QStringLiteral("5 days left");
        QTest::newRow("across February") << QDate(2028, 3, 1) << QDateTime(QDate(2028, 2, 27), QTime(12, 0), Qt::UTC)
                                         << utc << 3 << QStringLiteral("3 days left"); // 2028 is a leap year
        QTest::newRow("across the year end")
            << QDate(2027, 1, 2) << QDateTime(QDate(2026, 12, 30), QTime(12, 0), Qt::UTC) << utc << 3
            << QStringLiteral("3 days left");
        // 23:30 UTC on the 25th is already the 26th in Tokyo and still the 25th in New York.
        const QDateTime lateUtc(QDate(2026, 11, 25), QTime(23, 30), Qt::UTC);
        QTest::newRow("ahead of UTC") << QDate(2026, 11, 30) << lateUtc << QByteArray("Asia/Tokyo") << 4
                                      << QStringLiteral("4 days left");
        QTest::newRow("behind UTC") << QDate(2026, 11, 30) << lateUtc << QByteArray("America/New_York") << 5
                                    << QStringLiteral("5 days left");
        QTest::newRow("over a DST change")
            << QDate(2027, 3, 29) << QDateTime(QDate(2027, 3, 27), QTime(23, 30), Qt::UTC)
            << QByteArray("Europe/Berlin") << 1 << QStringLiteral("Tomorrow");
        QTest::newRow("yesterday") << QDate(2026, 11, 24) << QDateTime(QDate(2026, 11, 25), QTime(0, 1), Qt::UTC) << utc
                                   << -1 << QStringLiteral("Yesterday");
        QTest::newRow("past") << QDate(2026, 10, 30) << QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC) << utc << -3
                              << QStringLiteral("3 days ago");
    }

    void daysLeft()
    {
        QFETCH(QDate, interview);
        QFETCH(QDateTime, now);
        QFETCH(QByteArray, zone);
        QFETCH(int, days);
        QFETCH(QString, text);
        const QTimeZone timeZone(zone);
        QVERIFY(timeZone.isValid());
        QCOMPARE(InterviewPlan::daysLeft(interview, now, timeZone), days);
        QCOMPARE(InterviewPlan::describeDaysLeft(days), text);
    }

    void thePlanAndQuestionsToAskAreKept()
    {
        test::TempProfile profile;
        QVERIFY(profile.isValid());
        core::InterviewPlanRepository plans(profile.connection());
        QVERIFY(!plans.plan().isSet());
        const InterviewPlan plan{QStringLiteral("mini-test"), QDate(2026, 12, 14), QStringLiteral("onsite")};
        QVERIFY(plans.setPlan(plan));
        QVERIFY(plans.setPlan(plan)); // one row, replaced
        QCOMPARE(TestData::count(profile.connection(), QStringLiteral("interview_plan")), 1);

        const qint64 first
            = plans.addQuestionToAsk(QStringLiteral("mini-test"), QStringLiteral("  How is success measured? "));
        QVERIFY(first > 0);
        QVERIFY(
            plans.addQuestionToAsk(QStringLiteral("mini-test"), QStringLiteral("What does a first week look like?")));
        QCOMPARE(plans.addQuestionToAsk(QStringLiteral("mini-test"), QStringLiteral("   ")), 0);
        QVERIFY(plans.addQuestionToAsk(QStringLiteral("other"), QStringLiteral("Elsewhere?")));
        QVERIFY(plans.setQuestionToAsk(first, QStringLiteral("How do you measure success in this role?")));

        profile.reopen();
        core::InterviewPlanRepository again(profile.connection());
        QCOMPARE(again.plan(), plan);
        const QList<core::QuestionToAsk> asks = again.questionsToAsk(QStringLiteral("mini-test"));
        QCOMPARE(asks.size(), 2);
        QCOMPARE(asks.at(0).text, QStringLiteral("How do you measure success in this role?"));
        QCOMPARE(asks.at(1).text, QStringLiteral("What does a first week look like?"));
        QVERIFY(again.setQuestionToAsk(asks.at(1).id, QString())); // emptied: removed
        QCOMPARE(again.questionsToAsk(QStringLiteral("mini-test")).size(), 1);
    }

    void removingAndAddingBackAPackKeepsUserData()
    {
        test::TempProfile profile;
        QVERIFY(profile.isValid());
        QSqlDatabase db = profile.connection();
        const qint64 owned = profile.questionId(QStringLiteral("q-owned"));
        // A story tagged with a quality and linked to a question, an attempt, an own
        // question and the user's tag on a pack question.
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("INSERT INTO stories (id, title, created_at, updated_at) "
                                          "VALUES (1, 'The migration', '', '')")));
        QVERIFY(query.exec(
            QStringLiteral("INSERT INTO story_qualities SELECT 1, id FROM qualities WHERE slug = 'ownership'")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO story_questions VALUES (1, %1)").arg(owned)));
        core::Attempt attempt;
        attempt.questionId = owned;
        attempt.startedAt = QDateTime::currentDateTimeUtc();
        const qint64 attemptId = core::AttemptRepository(db, profile.path()).begin(attempt);
        QVERIFY(attemptId > 0);
        core::QuestionDraft mine;
        mine.text = QStringLiteral("My own question");
        QVERIFY(core::QuestionBank(db).add(mine) > 0);
        QVERIFY(core::QuestionBank(db).setTags(owned, QStringLiteral("favourite")));

        core::PackRepository packs(db);
        QCOMPARE(packs.storiesByQuality(QStringLiteral("mini-test")).value(QStringLiteral("ownership")),
                 QStringList{QStringLiteral("The migration")});
        QString error;
        QVERIFY2(packs.remove(QStringLiteral("mini-test"), &error), qPrintable(error));
        QVERIFY(!packs.remove(QStringLiteral("mini-test"), &error)); // already removed
        QVERIFY(packs.installed().isEmpty());
        QCOMPARE(packs.all().size(), 1);
        QVERIFY(packs.all().first().removed);
        QCOMPARE(TestData::count(db, QStringLiteral("questions"), QStringLiteral("own = 0 AND archived = 1")), 3);
        QCOMPARE(core::QuestionBank(db).count({}, QDateTime::currentDateTimeUtc()), 1); // only my own question
        QCOMPARE(TestData::count(db, QStringLiteral("stories")), 1);
        QCOMPARE(TestData::count(db, QStringLiteral("story_qualities")), 1);
        QCOMPARE(TestData::count(db, QStringLiteral("story_questions")), 1);
        QCOMPARE(TestData::count(db, QStringLiteral("attempts")), 1);

        // Added back from its stored document: the same rows come back with every link.
        const core::PackImporter::Result back
            = core::PackImporter(db).importData(packs.document(QStringLiteral("mini-test")));
        QVERIFY(back.ok());
        QCOMPARE(packs.installed().size(), 1);
        QCOMPARE(profile.questionId(QStringLiteral("q-owned")), owned);
        QCOMPARE(TestData::count(db, QStringLiteral("questions"), QStringLiteral("archived = 1")), 0);
        QCOMPARE(core::QuestionBank(db).count({}, QDateTime::currentDateTimeUtc()), 4);
        QCOMPARE(core::QuestionBank(db).draft(owned)->tags, QStringLiteral("favourite"));
        QCOMPARE(packs.storiesByQuality(QStringLiteral("mini-test")).value(QStringLiteral("ownership")),
                 QStringList{QStringLiteral("The migration")});
        QCOMPARE(core::AttemptRepository(db, profile.path()).get(attemptId)->questionId, owned);
    }
};

QTEST_GUILESS_MAIN(TestInterviewPlan)
#include "tst_interviewplan.moc"
