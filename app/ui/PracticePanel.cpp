#include "ui/PracticePanel.h"

namespace rehearse::ui {

PracticePanel::PracticePanel(QWidget *parent)
    : PlaceholderPanel(tr("Practice"),
                       tr("Coming soon. Timed answers on camera: 30 seconds to prepare, then up to 2 minutes "
                          "to answer, saved as an attempt you can replay and score."),
                       parent)
{
}

} // namespace rehearse::ui
