#include "core/StoryMarkdown.h"
#include "core/StoryRepository.h"
#include "core/StoryTransfer.h"
#include "support/TempProfile.h"
#include "support/TestData.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rehearse;
using rehearse::core::Story;
using rehearse::core::StoryEntry;
using rehearse::core::StoryMarkdown;
using rehearse::core::StoryPart;
using rehearse::core::StoryTransfer;
using rehearse::test::TestData;

// Stories to Markdown and back: every field, quality and link survives the round trip;
// a malformed file is refused with its line and changes nothing.
class TestStoryTransfer : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TempProfile> m_profile;

    QSqlDatabase db() const { return m_profile->connection(); }

    static qint64 idOf(const QSqlDatabase &db, const QString &sql)
    {
        QSqlQuery query(db);
        return query.exec(sql) && query.next() ? query.value(0).toLongLong() : 0;
    }

    // What a profile holds of its stories, independent of ids.
    static QStringList snapshot(const QSqlDatabase &db)
    {
        QStringList lines;
        for (const StoryEntry &entry : StoryTransfer(db).entries()) {
            QStringList qualities;
            for (const StoryEntry::Item &item : entry.qualities)
                qualities << item.text;
            QStringList questions;
            for (const StoryEntry::Item &item : entry.questions)
                questions << item.text;
            lines << QStringList{entry.story.title,  entry.story.situation, entry.story.task,    entry.story.action,
                                 entry.story.result, qualities.join(u'|'),  questions.join(u'|')}
                         .join(QStringLiteral(" ¶ "));
        }
        return lines;
    }

    // Three stories that use every corner of the format.
    void writeStories(const QSqlDatabase &db)
    {
        core::StoryRepository stories(db);
        Story outage;
        outage.title = QStringLiteral("Billing outage (2024)");
        outage.situation = QStringLiteral("Payments failed at 9pm.\n\nEveryone was offline.");
        outage.task = QStringLiteral("# not a heading\n\\ a backslash\n  ## indented hashes\n- a bullet");
        outage.action = QStringLiteral("I rolled back — «vite» — and paged the owner.\n    indented code-like line");
        outage.result = QStringLiteral("Back in 12 minutes; 0 lost orders. 支付恢复。");
        const qint64 first = stories.create(outage);
        stories.setQuality(first, idOf(db, QStringLiteral("SELECT id FROM qualities WHERE slug = 'ownership'")), true);
        stories.setQuality(first, idOf(db, QStringLiteral("SELECT id FROM qualities WHERE slug = 'curiosity'")), true);
        stories.link(first, m_profile->questionId(QStringLiteral("q-owned")));
        stories.link(first, m_profile->questionId(QStringLiteral("q-learn")));

        Story draft; // untitled, half written
        draft.action = QStringLiteral("Only the action so far.");
        stories.create(draft);

        Story same;
        same.title = QStringLiteral("## Looks like a heading");
        same.situation = QStringLiteral("\\#already escaped?");
        stories.create(same);
    }

