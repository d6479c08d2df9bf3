#include "core/AttemptRepository.h"
#include "core/QuestionBank.h"
#include "core/QuestionBankModel.h"
#include "core/ReviewRepository.h"
#include "support/TempProfile.h"
#include "support/TestData.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace rehearse;
using rehearse::core::BankFilter;
using rehearse::core::QuestionBank;
using rehearse::test::TestData;

// The question bank on the mini pack (three questions) plus own questions written here.
class TestQuestionBank : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TempProfile> m_profile;
    const QDateTime m_now = QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);

    QSqlDatabase db() const { return m_profile->connection(); }
    qint64 idOf(const QString &slug) const { return m_profile->questionId(slug); }

    qint64 own(const QString &text, const QString &category = QStringLiteral("own"), const QString &tags = {})
    {
        core::QuestionDraft draft;
        draft.text = text;
        draft.category = category;
        draft.tags = tags;
        return QuestionBank(db()).add(draft);
    }

    QStringList texts(const BankFilter &filter, int column = -1, Qt::SortOrder order = Qt::AscendingOrder) const
    {
        QStringList list;
        for (const core::BankRow &row : QuestionBank(db()).rows(filter, m_now, column, order, 0, 1000))
            list << row.text;
        return list;
    }

    static BankFilter search(const QString &words)
    {
        BankFilter filter;
        filter.search = words;
        return filter;
    }

