#include "ui/SpeechTimeline.h"

#include "core/SpeechReport.h"
#include "ui/ThemeColors.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QStyleOptionFocusRect>
#include <QToolTip>

#include <algorithm>

namespace rehearse::ui {

namespace {

using Kind = SpeechTimeline::Mark::Kind;
using Report = core::SpeechReport;

constexpr int Side = 6; // room left and right, so the first and last marks can be hit
constexpr int LabelHeight = 15; // pause lengths above the bar
constexpr int BarHeight = 20;
constexpr int Bottom = 6;
constexpr int FillerHalfWidth = 4;

bool isNavigationKey(const QKeyEvent *event)
{
    if (event->modifiers() & ~Qt::KeypadModifier)
        return false;
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Home:
    case Qt::Key_End:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        return true;
    default:
        return false;
    }
}

// A small sample of one kind of mark, drawn as the bar draws it.
class Swatch final : public QWidget {
public:
    Swatch(Kind kind, QWidget *parent)
        : QWidget(parent)
        , m_kind(kind)
    {
        setFixedSize(18, 12);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        const SpeechTimeline::Colours colours = SpeechTimeline::colours(palette());
        const QRect box = rect();
        painter.fillRect(box, colours.silence);
        switch (m_kind) {
        case Kind::Speech:
            painter.fillRect(box.adjusted(0, 2, 0, -2), colours.speech);
            break;
        case Kind::Pause: {
            QColor fill = colours.pause;
            fill.setAlphaF(0.35);
            painter.fillRect(box, fill);
            painter.setPen(QPen(colours.pause, 2));
            painter.drawLine(box.left() + 1, box.top(), box.left() + 1, box.bottom());
            painter.drawLine(box.right(), box.top(), box.right(), box.bottom());
            break;
        }
        case Kind::Filler:
            painter.setPen(QPen(colours.filler, 2));
            painter.drawLine(box.center().x(), box.top(), box.center().x(), box.bottom());
            break;
        }
        painter.setPen(colours.frame);
        painter.drawRect(box.adjusted(0, 0, -1, -1));
    }

private:
    Kind m_kind;
};

} // namespace

SpeechTimeline::SpeechTimeline(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("speechTimeline"));
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Speech timeline"));
    setToolTip(tr("Speech, pauses over 2.5 s and filler words. Click to jump there; Left and Right choose a "
                  "mark, Enter jumps to it."));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    updateDescription();
}

QSize SpeechTimeline::sizeHint() const
{
    return {400, LabelHeight + BarHeight + Bottom + 4};
}

QSize SpeechTimeline::minimumSizeHint() const
{
    return {120, sizeHint().height()};
}

void SpeechTimeline::setFigures(const SpeechFigures &figures)
{
    m_marks.clear();
    m_duration = figures.durationMs;
    for (const TimeSpan &span : figures.speech)
        m_marks.append({Kind::Speech, span.startMs, span.endMs, {}});
    for (const TimeSpan &span : figures.pauses)
        m_marks.append({Kind::Pause, span.startMs, span.endMs, {}});
    for (const SpokenWord &word : figures.words) {
        if (word.filler)
            m_marks.append({Kind::Filler, word.startMs, word.endMs, word.text});
    }
    std::stable_sort(m_marks.begin(), m_marks.end(),
                     [](const Mark &a, const Mark &b) { return a.startMs < b.startMs; });
    for (const Mark &mark : std::as_const(m_marks))
        m_duration = std::max(m_duration, mark.endMs);
    m_current = m_marks.isEmpty() ? -1 : 0;
    updateDescription();
    update();
}

void SpeechTimeline::clear()
{
    setFigures({});
}

void SpeechTimeline::setPosition(qint64 ms)
{
    if (ms == m_position)
        return;
    const int before = xFor(m_position);
    m_position = ms;
    const int after = xFor(m_position);
    if (before != after)
        update();
}

void SpeechTimeline::setCurrentMark(int index)
{
    if (m_marks.isEmpty())
        return;
    index = std::clamp(index, 0, int(m_marks.size()) - 1);
    if (index == m_current)
        return;
    m_current = index;
    updateDescription();
    update();
}

QString SpeechTimeline::describe(const Mark &mark)
{
    switch (mark.kind) {
    case Kind::Pause:
        return tr("Pause of %1 at %2").arg(Report::seconds(mark.endMs - mark.startMs), Report::clock(mark.startMs));
    case Kind::Filler:
        return tr("Filler \"%1\" at %2").arg(mark.word, Report::clock(mark.startMs));
    case Kind::Speech:
        break;
    }
    return tr("Speech from %1 to %2").arg(Report::clock(mark.startMs), Report::clock(mark.endMs));
}

