#include "ui/QuestionsPanel.h"

namespace rehearse::ui {

QuestionsPanel::QuestionsPanel(QWidget *parent)
    : PlaceholderPanel(tr("Questions"),
                       tr("Coming soon. The question bank: search as you type, filter by stage, category and quality, "
                          "write your own questions, and import or export them."),
                       parent)
{
}

} // namespace rehearse::ui
