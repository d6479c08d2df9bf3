#include "core/QuestionRepository.h"
#include "core/StoryCoverageModel.h"
#include "core/StoryListModel.h"
#include "core/StoryRepository.h"
#include "support/TempProfile.h"
#include "support/TestData.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace rehearse;
using rehearse::core::Story;
using rehearse::core::StoryPart;
using rehearse::test::TestData;

// Stories in the database: writing each field, qualities, links to questions, the list
// and coverage models, and the cue card Practice shows.
class TestStories : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TempProfile> m_profile;
    QDateTime m_now = QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);

    QSqlDatabase db() const { return m_profile->connection(); }
    qint64 question(const QString &slug) const { return m_profile->questionId(slug); }

    core::StoryRepository repository()
    {
        core::StoryRepository stories(db());
        stories.setClock([this] { return m_now; });
        return stories;
    }

    qint64 quality(const QString &slug) const
    {
        QSqlQuery query(db());
        query.prepare(QStringLiteral("SELECT id FROM qualities WHERE slug = ?"));
        query.addBindValue(slug);
        return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
    }

    QString column(qint64 id, const QString &name) const
    {
        QSqlQuery query(db());
        query.prepare(QStringLiteral("SELECT %1 FROM stories WHERE id = ?").arg(name));
        query.addBindValue(id);
        return query.exec() && query.next() ? query.value(0).toString() : QStringLiteral("<missing>");
    }

