#include "ui/ProgressPanel.h"

namespace rehearse::ui {

ProgressPanel::ProgressPanel(QWidget *parent)
    : PlaceholderPanel(tr("Progress"),
                       tr("Coming soon. Charts of your scores per rubric criterion over time, attempts per week, "
                          "answer length against the time limit, and coverage of each quality."),
                       parent)
{
}

} // namespace rehearse::ui
