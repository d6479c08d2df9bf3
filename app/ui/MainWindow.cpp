#include "ui/MainWindow.h"

#include "ui_MainWindow.h"

#include "core/Database.h"
#include "core/PackImporter.h"
#include "core/PackRepository.h"
#include "media/AttemptRecovery.h"
#include "ui/AboutBox.h"
#include "ui/GuidePanel.h"
#include "ui/HistoryPanel.h"
#include "ui/InterviewDialog.h"
#include "ui/PacksDialog.h"
#include "ui/PracticePanel.h"
#include "ui/ProgressPanel.h"
#include "ui/QuestionsPanel.h"
#include "ui/ShortcutsDialog.h"
#include "ui/SpeechAnalysisQueue.h"
#include "ui/StoriesPanel.h"

#include <QCloseEvent>
#include <QFile>
#include <QTimer>

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QLabel>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QVBoxLayout>
#include <QtConcurrent>
#include <cstdio>

namespace rehearse::ui {

namespace {

const auto GeometryKey = QStringLiteral("window/geometry");
const auto StateKey = QStringLiteral("window/state");
const auto PanelKey = QStringLiteral("window/panel");

QString panelName(int index)
{
    switch (index) {
    case MainWindow::Guide:
        return MainWindow::tr("Guide");
    case MainWindow::Questions:
        return MainWindow::tr("Questions");
    case MainWindow::Stories:
        return MainWindow::tr("Stories");
    case MainWindow::Practice:
        return MainWindow::tr("Practice");
    case MainWindow::History:
        return MainWindow::tr("History");
    case MainWindow::Progress:
        return MainWindow::tr("Progress");
    default:
        return {};
    }
}

QString stageTitle(const QSqlDatabase &db, const core::InterviewPlan &plan)
{
    if (plan.stageSlug.isEmpty())
        return {};
    for (const core::PackStage &stage : core::PackRepository(db).load(plan.packSlug).stages) {
        if (stage.id == plan.stageSlug)
            return stage.title;
    }
    return {};
}

} // namespace

MainWindow::MainWindow(core::Database &database, core::DataDir dataDir, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_database(database)
    , m_dataDir(std::move(dataDir))
{
    m_ui->setupUi(this);
    setWindowIcon(AboutBox::applicationIcon());
    m_ui->navigation->setStyleSheet(QStringLiteral("QListWidget { padding-top: 12px; }"
                                                   "QListWidget::item { padding-left: 18px; }"));
    QFont navigationFont = m_ui->navigation->font();
    navigationFont.setPointSizeF(navigationFont.pointSizeF() * 1.1);
    m_ui->navigation->setFont(navigationFont);

    for (int index = 0; index < PanelCount; ++index) {
        auto *item = new QListWidgetItem(panelName(index), m_ui->navigation);
        item->setSizeHint(QSize(0, 40));
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(panelName(index)).arg(index + 1));
        auto *host = new QWidget(m_ui->panels);
        auto *layout = new QVBoxLayout(host);
        layout->setContentsMargins(0, 0, 0, 0);
        m_ui->panels->addWidget(host);

        auto *action = m_ui->menuGo->addAction(panelName(index));
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + index)));
        connect(action, &QAction::triggered, this, [this, index] { showPanel(index); });
    }
    connect(m_ui->navigation, &QListWidget::currentRowChanged, this, &MainWindow::showPanel);

    connect(m_ui->actionImportPack, &QAction::triggered, this, &MainWindow::chooseAndImportPack);
    connect(m_ui->actionMyInterview, &QAction::triggered, this, &MainWindow::editInterview);
    connect(m_ui->actionManagePacks, &QAction::triggered, this, &MainWindow::managePacks);
    m_daysLeft = new QLabel(this);
    m_daysLeft->setObjectName(QStringLiteral("daysLeft"));
    m_daysLeft->setContentsMargins(8, 0, 8, 0);
    statusBar()->addPermanentWidget(m_daysLeft);
    m_speech = new SpeechAnalysisQueue(m_database.connection(), m_dataDir.path(), this);
    // The status bar says how the speech analysis goes; its label is added on first use,
    // as even a hidden permanent widget takes room there.
    connect(m_speech, &SpeechAnalysisQueue::statusChanged, this,
            [this, label = static_cast<QLabel *>(nullptr)]() mutable {
                const QString text = m_speech->statusText();
                if (!label && text.isEmpty())
                    return;
                if (!label) {
                    label = new QLabel(this);
                    label->setObjectName(QStringLiteral("speechQueueStatus"));
                    statusBar()->addPermanentWidget(label);
                }
                label->setText(text);
                label->setVisible(!text.isEmpty());
            });
    m_plan = core::InterviewPlanRepository(m_database.connection()).plan();
    applyPlan();
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionSettings, &QAction::triggered, this, [this] {
        showPanel(Practice);
        static_cast<PracticePanel *>(panel(Practice))->openSettings();
    });
    connect(m_ui->actionShortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);

    restoreWindowState();
    if (qEnvironmentVariableIsSet("REHEARSE_STARTUP_PROBE"))
        startStartupProbe();
}

