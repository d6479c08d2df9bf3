#include "core/PackReader.h"
#include "support/TestData.h"

#include <QJsonArray>
#include <QTest>

using namespace rehearse;
using rehearse::test::TestData;

namespace {

// Returns the mini pack with one change made by fn.
template<typename Fn> QByteArray mutated(Fn &&fn)
{
    QJsonObject pack = TestData::miniPack();
    fn(pack);
    return TestData::toJson(pack);
}

// Replaces the value at pack[array][index][key].
QByteArray withItem(const char *array, int index, const char *key, const QJsonValue &value)
{
    return mutated([=](QJsonObject &pack) {
        QJsonArray items = pack.value(QLatin1String(array)).toArray();
        QJsonObject item = items.at(index).toObject();
        if (value.isUndefined())
            item.remove(QLatin1String(key));
        else
            item.insert(QLatin1String(key), value);
        items.replace(index, item);
        pack.insert(QLatin1String(array), items);
    });
}

} // namespace

class TestPackReader : public QObject {
    Q_OBJECT

private slots:
    void readsTheMiniPack()
    {
        const core::PackReader::Result result
            = core::PackReader::read(TestData::read(TestData::dataPath(QStringLiteral("mini-pack.json"))));
        QVERIFY2(result.ok(), qPrintable(result.issues.value(0).toString()));
        QCOMPARE(result.pack.id, QStringLiteral("mini-test"));
        QCOMPARE(result.pack.stages.size(), 2);
        QCOMPARE(result.pack.questions[1].qualities, QStringList{QStringLiteral("ownership")});
        QCOMPARE(result.pack.checklist[1].text, QStringLiteral("Write six stories."));
    }

    void readsTheShippedAmazonPack()
    {
        const auto result = core::PackReader::readFile(
            TestData::sourcePath(QStringLiteral("resources/packs/amazon-software-engineer.json")));
        QVERIFY2(result.ok(), qPrintable(result.issues.value(0).toString()));
        const core::Pack &pack = result.pack;
        QCOMPARE(pack.company, QStringLiteral("Amazon"));
        QCOMPARE(pack.stages.size(), 5);
        QCOMPARE(pack.stages.first().title, QStringLiteral("Online Assessment / Phone Screen"));
        QCOMPARE(pack.qualities.size(), 5);
        QCOMPARE(pack.checklist.size(), 8);
        QCOMPARE(pack.mistakes.size(), 5);
        QCOMPARE(pack.faq.size(), 6);
        QCOMPARE(pack.minWeeks, 3);
        QCOMPARE(pack.maxWeeks, 5);
        QVERIFY(pack.questions.size() >= 30); // the seed's 5 plus at least 25 more
        QVERIFY(!pack.compensation.range.isEmpty());
        const QStringList seedQuestions = {
            QStringLiteral("Tell me about a time you had to make a decision with incomplete information."),
            QStringLiteral("Describe a situation where you had to push back on a deadline or requirement."),
            QStringLiteral("Give an example of when you owned a problem end-to-end"),
            QStringLiteral("Tell me about a time you simplified a complex process or system."),
            QStringLiteral("Tell me about yourself and what makes you a strong candidate for this role."),
        };
        for (const QString &text : seedQuestions) {
            const bool found = std::any_of(pack.questions.begin(), pack.questions.end(),
                                           [&](const core::PackQuestion &q) { return q.text.startsWith(text); });
            QVERIFY2(found, qPrintable(text));
        }
    }

    void reportsEachDefect_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");

