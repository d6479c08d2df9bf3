#include "ui/FocusChain.h"

#include <QWidget>

namespace rehearse::ui {

void setTabChain(const QList<QWidget *> &widgets)
{
    for (qsizetype i = 1; i < widgets.size(); ++i)
        QWidget::setTabOrder(widgets[i - 1], widgets[i]);
}

} // namespace rehearse::ui
