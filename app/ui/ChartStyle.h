#pragma once

class QAbstractAxis;
class QAbstractSeries;
class QChart;
class QChartView;
class QPalette;

namespace rehearse::ui::charts {

// Empties a chart for new data and styles it for the palette: no series or axes left,
// the light or dark theme, the card's background (so the chart and the legend under it
// read as one), no title, the legend at the bottom.
void reset(QChartView *view, const QPalette &palette);

// Adds the series to the chart on these axes.
void attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *x, QAbstractAxis *y);

} // namespace rehearse::ui::charts
