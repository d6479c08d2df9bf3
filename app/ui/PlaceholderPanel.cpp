#include "ui/PlaceholderPanel.h"

#include <QLabel>
#include <QVBoxLayout>

namespace rehearse::ui {

PlaceholderPanel::PlaceholderPanel(const QString &title, const QString &description, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);
    auto *heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("panelTitle"));
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    heading->setFont(font);
    auto *text = new QLabel(description, this);
    text->setObjectName(QStringLiteral("panelDescription"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addStretch();
}

} // namespace rehearse::ui
