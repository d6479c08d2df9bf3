#pragma once

#include "core/DataDir.h"
#include "core/InterviewPlan.h"
#include "core/SteadyClock.h"

#include <QFuture>
#include <QMainWindow>

class QLabel;

#include <array>
#include <memory>

namespace Ui {
class MainWindow;
}

namespace rehearse::core {
class Database;
}

namespace rehearse::ui {

// Navigation and panels. It assembles; the panels decide. Each panel is built the first
// time it is shown, so start-up pays only for the first screen.
class SpeechAnalysisQueue;

class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum Panel { Guide, Questions, Stories, Practice, History, Progress, PanelCount };

    MainWindow(core::Database &database, core::DataDir dataDir, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPanel(int index);
    int currentPanel() const;
    // The panel at index, built on first use.
    QWidget *panel(int index);

    // Offers a pack file for import (File › Import Pack…, or a file given at start).
    void importPackFile(const QString &path);
    // File › My Interview… and File › Manage Packs….
    void editInterview();
    void managePacks();
    // Saves the user's interview and points the Guide, Questions and Practice at it.
    void setPlan(const core::InterviewPlan &plan);
    QString daysLeftText() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createPanel(int index);
    void chooseAndImportPack();
    void showShortcuts();
    void showAbout();
    void restoreWindowState();
    void saveWindowState() const;
    void applyPlan();
    void recoverUnfinishedAnswers();
    void startStartupProbe();
    void packsChanged();

    std::unique_ptr<Ui::MainWindow> m_ui;
    core::Database &m_database;
    core::DataDir m_dataDir;
    core::SteadyClock m_clock;
    std::array<QWidget *, PanelCount> m_panels{};
    core::InterviewPlan m_plan;
    QLabel *m_daysLeft = nullptr;
    // Measures each answer's speech in the background once it is saved (issue #10).
    SpeechAnalysisQueue *m_speech = nullptr;
    QFuture<void> m_recovery;
    bool m_recoveryStarted = false;
};

} // namespace rehearse::ui
