#include "core/AttemptRepository.h"
#include "support/TempProfile.h"
#include "ui/ProgressPanel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTextDocument>
#include <QValueAxis>

using namespace rehearse;

namespace {

QDate mondayOf(QDate date)
{
    return date.addDays(1 - date.dayOfWeek());
}

// Where the panel puts a week on a date axis: its Monday at noon, local time.
qreal weekX(QDate monday)
{
    return qreal(QDateTime(monday, QTime(12, 0)).toMSecsSinceEpoch());
}

QString weekLabel(QDate monday)
{
    return QLocale().toString(monday, QStringLiteral("d'<br>'MMM"));
}

// The text of an axis label or legend, which are HTML, on one line.
QString plain(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText().simplified();
}

template<typename Axis> Axis *axisOf(QChart *chart, Qt::Orientation orientation)
{
    const auto axes = chart->axes(orientation);
    return axes.size() == 1 ? qobject_cast<Axis *>(axes.first()) : nullptr;
}

QAbstractSeries *seriesNamed(QChart *chart, const QString &name)
{
    const auto series = chart->series();
    for (QAbstractSeries *one : series) {
        if (one->name() == name)
            return one;
    }
    return nullptr;
}

QList<qreal> values(const QBarSet *set)
{
    QList<qreal> list;
    for (int i = 0; i < set->count(); ++i)
        list.append(set->at(i));
    return list;
}

} // namespace

class TestProgressPanel : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TempProfile> m_profile;
    const QDate m_thisWeek = mondayOf(QDate::currentDate());
    const QDate m_lastWeek = m_thisWeek.addDays(-7);

    QSqlDatabase db() const { return m_profile->connection(); }

    void exec(const QString &sql, const QVariantList &binds)
    {
        QSqlQuery query(db());
        query.prepare(sql);
        for (const QVariant &value : binds)
            query.addBindValue(value);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    }

    qint64 attempt(const QString &slug, const QDateTime &startedAt, qint64 durationMs, qint64 limitMs)
    {
        core::AttemptRepository attempts(db(), m_profile->path());
        core::Attempt a;
        a.questionId = m_profile->questionId(slug);
        a.startedAt = startedAt;
        a.limitMs = limitMs;
        const qint64 id = attempts.begin(a);
        attempts.finish(id, durationMs, core::Attempt::State::Complete);
        return id;
    }

    void score(qint64 attemptId, const QString &criterion, int value)
    {
        exec(QStringLiteral("INSERT INTO attempt_scores (attempt_id, criterion_id, score) "
                            "VALUES (?, (SELECT id FROM rubric_criteria WHERE slug = ?), ?)"),
             {attemptId, criterion, value});
    }

    void overall(qint64 attemptId, int value)
    {
        exec(QStringLiteral("UPDATE attempts SET overall_score = ? WHERE id = ?"), {value, attemptId});
    }

    static bool shown(const ui::ProgressPanel &panel, const QString &objectName)
    {
        const auto *widget = panel.findChild<QWidget *>(objectName);
        return widget && widget->isVisibleTo(&panel);
    }