void MainWindow::startStartupProbe()
{
    // For bench/run-startup-benchmark.sh: once the event loop runs (the window is shown),
    // paint, print the wall clock, then after a second of idling the resident memory,
    // and quit.
    QTimer::singleShot(0, this, [this] {
        repaint();
        std::printf("shown-at-ms %lld\n", QDateTime::currentMSecsSinceEpoch());
        std::fflush(stdout);
        QTimer::singleShot(1000, this, [] {
            QFile status(QStringLiteral("/proc/self/status"));
            if (status.open(QIODevice::ReadOnly)) {
                for (const QByteArray &line : status.readAll().split('\n')) {
                    if (line.startsWith("VmRSS:"))
                        std::printf("idle-rss-kb %s\n", line.mid(6).trimmed().split(' ').first().constData());
                }
            }
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
    });
}

MainWindow::~MainWindow()
{
    // The panels end while the window is whole, not from ~QWidget: Practice's microphone
    // stops when it is hidden or deleted, and Qt 6.4's audio source runs a nested event
    // loop as it stops, in which queued signals (speech analysis progress) would reach a
    // half-destroyed MainWindow. Hidden first, so that each panel saves as on leaving.
    hide();
    for (QWidget *&panel : m_panels) {
        delete panel;
        panel = nullptr;
    }
    // The repair uses the database, which is closed after the window.
    m_recovery.waitForFinished();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // Not in the constructor: the repair writes, and a window is built while the start-up
    // integrity check still runs (main.cpp); it is shown only once that passed.
    if (!m_recoveryStarted) {
        m_recoveryStarted = true;
        recoverUnfinishedAnswers();
    }
}

void MainWindow::recoverUnfinishedAnswers()
{
    // Answers cut off by a crash or a hang are repaired on a worker, so the window paints
    // first; the status bar says what came of them.
    const QList<core::Attempt> pending = media::AttemptRecovery::pending(m_database.connection());
    if (pending.isEmpty())
        return;
    statusBar()->showMessage(pending.size() == 1
                                 ? tr("Checking an answer cut off when Rehearse last stopped…")
                                 : tr("Checking %1 answers cut off when Rehearse last stopped…").arg(pending.size()));
    auto *watcher = new QFutureWatcher<media::AttemptRecovery::Report>(this);
    connect(watcher, &QFutureWatcher<media::AttemptRecovery::Report>::finished, this, [this, watcher] {
        const media::AttemptRecovery::Report report = watcher->result();
        watcher->deleteLater();
        statusBar()->showMessage(report.summary());
        if (auto *history = qobject_cast<HistoryPanel *>(m_panels[History]))
            history->reload();
    });
    const QFuture<media::AttemptRecovery::Report> future
        = media::AttemptRecovery::recoverInBackground(m_database, m_dataDir.path(), pending);
    m_recovery = QFuture<void>(future);
    watcher->setFuture(future);
}

int MainWindow::currentPanel() const
{
    return m_ui->panels->currentIndex();
}

QWidget *MainWindow::panel(int index)
{
    if (index < 0 || index >= PanelCount)
        return nullptr;
    if (!m_panels[index]) {
        m_panels[index] = createPanel(index);
        m_ui->panels->widget(index)->layout()->addWidget(m_panels[index]);
    }
    return m_panels[index];
}

QWidget *MainWindow::createPanel(int index)
{
    switch (index) {
    case Guide: {
        auto *guide = new GuidePanel(m_database.connection());
        connect(guide, &GuidePanel::planRequested, this, &MainWindow::editInterview);
        return guide;
    }
    case Questions: {
        auto *questions = new QuestionsPanel(m_database);
        connect(questions, &QuestionsPanel::practiseRequested, this, [this](qint64 questionId) {
            showPanel(Practice);
            static_cast<PracticePanel *>(panel(Practice))->practise(questionId);
        });
        questions->applyPlan(m_plan);
        return questions;
    }
    case Stories:
        return new StoriesPanel(m_database.connection());
    case Practice: {
        auto *practice = new PracticePanel(m_database.connection(), m_dataDir.path(), m_clock);
        practice->setPlan(m_plan.packSlug, m_plan.stageSlug, stageTitle(m_database.connection(), m_plan));
        connect(practice, &PracticePanel::reviewRequested, this, [this](qint64 attemptId) {
            showPanel(History);
            static_cast<HistoryPanel *>(panel(History))->review(attemptId);
        });
        connect(practice, &PracticePanel::attemptSaved, this, [this](qint64 attemptId) {
            m_speech->enqueue(attemptId);
            if (auto *history = static_cast<HistoryPanel *>(m_panels[History]))
                history->reload();
        });
        return practice;
    }
    case History: {
        auto *history = new HistoryPanel(m_database.connection(), m_dataDir.path());
        history->setSpeechQueue(m_speech);
        connect(history, &HistoryPanel::practiseRequested, this, [this](qint64 questionId) {
            showPanel(Practice);
            static_cast<PracticePanel *>(panel(Practice))->practise(questionId);
        });
        return history;
    }
    case Progress:
        return new ProgressPanel(m_database.connection());
    default:
        return nullptr;
    }
}

void MainWindow::showPanel(int index)
{
    if (!panel(index))
        return;
    m_ui->panels->setCurrentIndex(index);
    if (m_ui->navigation->currentRow() != index)
        m_ui->navigation->setCurrentRow(index);
    setWindowTitle(tr("%1 — Rehearse").arg(panelName(index)));
}

void MainWindow::chooseAndImportPack()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a Pack"), QDir::homePath(),
                                                      tr("Rehearse packs (*.json);;All files (*)"));
    if (!path.isEmpty())
        importPackFile(path);
}

