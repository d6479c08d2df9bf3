#pragma once

#include <QWidget>

namespace rehearse::ui {

// A panel whose feature is still being built: it says what will be there.
class PlaceholderPanel : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaceholderPanel)

public:
    PlaceholderPanel(const QString &title, const QString &description, QWidget *parent = nullptr);
};

} // namespace rehearse::ui
