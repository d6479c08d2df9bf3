#include "core/AttemptRepository.h"
#include "core/Database.h"
#include "core/PackImporter.h"
#include "core/QuestionRepository.h"
#include "support/TempProfile.h"
#include "support/TestData.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rehearse;
using rehearse::test::TestData;

class TestRepositories : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TempProfile> m_profile;
    const QDateTime m_now = QDateTime(QDate(2026, 11, 25), QTime(18, 0), Qt::UTC);

    QSqlDatabase db() const { return m_profile->connection(); }
    qint64 idOf(const QString &slug) const { return m_profile->questionId(slug); }
    QString dataDir() const { return m_profile->path(); }
    void exec(const QString &sql)
    {
        QSqlQuery query(db());
        QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
    }
    qint64 attempt(const QString &slug, const QDateTime &when, const QString &file = {})
    {
        core::Attempt a;
        a.questionId = idOf(slug);
        a.startedAt = when;
        a.limitMs = 120'000;
        a.file = file;
        const qint64 id = core::AttemptRepository(db(), dataDir()).begin(a);
        core::AttemptRepository(db(), dataDir()).finish(id, 30'000, core::Attempt::State::Complete);
        return id;
    }

private slots:
    void init()
    {
        m_profile = std::make_unique<test::TempProfile>();
        QVERIFY(m_profile->isValid());
    }

    void cleanup() { m_profile.reset(); }

    void aStageLimitsTheListings()
    {
        core::QuestionRepository repository(db());
        repository.setStage(QStringLiteral("onsite"));
        QStringList texts;
        for (const core::Question &question : repository.list())
            texts << question.text;
        QCOMPARE(texts,
                 (QStringList{QStringLiteral("When did you own a problem end to end?"),
                              QStringLiteral("What did you learn last month?")}));
        QCOMPARE(repository.nextUp(10, m_now).size(), 2);
        repository.setStage(QStringLiteral("screen"));
        QCOMPARE(repository.nextUp(10, m_now), QList<qint64>{idOf(QStringLiteral("q-about"))});
    }

    void readsAQuestionWithItsStageAndQualities()
    {
        const auto question = core::QuestionRepository(db()).get(idOf(QStringLiteral("q-owned")));
        QVERIFY(question);
        QCOMPARE(question->text, QStringLiteral("When did you own a problem end to end?"));
        QCOMPARE(question->stage, QStringLiteral("Onsite"));
        QCOMPARE(question->qualities, QStringList{QStringLiteral("Ownership")});
        QCOMPARE(question->packSlug, QStringLiteral("mini-test"));
        QVERIFY(!core::QuestionRepository(db()).get(9999));
    }

    void listsVisibleQuestionsByCategory()
    {
        core::QuestionRepository questions(db());
        QCOMPARE(questions.list().size(), 3);
        exec(QStringLiteral("UPDATE questions SET hidden = 1 WHERE slug = 'q-learn'"));
        QCOMPARE(questions.list().size(), 2);
        const auto intro = questions.list(QStringLiteral("mini-test"),
                                          core::categoriesFor(core::InterviewType::TellMeAboutYourself));
        QCOMPARE(intro.size(), 1);
        QCOMPARE(intro.first().text, QStringLiteral("Tell me about yourself."));
        QVERIFY(questions.list(QStringLiteral("other-pack")).isEmpty());
    }

    void nextUpPutsDueFirstThenNeverPractised()
    {
        core::QuestionRepository questions(db());
        // Nothing practised: pack order.
        QCOMPARE(questions.nextUp(3, m_now),
                 (QList<qint64>{idOf(QStringLiteral("q-about")), idOf(QStringLiteral("q-owned")),
                                idOf(QStringLiteral("q-learn"))}));
        // q-about practised and due next week; q-learn practised and due yesterday.
        attempt(QStringLiteral("q-about"), m_now.addDays(-2));
        attempt(QStringLiteral("q-learn"), m_now.addDays(-3));
        exec(QStringLiteral("INSERT INTO schedule VALUES (%1, '%2', 7, 1, 4, 'x')")
                 .arg(idOf(QStringLiteral("q-about")))
                 .arg(m_now.addDays(7).toString(Qt::ISODateWithMs)));
        exec(QStringLiteral("INSERT INTO schedule VALUES (%1, '%2', 1, 0, 2, 'x')")
                 .arg(idOf(QStringLiteral("q-learn")))
                 .arg(m_now.addDays(-1).toString(Qt::ISODateWithMs)));
        QCOMPARE(questions.nextUp(3, m_now),
                 (QList<qint64>{idOf(QStringLiteral("q-learn")), idOf(QStringLiteral("q-owned")),
                                idOf(QStringLiteral("q-about"))}));
        QCOMPARE(questions.nextUp(1, m_now), QList<qint64>{idOf(QStringLiteral("q-learn"))});
        QCOMPARE(questions.forInterview(core::InterviewType::Behavioural, 5, m_now),
                 QList<qint64>{idOf(QStringLiteral("q-owned"))});
    }

    void aLinkedStoryBecomesACueCard()
    {
        core::QuestionRepository questions(db());
        QVERIFY(!questions.cueFor(idOf(QStringLiteral("q-owned"))));
        exec(QStringLiteral("INSERT INTO stories (title, situation, task, action, result, created_at, updated_at) "
                            "VALUES ('Billing outage', 'Payments failed at 9pm. Everyone was offline.', "
                            "'Restore billing.', 'I rolled back the release and paged the owner.', "
                            "'Back in 12 minutes; 0 lost orders.', 'x', 'x')"));
        exec(QStringLiteral("INSERT INTO story_questions VALUES (1, %1)").arg(idOf(QStringLiteral("q-owned"))));
        const auto card = questions.cueFor(idOf(QStringLiteral("q-owned")));
        QVERIFY(card);
        QCOMPARE(card->title, QStringLiteral("Billing outage"));
        QCOMPARE(
            card->points,
            (QStringList{QStringLiteral("Situation: Payments failed at 9pm."), QStringLiteral("Task: Restore billing."),
                         QStringLiteral("Action: I rolled back the release and paged the owner."),
                         QStringLiteral("Result: Back in 12 minutes; 0 lost orders.")}));
    }

    void anAttemptIsStoredWhenRecordingStartsAndCompletedAfter()
    {
        core::AttemptRepository attempts(db(), dataDir());
        core::Attempt a;
        a.questionId = idOf(QStringLiteral("q-about"));
        a.startedAt = m_now;
        a.prepMs = 12'000;
        a.limitMs = 120'000;
        a.file = QStringLiteral("recordings/a.webm");
        a.mode = core::Attempt::Mode::Audio;
        a.camera = QString();
        a.microphone = QStringLiteral("Test mic");
        const qint64 id = attempts.begin(a);
        QVERIFY(id > 0);
        QCOMPARE(attempts.unfinished().size(), 1);
        QVERIFY(attempts.finish(id, 41'500, core::Attempt::State::Complete));
        QVERIFY(attempts.unfinished().isEmpty());
        const auto stored = attempts.get(id);
        QVERIFY(stored);
        QCOMPARE(stored->durationMs, 41'500);
        QCOMPARE(stored->prepMs, 12'000);
        QCOMPARE(stored->state, core::Attempt::State::Complete);
        QCOMPARE(stored->mode, core::Attempt::Mode::Audio);
        QCOMPARE(stored->microphone, QStringLiteral("Test mic"));
        QCOMPARE(stored->startedAt, m_now);
        QCOMPARE(attempts.absolutePath(*stored), QDir(dataDir()).filePath(QStringLiteral("recordings/a.webm")));
        QCOMPARE(attempts.forQuestion(a.questionId).size(), 1);
    }

    void removingAnAttemptRemovesItsFile()
    {
        QDir(dataDir()).mkpath(QStringLiteral("recordings"));
        QFile file(QDir(dataDir()).filePath(QStringLiteral("recordings/b.webm")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("webm");
        file.close();
        const qint64 id = attempt(QStringLiteral("q-about"), m_now, QStringLiteral("recordings/b.webm"));
        core::AttemptRepository attempts(db(), dataDir());
        QString error;
        QVERIFY2(attempts.remove(id, &error), qPrintable(error));
        QVERIFY(!QFile::exists(file.fileName()));
        QVERIFY(!attempts.get(id));
    }

    void aFileThatCannotBeDeletedKeepsTheAttempt()
    {
        // A non-empty folder where the recording should be cannot be removed as a file.
        QDir(dataDir()).mkpath(QStringLiteral("recordings/c.webm/inside"));
        const qint64 id = attempt(QStringLiteral("q-about"), m_now, QStringLiteral("recordings/c.webm"));
        core::AttemptRepository attempts(db(), dataDir());
        QString error;
        QVERIFY(!attempts.remove(id, &error));
        QVERIFY2(error.contains(QStringLiteral("The attempt and its review were kept")), qPrintable(error));
        QVERIFY(attempts.get(id));
    }
};

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
