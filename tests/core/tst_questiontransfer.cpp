#include "core/Csv.h"
#include "core/QuestionTransfer.h"
#include "support/TempProfile.h"
#include "support/TestData.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

using namespace rehearse;
using core::Csv;
using core::QuestionTransfer;
using rehearse::test::TestData;

using Lines = QList<int>;

class TestQuestionTransfer : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TempProfile> m_profile;

    QSqlDatabase db() const { return m_profile->connection(); }
    int count(const QString &table, const QString &where = {}) const { return TestData::count(db(), table, where); }
    QuestionTransfer transfer() const { return QuestionTransfer(db()); }

    static Lines linesOf(const QList<QuestionTransfer::Issue> &issues)
    {
        Lines lines;
        for (const QuestionTransfer::Issue &issue : issues)
            lines << issue.line;
        return lines;
    }

    static QStringList textsOf(const QList<QuestionTransfer::Record> &records)
    {
        QStringList texts;
        for (const QuestionTransfer::Record &record : records)
            texts << record.text;
        return texts;
    }

    static QList<qint64> ownIds(const QSqlDatabase &db)
    {
        QSqlQuery query(db);
        query.exec(QStringLiteral("SELECT id FROM questions WHERE own = 1 ORDER BY position"));
        QList<qint64> ids;
        while (query.next())
            ids << query.value(0).toLongLong();
        return ids;
    }

    static QVariant value(const QSqlDatabase &db, const QString &sql)
    {
        QSqlQuery query(db);
        return query.exec(sql) && query.next() ? query.value(0) : QVariant();
    }

    static QByteArray csvWithRows(int rows)
    {
        QByteArray data = "text,category,stage,qualities,tags\n";
        for (int i = 1; i <= rows; ++i)
            data += "Generated question number " + QByteArray::number(i) + "?,behavioural,Onsite,Ownership,gen\n";
        return data;
    }

    static void compareRecords(const QList<QuestionTransfer::Record> &actual,
                               const QList<QuestionTransfer::Record> &expected)
    {
        QCOMPARE(actual.size(), expected.size());
        for (qsizetype i = 0; i < actual.size(); ++i) {
            QCOMPARE(actual[i].text, expected[i].text);
            QCOMPARE(actual[i].category, expected[i].category);
            QCOMPARE(actual[i].stage, expected[i].stage);
            QCOMPARE(actual[i].qualities, expected[i].qualities);
            QCOMPARE(actual[i].tags, expected[i].tags);
            QCOMPARE(actual[i].tip, expected[i].tip);
            QCOMPARE(actual[i].why, expected[i].why);
        }
    }

