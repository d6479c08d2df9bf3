#include "ui/HighlightDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace rehearse::ui {

QString HighlightDelegate::highlighted(const QString &text, const QStringList &words)
{
    QString html;
    qsizetype i = 0;
    while (i < text.size()) {
        if (!text.at(i).isLetterOrNumber()) {
            html += QString(text.at(i)).toHtmlEscaped();
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && (text.at(end).isLetterOrNumber() || text.at(end).isMark()))
            ++end;
        const QStringView word = QStringView(text).mid(i, end - i);
        qsizetype bold = 0;
        for (const QString &search : words) {
            if (word.startsWith(search, Qt::CaseInsensitive))
                bold = std::max(bold, search.size());
        }
        if (bold > 0) {
            html += QStringLiteral("<b>") + word.left(bold).toString().toHtmlEscaped() + QStringLiteral("</b>")
                + word.mid(bold).toString().toHtmlEscaped();
        } else {
            html += word.toString().toHtmlEscaped();
        }
        i = end;
    }
    return html;
}

void HighlightDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (m_words.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const QString text = item.text;
    item.text.clear();
    QStyle *style = item.widget ? item.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, item.widget);

    const QRect area = style->subElementRect(QStyle::SE_ItemViewItemText, &item, item.widget).adjusted(2, 0, -2, 0);
    const QString shown = item.fontMetrics.elidedText(text, Qt::ElideRight, area.width());
    const QColor color
        = item.palette.color(item.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text);
    QTextDocument document;
    document.setDocumentMargin(0);
    document.setDefaultFont(item.font);
    document.setHtml(QStringLiteral("<span style=\"color:%1; white-space:pre\">%2</span>")
                         .arg(color.name(), highlighted(shown, m_words)));
    painter->save();
    painter->translate(area.left(), area.top() + (area.height() - document.size().height()) / 2);
    document.drawContents(painter, QRectF(0, 0, area.width(), area.height()));
    painter->restore();
}

} // namespace rehearse::ui
