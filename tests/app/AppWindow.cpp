#include "AppWindow.h"

#include "core/PackImporter.h"

#include <QApplication>
#include <QSettings>
#include <QTest>

namespace rehearse::test {

AppWindow::AppWindow(const QString &dataPath)
    : m_dataDir(dataPath)
{
    if (!m_dataDir.prepare(&m_error))
        return;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dataDir.path());
    m_database = std::make_unique<core::Database>(m_dataDir.databasePath());
    if (!m_database->open(&m_error))
        return;
    core::PackImporter(m_database->connection()).importBundled();

    m_window = std::make_unique<ui::MainWindow>(*m_database, m_dataDir);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    if (!QTest::qWaitForWindowActive(m_window.get()))
        m_error = QStringLiteral("the window did not become active");
}

} // namespace rehearse::test
