#include "ui/StoriesPanel.h"

namespace rehearse::ui {

StoriesPanel::StoriesPanel(QWidget *parent)
    : PlaceholderPanel(
        tr("Stories"),
        tr("Coming soon. The STAR story workshop: write six to eight stories in situation, task, action and result "
           "form, tie each to the qualities the company screens for, and see which qualities still lack a story."),
        parent)
{
}

} // namespace rehearse::ui
