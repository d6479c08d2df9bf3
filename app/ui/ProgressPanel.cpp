#include "ui/ProgressPanel.h"

#include "core/DataStamp.h"
#include "core/ProgressRepository.h"
#include "ui/ChartStyle.h"
#include "ui/SpeechProgressChart.h"
#include "ui/ThemeColors.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QScrollArea>
#include <QShowEvent>
#include <QStackedWidget>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace rehearse::ui {

namespace {

using Progress = core::ProgressRepository;

// The answers-per-week chart shows this many weeks, up to the current one: as many as
// have readable labels in half the panel.
constexpr int ShownWeeks = 8;
// Ticks on a value or date axis, at most.
constexpr int MaxTicks = 7;

QDate mondayOf(QDate date)
{
    return date.addDays(1 - date.dayOfWeek());
}

// Noon, not midnight: a daylight-saving change inside the range shifts the ticks by an
// hour, which must not move a label to the day before.
QDateTime weekPoint(QDate week)
{
    return QDateTime(week, QTime(12, 0));
}

QString weekLabel(QDate week)
{
    return QLocale().toString(week, QStringLiteral("d MMM"));
}

// Axis labels and legends are read as HTML.
QString html(const QString &text)
{
    return text.toHtmlEscaped();
}

// Joins parts with the separator into lines no wider than width, for an axis label;
// a part too wide for a line stays whole.
QString wrapped(const QStringList &parts, const QString &separator, const QFontMetrics &metrics, int width)
{
    QStringList lines;
    QString line;
    for (const QString &part : parts) {
        const QString longer = line.isEmpty() ? part : line + separator + part;
        if (!line.isEmpty() && metrics.horizontalAdvance(longer) > width) {
            lines.append(html(line));
            line = part;
        } else {
            line = longer;
        }
    }
    if (!line.isEmpty())
        lines.append(html(line));
    return lines.join(QStringLiteral("<br>"));
}

QString wrapped(const QString &text, const QFontMetrics &metrics, int width)
{
    return wrapped(text.split(QLatin1Char(' '), Qt::SkipEmptyParts), QStringLiteral(" "), metrics, width);
}

// Tableau 10: told apart more easily than the chart themes' five colours.
QColor seriesColor(qsizetype index)
{
    static constexpr QRgb colors[]
        = {0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2, 0x59a14f, 0xedc948, 0xb07aa1, 0xff9da7, 0x9c755f, 0xbab0ac};
    return QColor(colors[index % std::size(colors)]);
}

QString score(double value)
{
    return QLocale().toString(value, 'f', 1);
}

QFont scaled(QFont font, qreal factor, bool bold)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

// A round step that divides 0…max into at most MaxTicks - 1 parts.
int niceStep(double max)
{
    static constexpr int steps[] = {1, 2, 5, 10, 15, 20, 30, 60, 120, 300, 600, 1200, 1800, 3600};
    max = std::max(max, 1.0);
    for (int step : steps) {
        if (std::ceil(max / step) <= MaxTicks - 1)
            return step;
    }
    return int(std::ceil(max / (MaxTicks - 1)));
}

// From 0 up to a round number at or above max, whole numbers only.
QValueAxis *countAxis(double max)
{
    max = std::max(max, 1.0);
    const int step = niceStep(max);
    const int top = int(std::ceil(max / step)) * step;
    auto *axis = new QValueAxis;
    axis->setRange(0, top);
    axis->setTickCount(top / step + 1);
    axis->setLabelFormat(QStringLiteral("%i"));
    return axis;
}

// A week of margin on each side, and ticks on Mondays only.
QDateTimeAxis *weekAxis(QDate first, QDate last)
{
    const QDate from = first.addDays(-7);
    qint64 weeks = from.daysTo(last.addDays(7)) / 7;
    const qint64 step = (weeks + MaxTicks - 2) / (MaxTicks - 1);
    weeks = (weeks + step - 1) / step * step;
    auto *axis = new QDateTimeAxis;
    axis->setRange(weekPoint(from), weekPoint(from.addDays(7 * weeks)));
    axis->setTickCount(int(weeks / step) + 1);
    axis->setFormat(QStringLiteral("d MMM"));
    return axis;
}

// The legend comes back as HTML for a label under the chart: the chart's own legend
// keeps to one line and cuts the names short.
bool fillCriteria(QChart *chart, const QList<Progress::CriterionTrend> &trends, QString *legend)
{
    QDate first;
    QDate last;
    for (const Progress::CriterionTrend &trend : trends) {
        if (trend.weeks.isEmpty())
            continue;
        if (!first.isValid() || trend.weeks.first().week < first)
            first = trend.weeks.first().week;
        if (!last.isValid() || trend.weeks.last().week > last)
            last = trend.weeks.last().week;
    }
    if (!first.isValid())
        return false;

    QDateTimeAxis *x = weekAxis(first, last);
    auto *y = new QValueAxis;
    y->setRange(1, 5);
    y->setTickCount(5);
    y->setLabelFormat(QStringLiteral("%i"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    chart->legend()->setVisible(false);
    QStringList entries;
    for (qsizetype i = 0; i < trends.size(); ++i) {
        const Progress::CriterionTrend &trend = trends[i];
        if (trend.weeks.isEmpty())
            continue;
        auto *series = new QLineSeries;
        series->setName(html(trend.name));
        series->setPointsVisible(true);
        for (const Progress::WeekAverage &week : trend.weeks)
            series->append(double(weekPoint(week.week).toMSecsSinceEpoch()), week.average);
        charts::attach(chart, series, x, y);
        QPen pen = series->pen();
        pen.setColor(seriesColor(i));
        pen.setWidthF(2.5);
        series->setPen(pen);
        entries.append(
            QStringLiteral("<span style=\"color:%1\">&#9632;</span>&nbsp;%2")
                .arg(seriesColor(i).name(), html(trend.name).replace(QLatin1Char(' '), QStringLiteral("&nbsp;"))));
        QObject::connect(series, &QLineSeries::hovered, series,
                         [name = trend.name, weeks = trend.weeks](const QPointF &point, bool state) {
                             const auto week = std::find_if(weeks.begin(), weeks.end(), [&](const auto &w) {
                                 return std::abs(weekPoint(w.week).toMSecsSinceEpoch() - point.x()) < 43'200'000;
                             });
                             if (!state || week == weeks.end()) {
                                 QToolTip::hideText();
                                 return;
                             }
                             QToolTip::showText(QCursor::pos(),
                                                ProgressPanel::tr("%1, week of %2: %3 from %4 scores")
                                                    .arg(name, weekLabel(week->week), score(week->average))
                                                    .arg(week->count));
                         });
    }
    *legend = entries.join(QStringLiteral("&nbsp;&nbsp; "));
    return true;
}

bool fillWeekly(QChart *chart, const QList<Progress::WeekCount> &counts, QDate today)
{
    if (counts.isEmpty())
        return false;
    const QDate last = std::max(mondayOf(today), counts.last().week);
    const QDate first = std::max(counts.first().week, last.addDays(-7 * (ShownWeeks - 1)));
    auto *set = new QBarSet(ProgressPanel::tr("Answers"));
    QStringList labels;
    int max = 0;
    auto next = counts.begin();
    for (QDate week = first; week <= last; week = week.addDays(7)) {
        while (next != counts.end() && next->week < week)
            ++next;
        const int count = next != counts.end() && next->week == week ? next->count : 0;
        set->append(count);
        labels.append(QLocale().toString(week, QStringLiteral("d'<br>'MMM")));
        max = std::max(max, count);
    }
    auto *series = new QBarSeries;
    series->append(set);
    auto *x = new QBarCategoryAxis;
    x->append(labels);
    QValueAxis *y = countAxis(max);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    charts::attach(chart, series, x, y);
    chart->legend()->setVisible(false);
    return true;
}

bool fillLengths(QChart *chart, const QList<Progress::AnswerLength> &lengths)
{
    if (lengths.isEmpty())
        return false;
    auto *answers = new QLineSeries;
    answers->setName(ProgressPanel::tr("Answer length"));
    answers->setPointsVisible(true);
    auto *over = new QScatterSeries;
    over->setName(ProgressPanel::tr("Over the limit"));
    over->setMarkerSize(11);
    // The limit of each answer as a step one answer wide, broken where there was none.
    QList<QLineSeries *> limits;
    bool limited = false;
    double max = 0;
    for (qsizetype i = 0; i < lengths.size(); ++i) {
        const double x = double(i + 1);
        const double seconds = double(lengths[i].durationMs) / 1000;
        answers->append(x, seconds);
        max = std::max(max, seconds);
        if (lengths[i].limitMs <= 0) {
            limited = false;
            continue;
        }
        const double limit = double(lengths[i].limitMs) / 1000;
        if (!limited)
            limits.append(new QLineSeries);
        limited = true;
        limits.last()->append(x - 0.5, limit);
        limits.last()->append(x + 0.5, limit);
        max = std::max(max, limit);
        if (lengths[i].durationMs > lengths[i].limitMs)
            over->append(x, seconds);
    }

    auto *x = new QValueAxis;
    x->setRange(0.5, double(lengths.size()) + 0.5);
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(0);
    x->setTickInterval(niceStep(double(lengths.size())));
    x->setLabelFormat(QStringLiteral("%i"));
    x->setTitleText(ProgressPanel::tr("Answer, oldest first"));
    QValueAxis *y = countAxis(max * 1.05);
    y->setTitleText(ProgressPanel::tr("Seconds"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);

    const QPen limitPen(QColor(0xc6, 0x28, 0x28), 2, Qt::DashLine);
    for (qsizetype i = 0; i < limits.size(); ++i) {
        limits[i]->setName(ProgressPanel::tr("Time limit"));
        charts::attach(chart, limits[i], x, y);
        limits[i]->setPen(limitPen);
        if (i > 0)
            chart->legend()->markers(limits[i]).constFirst()->setVisible(false);
    }
    charts::attach(chart, answers, x, y);
    if (over->count() > 0) {
        charts::attach(chart, over, x, y);
        over->setColor(QColor(0xef, 0x6c, 0x00));
        over->setBorderColor(over->color());
    } else {
        delete over;
    }
    return true;
}

// Each quality is labelled with its name and, in small print, its pack (when there are
// several), questions practised and average score; the bar is the average score.
bool fillQualities(QChart *chart, QChartView *view, const QList<Progress::QualityCoverage> &coverage)
{
    if (coverage.isEmpty())
        return false;
    const bool severalPacks = std::any_of(coverage.begin(), coverage.end(),
                                          [&](const auto &row) { return row.packSlug != coverage.first().packSlug; });
    // Added first, so that its font is the theme's.
    auto *y = new QBarCategoryAxis;
    chart->addAxis(y, Qt::AlignLeft);
    const QFontMetrics metrics(y->labelsFont());
    QFont smallFont = y->labelsFont();
    smallFont.setPointSizeF(smallFont.pointSizeF() * 0.85);
    const QFontMetrics smallMetrics(smallFont);
    // The chart gives its axes at most about 40% of its width, and cuts longer labels:
    // this fits a chart 360 pixels wide.
    constexpr int LabelWidth = 130;

    auto *set = new QBarSet(ProgressPanel::tr("Average overall score"));
    QStringList labels;
    QStringList details;
    int lines = 1;
    // Horizontal bars are drawn bottom up: the last quality first, so that the pack's
    // order reads from the top.
    for (auto row = coverage.rbegin(); row != coverage.rend(); ++row) {
        // The axis drops every line after one that is too wide: each must fit.
        const QStringList facts{ProgressPanel::tr("%1 of %2 practised").arg(row->practised).arg(row->total),
                                row->averageScore ? ProgressPanel::tr("average %1").arg(score(*row->averageScore))
                                                  : ProgressPanel::tr("not scored")};
        QString small = wrapped(facts, QStringLiteral(" · "), smallMetrics, LabelWidth);
        if (severalPacks)
            small = wrapped(row->pack, smallMetrics, LabelWidth) + QStringLiteral("<br>") + small;
        QString label = wrapped(row->quality, metrics, LabelWidth) + QStringLiteral("<br><small>") + small
            + QStringLiteral("</small>");
        while (labels.contains(label)) // the axis drops duplicates, and two names can clash
            label += QStringLiteral("<span></span>");
        lines = std::max(lines, int(label.count(QStringLiteral("<br>"))) + 1);
        labels.append(label);
        set->append(row->averageScore.value_or(0));

        QString detail = ProgressPanel::tr("%1 (%2)\n%3 of %4 questions practised")
                             .arg(row->quality, row->pack)
                             .arg(row->practised)
                             .arg(row->total);
        detail += QLatin1Char('\n');
        detail += row->averageScore ? ProgressPanel::tr("Average overall score %1 from %2 scored answers")
                                          .arg(score(*row->averageScore))
                                          .arg(row->scored)
                                    : ProgressPanel::tr("No scored answers yet");
        details.append(detail);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    y->append(labels);
    y->setGridLineVisible(false);
    auto *x = new QValueAxis;
    x->setRange(0, 5);
    x->setTickCount(6);
    x->setLabelFormat(QStringLiteral("%i"));
    x->setTitleText(ProgressPanel::tr("Average overall score"));
    chart->addAxis(x, Qt::AlignBottom);
    charts::attach(chart, series, x, y);
    chart->legend()->setVisible(false);
    const bool scored = std::any_of(coverage.begin(), coverage.end(), [](const auto &row) { return row.scored > 0; });
    if (!scored) // the bars are all empty: say why
        chart->setTitle(wrapped(ProgressPanel::tr("No overall scores yet: give your answers one in History (Ctrl+5)."),
                                QFontMetrics(chart->titleFont()), 300));
    QObject::connect(set, &QBarSet::hovered, set, [details](bool status, int index) {
        if (status && index >= 0 && index < details.size())
            QToolTip::showText(QCursor::pos(), details[index]);
        else
            QToolTip::hideText();
    });
    // Every category gets the height of the tallest label, or the axis cuts labels short.
    view->setMinimumHeight(std::max(300, 110 + int(coverage.size()) * (lines * (metrics.height() + 2) + 16)));
    return true;
}

} // namespace

void ProgressPanel::Card::show(bool chart) const
{
    stack->setCurrentWidget(chart ? page : static_cast<QWidget *>(note));
    legend->setVisible(chart && !legend->text().isEmpty());
}

ProgressPanel::ProgressPanel(QSqlDatabase db, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(32, 24, 32, 32);
    layout->setSpacing(10);

    auto *heading = new QLabel(tr("Progress"), content);
    heading->setObjectName(QStringLiteral("panelTitle"));
    heading->setFont(scaled(heading->font(), 1.6, true));
    layout->addWidget(heading);

    m_summary = new QLabel(content);
    m_summary->setObjectName(QStringLiteral("progressSummary"));
    ThemeColors::applyTone(m_summary, ThemeColors::Tone::Secondary);
    layout->addWidget(m_summary);

    m_empty = new QLabel(tr("No answers yet. Record one in Practice (Ctrl+4), score it in History (Ctrl+5), and "
                            "your progress appears here."),
                         content);
    m_empty->setObjectName(QStringLiteral("progressEmpty"));
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty);

    m_charts = new QWidget(content);
    auto *grid = new QGridLayout(m_charts);
    grid->setContentsMargins(0, 8, 0, 0);
    grid->setSpacing(20);
    m_criteria = addCard(grid, 0, 0, tr("Average score per criterion, by week"), QStringLiteral("criteriaChart"));
    m_criteria.note->setText(tr("No scores yet. Open an answer in History (Ctrl+5) and score it against the "
                                "rubric: your average for each criterion appears here, week by week."));
    m_weekly = addCard(grid, 0, 1, tr("Answers per week"), QStringLiteral("weeklyChart"));
    // Pace and fillers come right after the weekly figures: what changes from one evening's
    // practice to the next, above the tall qualities chart.
    m_speech = new SpeechProgressChart(m_db, m_charts);
    grid->addWidget(m_speech, 1, 0, 1, 2);
    m_lengths = addCard(grid, 2, 0, tr("Answer length against the time limit"), QStringLiteral("lengthChart"));
    m_qualities
        = addCard(grid, 2, 1, tr("Qualities: questions practised and average score"), QStringLiteral("qualityChart"));
    m_qualities.note->setText(tr("No qualities to cover. Import a company pack with File › Import Pack… (Ctrl+O) "
                                 "to see how well your practice covers what that company looks for."));
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    layout->addWidget(m_charts);
    layout->addStretch();

    scroll->setWidget(content);
    refresh();
}

ProgressPanel::Card ProgressPanel::addCard(QGridLayout *grid, int row, int column, const QString &title,
                                           const QString &name)
{
    auto *box = new QWidget(m_charts);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    auto *heading = new QLabel(title, box);
    heading->setObjectName(QStringLiteral("chartTitle"));
    heading->setTextFormat(Qt::PlainText);
    heading->setWordWrap(true);
    heading->setFont(scaled(heading->font(), 1.1, true));
    layout->addWidget(heading);

    Card card;
    card.stack = new QStackedWidget(box);
    card.page = new QWidget(card.stack);
    card.page->setAutoFillBackground(true);
    card.page->setBackgroundRole(QPalette::Base);
    auto *pageLayout = new QVBoxLayout(card.page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->setSpacing(0);
    card.view = new QChartView(new QChart, card.page);
    card.view->setObjectName(name);
    card.view->setRenderHint(QPainter::Antialiasing);
    card.view->setFrameShape(QFrame::NoFrame);
    pageLayout->addWidget(card.view, 1);
    card.legend = new QLabel(card.page);
    card.legend->setObjectName(QString(name).replace(QStringLiteral("Chart"), QStringLiteral("Legend")));
    card.legend->setTextFormat(Qt::RichText);
    card.legend->setWordWrap(true);
    card.legend->setContentsMargins(16, 0, 16, 10);
    card.legend->hide();
    pageLayout->addWidget(card.legend);
    card.note = new QLabel(card.stack);
    card.note->setObjectName(QString(name).replace(QStringLiteral("Chart"), QStringLiteral("Empty")));
    card.note->setTextFormat(Qt::PlainText);
    card.note->setWordWrap(true);
    card.note->setAlignment(Qt::AlignCenter);
    card.note->setMargin(24);
    card.note->setAutoFillBackground(true);
    card.note->setBackgroundRole(QPalette::Base);
    card.stack->addWidget(card.page);
    card.stack->addWidget(card.note);
    layout->addWidget(card.stack, 1);
    // The qualities can make the second row tall; the chart beside them keeps its height.
    grid->addWidget(box, row, column, row > 0 ? Qt::AlignTop : Qt::Alignment());
    return card;
}

void ProgressPanel::refresh()
{
    m_stamp = core::DataStamp::of(m_db) + QDate::currentDate().toString(Qt::ISODate);
    const Progress progress(m_db);
    const QList<Progress::WeekCount> weeks = progress.attemptsPerWeek();
    const QDate today = QDate::currentDate();
    int total = 0;
    int thisWeek = 0;
    for (const Progress::WeekCount &week : weeks) {
        total += week.count;
        if (week.week == mondayOf(today))
            thisWeek = week.count;
    }
    m_summary->setText(tr("Answers recorded: %1 · This week: %2").arg(total).arg(thisWeek));
    m_summary->setVisible(total > 0);
    m_empty->setVisible(total == 0);
    m_charts->setVisible(total > 0);

    for (const Card *card : {&m_criteria, &m_weekly, &m_lengths, &m_qualities}) {
        charts::reset(card->view, palette());
        card->view->setMinimumHeight(300);
    }
    if (total == 0)
        return;
    QString legend;
    const bool scored = fillCriteria(m_criteria.view->chart(), progress.criterionTrends(), &legend);
    m_criteria.legend->setText(legend);
    m_criteria.show(scored);
    m_weekly.show(fillWeekly(m_weekly.view->chart(), weeks, today));
    m_lengths.show(fillLengths(m_lengths.view->chart(), progress.answerLengths()));
    m_qualities.show(fillQualities(m_qualities.view->chart(), m_qualities.view, progress.qualityCoverage()));
    m_speech->refresh();
}

QChart *ProgressPanel::chart(const QString &objectName) const
{
    const auto *view = findChild<QChartView *>(objectName);
    return view ? view->chart() : nullptr;
}

void ProgressPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Shown again with nothing written since: the charts are as they were.
    if (!event->spontaneous() && m_stamp != core::DataStamp::of(m_db) + QDate::currentDate().toString(Qt::ISODate))
        refresh();
}

} // namespace rehearse::ui
