#include "ui/ThemeColors.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QWidget>

#include <cmath>

namespace rehearse::ui::ThemeColors {

namespace {

const char *const ToneProperty = "rehearseTone";
const char *const BoxProperty = "rehearseBox";

double linear(int channel)
{
    const double c = channel / 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &colour)
{
    const QColor rgb = colour.toRgb();
    return 0.2126 * linear(rgb.red()) + 0.7152 * linear(rgb.green()) + 0.0722 * linear(rgb.blue());
}

QColor mix(const QColor &a, const QColor &b, double share)
{
    const auto channel = [share](int x, int y) { return int(std::lround(x + (y - x) * share)); };
    const QColor p = a.toRgb();
    const QColor q = b.toRgb();
    return QColor(channel(p.red(), q.red()), channel(p.green(), q.green()), channel(p.blue(), q.blue()));
}

// The hue of a tone: deep on light backgrounds, pale on dark ones (Material's 800 and
// 200 shades of red and orange).
QColor hue(Tone tone, bool dark)
{
    switch (tone) {
    case Tone::Warning:
        return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xe6, 0x51, 0x00);
    case Tone::Problem:
        return dark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28);
    case Tone::Normal:
    case Tone::Secondary:
        break;
    }
    return {};
}

// The palette a widget would have without a tone: its parent's, or the application's.
QPalette basePalette(const QWidget *widget)
{
    return widget->parentWidget() ? widget->parentWidget()->palette() : QApplication::palette(widget);
}

void paint(QWidget *widget);

// Gives a toned or styled widget its colours again when the theme changes.
class ToneKeeper final : public QObject {
public:
    using QObject::QObject;

    std::function<QString(const QPalette &)> style;

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::ApplicationPaletteChange || event->type() == QEvent::ParentChange) {
            // Once every widget has been told: the parent's palette is new by then.
            if (auto *widget = qobject_cast<QWidget *>(watched)) {
                QMetaObject::invokeMethod(
                    this,
                    [this, widget] {
                        if (style)
                            widget->setStyleSheet(style(basePalette(widget)));
                        else
                            paint(widget);
                    },
                    Qt::QueuedConnection);
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

ToneKeeper *keeper(QWidget *widget)
{
    // dynamic_cast: the keeper has no meta-object of its own for findChild to tell it by.
    const QObjectList children = widget->children();
    for (QObject *child : children) {
        if (auto *existing = dynamic_cast<ToneKeeper *>(child))
            return existing;
    }
    auto *created = new ToneKeeper(widget);
    widget->installEventFilter(created);
    return created;
}

void paint(QWidget *widget)
{
    const auto tone = static_cast<Tone>(widget->property(ToneProperty).toInt());
    const bool box = widget->property(BoxProperty).toBool() && (tone == Tone::Warning || tone == Tone::Problem);
    const QPalette base = basePalette(widget);
    QPalette palette;
    if (box) {
        const QColor background = boxBackground(base, tone);
        palette.setColor(widget->backgroundRole(), background);
        palette.setColor(widget->foregroundRole(), readable(base.color(QPalette::WindowText), background));
    } else if (tone != Tone::Normal) {
        const QColor background
            = widget->parentWidget() ? backgroundOf(widget->parentWidget()) : base.color(QPalette::Window);
        const QColor text = toneColor(base, tone, background);
        palette.setColor(QPalette::Active, widget->foregroundRole(), text);
        palette.setColor(QPalette::Inactive, widget->foregroundRole(), text);
    }
    widget->setAutoFillBackground(box);
    widget->setPalette(palette); // an empty palette inherits again
}

} // namespace

bool isDark(const QPalette &palette)
{
    return luminance(palette.color(QPalette::Window)) < 0.18;
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor blend(const QColor &a, const QColor &b, double share)
{
    return mix(a, b, share);
}

QColor composed(const QColor &colour, const QColor &background)
{
    const QColor rgb = colour.toRgb();
    return mix(background, QColor(rgb.red(), rgb.green(), rgb.blue()), rgb.alphaF());
}

QColor readable(const QColor &colour, const QColor &background, double ratio)
{
    QColor result = composed(colour, background);
    // Towards black on a light background, towards white on a dark one, in small steps.
    const QColor target = luminance(background) > 0.18 ? QColor(Qt::black) : QColor(Qt::white);
    for (int step = 1; step <= 20 && contrast(result, background) < ratio; ++step)
        result = mix(composed(colour, background), target, step / 20.0);
    return result;
}

QColor toneColor(const QPalette &palette, Tone tone, const QColor &background)
{
    const QColor text = palette.color(QPalette::WindowText);
    switch (tone) {
    case Tone::Normal:
        return readable(text, background);
    case Tone::Secondary:
        return readable(mix(text, background, 0.35), background);
    case Tone::Warning:
    case Tone::Problem:
        return readable(hue(tone, luminance(background) < 0.18), background);
    }
    return text;
}

QColor attentionBackground(const QPalette &palette)
{
    const bool dark = luminance(palette.color(QPalette::Base)) < 0.18;
    return mix(palette.color(QPalette::Base), hue(Tone::Warning, dark), dark ? 0.18 : 0.12);
}

QColor boxBackground(const QPalette &palette, Tone tone)
{
    const bool dark = isDark(palette);
    if (tone != Tone::Warning && tone != Tone::Problem)
        return palette.color(QPalette::Window);
    // Both kinds of message share the warm tint of the earlier light-only design.
    return mix(palette.color(QPalette::Window), hue(Tone::Warning, dark), dark ? 0.25 : 0.16);
}

QColor backgroundOf(const QWidget *widget)
{
    for (const QWidget *up = widget; up; up = up->parentWidget()) {
        const bool styled = up->styleSheet().contains(QLatin1String("background"));
        if (up->autoFillBackground() || up->isWindow() || styled)
            return up->palette().color(up->backgroundRole());
    }
    return QApplication::palette().color(QPalette::Window);
}

void applyTone(QWidget *widget, Tone tone)
{
    if (widget->property(ToneProperty) == QVariant(int(tone)) && !widget->property(BoxProperty).toBool())
        return; // as it is: a clock that ticks keeps its colour without repainting
    widget->setProperty(ToneProperty, int(tone));
    widget->setProperty(BoxProperty, false);
    keeper(widget);
    paint(widget);
}

void applyBox(QLabel *label, Tone tone)
{
    label->setProperty(ToneProperty, int(tone));
    label->setProperty(BoxProperty, true);
    const bool box = tone == Tone::Warning || tone == Tone::Problem;
    label->setFrameShape(box ? QFrame::StyledPanel : QFrame::NoFrame);
    label->setMargin(8);
    keeper(label);
    paint(label);
}

void keepStyleSheet(QWidget *widget, std::function<QString(const QPalette &)> build)
{
    widget->setStyleSheet(build(basePalette(widget)));
    keeper(widget)->style = std::move(build);
}

} // namespace rehearse::ui::ThemeColors