private slots:
    void init()
    {
        m_profile = std::make_unique<test::TempProfile>();
        QVERIFY(m_profile->isValid());
    }

    void cleanup() { m_profile.reset(); }

    void theMarkdownReadsWell()
    {
        core::StoryRepository stories(db());
        Story story;
        story.title = QStringLiteral("Billing outage");
        story.situation = QStringLiteral("Payments failed.");
        story.action = QStringLiteral("# Rolled back");
        const qint64 id = stories.create(story);
        stories.setQuality(id, idOf(db(), QStringLiteral("SELECT id FROM qualities WHERE slug = 'ownership'")), true);
        stories.link(id, m_profile->questionId(QStringLiteral("q-owned")));

        const QString md = StoryTransfer(db()).markdown();
        QVERIFY(md.startsWith(QStringLiteral("# STAR stories\n\nExported from Rehearse on ")));
        const QString expected = QStringLiteral("## Billing outage\n\n"
                                                "### Situation\n\nPayments failed.\n\n"
                                                "### Task\n\n"
                                                "### Action\n\n\\# Rolled back\n\n"
                                                "### Result\n\n"
                                                "### Qualities\n\n- Ownership (Minicorp — Tester)\n\n"
                                                "### Questions\n\n- When did you own a problem end to end?\n\n");
        QVERIFY2(md.endsWith(expected), qPrintable(md));
    }

    void roundTripKeepsEveryFieldQualityAndLink()
    {
        writeStories(db());
        const QStringList before = snapshot(db());
        QCOMPARE(before.size(), 3);

        QTemporaryDir out;
        const QString path = out.filePath(QStringLiteral("stories.md"));
        QString error;
        QVERIFY2(StoryTransfer(db()).writeMarkdown(path, &error), qPrintable(error));

        // Into a fresh profile with the same pack.
        test::TempProfile other;
        const StoryTransfer::Result result = StoryTransfer(other.connection()).importFile(path);
        QVERIFY2(result.ok(), qPrintable(result.summary()));
        QCOMPARE(result.imported, 3);
        QCOMPARE(result.renamed, 0);
        QCOMPARE(result.skipped, 0);
        QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(u'\n')));
        QCOMPARE(snapshot(other.connection()), before);
        QCOMPARE(TestData::count(other.connection(), QStringLiteral("story_qualities")), 2);
        QCOMPARE(TestData::count(other.connection(), QStringLiteral("story_questions")), 2);
        QCOMPARE(result.summary(), QStringLiteral("Imported 3 stories."));

        // The same file again adds nothing.
        const StoryTransfer::Result again = StoryTransfer(other.connection()).importFile(path);
        QVERIFY(again.ok());
        QCOMPARE(again.imported, 0);
        QCOMPARE(again.skipped, 3);
        QCOMPARE(TestData::count(other.connection(), QStringLiteral("stories")), 3);
        QCOMPARE(again.summary(), QStringLiteral("Imported 0 stories; skipped 3 that are already here."));
    }

    void aTakenTitleGetsImported()
    {
        core::StoryRepository stories(db());
        stories.create({0, QStringLiteral("Outage"), QStringLiteral("Mine."), {}, {}, {}, {}, {}});
        const QString md = QStringLiteral("## Outage\n\n### Situation\n\nTheirs.\n\n"
                                          "## Outage\n\n### Situation\n\nA third one.\n");
        const StoryTransfer::Result result = StoryTransfer(db()).importMarkdown(md);
        QVERIFY(result.ok());
        QCOMPARE(result.imported, 2);
        QCOMPARE(result.renamed, 2);
        QStringList titles;
        for (const Story &story : stories.list())
            titles << story.title + QLatin1Char('=') + story.situation;
        QCOMPARE(titles,
                 (QStringList{QStringLiteral("Outage=Mine."), QStringLiteral("Outage (imported)=Theirs."),
                              QStringLiteral("Outage (imported 2)=A third one.")}));
        QCOMPARE(result.summary(),
                 QStringLiteral("Imported 2 stories; 2 with “(imported)” after their titles, because other stories "
                                "have those titles."));
    }

    void whatCannotBeFoundIsLeftOutAndSaid()
    {
        const QString md = QStringLiteral("# Mine\n\nSome preamble.\n\n"
                                          "## Outage\n\n### Result\n\nFine.\n\n"
                                          "### Qualities\n\n- Ownership (Another — Pack)\n- Frugality (Amazon — SE)\n"
                                          "- curiosity\n\n"
                                          "### Questions\n\n* When did you own a problem end to end?\n"
                                          "- A question nobody asked\n");
        const StoryTransfer::Result result = StoryTransfer(db()).importMarkdown(md);
        QVERIFY(result.ok());
        QCOMPARE(result.imported, 1);
        QCOMPARE(result.warnings,
                 (QStringList{QStringLiteral("Line 14: no installed pack has the quality “Frugality (Amazon — SE)”; "
                                             "“Outage” was imported without it."),
                              QStringLiteral("Line 20: no question reads “A question nobody asked”; “Outage” was "
                                             "imported without the link.")}));
        // The quality was found by name when its pack is not installed, in any case.
        QCOMPARE(TestData::count(db(), QStringLiteral("story_qualities")), 2);
        QCOMPARE(TestData::count(db(), QStringLiteral("story_questions")), 1);
        QVERIFY(result.summary().endsWith(
            QStringLiteral("2 qualities or questions could not be found and were left out.")));
    }

    void malformedMarkdownIsRefusedWithItsLine_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("reason");

        QTest::newRow("empty file") << QString() << 0 << QStringLiteral("No story found");
        QTest::newRow("no story") << QStringLiteral("# Title\n\nJust notes.\n") << 0
                                  << QStringLiteral("No story found");
        QTest::newRow("part before a story") << QStringLiteral("# Stories\n\n### Situation\n\nText\n") << 3
                                             << QStringLiteral("comes before the first story");
        QTest::newRow("unknown section") << QStringLiteral("## Outage\n\n### Situation\n\nx\n\n### Lessons\n") << 7
                                         << QStringLiteral("Unknown section “Lessons”");
        QTest::newRow("section twice") << QStringLiteral("## Outage\n### Task\nx\n### Task\ny\n") << 4
                                       << QStringLiteral("appears twice in the story on line 1 (first on line 2)");
        QTest::newRow("text outside a section") << QStringLiteral("## Outage\n\nStray words\n\n### Task\n") << 3
                                                << QStringLiteral("Text outside a section");
        QTest::newRow("deeper heading in a part") << QStringLiteral("## Outage\n### Action\n#### Step one\n") << 3
                                                  << QStringLiteral("is not a story heading");
        QTest::newRow("a quality that is no list item")
            << QStringLiteral("## Outage\r\n### Qualities\r\n- Ownership\r\nCuriosity\r\n") << 4
            << QStringLiteral("Expected a list item");
    }

    void malformedMarkdownIsRefusedWithItsLine()
    {
        QFETCH(QString, markdown);
        QFETCH(int, line);
        QFETCH(QString, reason);
        // A good story before the bad line is not imported either.
        const StoryTransfer::Result result = StoryTransfer(db()).importMarkdown(markdown);
        QVERIFY(!result.ok());
        QVERIFY(!result.issues.isEmpty());
        QCOMPARE(result.issues.first().line, line);
        QVERIFY2(result.issues.first().reason.contains(reason), qPrintable(result.issues.first().reason));
        if (line > 0)
            QVERIFY(result.issues.first().toString().startsWith(QStringLiteral("Line %1: ").arg(line)));
        QCOMPARE(result.summary(), QStringLiteral("The file has a malformed line, so nothing was imported."));
        QCOMPARE(TestData::count(db(), QStringLiteral("stories")), 0);
    }

    void everyMalformedLineIsListed()
    {
        const StoryMarkdown::Parsed parsed
            = StoryMarkdown::parse(QStringLiteral("## A\nstray\n### Nope\n## B\n### Task\n#### deep\n"));
        QCOMPARE(parsed.issues.size(), 3);
        QCOMPARE(parsed.issues.at(0).line, 2);
        QCOMPARE(parsed.issues.at(1).line, 3);
        QCOMPARE(parsed.issues.at(2).line, 6);
    }

    void aFailedImportLeavesNothing()
    {
        // The second story links a quality whose insert fails: the first must go too.
        QSqlQuery(db()).exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON story_qualities "
                                            "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"));
        const QString md = QStringLiteral("## First\n### Task\nx\n## Second\n### Qualities\n- Ownership\n");
        const StoryTransfer::Result result = StoryTransfer(db()).importMarkdown(md);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QStringLiteral("refused by the test")), qPrintable(result.error));
        QVERIFY(result.error.endsWith(QStringLiteral("Nothing was imported.")));
        QCOMPARE(TestData::count(db(), QStringLiteral("stories")), 0);
    }

    void fileErrorsSayWhatHappened()
    {
        QTemporaryDir dir;
        const StoryTransfer::Result missing
            = StoryTransfer(db()).importFile(dir.filePath(QStringLiteral("missing.md")));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error.startsWith(QStringLiteral("Cannot read ")));

        QString error;
        QVERIFY(!StoryTransfer(db()).writeMarkdown(dir.filePath(QStringLiteral("no/such/folder/s.md")), &error));
        QVERIFY2(error.endsWith(QStringLiteral("Nothing was exported.")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestStoryTransfer)
#include "tst_storytransfer.moc"
