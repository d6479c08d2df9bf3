#include "ui/BalanceBar.h"

#include "ui/ThemeColors.h"

#include <QPainter>

namespace rehearse::ui {

namespace {

using Fit = core::StoryAnalysis::Fit;

QColor fillColor(Fit fit)
{
    switch (fit) {
    case Fit::InTarget:
        return QColor(0x2e, 0x7d, 0x32);
    case Fit::Close:
        return QColor(0xf9, 0xa8, 0x25);
    case Fit::Off:
        break;
    }
    return QColor(0xd8, 0x43, 0x15);
}

} // namespace

BalanceBar::BalanceBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("storyBalance"));
    setAccessibleName(tr("Balance of the parts"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    for (int i = 0; i < int(m_rows.size()); ++i) {
        const core::StoryAnalysis::Share share = core::StoryAnalysis::Shares[i];
        m_rows[i].name = core::StoryAnalysis::shareName(share);
        m_rows[i].target = core::StoryAnalysis::target(share);
    }
    setAccessibleDescription(summary());
}

void BalanceBar::setAnalysis(const core::StoryAnalysis &analysis)
{
    m_empty = analysis.totalWords() == 0;
    m_tooShort = analysis.totalWords() < core::StoryAnalysis::BalanceMinWords;
    for (int i = 0; i < int(m_rows.size()); ++i) {
        const core::StoryAnalysis::Share share = core::StoryAnalysis::Shares[i];
        m_rows[i].percent = analysis.percent(share);
        m_rows[i].fit = analysis.fit(share);
    }
    setAccessibleDescription(summary());
    setToolTip(summary());
    update();
}

QString BalanceBar::summary() const
{
    QStringList parts;
    for (const Row &row : m_rows) {
        const QString aim = QStringLiteral("%1–%2%").arg(row.target.min).arg(row.target.max);
        parts << (m_empty ? tr("%1: nothing yet (aim for %2)").arg(row.name, aim)
                          : tr("%1: %2% (aim for %3)").arg(row.name).arg(row.percent).arg(aim));
    }
    return parts.join(QStringLiteral("\n"));
}

int BalanceBar::rowHeight() const
{
    return fontMetrics().height() + 10;
}

int BalanceBar::labelWidth() const
{
    int width = 0;
    for (const Row &row : m_rows)
        width = std::max(width, fontMetrics().horizontalAdvance(row.name));
    return width + 10;
}

QSize BalanceBar::sizeHint() const
{
    return {labelWidth() + 220, rowHeight() * int(m_rows.size())};
}

QSize BalanceBar::minimumSizeHint() const
{
    return {labelWidth() + 120, rowHeight() * int(m_rows.size())};
}

void BalanceBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics = fontMetrics();
    const int label = labelWidth();
    const int number = metrics.horizontalAdvance(QStringLiteral("100%")) + 10;
    const int trackLeft = label;
    const int trackWidth = std::max(40, width() - label - number);
    const int height = rowHeight();
    const QColor text = palette().color(QPalette::WindowText);
    const QColor track = palette().color(QPalette::Base).darker(108);

    for (int i = 0; i < int(m_rows.size()); ++i) {
        const Row &row = m_rows[i];
        const int top = i * height;
        const QRect labelRect(0, top, label - 6, height);
        painter.setPen(text);
        painter.drawText(labelRect, Qt::AlignVCenter | Qt::AlignLeft, row.name);

        const QRectF trackRect(trackLeft, top + height / 2.0 - 7, trackWidth, 14);
        painter.setPen(QPen(palette().color(QPalette::Mid), 1));
        painter.setBrush(track);
        painter.drawRoundedRect(trackRect, 3, 3);
        const QRectF band(trackRect.left() + trackWidth * row.target.min / 100.0, trackRect.top(),
                          trackWidth * (row.target.max - row.target.min) / 100.0, trackRect.height());
        painter.setPen(Qt::NoPen);
        painter.setBrush(ThemeColors::blend(track, fillColor(Fit::InTarget), 0.3)); // pale on light, deep on dark
        painter.drawRect(band);

        if (!m_empty && row.percent > 0) {
            const QRectF fill(trackRect.left(), trackRect.top() + 4, trackWidth * row.percent / 100.0,
                              trackRect.height() - 8);
            painter.setBrush(m_tooShort ? palette().color(QPalette::Mid) : fillColor(row.fit));
            painter.drawRoundedRect(fill, 2, 2);
        }
        // The band's outline goes over the fill, so the target stays visible where the
        // fill crosses it.
        painter.setPen(QPen(QColor(0x2e, 0x7d, 0x32), 1.5));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(band);

        painter.setPen(text);
        const QRect numberRect(trackLeft + trackWidth + 6, top, number - 6, height);
        painter.drawText(numberRect, Qt::AlignVCenter | Qt::AlignRight,
                         m_empty ? QStringLiteral("–") : QStringLiteral("%1%").arg(row.percent));
    }
}

} // namespace rehearse::ui
