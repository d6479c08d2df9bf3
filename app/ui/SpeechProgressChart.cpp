#include "ui/SpeechProgressChart.h"

#include "ui/ChartStyle.h"

#include "core/SpeechFigures.h"
#include "core/SpeechRepository.h"
#include "speech/SpeechAnalyzer.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace rehearse::ui {

namespace {

using Point = core::SpeechRepository::Point;

QChartView *chartView(const QString &name, QWidget *parent)
{
    auto *view = new QChartView(new QChart, parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setFrameShape(QFrame::NoFrame);
    view->setMinimumHeight(260);
    return view;
}

// From 0 to a round number at or above max, in at most six steps.
QValueAxis *valueAxis(double max, const QString &title)
{
    static constexpr double steps[] = {1, 2, 5, 10, 20, 25, 50, 100};
    double step = steps[std::size(steps) - 1];
    for (double candidate : steps) {
        if (std::ceil(max / candidate) <= 6) {
            step = candidate;
            break;
        }
    }
    const double top = std::ceil(max / step) * step;
    auto *axis = new QValueAxis;
    axis->setRange(0, top);
    axis->setTickCount(int(top / step) + 1);
    axis->setLabelFormat(QStringLiteral("%i"));
    axis->setTitleText(title);
    return axis;
}

QValueAxis *answerAxis(qsizetype count)
{
    auto *axis = new QValueAxis;
    axis->setRange(0.5, double(count) + 0.5);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(std::max<qsizetype>(1, (count + 5) / 6));
    axis->setLabelFormat(QStringLiteral("%i"));
    axis->setTitleText(SpeechProgressChart::tr("Analysed answer, oldest first"));
    return axis;
}

// The answers' values as a line with points; hovering a point names its answer.
QLineSeries *answersLine(const QString &name, const QList<Point> &points, double Point::*value, const QString &unit)
{
    auto *series = new QLineSeries;
    series->setName(name);
    series->setPointsVisible(true);
    for (qsizetype i = 0; i < points.size(); ++i)
        series->append(double(i + 1), points[i].*value);
    QPen pen = series->pen();
    pen.setWidthF(2.5);
    pen.setColor(QColor(0x4e, 0x79, 0xa7));
    series->setPen(pen);
    QObject::connect(series, &QLineSeries::hovered, series, [points, value, unit](const QPointF &at, bool state) {
        const qsizetype index = qsizetype(std::lround(at.x())) - 1;
        if (!state || index < 0 || index >= points.size()) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(),
                           SpeechProgressChart::tr("%1: %2 %3")
                               .arg(QLocale().toString(points[index].startedAt.toLocalTime(), QLocale::ShortFormat),
                                    QLocale().toString(points[index].*value, 'f', 1), unit));
    });
    return series;
}

QLineSeries *level(double from, double to, double y)
{
    auto *line = new QLineSeries;
    line->append(from, y);
    line->append(to, y);
    return line;
}

} // namespace

SpeechProgressChart::SpeechProgressChart(QSqlDatabase db, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_charts(new QWidget(this))
    , m_pace(chartView(QStringLiteral("paceChart"), m_charts))
    , m_fillers(chartView(QStringLiteral("fillerChart"), m_charts))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("speechProgress"));
    const auto heading = [this](const QString &text) {
        auto *label = new QLabel(text, m_charts);
        label->setObjectName(QStringLiteral("chartTitle"));
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        QFont font = label->font();
        font.setPointSizeF(font.pointSizeF() * 1.1);
        font.setBold(true);
        label->setFont(font);
        return label;
    };
    auto *grid = new QGridLayout(m_charts);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(20);
    grid->addWidget(heading(tr("Pace, words per minute")), 0, 0);
    grid->addWidget(heading(tr("Filler words per minute")), 0, 1);
    grid->addWidget(m_pace, 1, 0);
    grid->addWidget(m_fillers, 1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    m_note->setObjectName(QStringLiteral("speechProgressEmpty"));
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    m_note->setAlignment(Qt::AlignCenter);
    m_note->setMargin(24);
    m_note->setAutoFillBackground(true);
    m_note->setBackgroundRole(QPalette::Base);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_charts);
    layout->addWidget(m_note);
}