void MainWindow::importPackFile(const QString &path)
{
    // Validation and the write run off the GUI thread on that thread's own connection.
    auto *watcher = new QFutureWatcher<core::PackImporter::Result>(this);
    connect(watcher, &QFutureWatcher<core::PackImporter::Result>::finished, this, [this, watcher, path] {
        const core::PackImporter::Result result = watcher->result();
        watcher->deleteLater();
        statusBar()->clearMessage();
        if (!result.issues.isEmpty()) {
            QStringList lines;
            for (const core::PackIssue &issue : result.issues)
                lines << issue.toString();
            QMessageBox box(QMessageBox::Warning, tr("Pack not imported"),
                            tr("%1 is not a valid pack, so nothing was imported. Fix the problems below and "
                               "try again.")
                                .arg(QDir::toNativeSeparators(path)),
                            QMessageBox::Ok, this);
            box.setDetailedText(lines.join(QLatin1Char('\n')));
            box.exec();
            return;
        }
        if (!result.error.isEmpty()) {
            QMessageBox::warning(this, tr("Pack not imported"), result.error);
            return;
        }
        packsChanged();
        if (auto *guide = qobject_cast<GuidePanel *>(m_panels[Guide]))
            guide->showPack(result.pack.id);
        statusBar()->showMessage(result.summary.describe(result.pack), 8000);
    });
    statusBar()->showMessage(tr("Importing %1…").arg(QDir::toNativeSeparators(path)));
    core::Database *database = &m_database;
    watcher->setFuture(QtConcurrent::run([database, path] {
        core::PackImporter::Result result = core::PackImporter(database->connection()).importFile(path);
        database->releaseConnection();
        return result;
    }));
}

