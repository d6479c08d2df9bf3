#pragma once

#include "ui/PlaceholderPanel.h"

namespace rehearse::ui {

class ProgressPanel final : public PlaceholderPanel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressPanel)

public:
    explicit ProgressPanel(QWidget *parent = nullptr);
};

} // namespace rehearse::ui