private slots:
    void init()
    {
        m_profile = std::make_unique<test::TempProfile>();
        QVERIFY(m_profile->isValid());
    }

    void cleanup() { m_profile.reset(); }

    void anEmptyProfileSaysHowToGetData()
    {
        ui::ProgressPanel panel(db());
        const auto *title = panel.findChild<QLabel *>(QStringLiteral("panelTitle"));
        QVERIFY(title);
        QCOMPARE(title->text(), QStringLiteral("Progress"));
        const auto *empty = panel.findChild<QLabel *>(QStringLiteral("progressEmpty"));
        QVERIFY(empty);
        QCOMPARE(empty->text(),
                 QStringLiteral("No answers yet. Record one in Practice (Ctrl+4), score it in History "
                                "(Ctrl+5), and your progress appears here."));
        QVERIFY(shown(panel, QStringLiteral("progressEmpty")));
        QVERIFY(!shown(panel, QStringLiteral("progressSummary")));
        for (const QString &name : {QStringLiteral("criteriaChart"), QStringLiteral("weeklyChart"),
                                    QStringLiteral("lengthChart"), QStringLiteral("qualityChart")}) {
            QVERIFY2(panel.chart(name), qPrintable(name));
            QVERIFY2(panel.chart(name)->series().isEmpty(), qPrintable(name));
            QVERIFY2(panel.chart(name)->axes().isEmpty(), qPrintable(name));
            QVERIFY2(!shown(panel, name), qPrintable(name));
        }
        QVERIFY(!panel.chart(QStringLiteral("noSuchChart")));
    }

    void unscoredAnswersAskToBeScored()
    {
        ui::ProgressPanel panel(db());
        attempt(QStringLiteral("q-about"), QDateTime(m_thisWeek, QTime(12, 0)), 60'000, 120'000);
        panel.refresh();
        QVERIFY(!shown(panel, QStringLiteral("progressEmpty")));
        QVERIFY(!shown(panel, QStringLiteral("criteriaChart")));
        QVERIFY(shown(panel, QStringLiteral("criteriaEmpty")));
        QVERIFY(panel.findChild<QLabel *>(QStringLiteral("criteriaEmpty"))->text().contains(QStringLiteral("History")));
        QVERIFY(panel.chart(QStringLiteral("criteriaChart"))->series().isEmpty());
        for (const QString &name :
             {QStringLiteral("weeklyChart"), QStringLiteral("lengthChart"), QStringLiteral("qualityChart")}) {
            QVERIFY2(shown(panel, name), qPrintable(name));
            QVERIFY2(!panel.chart(name)->series().isEmpty(), qPrintable(name));
        }
        QCOMPARE(panel.findChild<QLabel *>(QStringLiteral("progressSummary"))->text(),
                 QStringLiteral("Answers recorded: 1 · This week: 1"));
        // No overall score either: the empty quality bars say why.
        QCOMPARE(plain(panel.chart(QStringLiteral("qualityChart"))->title()),
                 QStringLiteral("No overall scores yet: give your answers one in History (Ctrl+5)."));
    }

    void scoredAnswersAreCharted()
    {
        ui::ProgressPanel panel(db());
        QVERIFY(shown(panel, QStringLiteral("progressEmpty")));

        // Two answers last week, one this week; the second runs over its limit.
        const qint64 first = attempt(QStringLiteral("q-owned"), QDateTime(m_lastWeek, QTime(12, 0)), 50'000, 120'000);
        const qint64 second
            = attempt(QStringLiteral("q-about"), QDateTime(m_lastWeek.addDays(2), QTime(12, 0)), 130'000, 120'000);
        const qint64 third = attempt(QStringLiteral("q-owned"), QDateTime(m_thisWeek, QTime(9, 0)), 90'000, 90'000);
        score(first, QStringLiteral("structure"), 3);
        score(second, QStringLiteral("structure"), 4);
        score(third, QStringLiteral("structure"), 5);
        score(first, QStringLiteral("relevance"), 2);
        overall(first, 4);
        overall(third, 5);
        panel.refresh();

        QVERIFY(!shown(panel, QStringLiteral("progressEmpty")));
        QCOMPARE(panel.findChild<QLabel *>(QStringLiteral("progressSummary"))->text(),
                 QStringLiteral("Answers recorded: 3 · This week: 1"));
        for (const QString &name : {QStringLiteral("criteriaChart"), QStringLiteral("weeklyChart"),
                                    QStringLiteral("lengthChart"), QStringLiteral("qualityChart")})
            QVERIFY2(shown(panel, name), qPrintable(name));

        // Criteria: only scored criteria get a line, one point per week.
        QChart *criteria = panel.chart(QStringLiteral("criteriaChart"));
        QCOMPARE(criteria->series().size(), 2);
        auto *structure = qobject_cast<QLineSeries *>(seriesNamed(criteria, QStringLiteral("STAR structure")));
        QVERIFY(structure);
        QCOMPARE(structure->points(), (QList<QPointF>{{weekX(m_lastWeek), 3.5}, {weekX(m_thisWeek), 5.0}}));
        QVERIFY(structure->pointsVisible());
        auto *relevance = qobject_cast<QLineSeries *>(seriesNamed(criteria, QStringLiteral("Relevance")));
        QVERIFY(relevance);
        QCOMPARE(relevance->points(), QList<QPointF>{QPointF(weekX(m_lastWeek), 2.0)});
        // The legend is a label under the chart, in rubric order.
        QVERIFY(!criteria->legend()->isVisible());
        QVERIFY(shown(panel, QStringLiteral("criteriaLegend")));
        const QString legend = plain(panel.findChild<QLabel *>(QStringLiteral("criteriaLegend"))->text());
        QCOMPARE(legend, QStringLiteral("■ STAR structure ■ Relevance"));
        auto *weeks = axisOf<QDateTimeAxis>(criteria, Qt::Horizontal);
        QVERIFY(weeks);
        QCOMPARE(weeks->min(), QDateTime(m_lastWeek.addDays(-7), QTime(12, 0)));
        QCOMPARE(weeks->max(), QDateTime(m_thisWeek.addDays(7), QTime(12, 0)));
        QCOMPARE(weeks->tickCount(), 4);
        auto *scores = axisOf<QValueAxis>(criteria, Qt::Vertical);
        QVERIFY(scores);
        QCOMPARE(scores->min(), 1.0);
        QCOMPARE(scores->max(), 5.0);

        // Answers per week.
        QChart *weekly = panel.chart(QStringLiteral("weeklyChart"));
        QCOMPARE(weekly->series().size(), 1);
        auto *bars = qobject_cast<QBarSeries *>(weekly->series().first());
        QVERIFY(bars);
        QCOMPARE(bars->count(), 1);
        QCOMPARE(values(bars->barSets().first()), (QList<qreal>{2, 1}));
        auto *categories = axisOf<QBarCategoryAxis>(weekly, Qt::Horizontal);
        QVERIFY(categories);
        QCOMPARE(categories->categories(), (QStringList{weekLabel(m_lastWeek), weekLabel(m_thisWeek)}));
        auto *counts = axisOf<QValueAxis>(weekly, Qt::Vertical);
        QVERIFY(counts);
        QCOMPARE(counts->min(), 0.0);
        QCOMPARE(counts->max(), 2.0);

        // Lengths in seconds, oldest first; the limit as a step per answer.
        QChart *lengths = panel.chart(QStringLiteral("lengthChart"));
        auto *answers = qobject_cast<QLineSeries *>(seriesNamed(lengths, QStringLiteral("Answer length")));
        QVERIFY(answers);
        QCOMPARE(answers->points(), (QList<QPointF>{{1, 50}, {2, 130}, {3, 90}}));
        auto *limit = qobject_cast<QLineSeries *>(seriesNamed(lengths, QStringLiteral("Time limit")));
        QVERIFY(limit);
        QCOMPARE(limit->points(),
                 (QList<QPointF>{{0.5, 120}, {1.5, 120}, {1.5, 120}, {2.5, 120}, {2.5, 90}, {3.5, 90}}));
        auto *over = qobject_cast<QScatterSeries *>(seriesNamed(lengths, QStringLiteral("Over the limit")));
        QVERIFY(over);
        QCOMPARE(over->points(), QList<QPointF>{QPointF(2, 130)});
        auto *answerAxis = axisOf<QValueAxis>(lengths, Qt::Horizontal);
        QVERIFY(answerAxis);
        QCOMPARE(answerAxis->min(), 0.5);
        QCOMPARE(answerAxis->max(), 3.5);
        auto *seconds = axisOf<QValueAxis>(lengths, Qt::Vertical);
        QVERIFY(seconds);
        QCOMPARE(seconds->min(), 0.0);
        QCOMPARE(seconds->max(), 150.0);

        // Qualities, in pack order from the top: horizontal bars list them bottom up.
        QChart *qualities = panel.chart(QStringLiteral("qualityChart"));
        QCOMPARE(qualities->series().size(), 1);
        auto *coverage = qobject_cast<QHorizontalBarSeries *>(qualities->series().first());
        QVERIFY(coverage);
        QCOMPARE(values(coverage->barSets().first()), (QList<qreal>{0, 4.5}));
        auto *names = axisOf<QBarCategoryAxis>(qualities, Qt::Vertical);
        QVERIFY(names);
        QCOMPARE(names->count(), 2);
        // Where the labels wrap depends on the font: compare their words.
        QCOMPARE(plain(names->at(0)).remove(QStringLiteral(" ·")),
                 QStringLiteral("Curiosity 0 of 1 practised not scored"));
        QCOMPARE(plain(names->at(1)).remove(QStringLiteral(" ·")),
                 QStringLiteral("Ownership 1 of 1 practised average 4.5"));
        QVERIFY(qualities->title().isEmpty());
        auto *average = axisOf<QValueAxis>(qualities, Qt::Horizontal);
        QVERIFY(average);
        QCOMPARE(average->min(), 0.0);
        QCOMPARE(average->max(), 5.0);
    }

    void answersPerWeekShowsTheLastEightWeeks()
    {
        attempt(QStringLiteral("q-about"), QDateTime(m_thisWeek.addDays(-7 * 20), QTime(12, 0)), 30'000, 120'000);
        attempt(QStringLiteral("q-about"), QDateTime(m_thisWeek.addDays(-7 * 3 + 1), QTime(12, 0)), 30'000, 120'000);
        attempt(QStringLiteral("q-owned"), QDateTime(m_thisWeek.addDays(-7 * 3 + 2), QTime(12, 0)), 30'000, 120'000);
        ui::ProgressPanel panel(db());
        QChart *weekly = panel.chart(QStringLiteral("weeklyChart"));
        auto *bars = qobject_cast<QBarSeries *>(weekly->series().value(0));
        QVERIFY(bars);
        // Weeks without answers are there, at 0, up to this one.
        QCOMPARE(values(bars->barSets().first()), (QList<qreal>{0, 0, 0, 0, 2, 0, 0, 0}));
        auto *categories = axisOf<QBarCategoryAxis>(weekly, Qt::Horizontal);
        QVERIFY(categories);
        QCOMPARE(categories->count(), 8);
        QCOMPARE(categories->at(0), weekLabel(m_thisWeek.addDays(-7 * 7)));
        QCOMPARE(categories->at(7), weekLabel(m_thisWeek));
        QCOMPARE(panel.findChild<QLabel *>(QStringLiteral("progressSummary"))->text(),
                 QStringLiteral("Answers recorded: 3 · This week: 0"));
    }

    void showingThePanelAgainReadsNewAnswers()
    {
        ui::ProgressPanel panel(db());
        panel.resize(1100, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(shown(panel, QStringLiteral("progressEmpty")));

        attempt(QStringLiteral("q-learn"), QDateTime(m_thisWeek, QTime(12, 0)), 30'000, 120'000);
        panel.hide();
        panel.show();
        QVERIFY(!shown(panel, QStringLiteral("progressEmpty")));
        auto *bars = qobject_cast<QBarSeries *>(panel.chart(QStringLiteral("weeklyChart"))->series().value(0));
        QVERIFY(bars);
        QCOMPARE(values(bars->barSets().first()), QList<qreal>{1});

        // Deleting every answer brings the empty state back.
        exec(QStringLiteral("DELETE FROM attempts WHERE id > ?"), {0});
        panel.refresh();
        QVERIFY(shown(panel, QStringLiteral("progressEmpty")));
        QVERIFY(panel.chart(QStringLiteral("weeklyChart"))->series().isEmpty());
    }
};

QTEST_MAIN(TestProgressPanel)
#include "tst_progresspanel.moc"