private slots:
    void init()
    {
        m_profile = std::make_unique<test::TempProfile>();
        QVERIFY(m_profile->isValid());
    }

    void cleanup() { m_profile.reset(); }

    void eachFieldIsWrittenAtOnce()
    {
        core::StoryRepository stories = repository();
        const qint64 id = stories.create();
        QVERIFY(id > 0);
        QCOMPARE(TestData::count(db(), QStringLiteral("stories")), 1);
        QCOMPARE(column(id, QStringLiteral("title")), QString());

        const QList<std::pair<StoryPart, QString>> texts{
            {StoryPart::Title, QStringLiteral("Billing outage")},
            {StoryPart::Situation, QStringLiteral("Payments failed at 9pm.\nEveryone was offline.")},
            {StoryPart::Task, QStringLiteral("Restore billing.")},
            {StoryPart::Action, QStringLiteral("I rolled back — «vite».")},
            {StoryPart::Result, QStringLiteral("Back in 12 minutes; 0 lost orders. 支付恢复")}};
        for (const auto &[part, text] : texts) {
            m_now = m_now.addSecs(60);
            QVERIFY(stories.setText(id, part, text));
        }
        const std::optional<Story> story = stories.get(id);
        QVERIFY(story);
        for (const auto &[part, text] : texts)
            QCOMPARE(story->text(part), text);
        QCOMPARE(column(id, QStringLiteral("action")), QStringLiteral("I rolled back — «vite»."));
        QCOMPARE(story->updatedAt, m_now);
        QVERIFY(story->createdAt < story->updatedAt);
        QVERIFY(story->isComplete());

        // What the user typed goes in as a value, never as SQL.
        QVERIFY(stories.setText(id, StoryPart::Title, QStringLiteral("x'); DROP TABLE stories; --")));
        QCOMPARE(column(id, QStringLiteral("title")), QStringLiteral("x'); DROP TABLE stories; --"));
    }

    void aMissingStoryIsAnError()
    {
        core::StoryRepository stories = repository();
        QVERIFY(!stories.setText(999, StoryPart::Task, QStringLiteral("lost")));
        QVERIFY(!stories.lastError().isEmpty());
        QVERIFY(!stories.get(999));
    }

    void listsInWritingOrderAndKnowsTheLastEdited()
    {
        core::StoryRepository stories = repository();
        const qint64 first = stories.create();
        m_now = m_now.addSecs(1);
        const qint64 second = stories.create();
        QCOMPARE(stories.lastEdited(), second);
        m_now = m_now.addSecs(1);
        QVERIFY(stories.setText(first, StoryPart::Task, QStringLiteral("edited")));
        QCOMPARE(stories.lastEdited(), first);
        const QList<Story> list = stories.list();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).id, first);
        QCOMPARE(list.at(1).id, second);
    }

    void qualitiesComeFromInstalledPacks()
    {
        core::StoryRepository stories = repository();
        QList<core::StoryQuality> qualities = stories.qualities();
        QCOMPARE(qualities.size(), 2);
        QCOMPARE(qualities.at(0).name, QStringLiteral("Ownership"));
        QCOMPARE(qualities.at(1).name, QStringLiteral("Curiosity"));

        const qint64 id = stories.create();
        QVERIFY(stories.setQuality(id, quality(QStringLiteral("curiosity")), true));
        QVERIFY(stories.setQuality(id, quality(QStringLiteral("curiosity")), true)); // twice is once
        QCOMPARE(stories.qualityIds(id), QList<qint64>{quality(QStringLiteral("curiosity"))});
        QCOMPARE(stories.coverage().value(quality(QStringLiteral("curiosity"))), QList<qint64>{id});
        QVERIFY(stories.setQuality(id, quality(QStringLiteral("curiosity")), false));
        QVERIFY(stories.qualityIds(id).isEmpty());

        // A removed pack's qualities cannot be chosen any more.
        QSqlQuery(db()).exec(QStringLiteral("UPDATE packs SET removed = 1"));
        QVERIFY(stories.qualities().isEmpty());
    }

    void linkAndUnlinkQuestions()
    {
        core::StoryRepository stories = repository();
        const qint64 id = stories.create();
        const qint64 owned = question(QStringLiteral("q-owned"));
        QCOMPARE(stories.findQuestions(id, {}).size(), 3);
        // Behavioural questions first.
        QCOMPARE(stories.findQuestions(id, {}).first().id, owned);

        const QList<core::StoryQuestion> found = stories.findQuestions(id, QStringLiteral("  OWN   problem "));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().id, owned);
        QVERIFY(stories.findQuestions(id, QStringLiteral("%")).isEmpty());
        QVERIFY(stories.findQuestions(id, QStringLiteral("_")).isEmpty());

        m_now = m_now.addSecs(30);
        QVERIFY(stories.link(id, owned));
        QVERIFY(stories.link(id, owned));
        QCOMPARE(TestData::count(db(), QStringLiteral("story_questions")), 1);
        QCOMPARE(stories.questions(id).size(), 1);
        QCOMPARE(stories.questions(id).first().text, QStringLiteral("When did you own a problem end to end?"));
        QCOMPARE(stories.get(id)->updatedAt, m_now);
        // A linked question is not offered again.
        QVERIFY(stories.findQuestions(id, QStringLiteral("own")).isEmpty());
        QCOMPARE(stories.findQuestions(id, {}).size(), 2);

        QVERIFY(stories.unlink(id, owned));
        QVERIFY(stories.questions(id).isEmpty());
        QCOMPARE(TestData::count(db(), QStringLiteral("story_questions")), 0);

        // Deleting a story takes its links and qualities with it, not the questions.
        QVERIFY(stories.link(id, owned));
        QVERIFY(stories.setQuality(id, quality(QStringLiteral("ownership")), true));
        QVERIFY(stories.remove(id));
        QCOMPARE(TestData::count(db(), QStringLiteral("story_questions")), 0);
        QCOMPARE(TestData::count(db(), QStringLiteral("story_qualities")), 0);
        QCOMPARE(TestData::count(db(), QStringLiteral("questions"), QStringLiteral("id = %1").arg(owned)), 1);
    }

    void hiddenQuestionsAreNotOffered()
    {
        core::StoryRepository stories = repository();
        const qint64 id = stories.create();
        QSqlQuery(db()).exec(QStringLiteral("UPDATE questions SET hidden = 1 WHERE slug = 'q-learn'"));
        QCOMPARE(stories.findQuestions(id, {}).size(), 2);
    }

    void theCueCardIsShortAndFromTheLatestStory()
    {
        core::StoryRepository stories = repository();
        core::QuestionRepository questions(db());
        const qint64 owned = question(QStringLiteral("q-owned"));
        QVERIFY(!questions.cueFor(owned));

        const qint64 older = stories.create({0,
                                             QStringLiteral("Old story"),
                                             QStringLiteral("Old."),
                                             QStringLiteral("Old."),
                                             QStringLiteral("Old."),
                                             QStringLiteral("Old."),
                                             {},
                                             {}});
        QVERIFY(stories.link(older, owned));
        m_now = m_now.addSecs(60);
        Story story;
        story.title = QStringLiteral("Billing outage");
        story.situation = QStringLiteral("Payments failed at 9pm on the busiest night of the year. Everyone was "
                                         "offline.");
        story.task = QStringLiteral("- restore billing\n- keep the orders");
        story.action = QStringLiteral("I rolled back the release, paged the owner, wrote the status page updates and "
                                      "kept the support team informed every ten minutes");
        const qint64 latest = stories.create(story);
        QVERIFY(stories.link(latest, owned));

        std::optional<core::StoryCue> card = questions.cueFor(owned);
        QVERIFY(card);
        QCOMPARE(card->storyId, latest);
        QCOMPARE(card->title, QStringLiteral("Billing outage"));
        QCOMPARE(card->points,
                 (QStringList{QStringLiteral("Situation: Payments failed at 9pm on the busiest night of the year."),
                              QStringLiteral("Task: restore billing"),
                              QStringLiteral("Action: I rolled back the release, paged the owner, wrote the status "
                                             "page…")}));

        // Editing the older story makes it the cue again.
        m_now = m_now.addSecs(60);
        QVERIFY(stories.setText(older, StoryPart::Result, QStringLiteral("Fine.")));
        QCOMPARE(questions.cueFor(owned)->storyId, older);
    }

    void theListModel()
    {
        core::StoryListModel model(db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counts(&model, &core::StoryListModel::countsChanged);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(core::StoryListModel::ColumnCount));

        const int row = model.addStory();
        QCOMPARE(row, 0);
        QCOMPARE(counts.size(), 1);
        const qint64 id = model.idAt(row);
        QCOMPARE(model.index(row, core::StoryListModel::Title).data().toString(), QStringLiteral("(untitled)"));
        QCOMPARE(model.completeCount(), 0);

        core::StoryRepository stories = repository();
        stories.setText(id, StoryPart::Title, QStringLiteral("  Billing outage "));
        stories.setText(id, StoryPart::Situation, QStringLiteral("one two three four five six seven"));
        stories.setText(id, StoryPart::Task, QStringLiteral("one two three four five six seven"));
        stories.setText(id, StoryPart::Action, QStringLiteral("one two three four five six seven"));
        stories.setText(id, StoryPart::Result, QStringLiteral("one two three four five six seven"));
        stories.link(id, question(QStringLiteral("q-owned")));
        stories.setQuality(id, quality(QStringLiteral("ownership")), true);
        model.refresh(id);
        QCOMPARE(model.index(row, core::StoryListModel::Title).data().toString(), QStringLiteral("Billing outage"));
        QCOMPARE(model.index(row, core::StoryListModel::Words).data().toInt(), 28);
        QCOMPARE(model.index(row, core::StoryListModel::Time).data().toString(), QStringLiteral("0:12"));
        QCOMPARE(model.index(row, core::StoryListModel::Qualities).data().toInt(), 1);
        QCOMPARE(model.index(row, core::StoryListModel::Questions).data().toInt(), 1);
        QCOMPARE(model.completeCount(), 1);
        QCOMPARE(counts.size(), 2);
        QCOMPARE(model.index(row, 0).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Billing outage: 28 words, about 0:12 to say; shows 1 quality, answers 1 question."));

        model.setWordsPerMinute(70);
        QCOMPARE(model.index(row, core::StoryListModel::Time).data().toString(), QStringLiteral("0:24"));

        // A story written elsewhere appears on refresh; a deleted one goes.
        const qint64 other = stories.create();
        model.refresh(other);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(other), 1);
        QVERIFY(model.removeStory(id));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.idAt(0), other);
        QCOMPARE(TestData::count(db(), QStringLiteral("stories")), 1);
        model.reload();
        QCOMPARE(model.rowCount(), 1);
    }

    void theCoverageModel()
    {
        core::StoryRepository stories = repository();
        const qint64 first = stories.create({0, QStringLiteral("Outage"), {}, {}, {}, {}, {}, {}});
        const qint64 second = stories.create({0, QStringLiteral("Mentoring"), {}, {}, {}, {}, {}, {}});
        stories.setQuality(first, quality(QStringLiteral("ownership")), true);

        core::StoryCoverageModel model(db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy linked(&model, &core::StoryCoverageModel::linkChanged);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Outage"));
        QCOMPARE(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("Ownership"));
        const int ownership = model.rowOf(quality(QStringLiteral("ownership")));
        const int curiosity = model.rowOf(quality(QStringLiteral("curiosity")));
        QCOMPARE(model.index(ownership, 0).data().toString(), QStringLiteral("1 story"));
        QCOMPARE(model.index(curiosity, 0).data().toString(), QStringLiteral("No story yet"));
        QCOMPARE(model.index(curiosity, 0).data(core::StoryCoverageModel::MissingRole).toBool(), true);
        QCOMPARE(model.index(ownership, model.columnOf(first)).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(model.uncovered().size(), 1);
        QCOMPARE(model.uncovered().first().name, QStringLiteral("Curiosity"));

        // Ticking a cell writes the link.
        QVERIFY(model.setData(model.index(curiosity, model.columnOf(second)), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(linked.size(), 1);
        QCOMPARE(linked.first().first().toLongLong(), second);
        QCOMPARE(stories.qualityIds(second), QList<qint64>{quality(QStringLiteral("curiosity"))});
        QVERIFY(model.uncovered().isEmpty());
        QVERIFY(model.setShows(first, quality(QStringLiteral("curiosity")), true));
        QCOMPARE(model.index(curiosity, 0).data().toString(), QStringLiteral("2 stories"));
        QVERIFY(model.setShows(first, quality(QStringLiteral("ownership")), false));
        QCOMPARE(model.index(ownership, 0).data().toString(), QStringLiteral("No story yet"));
        QCOMPARE(TestData::count(db(), QStringLiteral("story_qualities")), 2);
        QVERIFY(!model.setData(model.index(ownership, 0), Qt::Checked, Qt::CheckStateRole));
    }

    void severalPacksAreLabelled()
    {
        m_profile = std::make_unique<test::TempProfile>(test::TempProfile::MiniPack | test::TempProfile::ShippedPacks);
        core::StoryCoverageModel model(db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.rowCount() > 2);
        QStringList labels;
        for (int row = 0; row < model.rowCount(); ++row)
            labels << model.headerData(row, Qt::Vertical).toString();
        QVERIFY2(labels.contains(QStringLiteral("Ownership · Minicorp — Tester")), qPrintable(labels.join(u'|')));
        QVERIFY2(labels.contains(QStringLiteral("Customer Obsession · Amazon — Software Engineer")),
                 qPrintable(labels.join(u'|')));
    }
};

QTEST_GUILESS_MAIN(TestStories)
#include "tst_stories.moc"