        QTest::newRow("empty file") << QByteArray() << "$"
                                    << "file is empty";
        QTest::newRow("only spaces") << QByteArray("  \n ") << "$"
                                     << "file is empty";
        QTest::newRow("not json") << QByteArray("format: 1") << "$"
                                  << "not valid JSON";
        QTest::newRow("truncated json") << TestData::toJson(TestData::miniPack()).left(200) << "$"
                                        << "not valid JSON";
        QTest::newRow("array at top") << QByteArray("[1, 2]") << "$"
                                      << "expected a JSON object";
        QTest::newRow("over 5 MB") << QByteArray(5 * 1024 * 1024 + 1, ' ') << "$"
                                   << "larger than 5 MB";
        QTest::newRow("no format") << mutated([](QJsonObject &p) { p.remove(QStringLiteral("format")); }) << "$"
                                   << "no \"format\" field";
        QTest::newRow("format 2") << mutated([](QJsonObject &p) { p.insert(QStringLiteral("format"), 2); })
                                  << "$.format"
                                  << "unsupported format 2";
        QTest::newRow("format as text") << mutated([](QJsonObject &p) {
            p.insert(QStringLiteral("format"), QStringLiteral("1"));
        }) << "$.format"
                                        << "unsupported format a string";
        QTest::newRow("missing company") << mutated([](QJsonObject &p) { p.remove(QStringLiteral("company")); })
                                         << "$.company"
                                         << "required field is missing";
        QTest::newRow("empty role") << mutated([](QJsonObject &p) {
            p.insert(QStringLiteral("role"), QStringLiteral("  "));
        }) << "$.role"
                                    << "must not be empty";
        QTest::newRow("version as text") << mutated([](QJsonObject &p) {
            p.insert(QStringLiteral("version"), QStringLiteral("two"));
        }) << "$.version"
                                         << "expected a whole number";
        QTest::newRow("version fraction")
            << mutated([](QJsonObject &p) { p.insert(QStringLiteral("version"), 1.5); }) << "$.version"
            << "expected a whole number";
        QTest::newRow("bad id characters")
            << mutated([](QJsonObject &p) { p.insert(QStringLiteral("id"), QStringLiteral("../../etc")); }) << "$.id"
            << "may hold only a-z, 0-9 and -";
        QTest::newRow("stages not array")
            << mutated([](QJsonObject &p) { p.insert(QStringLiteral("stages"), QStringLiteral("many")); }) << "$.stages"
            << "expected an array, found a string";
        QTest::newRow("no stages") << mutated([](QJsonObject &p) { p.insert(QStringLiteral("stages"), QJsonArray()); })
                                   << "$.stages"
                                   << "must not be empty";
        QTest::newRow("stage title number") << withItem("stages", 1, "title", 7) << "$.stages[1].title"
                                            << "expected a string, found a number";
        QTest::newRow("stage without prepare")
            << withItem("stages", 0, "prepare", QJsonValue::Undefined) << "$.stages[0].prepare"
            << "required field is missing";
        QTest::newRow("duplicate stage id") << withItem("stages", 1, "id", QStringLiteral("screen")) << "$.stages[1].id"
                                            << "duplicate id \"screen\"";
        QTest::newRow("duplicate question id")
            << withItem("questions", 2, "id", QStringLiteral("q-about")) << "$.questions[2].id"
            << "duplicate id \"q-about\"";
        QTest::newRow("unknown stage") << withItem("questions", 1, "stage", QStringLiteral("final"))
                                       << "$.questions[1].stage"
                                       << "unknown stage \"final\"";
        QTest::newRow("unknown quality") << withItem("questions", 1, "qualities",
                                                     QJsonArray{QStringLiteral("ownership"), QStringLiteral("grit")})
                                         << "$.questions[1].qualities[1]"
                                         << "unknown quality \"grit\"";
        QTest::newRow("qualities not array")
            << withItem("questions", 0, "qualities", QStringLiteral("ownership")) << "$.questions[0].qualities"
            << "expected an array";
        QTest::newRow("unknown category")
            << withItem("questions", 0, "category", QStringLiteral("trivia")) << "$.questions[0].category"
            << "unknown category \"trivia\"";
        QTest::newRow("empty question text") << withItem("questions", 0, "text", QString()) << "$.questions[0].text"
                                             << "must not be empty";
        QTest::newRow("question not object") << mutated([](QJsonObject &p) {
            QJsonArray q = p.value(QStringLiteral("questions")).toArray();
            q.append(42);
            p.insert(QStringLiteral("questions"), q);
        }) << "$.questions[3]"
                                             << "expected an object, found a number";
        QTest::newRow("mistake not string")
            << mutated([](QJsonObject &p) { p.insert(QStringLiteral("mistakes"), QJsonArray{true}); })
            << "$.mistakes[0]"
            << "expected a string, found a boolean";
        QTest::newRow("faq without answer") << withItem("faq", 0, "answer", QJsonValue::Undefined) << "$.faq[0].answer"
                                            << "required field is missing";
        QTest::newRow("weeks reversed") << mutated([](QJsonObject &p) {
            p.insert(QStringLiteral("timeline"),
                     QJsonObject{{QStringLiteral("minWeeks"), 5}, {QStringLiteral("maxWeeks"), 3}});
        }) << "$.timeline"
                                        << "minWeeks (5) is more than maxWeeks (3)";
        QTest::newRow("compensation not object")
            << mutated([](QJsonObject &p) { p.insert(QStringLiteral("compensation"), 45000); }) << "$.compensation"
            << "expected an object";
    }

    void reportsEachDefect()
    {
        QFETCH(QByteArray, document);
        QFETCH(QString, path);
        QFETCH(QString, message);
        const core::PackReader::Result result = core::PackReader::read(document);
        QVERIFY(!result.ok());
        const bool found = std::any_of(result.issues.begin(), result.issues.end(), [&](const core::PackIssue &issue) {
            return issue.path == path && issue.message.contains(message);
        });
        QStringList all;
        for (const core::PackIssue &issue : result.issues)
            all << issue.toString();
        QVERIFY2(
            found,
            qPrintable(QStringLiteral("wanted %1: %2; got %3").arg(path, message, all.join(QStringLiteral(" | ")))));
    }

    void reportsEveryDefectAtOnce()
    {
        const QByteArray document = mutated([](QJsonObject &p) {
            p.remove(QStringLiteral("company"));
            p.insert(QStringLiteral("mistakes"), 3);
            QJsonArray questions = p.value(QStringLiteral("questions")).toArray();
            QJsonObject first = questions[0].toObject();
            first.insert(QStringLiteral("stage"), QStringLiteral("nowhere"));
            questions.replace(0, first);
            p.insert(QStringLiteral("questions"), questions);
        });
        const core::PackReader::Result result = core::PackReader::read(document);
        QCOMPARE(result.issues.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestPackReader)
#include "tst_packreader.moc"