private slots:
    void init()
    {
        m_profile = std::make_unique<test::TempProfile>();
        QVERIFY(m_profile->isValid());
    }

    void cleanup() { m_profile.reset(); }

    // The reader alone: fields, the line each record starts on, and errors.
    void csvReader_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QList<QStringList>>("records");
        QTest::addColumn<Lines>("lines");
        QTest::addColumn<QString>("error"); // in the last record, or the table's

        using Rows = QList<QStringList>;
        const auto s = [](const char *text) { return QString::fromUtf8(text); };
        QTest::newRow("plain") << QByteArray("a,b\nc,d\n") << Rows{{s("a"), s("b")}, {s("c"), s("d")}} << Lines{1, 2}
                               << QString();
        QTest::newRow("no final newline")
            << QByteArray("a,b\nc,d") << Rows{{s("a"), s("b")}, {s("c"), s("d")}} << Lines{1, 2} << QString();
        QTest::newRow("quoted comma") << QByteArray("\"a,b\",c\n") << Rows{{s("a,b"), s("c")}} << Lines{1} << QString();
        QTest::newRow("doubled quotes") << QByteArray("\"say \"\"hi\"\"\",x\n") << Rows{{s("say \"hi\""), s("x")}}
                                        << Lines{1} << QString();
        QTest::newRow("newline in field")
            << QByteArray("\"one\ntwo\",x\nnext,y\n") << Rows{{s("one\ntwo"), s("x")}, {s("next"), s("y")}}
            << Lines{1, 3} << QString();
        QTest::newRow("CRLF") << QByteArray("a,b\r\n\"c\r\nd\",e\r\nf,g\r\n")
                              << Rows{{s("a"), s("b")}, {s("c\r\nd"), s("e")}, {s("f"), s("g")}} << Lines{1, 2, 4}
                              << QString();
        QTest::newRow("lone CR") << QByteArray("a\rb\r") << Rows{{s("a")}, {s("b")}} << Lines{1, 2} << QString();
        QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBFtext\nx\n") << Rows{{s("text")}, {s("x")}} << Lines{1, 2}
                             << QString();
        QTest::newRow("UTF-8") << QByteArray("Größe,日本語,\"naïve, é\"\n")
                               << Rows{{s("Größe"), s("日本語"), s("naïve, é")}} << Lines{1} << QString();
        QTest::newRow("empty fields") << QByteArray(",,\n\"\",x,\n")
                                      << Rows{{s(""), s(""), s("")}, {s(""), s("x"), s("")}} << Lines{1, 2}
                                      << QString();
        QTest::newRow("trailing comma at end") << QByteArray("a,") << Rows{{s("a"), s("")}} << Lines{1} << QString();
        QTest::newRow("blank lines skipped")
            << QByteArray("a\n\n\r\nb\n") << Rows{{s("a")}, {s("b")}} << Lines{1, 4} << QString();
        QTest::newRow("quote inside unquoted field")
            << QByteArray("5\" disk,x\n") << Rows{{s("5\" disk"), s("x")}} << Lines{1} << QString();
        QTest::newRow("unterminated quote")
            << QByteArray("a,b\nc,\"d\ne,f\n") << Rows{{s("a"), s("b")}, {s("c"), s("d\ne,f\n")}} << Lines{1, 2}
            << QStringLiteral("opened on line 2 is never closed");
        QTest::newRow("text after closing quote") << QByteArray("\"a\"b,c\n") << Rows{{s("ab"), s("c")}} << Lines{1}
                                                  << QStringLiteral("closing quote of field 1");
        QTest::newRow("not UTF-8") << QByteArray("caf\xE9,x\n") << Rows{} << Lines{} << QStringLiteral("not UTF-8");
        QTest::newRow("empty") << QByteArray() << Rows{} << Lines{} << QString();
    }

    void csvReader()
    {
        QFETCH(QByteArray, data);
        QFETCH(QList<QStringList>, records);
        QFETCH(Lines, lines);
        QFETCH(QString, error);
        const Csv::Table table = Csv::read(data);
        QStringList errors = {table.error};
        QList<QStringList> fields;
        Lines starts;
        for (const Csv::Record &record : table.records) {
            fields << record.fields;
            starts << record.line;
            errors << record.error;
        }
        QCOMPARE(fields, records);
        QCOMPARE(starts, lines);
        errors.removeAll(QString());
        if (error.isEmpty()) {
            QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        } else {
            QCOMPARE(errors.size(), 1);
            QVERIFY2(errors.first().contains(error), qPrintable(errors.first()));
        }
    }

    void csvWriterQuotesWhatNeedsIt()
    {
        const QStringList header = {QStringLiteral("a"), QStringLiteral("b")};
        const QList<QStringList> rows = {
            {QStringLiteral("plain"), QStringLiteral("with, comma")},
            {QStringLiteral("say \"hi\""), QStringLiteral("two\nlines")},
            {QStringLiteral(" padded "), QString()},
            {QStringLiteral("cr\r\nlf"), QStringLiteral("日本語")},
        };
        const QByteArray written = Csv::write(header, rows);
        QCOMPARE(written.left(4), QByteArray("a,b\n"));
        QVERIFY(written.contains("plain,\"with, comma\"\n"));
        QVERIFY(written.contains("\"say \"\"hi\"\"\",\"two\nlines\"\n"));
        QVERIFY(written.contains("\" padded \",\n"));
        QVERIFY(!written.startsWith("\xEF\xBB\xBF"));
        const Csv::Table table = Csv::read(written);
        QCOMPARE(table.records.size(), 5);
        QCOMPARE(table.records[0].fields, header);
        for (qsizetype i = 0; i < rows.size(); ++i)
            QCOMPARE(table.records[i + 1].fields, rows[i]);
    }

    // Question files in CSV: what is added, counted and reported, and where.
    void csvPreview_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QStringList>("added");
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("duplicates");
        QTest::addColumn<Lines>("issues");
        QTest::addColumn<Lines>("warnings");
        QTest::addColumn<QString>("error");

        const auto s = [](const char *text) { return QString::fromUtf8(text); };
        QTest::newRow("good") << QByteArray("text,category\nFirst?,intro\nSecond?,technical\n")
                              << QStringList{s("First?"), s("Second?")} << 2 << 0 << Lines{} << Lines{} << QString();
        QTest::newRow("text only") << QByteArray("text\nAlone?\n") << QStringList{s("Alone?")} << 1 << 0 << Lines{}
                                   << Lines{} << QString();
        QTest::newRow("columns in any order and case") << QByteArray("Why, TEXT\nbecause,Q?\n") << QStringList{s("Q?")}
                                                       << 1 << 0 << Lines{} << Lines{} << QString();
        QTest::newRow("quoted comma and quotes")
            << QByteArray("text,tip\n\"Why us, and \"\"why now\"\"?\",\"a, b\"\n")
            << QStringList{s("Why us, and \"why now\"?")} << 1 << 0 << Lines{} << Lines{} << QString();
        QTest::newRow("newline inside a field, lines still counted")
            << QByteArray("text,tip\nOne?,\"line\nline\"\n,\nTwo?,x,extra\n") << QStringList{s("One?")} << 2 << 0
            << Lines{5} << Lines{} << QString();
        QTest::newRow("BOM and CRLF") << QByteArray("\xEF\xBB\xBFtext,category\r\nOne?,intro\r\nTwo?,intro\r\n")
                                      << QStringList{s("One?"), s("Two?")} << 2 << 0 << Lines{} << Lines{} << QString();
        QTest::newRow("non-ASCII") << QByteArray("text\nQu'avez-vous appris à Zürich ? 日本語\n")
                                   << QStringList{s("Qu'avez-vous appris à Zürich ? 日本語")} << 1 << 0 << Lines{}
                                   << Lines{} << QString();
        QTest::newRow("extra column ignored, said once")
            << QByteArray("text,notes,\nOne?,n,\nTwo?,m,\n") << QStringList{s("One?"), s("Two?")} << 2 << 0 << Lines{}
            << Lines{1} << QString();
        QTest::newRow("too few fields") << QByteArray("text,category,tip\nOne?,intro\nTwo?,intro,t\n")
                                        << QStringList{s("Two?")} << 2 << 0 << Lines{2} << Lines{} << QString();
        QTest::newRow("too many fields") << QByteArray("text,category\nOne?,intro\nTwo, three?,intro\n")
                                         << QStringList{s("One?")} << 2 << 0 << Lines{3} << Lines{} << QString();
        QTest::newRow("empty text") << QByteArray("text,tip\n  ,a tip\nOk?,\n") << QStringList{s("Ok?")} << 2 << 0
                                    << Lines{2} << Lines{} << QString();
        QTest::newRow("text without letters")
            << QByteArray("text\n?!…\n") << QStringList{} << 1 << 0 << Lines{2} << Lines{} << QString();
        QTest::newRow("text too long") << "text\n" + QByteArray(QuestionTransfer::MaxTextLength + 1, 'x') + "\n"
                                       << QStringList{} << 1 << 0 << Lines{2} << Lines{} << QString();
        QTest::newRow("empty rows skipped") << QByteArray("text,tip\n\n,\nOne?,\n , \n") << QStringList{s("One?")} << 1
                                            << 0 << Lines{} << Lines{} << QString();
        QTest::newRow("duplicates in the file")
            << QByteArray(
                   "text\nTell me about yourself.\ntell   me ABOUT yourself\n\"Tell me, about... yourself!\"\nOther?\n")
            << QStringList{s("Tell me about yourself."), s("Other?")} << 4 << 2 << Lines{} << Lines{} << QString();
        QTest::newRow("unterminated quote") << QByteArray("text,tip\nOne?,fine\n\"Two?,never closed\nThree?,lost\n")
                                            << QStringList{s("One?")} << 2 << 0 << Lines{3} << Lines{} << QString();
        QTest::newRow("header only") << QByteArray("text,category,stage,qualities,tags,tip,why\n") << QStringList{} << 0
                                     << 0 << Lines{} << Lines{} << QString();
        QTest::newRow("empty file") << QByteArray() << QStringList{} << 0 << 0 << Lines{} << Lines{}
                                    << QStringLiteral("empty");
        QTest::newRow("only a BOM and spaces") << QByteArray("\xEF\xBB\xBF \n\n") << QStringList{} << 0 << 0 << Lines{}
                                               << Lines{} << QStringLiteral("empty");
        QTest::newRow("no text column") << QByteArray("question,category\nOne?,intro\n") << QStringList{} << 0 << 0
                                        << Lines{} << Lines{} << QStringLiteral("no \"text\" column");
        QTest::newRow("a column twice") << QByteArray("text,tip,Text\na,b,c\n") << QStringList{} << 0 << 0 << Lines{}
                                        << Lines{} << QStringLiteral("appears twice");
        QTest::newRow("not UTF-8") << QByteArray("text\nCaf\xE9?\n") << QStringList{} << 0 << 0 << Lines{} << Lines{}
                                   << QStringLiteral("not UTF-8");
    }

    void csvPreview()
    {
        QFETCH(QByteArray, data);
        QFETCH(QStringList, added);
        QFETCH(int, rows);
        QFETCH(int, duplicates);
        QFETCH(Lines, issues);
        QFETCH(Lines, warnings);
        QFETCH(QString, error);
        const QuestionTransfer::Preview preview = QuestionTransfer::readData(data, QuestionTransfer::Format::Csv);
        if (error.isEmpty())
            QVERIFY2(preview.error.isEmpty(), qPrintable(preview.error));
        else
            QVERIFY2(preview.error.contains(error), qPrintable(preview.error));
        QCOMPARE(textsOf(preview.toAdd), added);
        QCOMPARE(preview.rows, rows);
        QCOMPARE(preview.duplicates, duplicates);
        QCOMPARE(linesOf(preview.issues), issues);
        QCOMPARE(linesOf(preview.warnings), warnings);
        for (const QuestionTransfer::Issue &issue : preview.issues + preview.warnings)
            QVERIFY(!issue.reason.isEmpty() && !issue.item);
    }

    void csvFieldsAreCleanedUp()
    {
        const QByteArray data = "text,category,stage,qualities,tags,tip,why\n"
                                "\"  Two\r\nlines?  \",Behavioral, onsite ,ownership;; Curiosity ;OWNERSHIP,"
                                "\"a b;c,d  a\",\" tip \",why\n"
                                "Second?,System Design,,,,,\n"
                                "Third?,,,,,,\n"
                                "Fourth?,Leadership,,,,,\n";
        const QuestionTransfer::Preview preview = QuestionTransfer::readData(data, QuestionTransfer::Format::Csv);
        QVERIFY(preview.ok());
        QCOMPARE(preview.toAdd.size(), 4);
        const QuestionTransfer::Record &first = preview.toAdd[0];
        QCOMPARE(first.line, 2);
        QCOMPARE(first.text, QStringLiteral("Two\nlines?"));
        QCOMPARE(first.category, QStringLiteral("behavioural"));
        QCOMPARE(first.stage, QStringLiteral("onsite"));
        QCOMPARE(first.qualities, (QStringList{QStringLiteral("ownership"), QStringLiteral("Curiosity")}));
        QCOMPARE(first.tags,
                 (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")}));
        QCOMPARE(first.tip, QStringLiteral("tip"));
        QCOMPARE(first.why, QStringLiteral("why"));
        QCOMPARE(preview.toAdd[1].line, 4);
        QCOMPARE(preview.toAdd[1].category, QStringLiteral("system-design"));
        QCOMPARE(preview.toAdd[2].category, QStringLiteral("behavioural")); // the default
        QCOMPARE(preview.toAdd[3].category, QStringLiteral("Leadership")); // the user's own
    }

    void jsonPreview_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QStringList>("added");
        QTest::addColumn<Lines>("issues");
        QTest::addColumn<Lines>("warnings");
        QTest::addColumn<QString>("error");

        const auto s = [](const char *text) { return QString::fromUtf8(text); };
        QTest::newRow("document") << QByteArray(R"({"format": "rehearse-questions", "version": 1, "questions": [
                {"text": "One?", "category": "intro", "stage": "Screen", "qualities": ["Ownership"],
                 "tags": ["a", "b"], "tip": "t", "why": "w"},
                {"text": "Two?"}]})")
                                  << QStringList{s("One?"), s("Two?")} << Lines{} << Lines{} << QString();
        QTest::newRow("bare list") << QByteArray(R"([{"text": "Only?"}, {"text": "only"}])") << QStringList{s("Only?")}
                                   << Lines{} << Lines{} << QString();
        QTest::newRow("nulls are empty") << QByteArray(R"([{"text": "Q?", "tip": null, "tags": null}])")
                                         << QStringList{s("Q?")} << Lines{} << Lines{} << QString();
        QTest::newRow("bad items") << QByteArray(R"([{"text": "Fine?"}, "just text", {"text": 3}, {"tip": "no text"},
                {"text": "T?", "tags": "a b"}, {"text": "Q?", "qualities": [1]}, {"text": "E?", "stage": {}}])")
                                   << QStringList{s("Fine?")} << Lines{2, 3, 4, 5, 6, 7} << Lines{} << QString();
        QTest::newRow("unknown field said once")
            << QByteArray(R"([{"text": "A?", "notes": 1}, {"text": "B?", "notes": 2, "id": "x"}])")
            << QStringList{s("A?"), s("B?")} << Lines{} << Lines{1, 2} << QString();
        QTest::newRow("a pack") << TestData::read(TestData::dataPath(QStringLiteral("mini-pack.json"))) << QStringList{}
                                << Lines{} << Lines{} << QStringLiteral("interview pack");
        QTest::newRow("other format") << QByteArray(R"({"format": "x", "version": 1, "questions": []})")
                                      << QStringList{} << Lines{} << Lines{} << QStringLiteral("\"format\" must be");
        QTest::newRow("newer version") << QByteArray(
            R"({"format": "rehearse-questions", "version": 2, "questions": []})")
                                       << QStringList{} << Lines{} << Lines{} << QStringLiteral("newer Rehearse");
        QTest::newRow("no version") << QByteArray(R"({"format": "rehearse-questions", "questions": []})")
                                    << QStringList{} << Lines{} << Lines{} << QStringLiteral("\"version\" must be 1");
        QTest::newRow("questions not a list")
            << QByteArray(R"({"format": "rehearse-questions", "version": 1, "questions": {}})") << QStringList{}
            << Lines{} << Lines{} << QStringLiteral("\"questions\" must be a list");
        QTest::newRow("empty list") << QByteArray(R"({"format": "rehearse-questions", "version": 1, "questions": []})")
                                    << QStringList{} << Lines{} << Lines{} << QString();
        QTest::newRow("not JSON") << QByteArray("[{\"text\": \"A?\",]") << QStringList{} << Lines{} << Lines{}
                                  << QStringLiteral("not valid JSON");
        QTest::newRow("empty") << QByteArray("  \n") << QStringList{} << Lines{} << Lines{} << QStringLiteral("empty");
    }

    void jsonPreview()
    {
        QFETCH(QByteArray, data);
        QFETCH(QStringList, added);
        QFETCH(Lines, issues);
        QFETCH(Lines, warnings);
        QFETCH(QString, error);
        const QuestionTransfer::Preview preview = QuestionTransfer::readData(data, QuestionTransfer::Format::Json);
        if (error.isEmpty())
            QVERIFY2(preview.error.isEmpty(), qPrintable(preview.error));
        else
            QVERIFY2(preview.error.contains(error), qPrintable(preview.error));
        QCOMPARE(textsOf(preview.toAdd), added);
        QCOMPARE(linesOf(preview.issues), issues);
        QCOMPARE(linesOf(preview.warnings), warnings);
        for (const QuestionTransfer::Issue &issue : preview.issues + preview.warnings) {
            QVERIFY(issue.item);
            QVERIFY2(issue.toString().startsWith(QStringLiteral("item %1: ").arg(issue.line)),
                     qPrintable(issue.toString()));
        }
    }

    void normalizedKey_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("key");
        QTest::newRow("case, spaces, punctuation")
            << QStringLiteral("  Tell me,   about YOURSELF!! ") << QStringLiteral("tell me about yourself");
        QTest::newRow("apostrophe") << QStringLiteral("What's next?") << QStringLiteral("what s next");
        QTest::newRow("non-ASCII letters kept") << QStringLiteral("Qu'avez-vous appris à Zürich ? 日本語")
                                                << QStringLiteral("qu avez vous appris à zürich 日本語");
        QTest::newRow("composed or not") << QStringLiteral("Cafe\u0301 ?") << QStringLiteral("café");
        QTest::newRow("case folding") << QStringLiteral("ΟΔΟΣ οδος Straße") << QStringLiteral("οδοσ οδοσ straße");
        QTest::newRow("digits") << QStringLiteral("Top-3 risks (2024)") << QStringLiteral("top 3 risks 2024");
        QTest::newRow("outside the BMP") << QStringLiteral("Ready? 🚀 Go 𝐀") << QStringLiteral("ready go a");
        QTest::newRow("nothing") << QStringLiteral("?! …") << QString();
    }

    void normalizedKey()
    {
        QFETCH(QString, text);
        QFETCH(QString, key);
        QCOMPARE(QuestionTransfer::normalized(text), key);
    }

    void duplicatesAgainstTheDatabase()
    {
        QSqlQuery query(db());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO questions (text, category, own, created_at, updated_at) "
                                          "VALUES ('My own question?', 'intro', 1, '', '')")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO questions (text, category, own, archived, created_at, "
                                          "updated_at) VALUES ('An archived one?', 'intro', 1, 1, '', '')")));
        QVERIFY(query.exec(QStringLiteral("UPDATE questions SET hidden = 1 WHERE slug = 'q-learn'")));
        const QByteArray data = "text\n"
                                "tell me ABOUT yourself\n" // a pack question
                                "My own question!\n" // an own question
                                "\"what did you learn, last month\"\n" // hidden still counts
                                "An archived one?\n" // archived does not
                                "Brand new?\n"
                                "brand  NEW\n"; // within the file
        const QuestionTransfer::Preview preview = transfer().previewData(data, QuestionTransfer::Format::Csv);
        QVERIFY2(preview.ok(), qPrintable(preview.error + preview.issues.value(0).toString()));
        QCOMPARE(preview.rows, 6);
        QCOMPARE(preview.duplicates, 4);
        QCOMPARE(textsOf(preview.toAdd),
                 (QStringList{QStringLiteral("An archived one?"), QStringLiteral("Brand new?")}));

        const int before = count(QStringLiteral("questions"));
        QuestionTransfer writer = transfer();
        const QuestionTransfer::Result first = writer.import(preview);
        QVERIFY(first.ok());
        QCOMPARE(first.added, 2);
        QCOMPARE(first.duplicates, 4);
        // The same preview again: the database has them now.
        const QuestionTransfer::Result again = writer.import(preview);
        QVERIFY(again.ok());
        QCOMPARE(again.added, 0);
        QCOMPARE(again.duplicates, 6);
        QCOMPARE(count(QStringLiteral("questions")), before + 2);
    }

    void importLinksStageQualitiesAndTags()
    {
        const QByteArray data = "text,category,stage,qualities,tags,tip,why\n"
                                "Linked?,behavioural,onsite,ownership; CURIOSITY,star hard,A tip.,A reason.\n"
                                "Unknown names?,intro,Final round,Ownership;Grit,,,\n"
                                "By id?,intro,screen,curiosity,,,\n";
        QuestionTransfer writer = transfer();
        const QuestionTransfer::Preview preview = writer.previewData(data, QuestionTransfer::Format::Csv);
        QVERIFY(preview.ok());
        QCOMPARE(linesOf(preview.warnings), (Lines{3, 3}));
        QVERIFY(preview.warnings[0].reason.contains(QStringLiteral("\"Final round\"")));
        QVERIFY(preview.warnings[1].reason.contains(QStringLiteral("\"Grit\"")));
        const QuestionTransfer::Result result = writer.import(preview);
        QVERIFY(result.ok());
        QCOMPARE(result.added, 3);
        QCOMPARE(result.issues, preview.warnings);

        const QList<qint64> ids = ownIds(db());
        QCOMPARE(ids.size(), 3);
        QSqlQuery query(db());
        query.prepare(QStringLiteral("SELECT q.text, q.category, s.title, q.tags, q.tip, q.why, q.own, q.pack_id, "
                                     "q.slug, q.created_at FROM questions q LEFT JOIN stages s ON s.id = q.stage_id "
                                     "WHERE q.id = ?"));
        query.addBindValue(ids[0]);
        QVERIFY(query.exec() && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("Linked?"));
        QCOMPARE(query.value(1).toString(), QStringLiteral("behavioural"));
        QCOMPARE(query.value(2).toString(), QStringLiteral("Onsite"));
        QCOMPARE(query.value(3).toString(), QStringLiteral("star hard"));
        QCOMPARE(query.value(4).toString(), QStringLiteral("A tip."));
        QCOMPARE(query.value(5).toString(), QStringLiteral("A reason."));
        QCOMPARE(query.value(6).toInt(), 1);
        QVERIFY(query.value(7).isNull());
        QVERIFY(query.value(8).isNull());
        QVERIFY(QDateTime::fromString(query.value(9).toString(), Qt::ISODateWithMs).isValid());
        const QString linked = QStringLiteral("question_id = %1");
        QCOMPARE(count(QStringLiteral("question_qualities"), linked.arg(ids[0])), 2);
        QCOMPARE(count(QStringLiteral("question_qualities"), linked.arg(ids[1])), 1);
        QVERIFY(value(db(), QStringLiteral("SELECT stage_id FROM questions WHERE id = %1").arg(ids[1])).isNull());
        QCOMPARE(value(db(),
                       QStringLiteral("SELECT s.slug FROM questions q JOIN stages s ON s.id = q.stage_id "
                                      "WHERE q.id = %1")
                           .arg(ids[2]))
                     .toString(),
                 QStringLiteral("screen"));
        // The search index follows (its trigger, not this class).
        QCOMPARE(value(db(), QStringLiteral("SELECT rowid FROM questions_search WHERE questions_search MATCH 'hard'"))
                     .toLongLong(),
                 ids[0]);
    }

    // One transaction: a cancel from progress, or an SQL error on the last row, leaves
    // the database as it was.
    void cancelWritesNothing()
    {
        const QuestionTransfer::Preview preview
            = QuestionTransfer::readData(csvWithRows(2500), QuestionTransfer::Format::Csv);
        QCOMPARE(preview.toAdd.size(), 2500);
        const int before = count(QStringLiteral("questions"));
        const int links = count(QStringLiteral("question_qualities"));
        QList<int> calls;
        QuestionTransfer writer = transfer();
        const QuestionTransfer::Result result = writer.import(preview, [&](int done, int total) {
            calls << done;
            return !(done >= 2000 && total == 2500);
        });
        QVERIFY(result.cancelled);
        QCOMPARE(result.added, 0);
        QCOMPARE(calls, (QList<int>{1000, 2000}));
        QCOMPARE(count(QStringLiteral("questions")), before);
        QCOMPARE(count(QStringLiteral("question_qualities")), links);
        QCOMPARE(count(QStringLiteral("questions_search")), before);

        calls.clear();
        const QuestionTransfer::Result finished = writer.import(preview, [&](int done, int) {
            calls << done;
            return true;
        });
        QVERIFY(finished.ok());
        QCOMPARE(finished.added, 2500);
        QCOMPARE(calls, (QList<int>{1000, 2000, 2500}));
        QCOMPARE(count(QStringLiteral("questions")), before + 2500);
    }

    void anSqlErrorWritesNothing()
    {
        QSqlQuery query(db());
        QVERIFY(query.exec(QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON main.questions "
                                          "WHEN new.text = 'Last?' BEGIN SELECT RAISE(ABORT, 'refused'); END")));
        const QuestionTransfer::Preview preview
            = QuestionTransfer::readData("text\nFirst?\nSecond?\nLast?\n", QuestionTransfer::Format::Csv);
        const int before = count(QStringLiteral("questions"));
        const QuestionTransfer::Result result = transfer().import(preview);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QStringLiteral("refused")), qPrintable(result.error));
        QVERIFY(result.error.contains(QStringLiteral("Nothing was changed")));
        QCOMPARE(result.added, 0);
        QCOMPARE(count(QStringLiteral("questions")), before);
        QVERIFY(query.exec(QStringLiteral("DROP TRIGGER temp.refuse")));
    }

    void importsOnAWorkerThread()
    {
        const QuestionTransfer::Preview preview
            = QuestionTransfer::readData(csvWithRows(10), QuestionTransfer::Format::Csv);
        core::Database &database = m_profile->database();
        QFuture<QuestionTransfer::Result> future = QtConcurrent::run([&database, preview] {
            QString name;
            QuestionTransfer::Result result;
            {
                const QSqlDatabase connection = database.connection();
                name = connection.connectionName();
                result = QuestionTransfer(connection).import(preview);
            }
            // The pool thread outlives the task; its connection must not outlive it.
            QSqlDatabase::removeDatabase(name);
            return result;
        });
        const QuestionTransfer::Result result = future.result();
        QVERIFY(result.ok());
        QCOMPARE(result.added, 10);
        QCOMPARE(count(QStringLiteral("questions"), QStringLiteral("own = 1")), 10);
    }

    // Export, then import into a fresh profile: every field of the own questions back.
    void roundTripIsLossless_data()
    {
        QTest::addColumn<bool>("json");
        QTest::newRow("CSV") << false;
        QTest::newRow("JSON") << true;
    }

    void roundTripIsLossless()
    {
        QFETCH(bool, json);
        const auto s = [](const char *text) { return QString::fromUtf8(text); };
        const QList<QuestionTransfer::Record> records = {
            {0,
             s("He said \"ship it\", then what?"),
             s("behavioural"),
             s("Onsite"),
             {s("Ownership"), s("Curiosity")},
             {s("ship"), s("conflict")},
             s("Line one\nLine two, with a comma"),
             s("Because \"quotes\"; and more")},
            {0,
             s("Qu'avez-vous appris — et pourquoi ? 日本語も"),
             s("Leadership"),
             QString(),
             {},
             {s("é"), s("naïve")},
             QString(),
             QString()},
            {0, s("=1+1, a formula?"), s("system-design"), s("Screen"), {s("Curiosity")}, {}, QString(), s("x")},
            {0,
             s("Two lines?\nSecond line; with semicolon."),
             s("coding"),
             QString(),
             {},
             {s("system-design")},
             s("\"quoted\""),
             s("trailing, comma,")},
        };
        QuestionTransfer::Preview source; // written as is, without a file
        source.toAdd = records;
        QVERIFY(transfer().import(source).ok());
        const QList<qint64> ids = ownIds(db());
        QCOMPARE(ids.size(), records.size());

        QTemporaryDir dir;
        const QString path = dir.filePath(json ? QStringLiteral("out.json") : QStringLiteral("out.csv"));
        QString error;
        const bool written = json ? transfer().exportJson(ids, path, &error) : transfer().exportCsv(ids, path, &error);
        QVERIFY2(written, qPrintable(error));

        test::TempProfile fresh;
        QVERIFY(fresh.isValid());
        QuestionTransfer into(fresh.connection());
        const QuestionTransfer::Preview preview = into.preview(path);
        QVERIFY2(preview.ok(), qPrintable(preview.error));
        QVERIFY(preview.warnings.isEmpty());
        QCOMPARE(preview.rows, records.size());
        const QuestionTransfer::Result result = into.import(preview);
        QVERIFY(result.ok());
        QCOMPARE(result.added, records.size());
        QVERIFY(result.issues.isEmpty());
        compareRecords(into.load(ownIds(fresh.connection())), records);
        compareRecords(into.load(ownIds(fresh.connection())), transfer().load(ids));
    }

    void aPackQuestionExportsItsTagsAndTheUsers()
    {
        const qint64 about = m_profile->questionId(QStringLiteral("q-about"));
        const qint64 owned = m_profile->questionId(QStringLiteral("q-owned"));
        QSqlQuery query(db());
        query.prepare(
            QStringLiteral("INSERT INTO question_user_tags (question_id, tags) VALUES (?, 'star favourite')"));
        query.addBindValue(about);
        QVERIFY(query.exec());

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pack.csv"));
        QString error;
        QVERIFY2(transfer().exportCsv({owned, about}, path, &error), qPrintable(error));
        const QuestionTransfer::Preview read = QuestionTransfer::read(path);
        QVERIFY(read.ok());
        QCOMPARE(read.toAdd.size(), 2); // in the order asked for
        const QuestionTransfer::Record &first = read.toAdd[0];
        QCOMPARE(first.text, QStringLiteral("When did you own a problem end to end?"));
        QCOMPARE(first.qualities, QStringList{QStringLiteral("Ownership")});
        QCOMPARE(first.stage, QStringLiteral("Onsite"));
        const QuestionTransfer::Record &second = read.toAdd[1];
        QCOMPARE(second.category, QStringLiteral("intro"));
        QCOMPARE(second.stage, QStringLiteral("Screen"));
        QCOMPARE(second.tags,
                 (QStringList{QStringLiteral("intro"), QStringLiteral("star"), QStringLiteral("favourite")}));
        QCOMPARE(second.tip, QStringLiteral("Two minutes."));
        QCOMPARE(second.why, QStringLiteral("Warm-up."));

        const QByteArray csv = TestData::read(path);
        QVERIFY(csv.startsWith("text,category,stage,qualities,tags,tip,why\n"));
        QVERIFY(!csv.contains('\r'));
    }

    void exportWritesAllOrNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing-folder/out.json"));
        QString error;
        QVERIFY(!transfer().exportJson({m_profile->questionId(QStringLiteral("q-about"))}, path, &error));
        QVERIFY2(error.contains(QStringLiteral("Nothing was exported")), qPrintable(error));
        QVERIFY(!QFile::exists(path));

        // An existing file is replaced only when the new one is complete.
        const QString existing = dir.filePath(QStringLiteral("out.json"));
        QVERIFY(transfer().exportJson({}, existing, &error));
        const QuestionTransfer::Preview empty = QuestionTransfer::read(existing);
        QVERIFY(empty.ok());
        QCOMPARE(empty.rows, 0);
        QVERIFY(transfer().exportJson({m_profile->questionId(QStringLiteral("q-about")), 999999}, existing, &error));
        QCOMPARE(textsOf(QuestionTransfer::read(existing).toAdd),
                 QStringList{QStringLiteral("Tell me about yourself.")});
    }

    void readsOnlyWhatItKnows_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<bool>("questions");
        QTest::addColumn<QString>("error");
        QTest::newRow("csv") << QStringLiteral("q.CSV") << QByteArray("text\nA?\n") << true << QString();
        QTest::newRow("question json") << QStringLiteral(
            "q.json") << QByteArray(R"({"format": "rehearse-questions", "version": 1, "questions": []})")
                                       << true << QString();
        QTest::newRow("list json") << QStringLiteral("q.json") << QByteArray(R"([{"text": "A?"}])") << true
                                   << QString();
        QTest::newRow("broken question json")
            << QStringLiteral("q.json") << QByteArray(R"({"format": "rehearse-questions", "version": 1,)") << true
            << QStringLiteral("not valid JSON");
        QTest::newRow("pack") << QStringLiteral("p.json")
                              << TestData::read(TestData::dataPath(QStringLiteral("mini-pack.json"))) << false
                              << QStringLiteral("interview pack");
        QTest::newRow("broken json") << QStringLiteral("p.json") << QByteArray("{\"format\": 1,") << false
                                     << QStringLiteral("not valid JSON");
        QTest::newRow("text file") << QStringLiteral("q.txt") << QByteArray("text\nA?\n") << false
                                   << QStringLiteral("unknown kind of file");
    }

    void readsOnlyWhatItKnows()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, data);
        QFETCH(bool, questions);
        QFETCH(QString, error);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(data) == data.size());
        file.close();
        QCOMPARE(QuestionTransfer::isQuestionFile(path), questions);
        const QuestionTransfer::Preview preview = QuestionTransfer::read(path);
        if (error.isEmpty())
            QVERIFY2(preview.error.isEmpty(), qPrintable(preview.error));
        else
            QVERIFY2(preview.error.contains(error), qPrintable(preview.error));
        QVERIFY(QuestionTransfer::read(dir.filePath(QStringLiteral("gone.csv")))
                    .error.contains(QStringLiteral("not found")));
    }
};

QTEST_GUILESS_MAIN(TestQuestionTransfer)
#include "tst_questiontransfer.moc"
