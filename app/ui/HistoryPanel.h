#pragma once

#include "ui/PlaceholderPanel.h"

namespace rehearse::ui {

class HistoryPanel final : public PlaceholderPanel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPanel)

public:
    explicit HistoryPanel(QWidget *parent = nullptr);
};

} // namespace rehearse::ui
