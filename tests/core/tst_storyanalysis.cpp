#include "core/StoryAnalysis.h"

#include <QRegularExpression>
#include <QTest>

using rehearse::core::Story;
using rehearse::core::StoryAnalysis;
using rehearse::core::StoryPart;
using Kind = rehearse::core::StoryAnalysis::Hint::Kind;
using Share = rehearse::core::StoryAnalysis::Share;
using Fit = rehearse::core::StoryAnalysis::Fit;

Q_DECLARE_METATYPE(Kind)
Q_DECLARE_METATYPE(Story)

namespace {

// n plain words, none of them a number or a pronoun.
QString words(int n, const QString &extra = {})
{
    static const QStringList pool{QStringLiteral("release"), QStringLiteral("billing"), QStringLiteral("customer"),
                                  QStringLiteral("queue"),   QStringLiteral("review"),  QStringLiteral("deadline")};
    QStringList list;
    for (int i = 0; i < n; ++i)
        list << pool.at(i % pool.size());
    if (!extra.isEmpty())
        list.last() = extra;
    return list.join(QLatin1Char(' '));
}

Story story(const QString &title, const QString &situation, const QString &task, const QString &action,
            const QString &result)
{
    Story s;
    s.title = title;
    s.situation = situation;
    s.task = task;
    s.action = action;
    s.result = result;
    return s;
}

} // namespace

// The guidance rules as tables: counting, time, shares and hints, on empty, very long and
// non-English text.
class TestStoryAnalysis : public QObject {
    Q_OBJECT

private slots:
    void countWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("count");

