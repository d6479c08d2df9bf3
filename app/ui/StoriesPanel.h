#pragma once

#include "ui/PlaceholderPanel.h"

namespace rehearse::ui {

class StoriesPanel final : public PlaceholderPanel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoriesPanel)

public:
    explicit StoriesPanel(QWidget *parent = nullptr);
};

} // namespace rehearse::ui