QChart *SpeechProgressChart::paceChart() const
{
    return m_pace->chart();
}

QChart *SpeechProgressChart::fillerChart() const
{
    return m_fillers->chart();
}

QString SpeechProgressChart::note() const
{
    return m_note->isVisibleTo(this) ? m_note->text() : QString();
}

void SpeechProgressChart::refresh()
{
    charts::reset(m_pace, palette());
    charts::reset(m_fillers, palette());
    const QList<Point> all = core::SpeechRepository(m_db).series();
    QList<Point> points;
    std::copy_if(all.begin(), all.end(), std::back_inserter(points),
                 [](const Point &point) { return point.transcriptAvailable; });

    QString note;
    if (all.isEmpty()) {
        note = tr("No analysed answers yet. Each answer you record is measured for pace, pauses and filler words "
                  "in the background; the figures appear here and in its review in History (Ctrl+5).");
    } else if (points.isEmpty()) {
        const QString reason = speech::SpeechAnalyzer::transcriptionUnavailableReason();
        note = tr("Pace and filler words need a rough transcript, and your analysed answers have none.");
        if (!reason.isEmpty())
            note += QLatin1Char(' ') + reason;
    }
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    m_charts->setVisible(note.isEmpty());
    if (!note.isEmpty())
        return;

    const double from = 0.5;
    const double to = double(points.size()) + 0.5;
    const QColor reference(0x59, 0xa1, 0x4f);

    // Pace over the band that is easy to follow.
    QChart *pace = m_pace->chart();
    double fastest = SpeechFigures::kPaceHighWpm;
    for (const Point &point : std::as_const(points))
        fastest = std::max(fastest, point.wordsPerMinute);
    QValueAxis *x = answerAxis(points.size());
    QValueAxis *y = valueAxis(fastest * 1.1, tr("Words per minute"));
    pace->addAxis(x, Qt::AlignBottom);
    pace->addAxis(y, Qt::AlignLeft);
    auto *band
        = new QAreaSeries(level(from, to, SpeechFigures::kPaceHighWpm), level(from, to, SpeechFigures::kPaceLowWpm));
    band->setName(
        tr("About %1–%2: easy to follow").arg(int(SpeechFigures::kPaceLowWpm)).arg(int(SpeechFigures::kPaceHighWpm)));
    QColor fill = reference;
    fill.setAlphaF(0.22);
    band->setBrush(fill);
    band->setPen(QPen(reference, 1));
    charts::attach(pace, band, x, y);
    charts::attach(pace, answersLine(tr("Pace"), points, &Point::wordsPerMinute, tr("words per minute")), x, y);

    // Fillers under the line of about five a minute.
    QChart *fillers = m_fillers->chart();
    double most = SpeechFigures::kFillersPerMinuteHigh;
    for (const Point &point : std::as_const(points))
        most = std::max(most, point.fillersPerMinute);
    QValueAxis *fx = answerAxis(points.size());
    QValueAxis *fy = valueAxis(most * 1.25, tr("Per minute"));
    fillers->addAxis(fx, Qt::AlignBottom);
    fillers->addAxis(fy, Qt::AlignLeft);
    QLineSeries *limit = level(from, to, SpeechFigures::kFillersPerMinuteHigh);
    limit->setName(tr("Fewer than about %1 a minute").arg(int(SpeechFigures::kFillersPerMinuteHigh)));
    charts::attach(fillers, limit, fx, fy);
    limit->setPen(QPen(reference, 2, Qt::DashLine));
    charts::attach(fillers, answersLine(tr("Filler words"), points, &Point::fillersPerMinute, tr("per minute")), fx,
                   fy);
}

} // namespace rehearse::ui
