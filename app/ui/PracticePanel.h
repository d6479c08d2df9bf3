#pragma once

#include "ui/PlaceholderPanel.h"

namespace rehearse::ui {

class PracticePanel final : public PlaceholderPanel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PracticePanel)

public:
    explicit PracticePanel(QWidget *parent = nullptr);
};

} // namespace rehearse::ui
