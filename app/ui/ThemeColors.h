#pragma once

#include <QColor>
#include <QPalette>

#include <functional>

class QLabel;
class QWidget;

namespace rehearse::ui {

// Colours that mark a state, derived from the palette a widget is drawn with, so that
// they read on the system's light and dark themes alike: every text colour here reaches
// the WCAG AA contrast of 4.5:1 against what it is drawn on. A widget given a tone keeps
// it when the application palette changes (a theme switch while Rehearse runs).
namespace ThemeColors {

enum class Tone {
    Normal, // the palette's own text colour
    Secondary, // quieter text: counts, hints, notes
    Warning, // orange: time running out, something to look at
    Problem, // red: something failed or is missing
};

bool isDark(const QPalette &palette);
// WCAG 2 contrast ratio of two opaque colours, from 1 (same) to 21 (black on white).
double contrast(const QColor &a, const QColor &b);
// a moved share (0–1) of the way towards b.
QColor blend(const QColor &a, const QColor &b, double share);
// colour drawn over background, its alpha applied.
QColor composed(const QColor &colour, const QColor &background);
// colour, made lighter or darker only as far as it needs to reach ratio on background.
QColor readable(const QColor &colour, const QColor &background, double ratio = 4.5);
// The text colour of a tone on background.
QColor toneColor(const QPalette &palette, Tone tone, const QColor &background);
// A warm tint of the view background for rows and cells that need attention; the view's
// text stays readable on it.
QColor attentionBackground(const QPalette &palette);
// A tint of the window background for a message box of the tone.
QColor boxBackground(const QPalette &palette, Tone tone);
// The colour a widget is drawn on: its own filled background or its nearest ancestor's.
QColor backgroundOf(const QWidget *widget);

// Text in the tone's colour (Normal gives the palette's colour back).
void applyTone(QWidget *widget, Tone tone);
// A message line: with Warning or Problem a tinted, framed box with readable text;
// with Normal or Secondary plain text. Either way with room around the text.
void applyBox(QLabel *label, Tone tone);

// A style sheet with colours taken from the palette (for shapes a palette cannot draw,
// such as round badges), built again whenever the palette changes.
void keepStyleSheet(QWidget *widget, std::function<QString(const QPalette &)> build);

} // namespace ThemeColors

} // namespace rehearse::ui
