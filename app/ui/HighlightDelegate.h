#pragma once

#include <QStringList>
#include <QStyledItemDelegate>

namespace rehearse::ui {

// Draws a cell's text with the words being searched for in bold: each word of the text
// that starts with a search word has that start highlighted, as the search matched it.
class HighlightDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HighlightDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void setWords(const QStringList &words) { m_words = words; }

    // The text as HTML with the matching word starts in <b>; everything else escaped.
    static QString highlighted(const QString &text, const QStringList &words);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QStringList m_words;
};

} // namespace rehearse::ui