void SpeechTimeline::updateDescription()
{
    QString text;
    if (m_marks.isEmpty())
        text = tr("Nothing measured");
    else
        text = tr("%1 (mark %2 of %3)").arg(describe(m_marks.at(m_current))).arg(m_current + 1).arg(m_marks.size());
    setAccessibleDescription(text);
    if (hasFocus()) {
        QAccessibleEvent event(this, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&event);
    }
}

SpeechTimeline::Colours SpeechTimeline::colours(const QPalette &pal)
{
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    // Graphics need 3:1 against what they are drawn on (WCAG 1.4.11).
    return {ThemeColors::blend(base, text, 0.12), ThemeColors::blend(base, text, 0.35),
            ThemeColors::readable(pal.color(QPalette::Highlight), base, 3.0),
            ThemeColors::toneColor(pal, ThemeColors::Tone::Warning, base),
            ThemeColors::toneColor(pal, ThemeColors::Tone::Problem, base)};
}

QRect SpeechTimeline::barRect() const
{
    return {Side, LabelHeight, std::max(1, width() - 2 * Side), BarHeight};
}

int SpeechTimeline::xFor(qint64 ms) const
{
    const QRect bar = barRect();
    if (m_duration <= 0)
        return bar.left();
    return bar.left() + int(double(std::clamp<qint64>(ms, 0, m_duration)) * bar.width() / double(m_duration));
}

qint64 SpeechTimeline::timeAt(int x) const
{
    const QRect bar = barRect();
    const double share = std::clamp(double(x - bar.left()) / bar.width(), 0.0, 1.0);
    return qint64(share * double(m_duration));
}

QRect SpeechTimeline::markRect(int index) const
{
    if (index < 0 || index >= m_marks.size())
        return {};
    const Mark &mark = m_marks.at(index);
    const QRect bar = barRect();
    const int left = xFor(mark.startMs);
    switch (mark.kind) {
    case Kind::Filler:
        return {left - FillerHalfWidth, bar.top() - 5, 2 * FillerHalfWidth + 1, bar.height() + 9};
    case Kind::Pause:
        // The length written above belongs to the pause too.
        return QRect(QPoint(left, 0), QPoint(std::max(left + 3, xFor(mark.endMs)), bar.bottom()));
    case Kind::Speech:
        break;
    }
    return QRect(QPoint(left, bar.top()), QPoint(std::max(left + 1, xFor(mark.endMs)), bar.bottom()));
}

int SpeechTimeline::markAt(const QPoint &point) const
{
    // Fillers sit on top of speech, and pauses are what one aims at: they hit first.
    for (Kind kind : {Kind::Filler, Kind::Pause, Kind::Speech}) {
        for (int i = 0; i < m_marks.size(); ++i) {
            if (m_marks.at(i).kind == kind && markRect(i).contains(point))
                return i;
        }
    }
    return -1;
}

bool SpeechTimeline::event(QEvent *event)
{
    // The player's Left and Right shortcuts are meant for the rest of the view: here
    // those keys choose marks.
    if (event->type() == QEvent::ShortcutOverride && isNavigationKey(static_cast<QKeyEvent *>(event))) {
        event->accept();
        return true;
    }
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int index = markAt(help->pos());
        if (index >= 0) {
            QToolTip::showText(help->globalPos(), describe(m_marks.at(index)), this, markRect(index));
            return true;
        }
    }
    return QWidget::event(event);
}

void SpeechTimeline::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_duration <= 0) {
        QWidget::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    const int index = markAt(event->position().toPoint());
    if (index >= 0)
        setCurrentMark(index);
    // A pause or a filler starts where it starts; within speech, the moment clicked.
    const bool toStart = index >= 0 && m_marks.at(index).kind != Kind::Speech;
    emit seekRequested(toStart ? m_marks.at(index).startMs : timeAt(event->position().toPoint().x()));
    event->accept();
}

void SpeechTimeline::keyPressEvent(QKeyEvent *event)
{
    if (!isNavigationKey(event) || m_marks.isEmpty()) {
        QWidget::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Left:
        setCurrentMark(m_current - 1);
        break;
    case Qt::Key_Right:
        setCurrentMark(m_current + 1);
        break;
    case Qt::Key_Home:
        setCurrentMark(0);
        break;
    case Qt::Key_End:
        setCurrentMark(int(m_marks.size()) - 1);
        break;
    default: // Return, Enter
        emit seekRequested(m_marks.at(m_current).startMs);
        break;
    }
    event->accept();
}

