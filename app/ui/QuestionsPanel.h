#pragma once

#include "ui/PlaceholderPanel.h"

namespace rehearse::ui {

class QuestionsPanel final : public PlaceholderPanel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuestionsPanel)

public:
    explicit QuestionsPanel(QWidget *parent = nullptr);
};

} // namespace rehearse::ui
