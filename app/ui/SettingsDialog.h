#pragma once

#include "core/Preferences.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace rehearse::media {
class DeviceCatalog;
}

namespace rehearse::ui {

// Practice times, the camera and microphone to use, and the interface language. Devices plugged in or out while
// it is open appear and disappear; the chosen ones are remembered by id and name.
class SettingsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    SettingsDialog(const core::Preferences &preferences, media::DeviceCatalog *devices, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    core::Preferences preferences() const;

signals:
    void rubricRequested();

private:
    void fillLanguages();
    void fillCameras();
    void fillMicrophones();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    core::Preferences m_preferences;
    media::DeviceCatalog *m_devices;
};

} // namespace rehearse::ui