void SpeechTimeline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, false);
    const QPalette &pal = palette();
    const QColor text = pal.color(QPalette::Text);
    const Colours colours = SpeechTimeline::colours(pal);
    const QColor &speech = colours.speech;
    const QColor &pause = colours.pause;
    const QColor &filler = colours.filler;
    const QRect bar = barRect();

    painter.fillRect(rect(), ThemeColors::backgroundOf(this));
    painter.fillRect(bar, colours.silence);
    painter.setPen(colours.frame);
    painter.drawRect(bar.adjusted(0, 0, -1, -1));
    if (m_duration <= 0)
        return;

    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    painter.setFont(small);
    for (int i = 0; i < m_marks.size(); ++i) {
        const Mark &mark = m_marks.at(i);
        const QRect area = markRect(i);
        if (mark.kind == Kind::Speech) {
            painter.fillRect(area.adjusted(0, 3, 0, -3), speech);
        } else if (mark.kind == Kind::Pause) {
            const QRect band(area.left(), bar.top(), area.width(), bar.height());
            QColor fill = pause;
            fill.setAlphaF(0.35);
            painter.fillRect(band, fill);
            painter.setPen(QPen(pause, 2));
            painter.drawLine(band.left() + 1, band.top(), band.left() + 1, band.bottom());
            painter.drawLine(band.right(), band.top(), band.right(), band.bottom());
            painter.setPen(pause);
            const QString length = Report::seconds(mark.endMs - mark.startMs);
            const QRect label(area.left() - 20, 0, area.width() + 40, LabelHeight - 1);
            painter.drawText(label, Qt::AlignHCenter | Qt::AlignBottom, length);
        }
    }
    // Fillers last, over the speech they interrupt.
    for (int i = 0; i < m_marks.size(); ++i) {
        if (m_marks.at(i).kind != Kind::Filler)
            continue;
        const int x = xFor(m_marks.at(i).startMs);
        painter.setPen(QPen(filler, 2));
        painter.drawLine(x, bar.top() - 4, x, bar.bottom() + 3);
    }
    if (hasFocus() && m_current >= 0) {
        painter.setPen(QPen(text, 1, Qt::DotLine));
        painter.drawRect(markRect(m_current).adjusted(-1, -1, 0, 0));
    }
    const int head = xFor(m_position);
    painter.setPen(QPen(text, 2));
    painter.drawLine(head, bar.top() - 3, head, bar.bottom() + 4);

    if (hasFocus()) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.backgroundColor = pal.color(QPalette::Window);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, this);
    }
}

SpeechTimelineLegend::SpeechTimelineLegend(QWidget *parent)
    : QWidget(parent)
    , m_start(new QLabel(this))
    , m_end(new QLabel(this))
    , m_fillerKey(nullptr)
{
    setObjectName(QStringLiteral("speechTimelineLegend"));
    m_start->setObjectName(QStringLiteral("speechTimelineStart"));
    m_end->setObjectName(QStringLiteral("speechTimelineEnd"));
    m_start->setToolTip(tr("The start of the answer"));
    m_end->setToolTip(tr("The end of the answer: its length"));
    auto *layout = new QHBoxLayout(this);
    // Side: the times sit under the ends of the bar.
    layout->setContentsMargins(Side, 0, Side, 0);
    layout->setSpacing(4);
    layout->addWidget(m_start);
    layout->addStretch(1);
    const auto key = [this, layout](Kind kind, const QString &name, const QString &text) {
        auto *box = new QWidget(this);
        auto *row = new QHBoxLayout(box);
        row->setContentsMargins(6, 0, 6, 0);
        row->setSpacing(4);
        row->addWidget(new Swatch(kind, box));
        auto *label = new QLabel(text, box);
        label->setObjectName(name);
        label->setTextFormat(Qt::PlainText);
        row->addWidget(label);
        layout->addWidget(box);
        return box;
    };
    key(Kind::Speech, QStringLiteral("speechLegendSpeech"), tr("Speech"));
    key(Kind::Pause, QStringLiteral("speechLegendPause"),
        tr("Pause over %1").arg(Report::seconds(SpeechFigures::kLongPauseMs)));
    m_fillerKey = key(Kind::Filler, QStringLiteral("speechLegendFiller"), tr("Filler word"));
    layout->addStretch(1);
    layout->addWidget(m_end);
    setFigures({});
}

void SpeechTimelineLegend::setFigures(const SpeechFigures &figures)
{
    // The same length as the bar's.
    qint64 length = figures.durationMs;
    for (const TimeSpan &span : figures.speech)
        length = std::max(length, span.endMs);
    for (const TimeSpan &span : figures.pauses)
        length = std::max(length, span.endMs);
    for (const SpokenWord &word : figures.words) {
        if (word.filler)
            length = std::max(length, word.endMs);
    }
    m_start->setText(Report::clock(0));
    m_end->setText(Report::clock(length));
    m_fillerKey->setVisible(figures.transcriptAvailable);
}

} // namespace rehearse::ui