void MainWindow::editInterview()
{
    InterviewDialog dialog(m_database.connection(), m_plan, this);
    if (dialog.exec() == QDialog::Accepted)
        setPlan(dialog.plan());
}

void MainWindow::setPlan(const core::InterviewPlan &plan)
{
    core::InterviewPlanRepository repository(m_database.connection());
    if (!repository.setPlan(plan)) {
        QMessageBox::warning(this, tr("Not saved"),
                             tr("Your interview details were not saved: %1").arg(repository.lastError()));
        return;
    }
    m_plan = plan;
    applyPlan();
    if (auto *guide = qobject_cast<GuidePanel *>(m_panels[Guide])) {
        guide->reload();
        guide->showPack(plan.packSlug);
    }
    if (auto *questions = qobject_cast<QuestionsPanel *>(m_panels[Questions]))
        questions->applyPlan(plan);
    if (auto *practice = qobject_cast<PracticePanel *>(m_panels[Practice]))
        practice->setPlan(plan.packSlug, plan.stageSlug, stageTitle(m_database.connection(), plan));
}

void MainWindow::applyPlan()
{
    QString text;
    if (m_plan.isSet()) {
        const core::Pack pack = core::PackRepository(m_database.connection()).load(m_plan.packSlug);
        text = pack.id.isEmpty() ? QString() : pack.company;
        if (m_plan.date.isValid()) {
            const int days
                = core::InterviewPlan::daysLeft(m_plan.date, QDateTime::currentDateTime(), QTimeZone::systemTimeZone());
            text = text.isEmpty() ? core::InterviewPlan::describeDaysLeft(days)
                                  : tr("%1 interview: %2").arg(text, core::InterviewPlan::describeDaysLeft(days));
        }
    }
    m_daysLeft->setText(text);
    m_daysLeft->setToolTip(tr("Your interview — File › My Interview… (Ctrl+Shift+M) to change it"));
}

QString MainWindow::daysLeftText() const
{
    return m_daysLeft->text();
}

void MainWindow::managePacks()
{
    PacksDialog dialog(m_database.connection(), this);
    connect(&dialog, &PacksDialog::packsChanged, this, &MainWindow::packsChanged);
    dialog.exec();
}

void MainWindow::packsChanged()
{
    if (auto *guide = qobject_cast<GuidePanel *>(m_panels[Guide]))
        guide->reload();
    if (auto *questions = qobject_cast<QuestionsPanel *>(m_panels[Questions]))
        questions->refresh();
    applyPlan();
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    AboutBox::show(this, m_dataDir.path());
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray())) {
        // 1100x760, or less on a small screen (1920x1080 at 200 % is 960x540).
        QSize size(1100, 760);
        if (const QScreen *screen = this->screen())
            size = size.boundedTo(screen->availableGeometry().size() * 0.95);
        resize(size);
    }
    restoreState(settings.value(StateKey).toByteArray());
    const int last = settings.value(PanelKey, static_cast<int>(Guide)).toInt();
    showPanel(last >= 0 && last < PanelCount ? last : Guide);
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(PanelKey, currentPanel());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    event->accept();
}

} // namespace rehearse::ui