private slots:
    void init()
    {
        m_profile = std::make_unique<test::TempProfile>();
        QVERIFY(m_profile->isValid());
        QVERIFY(own(QStringLiteral("Describe a time you disagreed with your manager.")));
        QVERIFY(own(QStringLiteral("Warum möchten Sie bei uns arbeiten?"), QStringLiteral("motivation")));
        QVERIFY(own(QStringLiteral("What's your \"north star\" metric, and why?"), QStringLiteral("product"),
                    QStringLiteral("metrics faang")));
        QVERIFY(
            own(QStringLiteral("Explain the difference between TCP and UDP (layer 4)."), QStringLiteral("technical")));
    }

    void cleanup() { m_profile.reset(); }

    void matchExpressionQuotesEveryWord_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("expression");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("spaces") << QStringLiteral("   ") << QString();
        QTest::newRow("one word") << QStringLiteral("tell") << QStringLiteral("\"tell\"*");
        QTest::newRow("two words") << QStringLiteral(" Tell  me") << QStringLiteral("\"Tell\"* \"me\"*");
        QTest::newRow("injection") << QStringLiteral("'); DROP TABLE questions; --")
                                   << QStringLiteral("\"DROP\"* \"TABLE\"* \"questions\"*");
        QTest::newRow("fts syntax") << QStringLiteral("a OR b NEAR(c) \"d\" e* ^f -g:h")
                                    << QStringLiteral("\"a\"* \"OR\"* \"b\"* \"NEAR\"* \"c\"* \"d\"* \"e\"* \"f\"* "
                                                      "\"g\"* \"h\"*");
        QTest::newRow("non-ASCII") << QStringLiteral("möchten") << QStringLiteral("\"möchten\"*");
    }

    void matchExpressionQuotesEveryWord()
    {
        QFETCH(QString, typed);
        QFETCH(QString, expression);
        QCOMPARE(QuestionBank::matchExpression(typed), expression);
    }

    void search_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("expected");
        const QString tell = QStringLiteral("Tell me about yourself.");
        const QString manager = QStringLiteral("Describe a time you disagreed with your manager.");
        const QString german = QStringLiteral("Warum möchten Sie bei uns arbeiten?");
        const QString star = QStringLiteral("What's your \"north star\" metric, and why?");
        const QString tcp = QStringLiteral("Explain the difference between TCP and UDP (layer 4).");
        QTest::newRow("a whole word") << QStringLiteral("yourself") << QStringList{tell};
        QTest::newRow("a prefix") << QStringLiteral("yours") << QStringList{tell};
        QTest::newRow("case") << QStringLiteral("TELL") << QStringList{tell};
        QTest::newRow("every word must match") << QStringLiteral("tell manager") << QStringList{};
        QTest::newRow("words in any order") << QStringLiteral("manager describe") << QStringList{manager};
        QTest::newRow("prefixes of two words") << QStringLiteral("dis man") << QStringList{manager};
        QTest::newRow("punctuation ignored") << QStringLiteral("tcp, udp!") << QStringList{tcp};
        QTest::newRow("brackets and digits") << QStringLiteral("(layer 4)") << QStringList{tcp};
        QTest::newRow("quotes") << QStringLiteral("\"north star\"") << QStringList{star};
        QTest::newRow("apostrophe") << QStringLiteral("what's") << QStringList{star};
        QTest::newRow("non-ASCII") << QStringLiteral("möchten") << QStringList{german};
        QTest::newRow("without the accent") << QStringLiteral("mochten") << QStringList{german};
        QTest::newRow("tags") << QStringLiteral("faang") << QStringList{star};
        QTest::newRow("injection") << QStringLiteral("'); DROP TABLE questions; --") << QStringList{};
        QTest::newRow("fts operators are words") << QStringLiteral("tell OR manager") << QStringList{};
        QTest::newRow("nothing") << QStringLiteral("zzzz") << QStringList{};
        QTest::newRow("empty lists all") << QString()
                                         << QStringList{tell,
                                                        QStringLiteral("When did you own a problem end to end?"),
                                                        QStringLiteral("What did you learn last month?"),
                                                        manager,
                                                        german,
                                                        star,
                                                        tcp};
    }

    void search()
    {
        QFETCH(QString, typed);
        QFETCH(QStringList, expected);
        QCOMPARE(texts(search(typed)), expected);
        QCOMPARE(QuestionBank(db()).count(search(typed), m_now), expected.size());
        QCOMPARE(TestData::count(db(), QStringLiteral("questions")), 7); // the injection did nothing
    }

    void filters()
    {
        // Practice state: q-owned practised and due, q-learn practised and not due.
        core::AttemptRepository attempts(db(), m_profile->path());
        for (const QString &slug : {QStringLiteral("q-owned"), QStringLiteral("q-learn")}) {
            core::Attempt attempt;
            attempt.questionId = idOf(slug);
            attempt.startedAt = m_now.addDays(-2);
            const qint64 id = attempts.begin(attempt);
            QVERIFY(attempts.finish(id, 30'000, core::Attempt::State::Complete));
            QVERIFY(core::ReviewRepository(db()).setOverall(id, slug == QLatin1String("q-owned") ? 1 : 5));
        }
        QuestionBank bank(db());
        QVERIFY(bank.setHidden(idOf(QStringLiteral("q-about")), true));

        BankFilter filter;
        QCOMPARE(texts(filter).size(), 6); // the hidden one is left out
        filter.includeHidden = true;
        QCOMPARE(texts(filter).size(), 7);
        filter = {};
        filter.packSlug = QStringLiteral("mini-test");
        QCOMPARE(texts(filter),
                 (QStringList{QStringLiteral("When did you own a problem end to end?"),
                              QStringLiteral("What did you learn last month?")}));
        filter = {};
        filter.ownOnly = true;
        QCOMPARE(texts(filter).size(), 4);
        filter = {};
        filter.category = QStringLiteral("technical");
        QCOMPARE(texts(filter), QStringList{QStringLiteral("Explain the difference between TCP and UDP (layer 4).")});
        filter = {};
        filter.stage = QStringLiteral("Onsite");
        QCOMPARE(texts(filter).size(), 2);
        filter = {};
        filter.quality = QStringLiteral("Curiosity");
        QCOMPARE(texts(filter), QStringList{QStringLiteral("What did you learn last month?")});
        filter = {};
        filter.practice = BankFilter::Practice::Practised;
        QCOMPARE(texts(filter).size(), 2);
        filter.practice = BankFilter::Practice::Never;
        QCOMPARE(texts(filter).size(), 4);
        filter.practice = BankFilter::Practice::Due;
        QCOMPARE(texts(filter), QStringList{QStringLiteral("When did you own a problem end to end?")});
        filter.search = QStringLiteral("learn");
        QCOMPARE(texts(filter), QStringList{});
    }

    void rowsCarryPracticeFigures()
    {
        core::AttemptRepository attempts(db(), m_profile->path());
        core::Attempt attempt;
        attempt.questionId = idOf(QStringLiteral("q-owned"));
        for (int score : {2, 4}) {
            attempt.startedAt = m_now.addDays(score - 10);
            const qint64 id = attempts.begin(attempt);
            QVERIFY(attempts.finish(id, 30'000, core::Attempt::State::Complete));
            QVERIFY(core::ReviewRepository(db()).setOverall(id, score));
        }
        BankFilter filter;
        filter.search = QStringLiteral("problem");
        const QList<core::BankRow> rows = QuestionBank(db()).rows(filter, m_now, -1, Qt::AscendingOrder, 0, 10);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().practised, 2);
        QCOMPARE(rows.first().lastScore, std::optional<int>(4));
        QCOMPARE(rows.first().nextDue, m_now.addDays(-6).addDays(4));
        QCOMPARE(rows.first().stage, QStringLiteral("Onsite"));
        QCOMPARE(rows.first().qualities, QStringList{QStringLiteral("Ownership")});
        QVERIFY(!rows.first().own);
    }

    void sorting_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<QString>("first");
        QTest::newRow("text ascending") << int(QuestionBank::Text) << int(Qt::AscendingOrder)
                                        << QStringLiteral("Describe a time you disagreed with your manager.");
        QTest::newRow("text descending") << int(QuestionBank::Text) << int(Qt::DescendingOrder)
                                         << QStringLiteral("When did you own a problem end to end?");
        QTest::newRow("category") << int(QuestionBank::Category) << int(Qt::AscendingOrder)
                                  << QStringLiteral("When did you own a problem end to end?");
        QTest::newRow("tags descending") << int(QuestionBank::Tags) << int(Qt::DescendingOrder)
                                         << QStringLiteral("What's your \"north star\" metric, and why?");
    }

    void sorting()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(QString, first);
        QCOMPARE(texts({}, column, Qt::SortOrder(order)).first(), first);
    }

    void ownQuestionsAndTags()
    {
        QuestionBank bank(db());
        core::QuestionDraft draft;
        QCOMPARE(bank.add(draft), 0); // no text
        QVERIFY(bank.lastError().contains(QStringLiteral("text")));

        const qint64 pack = idOf(QStringLiteral("q-owned"));
        QVERIFY(!bank.update(pack, *bank.draft(pack)));
        QCOMPARE(bank.remove(pack), QuestionBank::Removal::Failed);
        QVERIFY(bank.setTags(pack, QStringLiteral("  favourite   hard ")));
        QCOMPARE(texts(search(QStringLiteral("favou"))),
                 QStringList{QStringLiteral("When did you own a problem end to end?")});
        QCOMPARE(bank.draft(pack)->tags, QStringLiteral("favourite hard"));

        // A copy of a pack question is an own question with the pack's tags and the user's.
        const qint64 copy = bank.copy(pack);
        QVERIFY(copy > 0);
        QVERIFY(bank.isOwn(copy));
        QCOMPARE(bank.draft(copy)->text, QStringLiteral("When did you own a problem end to end?"));
        QCOMPARE(bank.draft(copy)->qualityIds, bank.draft(pack)->qualityIds);
        QCOMPARE(bank.draft(copy)->tags, QStringLiteral("favourite hard"));
        core::QuestionDraft changed = *bank.draft(copy);
        changed.text = QStringLiteral("When did you own a migration end to end?");
        changed.qualityIds.clear();
        QVERIFY(bank.update(copy, changed));
        QCOMPARE(texts(search(QStringLiteral("migration"))), QStringList{changed.text});
        QVERIFY(bank.draft(copy)->qualityIds.isEmpty());
        const qint64 duplicate = bank.copy(copy);
        QCOMPARE(bank.draft(duplicate)->text, changed.text + QStringLiteral(" (copy)"));

        // Deleting: gone without answers; archived (kept for History) with one.
        QCOMPARE(bank.remove(duplicate), QuestionBank::Removal::Deleted);
        QCOMPARE(TestData::count(db(), QStringLiteral("questions"), QStringLiteral("id = %1").arg(duplicate)), 0);
        QCOMPARE(TestData::count(db(), QStringLiteral("questions_search"), QStringLiteral("rowid = %1").arg(duplicate)),
                 0);
        core::Attempt attempt;
        attempt.questionId = copy;
        attempt.startedAt = m_now;
        QVERIFY(core::AttemptRepository(db(), m_profile->path()).begin(attempt) > 0);
        QCOMPARE(bank.remove(copy), QuestionBank::Removal::Archived);
        QCOMPARE(texts(search(QStringLiteral("migration"))), QStringList{});
        QCOMPARE(TestData::count(db(), QStringLiteral("attempts")), 1);
    }

    void theModelPagesAndCounts()
    {
        // Enough own questions for three pages.
        QuestionBank bank(db());
        QVERIFY(db().transaction());
        for (int i = 0; i < 2 * core::QuestionBankModel::PageSize + 10; ++i) {
            core::QuestionDraft draft;
            draft.text = QStringLiteral("Generated question number %1").arg(i);
            draft.category = QStringLiteral("bulk");
            QSqlQuery query(db());
            query.prepare(QStringLiteral("INSERT INTO questions (text, category, own, created_at, updated_at) "
                                         "VALUES (?, 'bulk', 1, '', '')"));
            query.addBindValue(draft.text);
            QVERIFY(query.exec());
        }
        QVERIFY(db().commit());

        core::QuestionBankModel model(m_profile->database());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counted(&model, &core::QuestionBankModel::totalChanged);
        BankFilter filter;
        filter.search = QStringLiteral("generated");
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), core::QuestionBankModel::PageSize);
        QVERIFY(model.canFetchMore({}));
        QTRY_COMPARE(model.total(), 2 * core::QuestionBankModel::PageSize + 10); // counted on a worker
        model.fetchMore({});
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * core::QuestionBankModel::PageSize + 10);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.index(0, QuestionBank::Text).data().toString(), QStringLiteral("Generated question number 0"));
        QCOMPARE(model.index(0, QuestionBank::Category).data().toString(), QStringLiteral("bulk"));
        QVERIFY(model.index(0, 0).data(core::QuestionBankModel::OwnRole).toBool());

        // A narrow search is counted at once; sorting reads again.
        filter.search = QStringLiteral("number 209");
        model.setFilter(filter);
        QCOMPARE(model.total(), 1);
        QCOMPARE(model.rowCount(), 1);
        filter.search = QStringLiteral("generated");
        model.setFilter(filter);
        model.sort(QuestionBank::Text, Qt::DescendingOrder);
        QCOMPARE(model.index(0, QuestionBank::Text).data().toString(), QStringLiteral("Generated question number 99"));
        model.setCountInBackground(false);
        model.refresh();
        QCOMPARE(model.total(), 2 * core::QuestionBankModel::PageSize + 10);
    }
};

QTEST_GUILESS_MAIN(TestQuestionBank)
#include "tst_questionbank.moc"