        QTest::newRow("empty") << QString() << 0;
        QTest::newRow("white space") << QStringLiteral("  \n\t  ") << 0;
        QTest::newRow("punctuation only") << QStringLiteral("— … !! -- ?") << 0;
        QTest::newRow("contractions") << QStringLiteral("I'm here, we’ll see.") << 4;
        QTest::newRow("numbers are words") << QStringLiteral("12.5% of 3,000 users") << 4;
        QTest::newRow("lines and bullets") << QStringLiteral("- paged the owner\n- rolled back\n\nthen slept") << 7;
        QTest::newRow("German") << QStringLiteral("Wir haben zwei Wochen gebraucht, straße") << 6;
        QTest::newRow("Russian") << QStringLiteral("Привет мир, это тест") << 4;
        QTest::newRow("Arabic") << QStringLiteral("قمنا بإصلاح النظام") << 3;
        QTest::newRow("Chinese: a word per character") << QStringLiteral("我们修复了系统。") << 7;
        QTest::newRow("Japanese: a word per character") << QStringLiteral("こんにちは世界") << 7;
        QTest::newRow("mixed scripts") << QStringLiteral("Deployed 新系统 in 2 days") << 7;
        QTest::newRow("emoji is no word") << QStringLiteral("Fixed it 🎉") << 2;
        QTest::newRow("very long") << QStringLiteral("word ").repeated(20000) << 20000;
    }

    void countWords()
    {
        QFETCH(QString, text);
        QFETCH(int, count);
        QCOMPARE(StoryAnalysis::countWords(text), count);
    }

    void speakingTime_data()
    {
        QTest::addColumn<int>("wordCount");
        QTest::addColumn<int>("pace");
        QTest::addColumn<int>("seconds");
        QTest::addColumn<bool>("over");

        QTest::newRow("nothing") << 0 << 140 << 0 << false;
        QTest::newRow("a minute") << 140 << 140 << 60 << false;
        QTest::newRow("exactly the limit") << 280 << 140 << 120 << false;
        QTest::newRow("rounds to the limit") << 281 << 140 << 120 << false;
        QTest::newRow("a second over") << 283 << 140 << 121 << true;
        QTest::newRow("slow speaker") << 150 << 100 << 90 << false;
        QTest::newRow("pace below the range is clamped") << 60 << 0 << 60 << false;
        QTest::newRow("pace above the range is clamped") << 400 << 1000 << 60 << false;
    }

    void speakingTime()
    {
        QFETCH(int, wordCount);
        QFETCH(int, pace);
        QFETCH(int, seconds);
        QFETCH(bool, over);
        const StoryAnalysis analysis(story({}, words(wordCount), {}, {}, {}), pace);
        QCOMPARE(analysis.totalWords(), wordCount);
        QCOMPARE(analysis.seconds(), seconds);
        QCOMPARE(analysis.overLimit(), over);
    }

    void theLimitComesFromTheCaller()
    {
        const StoryAnalysis analysis(story({}, words(210), {}, {}, {}), 140, 90);
        QCOMPARE(analysis.seconds(), 90);
        QVERIFY(!analysis.overLimit());
        QVERIFY(StoryAnalysis(story({}, words(213), {}, {}, {}), 140, 90).overLimit());
    }

    void shares_data()
    {
        QTest::addColumn<QList<int>>("partWords"); // situation, task, action, result
        QTest::addColumn<QList<int>>("percents"); // setup, action, result
        QTest::addColumn<QList<int>>("fits");

        const int in = int(Fit::InTarget);
        const int close = int(Fit::Close);
        const int off = int(Fit::Off);
        QTest::newRow("on target") << QList<int>{30, 20, 110, 40} << QList<int>{25, 55, 20} << QList<int>{in, in, in};
        QTest::newRow("edges count as in")
            << QList<int>{10, 10, 50, 15} << QList<int>{24, 59, 18} << QList<int>{in, in, in};
        QTest::newRow("close") << QList<int>{46, 20, 104, 30} << QList<int>{33, 52, 15} << QList<int>{close, in, in};
        QTest::newRow("setup heavy") << QList<int>{60, 30, 60, 30} << QList<int>{50, 33, 17}
                                     << QList<int>{off, off, in};
        QTest::newRow("no result") << QList<int>{20, 10, 70, 0} << QList<int>{30, 70, 0} << QList<int>{in, off, off};
        QTest::newRow("empty story") << QList<int>{0, 0, 0, 0} << QList<int>{0, 0, 0} << QList<int>{off, off, off};
    }

    void shares()
    {
        QFETCH(QList<int>, partWords);
        QFETCH(QList<int>, percents);
        QFETCH(QList<int>, fits);
        const StoryAnalysis analysis(
            story({}, words(partWords[0]), words(partWords[1]), words(partWords[2]), words(partWords[3])));
        QCOMPARE(analysis.words(StoryPart::Situation), partWords[0]);
        QCOMPARE(analysis.words(StoryPart::Result), partWords[3]);
        const QList<int> actual{analysis.percent(Share::Setup), analysis.percent(Share::Action),
                                analysis.percent(Share::Result)};
        QCOMPARE(actual, percents);
        const QList<int> actualFits{int(analysis.fit(Share::Setup)), int(analysis.fit(Share::Action)),
                                    int(analysis.fit(Share::Result))};
        QCOMPARE(actualFits, fits);
    }

    void hasNumber_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("number");

        QTest::newRow("empty") << QString() << false;
        QTest::newRow("digits") << QStringLiteral("Back in 12 minutes") << true;
        QTest::newRow("percent sign") << QStringLiteral("Margins up by a few %") << true;
        QTest::newRow("number word") << QStringLiteral("It saved two weeks") << true;
        QTest::newRow("capitalised number word") << QStringLiteral("Twice as fast") << true;
        QTest::newRow("halved") << QStringLiteral("We halved the queue") << true;
        QTest::newRow("none") << QStringLiteral("Customers were much happier") << false;
        QTest::newRow("'someone' is no number") << QStringLiteral("Someone noticed, and everyone cheered") << false;
        QTest::newRow("Arabic-Indic digits") << QStringLiteral("انخفض بنسبة ٣٠") << true;
        QTest::newRow("full-width digits") << QStringLiteral("３０％速くなった") << true;
        QTest::newRow("number words are English only") << QStringLiteral("zwei Wochen früher") << false;
    }

    void hasNumber()
    {
        QFETCH(QString, text);
        QFETCH(bool, number);
        QCOMPARE(StoryAnalysis::hasNumber(text), number);
    }

    void pronouns_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("singular");
        QTest::addColumn<int>("plural");

        QTest::newRow("empty") << QString() << 0 << 0;
        QTest::newRow("mixed") << QStringLiteral("I led it, my team and I shipped; we celebrated.") << 3 << 1;
        QTest::newRow("all plural forms")
            << QStringLiteral("We told us our plan; ours, ourselves, we're, we’ve") << 0 << 7;
        QTest::newRow("curly apostrophes") << QStringLiteral("I’m sure we’ll do it; I’d say so") << 2 << 1;
        QTest::newRow("lower-case i") << QStringLiteral("then i fixed it") << 1 << 0;
        QTest::newRow("the US is no pronoun") << QStringLiteral("US customers, and us") << 0 << 1;
        QTest::newRow("inside words") << QStringLiteral("Wedding, Iceland, weird, mystery") << 0 << 0;
        QTest::newRow("other languages are not counted") << QStringLiteral("Wir haben ich gesagt") << 0 << 0;
    }

    void pronouns()
    {
        QFETCH(QString, text);
        QFETCH(int, singular);
        QFETCH(int, plural);
        QCOMPARE(StoryAnalysis::firstPersonSingular(text), singular);
        QCOMPARE(StoryAnalysis::firstPersonPlural(text), plural);
    }

    void hints_data()
    {
        QTest::addColumn<Story>("input");
        QTest::addColumn<QList<Kind>>("kinds");

        const QString title = QStringLiteral("Billing outage");
        const QString withI = QStringLiteral("I ") + words(109);
        const QString withNumber = words(39, QStringLiteral("12"));

        QTest::newRow("empty") << Story{} << QList<Kind>{Kind::Empty};
        QTest::newRow("title only") << story(title, {}, {}, {}, {}) << QList<Kind>{Kind::Empty};
        QTest::newRow("white space is empty")
            << story(title, QStringLiteral(" \n "), {}, {}, {}) << QList<Kind>{Kind::Empty};
        QTest::newRow("one part written")
            << story({}, words(20), {}, {}, {})
            << QList<Kind>{Kind::EmptyPart, Kind::EmptyPart, Kind::EmptyPart, Kind::NoTitle};
        QTest::newRow("balanced, with a number and I")
            << story(title, words(30), words(20), withI, withNumber) << QList<Kind>{};
        QTest::newRow("no number in the result")
            << story(title, words(30), words(20), withI, words(40)) << QList<Kind>{Kind::NoNumberInResult};
        QTest::newRow("we more than I") << story(
            title, words(30), words(20), QStringLiteral("We agreed, then we shipped and I watched. ") + words(102),
            withNumber) << QList<Kind>{Kind::WeOverI};
        QTest::newRow("we as often as I is fine")
            << story(title, words(30), words(20), QStringLiteral("We agreed and I shipped. ") + words(105), withNumber)
            << QList<Kind>{};
        QTest::newRow("over the limit") << story(title, words(60), words(40), QStringLiteral("I ") + words(219),
                                                 words(80, QStringLiteral("3")))
                                        << QList<Kind>{Kind::OverLimit};
        QTest::newRow("setup heavy") << story(title, words(60), words(30), QStringLiteral("I ") + words(59),
                                              words(29, QStringLiteral("4")))
                                     << QList<Kind>{Kind::SetupLong, Kind::ActionShort};
        QTest::newRow("close to target gives no hint")
            << story(title, words(46), words(20), QStringLiteral("I ") + words(103), words(29, QStringLiteral("5")))
            << QList<Kind>{};
        QTest::newRow("short but complete")
            << story(title, words(5), words(5), QStringLiteral("I ") + words(19), words(5, QStringLiteral("6")))
            << QList<Kind>{Kind::Short};
        QTest::newRow("too few words to judge balance")
            << story(title, QStringLiteral("Outage."), QStringLiteral("Fix."), QStringLiteral("I rolled back."),
                     words(19, QStringLiteral("7")))
            << QList<Kind>{Kind::Short};
        QTest::newRow("very long action")
            << story(title, words(10), words(10), QStringLiteral("I ") + words(4999), words(9, QStringLiteral("8")))
            << QList<Kind>{Kind::OverLimit, Kind::SetupShort, Kind::ActionLong, Kind::ResultShort};
        QTest::newRow("German: English-only rules stay quiet")
            << story(QStringLiteral("Ausfall"), QStringLiteral("Die Zahlungen fielen um neun Uhr aus."),
                     QStringLiteral("Ich sollte sie wiederherstellen."),
                     QStringLiteral("Wir haben das Release zurückgerollt, wir haben den Verantwortlichen geweckt."),
                     QStringLiteral("Nach 12 Minuten lief alles wieder."))
            << QList<Kind>{Kind::Short};
        QTest::newRow("Chinese without digits") << story(
            QStringLiteral("支付故障"), QStringLiteral("去年双十一支付系统崩溃。"), QStringLiteral("我负责恢复服务。"),
            QStringLiteral("我先回滚了版本，然后通知了负责人，最后写了事故复盘并改进了发布流程。"),
            QStringLiteral("十二分钟内恢复。")) << QList<Kind>{Kind::NoNumberInResult, Kind::Short};
    }

    void hints()
    {
        QFETCH(Story, input);
        QFETCH(QList<Kind>, kinds);
        const StoryAnalysis analysis(input);
        QCOMPARE(analysis.hintKinds(), kinds);
        for (const StoryAnalysis::Hint &hint : analysis.hints())
            QVERIFY2(!hint.text.isEmpty() && !hint.text.contains(QRegularExpression(QStringLiteral("%\\d"))),
                     qPrintable(hint.text));
    }

    void hintsNameTheEmptyParts()
    {
        const StoryAnalysis analysis(story(QStringLiteral("T"), {}, QStringLiteral("Fix it."), {}, {}));
        QList<StoryPart> parts;
        for (const StoryAnalysis::Hint &hint : analysis.hints())
            parts << hint.part;
        QCOMPARE(parts, (QList<StoryPart>{StoryPart::Situation, StoryPart::Action, StoryPart::Result}));
        QVERIFY(analysis.hints().at(1).text.startsWith(QStringLiteral("The Action is empty")));
    }

    void overLimitSaysHowMuchToCut()
    {
        const StoryAnalysis analysis(story(QStringLiteral("T"), words(60), words(40), QStringLiteral("I ") + words(219),
                                           words(80, QStringLiteral("3"))));
        QCOMPARE(analysis.totalWords(), 400);
        QCOMPARE(analysis.hints().first().text,
                 QStringLiteral("About 2:51 at 140 words a minute: over the 2:00 limit. Cut about 120 words, starting "
                                "with the Situation and Task."));
    }

    void cue_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("cue");

        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("first sentence") << QStringLiteral("Payments failed at 9pm. Everyone was offline.")
                                        << QStringLiteral("Payments failed at 9pm.");
        QTest::newRow("question mark") << QStringLiteral("Why did it fail? Nobody knew.")
                                       << QStringLiteral("Why did it fail?");
        QTest::newRow("decimal point is no sentence end")
            << QStringLiteral("Latency rose 2.5x overnight.") << QStringLiteral("Latency rose 2.5x overnight.");
        QTest::newRow("at most twelve words")
            << QStringLiteral("I wrote a script that compared every invoice against the ledger and flagged the gaps")
            << QStringLiteral("I wrote a script that compared every invoice against the ledger and…");
        QTest::newRow("no dangling comma")
            << QStringLiteral("one two three four five six seven eight nine ten eleven twelve, thirteen")
            << QStringLiteral("one two three four five six seven eight nine ten eleven twelve…");
        QTest::newRow("first bullet") << QStringLiteral("- paged the owner\n- rolled back")
                                      << QStringLiteral("paged the owner");
        QTest::newRow("numbered list") << QStringLiteral("1. paged the owner\n2. rolled back")
                                       << QStringLiteral("paged the owner");
        QTest::newRow("first line with text")
            << QStringLiteral("\n\n   Second line first\nthird") << QStringLiteral("Second line first");
        QTest::newRow("Chinese sentence")
            << QStringLiteral("去年双十一支付系统崩溃。我们很紧张。") << QStringLiteral("去年双十一支付系统崩溃。");
        QTest::newRow("text without spaces is cut by length")
            << QStringLiteral("支").repeated(200) << QStringLiteral("支").repeated(89) + QStringLiteral("…");
    }

    void cue()
    {
        QFETCH(QString, text);
        QFETCH(QString, cue);
        QCOMPARE(StoryAnalysis::cue(text), cue);
    }
};

QTEST_GUILESS_MAIN(TestStoryAnalysis)
#include "tst_storyanalysis.moc"
