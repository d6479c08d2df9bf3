#include "core/AttemptExport.h"
#include "core/AttemptHistoryModel.h"
#include "core/AttemptRepository.h"
#include "core/ReviewRepository.h"
#include "core/RubricModel.h"
#include "core/Schedule.h"
#include "support/TempProfile.h"
#include "support/TestData.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rehearse;
using rehearse::core::AttemptFilterModel;
using rehearse::core::AttemptHistoryModel;
using rehearse::core::ScheduleEntry;
using rehearse::test::TestData;

class TestReview : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TempProfile> m_profile;
    const QDateTime m_t0 = QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);

    QSqlDatabase db() const { return m_profile->connection(); }
    qint64 idOf(const QString &slug) const { return m_profile->questionId(slug); }
    core::AttemptRepository attempts() const { return core::AttemptRepository(db(), m_profile->path()); }

    // A finished attempt with a small file in recordings/ when withFile.
    qint64 attempt(const QString &slug, const QDateTime &when, bool withFile = false, qint64 durationMs = 30'000)
    {
        core::Attempt a;
        a.questionId = idOf(slug);
        a.startedAt = when;
        a.limitMs = 120'000;
        if (withFile) {
            a.file = QStringLiteral("recordings/%1.webm").arg(when.toMSecsSinceEpoch());
            QFile file(QDir(m_profile->path()).filePath(a.file));
            if (!file.open(QIODevice::WriteOnly) || file.write("webm bytes") != 10)
                qFatal("cannot write the test recording");
        }
        const qint64 id = attempts().begin(a);
        attempts().finish(id, durationMs, core::Attempt::State::Complete);
        return id;
    }

    qint64 criterionId(const QString &slug) const
    {
        for (const core::Criterion &c : core::ReviewRepository(db()).criteria())
            if (c.slug == slug)
                return c.id;
        return 0;
    }

private slots:
    void init()
    {
        m_profile = std::make_unique<test::TempProfile>();
        QVERIFY(m_profile->isValid());
    }

    void cleanup() { m_profile.reset(); }

    // The spaced-repetition rule as a table: scores given in a row, one day apart, and the
    // interval, streak and due time that follow from the last one.
    void scheduleRule_data()
    {
        QTest::addColumn<QList<int>>("scores");
        QTest::addColumn<double>("interval");
        QTest::addColumn<int>("streak");

        QTest::newRow("weak 1") << QList<int>{1} << 1.0 << 0;
        QTest::newRow("weak 2") << QList<int>{2} << 1.0 << 0;
        QTest::newRow("fair") << QList<int>{3} << 3.0 << 0;
        QTest::newRow("first strong 4") << QList<int>{4} << 4.0 << 1;
        QTest::newRow("first strong 5") << QList<int>{5} << 7.0 << 1;
        QTest::newRow("4 then 4 doubles") << QList<int>{4, 4} << 8.0 << 2;
        QTest::newRow("4 4 4") << QList<int>{4, 4, 4} << 16.0 << 3;
        QTest::newRow("5 then 5 grows 2.5x") << QList<int>{5, 5} << 17.5 << 2;
        QTest::newRow("4 then 5") << QList<int>{4, 5} << 10.0 << 2;
        QTest::newRow("capped at 60 days") << QList<int>{5, 5, 5, 5} << 60.0 << 4;
        QTest::newRow("weak resets the streak") << QList<int>{5, 5, 2} << 1.0 << 0;
        QTest::newRow("fair resets the streak") << QList<int>{4, 4, 3} << 3.0 << 0;
        QTest::newRow("strong after a reset starts again") << QList<int>{5, 5, 1, 4} << 4.0 << 1;
        QTest::newRow("out of range leaves it") << QList<int>{4, 0, 9} << 4.0 << 1;
    }

    void scheduleRule()
    {
        QFETCH(QList<int>, scores);
        QFETCH(double, interval);
        QFETCH(int, streak);

        ScheduleEntry entry;
        QDateTime last;
        for (int i = 0; i < scores.size(); ++i) {
            const QDateTime at = m_t0.addDays(i);
            const ScheduleEntry next = entry.next(scores.at(i), at);
            if (scores.at(i) >= 1 && scores.at(i) <= 5)
                last = at;
            entry = next;
        }
        QCOMPARE(entry.intervalDays, interval);
        QCOMPARE(entry.streak, streak);
        QCOMPARE(entry.dueAt, last.addMSecs(qint64(interval * 24 * 3600 * 1000)));
        QVERIFY(entry.isDueBy(entry.dueAt));
        QVERIFY(!entry.isDueBy(entry.dueAt.addSecs(-1)));
    }

    void scoresNotesAndBookmarksPersist()
    {
        const qint64 id = attempt(QStringLiteral("q-owned"), m_t0);
        const qint64 structure = criterionId(QStringLiteral("structure"));
        const qint64 ownership = criterionId(QStringLiteral("ownership"));
        QVERIFY(structure > 0 && ownership > 0);
        {
            core::ReviewRepository review(db());
            QVERIFY(review.setScore(id, structure, 2));
            QVERIFY(review.setScore(id, structure, 4)); // rescoring replaces
            QVERIFY(review.setScore(id, ownership, 5));
            QVERIFY(review.setNotes(id, QStringLiteral("Said \"we\" six times.\nSlow start.")));
            QVERIFY(review.setOverall(id, 4));
            const qint64 late = review.addBookmark(id, 41'500, QStringLiteral("the number lands"));
            const qint64 early = review.addBookmark(id, 3'000, QStringLiteral("rambling intro"));
            QVERIFY(late > 0 && early > 0);
            QVERIFY(review.setBookmarkText(early, QStringLiteral("intro too long")));
        }
        m_profile->reopen();

        core::ReviewRepository review(db());
        const QHash<qint64, int> scores = review.scores(id);
        QCOMPARE(scores.size(), 2);
        QCOMPARE(scores.value(structure), 4);
        QCOMPARE(scores.value(ownership), 5);
        const auto stored = attempts().get(id);
        QVERIFY(stored);
        QCOMPARE(stored->notes, QStringLiteral("Said \"we\" six times.\nSlow start."));
        QCOMPARE(stored->overallScore, std::optional<int>(4));
        const QList<core::Bookmark> bookmarks = review.bookmarks(id);
        QCOMPARE(bookmarks.size(), 2);
        QCOMPARE(bookmarks.at(0).positionMs, 3'000);
        QCOMPARE(bookmarks.at(0).text, QStringLiteral("intro too long"));
        QCOMPARE(bookmarks.at(1).positionMs, 41'500);

        QVERIFY(review.setScore(id, structure, 0)); // clearing
        QVERIFY(review.removeBookmark(bookmarks.at(0).id));
        QCOMPARE(review.scores(id).size(), 1);
        QCOMPARE(review.bookmarks(id).size(), 1);
        QVERIFY(review.setOverall(id, 0));
        QVERIFY(!attempts().get(id)->overallScore);
    }

    void scoresOutsideTheRangeAreRefusedByTheDatabase()
    {
        const qint64 id = attempt(QStringLiteral("q-owned"), m_t0);
        QSqlQuery query(db());
        QVERIFY(!query.exec(QStringLiteral("UPDATE attempts SET overall_score = 6 WHERE id = %1").arg(id)));
        core::ReviewRepository review(db());
        QVERIFY(!review.setOverall(id + 1000, 3));
        QVERIFY(!review.lastError().isEmpty());
    }

    void overallScoresScheduleTheQuestion()
    {
        const qint64 question = idOf(QStringLiteral("q-owned"));
        const qint64 first = attempt(QStringLiteral("q-owned"), m_t0);
        const qint64 second = attempt(QStringLiteral("q-owned"), m_t0.addDays(4));
        core::ReviewRepository review(db());
        QVERIFY(!review.schedule(question).isScheduled());

        // Scored out of order: the rule still runs in recording order.
        QVERIFY(review.setOverall(second, 4));
        QVERIFY(review.setOverall(first, 4));
        ScheduleEntry entry = review.schedule(question);
        QCOMPARE(entry.streak, 2);
        QCOMPARE(entry.intervalDays, 8.0);
        QCOMPARE(entry.dueAt, m_t0.addDays(12));

        // Rescoring the latest one replaces its effect instead of adding to it.
        QVERIFY(review.setOverall(second, 2));
        entry = review.schedule(question);
        QCOMPARE(entry.streak, 0);
        QCOMPARE(entry.dueAt, m_t0.addDays(5));

        QCOMPARE(review.dueBy(m_t0.addDays(4)).size(), 0);
        const QList<core::DueQuestion> due = review.dueBy(m_t0.addDays(5));
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.at(0).questionId, question);
        QCOMPARE(due.at(0).text, QStringLiteral("When did you own a problem end to end?"));
        QCOMPARE(due.at(0).lastScore, 2);

        // Deleting the attempt that set the schedule hands it back to the earlier one.
        QString error;
        QVERIFY2(attempts().remove(second, &error), qPrintable(error));
        entry = review.schedule(question);
        QCOMPARE(entry.streak, 1);
        QCOMPARE(entry.dueAt, m_t0.addDays(4));
        QVERIFY(attempts().remove(first, &error));
        QVERIFY(!review.schedule(question).isScheduled());
        QCOMPARE(TestData::count(db(), QStringLiteral("schedule")), 0);
    }

    void deletingRemovesTheFileAndEveryRow()
    {
        const qint64 id = attempt(QStringLiteral("q-owned"), m_t0, true);
        const QString path = attempts().absolutePath(*attempts().get(id));
        core::ReviewRepository review(db());
        QVERIFY(review.setScore(id, criterionId(QStringLiteral("structure")), 3));
        QVERIFY(review.addBookmark(id, 1000, QStringLiteral("x")) > 0);
        QVERIFY(review.setOverall(id, 3));
        QVERIFY(QFile::exists(path));

        QString error;
        QVERIFY2(attempts().remove(id, &error), qPrintable(error));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(TestData::count(db(), QStringLiteral("attempts")), 0);
        QCOMPARE(TestData::count(db(), QStringLiteral("attempt_scores")), 0);
        QCOMPARE(TestData::count(db(), QStringLiteral("bookmarks")), 0);
        QCOMPARE(TestData::count(db(), QStringLiteral("schedule")), 0);
    }

    void aFileThatCannotBeDeletedKeepsEverything()
    {
        const qint64 id = attempt(QStringLiteral("q-owned"), m_t0, true);
        const QString path = attempts().absolutePath(*attempts().get(id));
        core::ReviewRepository review(db());
        QVERIFY(review.setOverall(id, 5));
        QVERIFY(review.addBookmark(id, 1000, QStringLiteral("keep me")) > 0);
        // Something in the way that even root cannot unlink: the recording's name now
        // belongs to a folder with a file in it.
        QVERIFY(QFile::remove(path));
        QVERIFY(QDir().mkpath(path));
        QFile blocker(path + QStringLiteral("/inside"));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();

        QString error;
        QVERIFY(!attempts().remove(id, &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("were kept")), qPrintable(error));
        QVERIFY(QFileInfo::exists(path));
        QCOMPARE(TestData::count(db(), QStringLiteral("attempts")), 1);
        QCOMPARE(TestData::count(db(), QStringLiteral("bookmarks")), 1);
        QCOMPARE(review.schedule(idOf(QStringLiteral("q-owned"))).lastScore, 5);
        // The database is usable afterwards: no transaction was left open.
        QVERIFY(review.setNotes(id, QStringLiteral("still here")));
        QVERIFY(db().transaction());
        QVERIFY(db().commit());
    }

    void exportWritesTheRecordingAndASummary()
    {
        const qint64 id = attempt(QStringLiteral("q-owned"), m_t0, true, 75'000);
        core::ReviewRepository review(db());
        QVERIFY(review.setScore(id, criterionId(QStringLiteral("ownership")), 2));
        QVERIFY(review.setOverall(id, 3));
        QVERIFY(review.setNotes(id, QStringLiteral("Too much \"we\".")));
        QVERIFY(review.addBookmark(id, 65'000, QStringLiteral("result | finally")) > 0);

        QTemporaryDir out;
        const core::AttemptExport exporter(db(), m_profile->path());
        const core::AttemptExport::Result result = exporter.exportTo(id, out.path());
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(TestData::read(result.recording), QByteArray("webm bytes"));
        QVERIFY(result.recording.endsWith(QStringLiteral(".webm")));
        const QString md = QString::fromUtf8(TestData::read(result.summary));
        QVERIFY2(md.startsWith(QStringLiteral("# When did you own a problem end to end?\n")), qPrintable(md));
        QVERIFY(md.contains(QStringLiteral("- Length: 1:15 of 2:00")));
        QVERIFY(md.contains(QStringLiteral("- Qualities: Ownership")));
        QVERIFY(md.contains(QStringLiteral("- Overall score: 3/5")));
        QVERIFY(md.contains(QStringLiteral("| Ownership | 2/5 |")));
        QVERIFY(md.contains(QStringLiteral("| STAR structure | – |")));
        QVERIFY(md.contains(QStringLiteral("Too much \"we\".")));
        QVERIFY(md.contains(QStringLiteral("- 1:05 result | finally")));

        // A second export does not overwrite the first.
        const core::AttemptExport::Result again = exporter.exportTo(id, out.path());
        QVERIFY(again.ok());
        QVERIFY(again.summary != result.summary);
        QCOMPARE(QDir(out.path()).entryList(QDir::Files).size(), 4);
    }

    void exportToAFolderItCannotWriteLeavesNothing()
    {
        const qint64 id = attempt(QStringLiteral("q-owned"), m_t0, true);
        const core::AttemptExport exporter(db(), m_profile->path());
        const auto missing = exporter.exportTo(id, m_profile->path() + QStringLiteral("/nowhere"));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error.contains(QStringLiteral("does not exist")));

        // A folder that cannot take the copy (even for root: its temporary name is taken
        // by a folder), so nothing of the export may be left behind.
        QTemporaryDir out;
        const QString stem = QStringLiteral("rehearse-%1-attempt-%2")
                                 .arg(m_t0.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmm")))
                                 .arg(id);
        QVERIFY(QDir(out.path()).mkpath(stem + QStringLiteral(".webm.part/x")));
        const auto result = exporter.exportTo(id, out.path());
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(QStringLiteral("Nothing was exported")), qPrintable(result.error));
        QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden).size(), 0);
    }

    void historyListsFiltersAndSorts()
    {
        const qint64 a = attempt(QStringLiteral("q-owned"), m_t0, false, 90'000);
        const qint64 b = attempt(QStringLiteral("q-learn"), m_t0.addDays(3), false, 45'000);
        const qint64 c = attempt(QStringLiteral("q-about"), m_t0.addDays(8), false, 60'000);
        core::Attempt failed;
        failed.questionId = idOf(QStringLiteral("q-about"));
        failed.startedAt = m_t0.addDays(9);
        const qint64 d = attempts().begin(failed);
        attempts().finish(d, 0, core::Attempt::State::Failed, QStringLiteral("no frames"));
        core::Attempt interrupted = failed;
        interrupted.startedAt = m_t0.addDays(10);
        attempts().begin(interrupted); // still "recording": not listed
        core::ReviewRepository review(db());
        QVERIFY(review.setOverall(a, 2));
        QVERIFY(review.setOverall(b, 5));
        QVERIFY(review.setScore(b, criterionId(QStringLiteral("structure")), 4));
        QVERIFY(review.setScore(b, criterionId(QStringLiteral("delivery")), 5));

        AttemptHistoryModel model(db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.row(0).attemptId, d); // newest first
        QCOMPARE(model.row(3).attemptId, a);
        QCOMPARE(model.index(0, AttemptHistoryModel::Mode).data().toString(), QStringLiteral("Video, failed"));
        const int rowB = model.rowOf(b);
        QCOMPARE(model.index(rowB, AttemptHistoryModel::Question).data().toString(),
                 QStringLiteral("What did you learn last month?"));
        QCOMPARE(model.index(rowB, AttemptHistoryModel::Length).data().toString(), QStringLiteral("0:45"));
        QCOMPARE(model.index(rowB, AttemptHistoryModel::Overall).data().toString(), QStringLiteral("5"));
        QCOMPARE(model.index(rowB, AttemptHistoryModel::Rubric).data(AttemptHistoryModel::SortRole).toDouble(), 4.5);
        QCOMPARE(model.index(rowB, 0).data(AttemptHistoryModel::QualitiesRole).toStringList(),
                 QStringList{QStringLiteral("Curiosity")});
        QCOMPARE(model.categories(),
                 (QStringList{QStringLiteral("behavioural"), QStringLiteral("intro"), QStringLiteral("motivation")}));
        QCOMPARE(model.qualities(), (QStringList{QStringLiteral("Curiosity"), QStringLiteral("Ownership")}));

        AttemptFilterModel filter;
        QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        const auto ids = [&filter] {
            QList<qint64> list;
            for (int row = 0; row < filter.rowCount(); ++row)
                list << filter.index(row, 0).data(AttemptHistoryModel::AttemptIdRole).toLongLong();
            return list;
        };
        filter.setText(QStringLiteral("  PROBLEM   own "));
        QCOMPARE(ids(), QList<qint64>{a});
        filter.setText({});
        filter.setCategory(QStringLiteral("intro"));
        QCOMPARE(ids(), (QList<qint64>{d, c}));
        filter.setCategory({});
        filter.setQuality(QStringLiteral("Curiosity"));
        QCOMPARE(ids(), QList<qint64>{b});
        filter.setQuality({});
        filter.setDateRange(m_t0.toLocalTime().date().addDays(3), m_t0.toLocalTime().date().addDays(8));
        QCOMPARE(ids(), (QList<qint64>{c, b}));
        filter.setDateRange({}, {});
        filter.setScore(AttemptFilterModel::Score::Weak);
        QCOMPARE(ids(), QList<qint64>{a});
        filter.setScore(AttemptFilterModel::Score::Strong);
        QCOMPARE(ids(), QList<qint64>{b});
        filter.setScore(AttemptFilterModel::Score::Unscored);
        QCOMPARE(ids(), (QList<qint64>{d, c}));
        filter.setScore(AttemptFilterModel::Score::Any);
        filter.setQuestionId(idOf(QStringLiteral("q-about")));
        QCOMPARE(ids(), (QList<qint64>{d, c}));
        filter.setQuestionId(0);

        filter.sort(AttemptHistoryModel::Length, Qt::AscendingOrder);
        QCOMPARE(ids(), (QList<qint64>{d, b, c, a}));
        filter.sort(AttemptHistoryModel::Overall, Qt::DescendingOrder);
        QCOMPARE(ids().first(), b);
        filter.sort(AttemptHistoryModel::Date, Qt::AscendingOrder);
        QCOMPARE(ids(), (QList<qint64>{a, b, c, d}));
    }

    void rubricEditsAreSavedAtOnce()
    {
        core::RubricModel model(db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.index(0, core::RubricModel::Name).data().toString(), QStringLiteral("STAR structure"));
        QCOMPARE(model.index(2, core::RubricModel::Level5).data().toString(),
                 QStringLiteral("Specific actions and a number for the result."));

        QVERIFY(model.setData(model.index(1, core::RubricModel::Description), QStringLiteral("  On the question. ")));
        QVERIFY(model.setData(model.index(5, core::RubricModel::Name), Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(!model.setData(model.index(0, core::RubricModel::Name), QString()));
        QVERIFY(model.lastError().contains(QStringLiteral("name")));
        QCOMPARE(model.addCriterion(QStringLiteral("Eye contact")), 6);
        QCOMPARE(model.addCriterion(QStringLiteral("Eye contact")), 7);

        const QList<core::Criterion> active = core::ReviewRepository(db()).criteria();
        QCOMPARE(active.size(), 7); // delivery switched off, two added
        QCOMPARE(active.at(0).name, QStringLiteral("STAR structure"));
        QCOMPARE(active.at(1).description, QStringLiteral("On the question."));
        QCOMPARE(active.at(5).slug, QStringLiteral("eye-contact"));
        QCOMPARE(active.at(6).slug, QStringLiteral("eye-contact-2"));
        const QList<core::Criterion> all = core::ReviewRepository(db()).criteria(true);
        QCOMPARE(all.size(), 8);
        QCOMPARE(all.at(5).slug, QStringLiteral("delivery"));
        QVERIFY(!all.at(5).active);
    }
};

QTEST_GUILESS_MAIN(TestReview)
#include "tst_review.moc"
