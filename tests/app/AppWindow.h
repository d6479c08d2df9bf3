#pragma once

#include "core/DataDir.h"
#include "core/Database.h"
#include "ui/MainWindow.h"

#include <QString>

#include <memory>

namespace rehearse::test {

// The real main window on a data folder, opened as main.cpp does for --data-dir (settings
// beside the data, the shipped packs imported), shown and active. For the helper programs
// that a test kills while they type.
class AppWindow final {
public:
    explicit AppWindow(const QString &dataPath);

    // Why the window is not up, for the helper's error line; empty when it is.
    const QString &error() const { return m_error; }
    ui::MainWindow &window() { return *m_window; }

private:
    core::DataDir m_dataDir;
    std::unique_ptr<core::Database> m_database;
    std::unique_ptr<ui::MainWindow> m_window;
    QString m_error;
};

} // namespace rehearse::test
