#include "core/Database.h"
#include "core/PackImporter.h"
#include "core/PackRepository.h"
#include "support/TestData.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rehearse;
using rehearse::test::TestData;

class TestPackImporter : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<core::Database> m_db;

    QSqlDatabase db() const { return m_db->connection(); }
    int count(const QString &table, const QString &where = {}) const { return TestData::count(db(), table, where); }
    void exec(const QString &sql)
    {
        QSqlQuery query(db());
        QVERIFY2(query.exec(sql), qPrintable(sql));
    }
    QVariant value(const QString &sql)
    {
        QSqlQuery query(db());
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }

    // The mini pack at version 2: one question reworded, one dropped, one added; a quality
    // and a checklist item dropped.
    static QByteArray version2()
    {
        QJsonObject pack = TestData::miniPack();
        pack.insert(QStringLiteral("version"), 2);
        QJsonArray questions = pack.value(QStringLiteral("questions")).toArray();
        QJsonObject owned = questions[1].toObject();
        owned.insert(QStringLiteral("text"), QStringLiteral("Tell me about a problem you owned from start to end."));
        questions.replace(1, owned);
        questions.removeAt(2); // q-learn
        QJsonObject added = owned;
        added.insert(QStringLiteral("id"), QStringLiteral("q-new"));
        added.insert(QStringLiteral("text"), QStringLiteral("A brand new question?"));
        questions.append(added);
        pack.insert(QStringLiteral("questions"), questions);
        QJsonArray qualities = pack.value(QStringLiteral("qualities")).toArray();
        qualities.removeAt(1); // curiosity
        pack.insert(QStringLiteral("qualities"), qualities);
        QJsonArray checklist = pack.value(QStringLiteral("checklist")).toArray();
        checklist.removeAt(1);
        pack.insert(QStringLiteral("checklist"), checklist);
        return TestData::toJson(pack);
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<core::Database>(m_dir->filePath(QStringLiteral("rehearse.sqlite")));
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void importsAPack()
    {
        core::PackImporter importer(db());
        const auto result = importer.importFile(TestData::dataPath(QStringLiteral("mini-pack.json")));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.summary.newPack);
        QCOMPARE(result.summary.questionsAdded, 3);
        QCOMPARE(count(QStringLiteral("packs")), 1);
        QCOMPARE(count(QStringLiteral("stages")), 2);
        QCOMPARE(count(QStringLiteral("qualities")), 2);
        QCOMPARE(count(QStringLiteral("questions")), 3);
        QCOMPARE(count(QStringLiteral("question_qualities")), 2);
        QCOMPARE(count(QStringLiteral("checklist_items")), 2);
        QCOMPARE(count(QStringLiteral("questions_search"), QStringLiteral("questions_search MATCH 'yourself'")), 1);
        QCOMPARE(value(QStringLiteral("SELECT s.slug FROM questions q JOIN stages s ON s.id = q.stage_id "
                                      "WHERE q.slug = 'q-owned'"))
                     .toString(),
                 QStringLiteral("onsite"));

        const core::Pack loaded = core::PackRepository(db()).load(QStringLiteral("mini-test"));
        QCOMPARE(loaded.company, QStringLiteral("Minicorp"));
        QCOMPARE(loaded.faq.size(), 1);
    }

    void reimportingAddsNoDuplicates()
    {
        core::PackImporter importer(db());
        const QByteArray data = TestData::read(TestData::dataPath(QStringLiteral("mini-pack.json")));
        QVERIFY(importer.importData(data).ok());
        const auto again = importer.importData(data);
        QVERIFY(again.ok());
        QVERIFY(!again.summary.newPack);
        QCOMPARE(again.summary.questionsAdded, 0);
        QCOMPARE(again.summary.questionsUpdated, 3);
        QCOMPARE(count(QStringLiteral("packs")), 1);
        QCOMPARE(count(QStringLiteral("questions")), 3);
        QCOMPARE(count(QStringLiteral("stages")), 2);
        QCOMPARE(count(QStringLiteral("question_qualities")), 2);
        QCOMPARE(count(QStringLiteral("questions_search"), QStringLiteral("questions_search MATCH 'yourself'")), 1);
    }

    void aNewerVersionKeepsUserData()
    {
        core::PackImporter importer(db());
        QVERIFY(importer.importFile(TestData::dataPath(QStringLiteral("mini-pack.json"))).ok());

        // The user's data: an own question, a story tied to a quality and a question,
        // a tick, a hidden pack question, and a scored attempt at a question v2 drops.
        exec(QStringLiteral("INSERT INTO questions (text, category, own, created_at, updated_at) "
                            "VALUES ('Mine?', 'technical', 1, 'now', 'now')"));
        exec(QStringLiteral("INSERT INTO stories (title, created_at, updated_at) VALUES ('Outage', 'now', 'now')"));
        exec(QStringLiteral("INSERT INTO story_qualities SELECT 1, id FROM qualities WHERE slug = 'ownership'"));
        exec(QStringLiteral("INSERT INTO story_questions SELECT 1, id FROM questions WHERE slug = 'q-owned'"));
        exec(QStringLiteral("INSERT INTO story_qualities SELECT 1, id FROM qualities WHERE slug = 'curiosity'"));
        exec(QStringLiteral("UPDATE questions SET hidden = 1 WHERE slug = 'q-about'"));
        QVERIFY(core::PackRepository(db()).setTicked(QStringLiteral("mini-test"), QStringLiteral("read-jd"), true));
        exec(QStringLiteral("INSERT INTO attempts (question_id, started_at, mode, state, overall_score) "
                            "SELECT id, 'now', 'video', 'complete', 4 FROM questions WHERE slug = 'q-learn'"));
        exec(QStringLiteral("INSERT INTO attempt_scores SELECT 1, id, 3 FROM rubric_criteria"));

        const auto result = importer.importData(version2());
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.summary.previousVersion, 1);
        QCOMPARE(result.summary.questionsAdded, 1);
        QCOMPARE(result.summary.questionsArchived, 1);

        QCOMPARE(count(QStringLiteral("questions"), QStringLiteral("own = 1 AND text = 'Mine?'")), 1);
        QCOMPARE(count(QStringLiteral("questions"), QStringLiteral("slug = 'q-learn' AND archived = 1")), 1);
        QCOMPARE(count(QStringLiteral("questions"), QStringLiteral("slug = 'q-about' AND hidden = 1")), 1);
        QCOMPARE(value(QStringLiteral("SELECT text FROM questions WHERE slug = 'q-owned'")).toString(),
                 QStringLiteral("Tell me about a problem you owned from start to end."));
        QCOMPARE(count(QStringLiteral("questions_search"), QStringLiteral("questions_search MATCH 'owned'")), 1);
        QCOMPARE(count(QStringLiteral("story_questions")), 1);
        QCOMPARE(count(QStringLiteral("story_qualities")), 2); // the retired quality stays linked
        QCOMPARE(count(QStringLiteral("qualities"), QStringLiteral("slug = 'curiosity' AND retired = 1")), 1);
        QCOMPARE(count(QStringLiteral("checklist_ticks")), 1);
        QCOMPARE(count(QStringLiteral("checklist_items")), 1);
        QCOMPARE(count(QStringLiteral("attempts"), QStringLiteral("overall_score = 4")), 1);
        QCOMPARE(count(QStringLiteral("attempt_scores")), 6);
        QCOMPARE(value(QStringLiteral("SELECT version FROM packs")).toInt(), 2);

        // Going back to version 1 is refused and changes nothing.
        const auto older = importer.importFile(TestData::dataPath(QStringLiteral("mini-pack.json")));
        QVERIFY(!older.ok());
        QVERIFY2(older.error.contains(QStringLiteral("newer version (2)")), qPrintable(older.error));
        QCOMPARE(value(QStringLiteral("SELECT version FROM packs")).toInt(), 2);
        QCOMPARE(count(QStringLiteral("questions"), QStringLiteral("slug = 'q-learn' AND archived = 1")), 1);
    }

    void aDefectivePackWritesNothing()
    {
        QJsonObject pack = TestData::miniPack();
        QJsonArray questions = pack.value(QStringLiteral("questions")).toArray();
        QJsonObject last = questions.last().toObject();
        last.insert(QStringLiteral("stage"), QStringLiteral("missing-stage"));
        questions.replace(questions.size() - 1, last);
        pack.insert(QStringLiteral("questions"), questions);

        const auto result = core::PackImporter(db()).importData(TestData::toJson(pack));
        QVERIFY(!result.ok());
        QCOMPARE(result.issues.size(), 1);
        QCOMPARE(result.issues.first().path, QStringLiteral("$.questions[2].stage"));
        for (const char *table : {"packs", "stages", "qualities", "questions", "checklist_items"})
            QCOMPARE(count(QString::fromLatin1(table)), 0);
    }

    void aStorageFailureRollsEverythingBack()
    {
        // The third question cannot be written: the import must leave no trace.
        exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON questions WHEN new.slug = 'q-learn' "
                            "BEGIN SELECT RAISE(ABORT, 'disk trouble'); END"));
        const auto result = core::PackImporter(db()).importFile(TestData::dataPath(QStringLiteral("mini-pack.json")));
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QStringLiteral("disk trouble")), qPrintable(result.error));
        QVERIFY(result.error.contains(QStringLiteral("Nothing was changed")));
        for (const char *table : {"packs", "stages", "qualities", "questions", "question_qualities", "checklist_items"})
            QCOMPARE(count(QString::fromLatin1(table)), 0);
    }

    void bundledPacksImportOnceAndRespectRemoval()
    {
        core::PackImporter importer(db());
        const QStringList first = importer.importBundled();
        QCOMPARE(first.size(), 2); // in file name order
        QVERIFY2(first.at(0).contains(QStringLiteral("Amazon")), qPrintable(first.at(0)));
        QVERIFY2(first.at(1).contains(QStringLiteral("Any company")), qPrintable(first.at(1)));
        QCOMPARE(count(QStringLiteral("stages")), 10);
        QVERIFY(importer.importBundled().isEmpty()); // unchanged: nothing to do
        exec(QStringLiteral("UPDATE packs SET removed = 1"));
        QVERIFY(importer.importBundled().isEmpty()); // removed by the user: stays removed
    }
};

QTEST_GUILESS_MAIN(TestPackImporter)
#include "tst_packimporter.moc"
