// Rehearse on a large profile (bench/LargeProfile: 100,000 questions, 2,000 scored
// attempts, 200 stories): the main window from construction to its first paint, switching
// to each panel (first opening and coming back), idle memory, and the longest stall of the
// GUI thread during a practice answer on the virtual camera and microphone. Each timed
// figure is repeated and printed as median with min–max.
// Usage: bench/run-app-benchmark.sh (starts the virtual devices)

#include "LargeProfile.h"

#include "core/DataDir.h"
#include "core/Database.h"
#include "core/PracticeSession.h"
#include "core/Preferences.h"
#include "media/PracticeController.h"
#include "ui/MainWindow.h"
#include "ui/PracticePanel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace rehearse;

namespace {

struct Spread {
    double median = 0;
    double low = 0;
    double high = 0;
};

Spread spread(QList<double> values)
{
    std::sort(values.begin(), values.end());
    if (values.isEmpty())
        return {};
    return {values.at(values.size() / 2), values.first(), values.last()};
}

double rssMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

// Paints the window now, as the first frame would be, and returns the elapsed ms.
double paintNow(QWidget &window, QElapsedTimer &timer)
{
    window.repaint();
    QApplication::processEvents();
    return timer.nsecsElapsed() / 1e6;
}

// Runs the event loop for ms, recording how late a 5 ms timer fires at worst.
double longestStall(int ms, const std::function<void()> &during = {})
{
    QElapsedTimer since;
    since.start();
    double worst = 0;
    qint64 last = since.nsecsElapsed();
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = since.nsecsElapsed();
        worst = std::max(worst, (now - last) / 1e6 - 5.0);
        last = now;
    });
    tick.start(5);
    if (during)
        QTimer::singleShot(0, during);
    while (since.elapsed() < ms)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    return worst;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    // --make-profile DIR: only fill DIR with the large profile (for the start-up script).
    if (argc == 3 && QByteArray(argv[1]) == "--make-profile") {
        const core::DataDir target(QString::fromLocal8Bit(argv[2]));
        QString error;
        core::Database database(target.databasePath());
        if (!target.prepare(&error) || !database.open(&error))
            qFatal("%s", qPrintable(error));
        error = bench::LargeProfile().fill(database, target.path());
        if (!error.isEmpty())
            qFatal("profile: %s", qPrintable(error));
        return 0;
    }
    QTemporaryDir dir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
    const core::DataDir dataDir(dir.path());
    QString error;
    if (!dataDir.prepare(&error))
        qFatal("%s", qPrintable(error));
    core::Database database(dataDir.databasePath());
    if (!database.open(&error))
        qFatal("%s", qPrintable(error));

    QElapsedTimer timer;
    timer.start();
    const bench::LargeProfile profile;
    error = profile.fill(database, dir.path());
    if (!error.isEmpty())
        qFatal("profile: %s", qPrintable(error));
    std::printf("profile: %d questions, %d scored attempts, %d stories, made in %.1f s\n", profile.questions + 79,
                profile.attempts, profile.stories, timer.elapsed() / 1000.0);
    std::fflush(stdout);

    // The window to its first paint (the Guide), five times.
    QList<double> shown;
    for (int run = 0; run < 5; ++run) {
        timer.restart();
        ui::MainWindow window(database, dataDir);
        window.show();
        shown << paintNow(window, timer);
    }

    // Panels: each opened for the first time, then shown again, in three windows.
    QList<QList<double>> first(ui::MainWindow::PanelCount);
    QList<QList<double>> again(ui::MainWindow::PanelCount);
    double idleMb = 0;
    for (int run = 0; run < 3; ++run) {
        ui::MainWindow window(database, dataDir);
        window.show();
        QApplication::processEvents();
        if (run == 0) {
            longestStall(1000);
            idleMb = rssMegabytes();
        }
        for (int round = 0; round < 2; ++round) {
            for (int panel = 0; panel < ui::MainWindow::PanelCount; ++panel) {
                const int target = (panel + 1) % ui::MainWindow::PanelCount; // Guide is already open
                timer.restart();
                window.showPanel(target);
                (round == 0 ? first : again)[target] << paintNow(window, timer);
            }
        }
    }
    const double afterPanelsMb = rssMegabytes();

    const QStringList names = {QStringLiteral("Guide"),    QStringLiteral("Questions"), QStringLiteral("Stories"),
                               QStringLiteral("Practice"), QStringLiteral("History"),   QStringLiteral("Progress")};
    const Spread window = spread(shown);
    std::printf("main window to first paint (in process, 5 runs): median %.0f ms (%.0f–%.0f)\n", window.median,
                window.low, window.high);
    for (int panel = 0; panel < ui::MainWindow::PanelCount; ++panel) {
        const Spread open = spread(first[panel]);
        const Spread back = spread(again[panel]);
        std::printf("panel %-9s first open median %5.1f ms (%.1f–%.1f), shown again median %4.1f ms (%.1f–%.1f)\n",
                    qPrintable(names.at(panel)), open.median, open.low, open.high, back.median, back.low, back.high);
    }
    std::printf("idle memory with the window shown: %.0f MB RSS; after opening every panel three times: %.0f MB\n",
                idleMb, afterPanelsMb);
    std::fflush(stdout);

    // A practice answer: 2 s preparing, 5 s recording, then saving, with a 5 ms timer
    // measuring how late the GUI thread is.
    core::Preferences preferences = core::Preferences::load();
    preferences.prepSeconds = 2;
    preferences.microphoneId = "fakemic"; // the virtual microphone of run-app-benchmark.sh
    preferences.save();
    double stall = 0;
    QString practiceNote;
    {
        ui::MainWindow window(database, dataDir);
        window.show();
        window.showPanel(ui::MainWindow::Practice);
        auto *practice = static_cast<ui::PracticePanel *>(window.panel(ui::MainWindow::Practice));
        longestStall(1500); // devices come up
        core::PracticeSession *session = practice->controller()->session();
        stall = longestStall(9000, [practice] { practice->advance(); });
        QTimer::singleShot(0, practice, [practice] { practice->advance(); });
        stall = std::max(stall, longestStall(4000));
        practiceNote = session->state() == core::PracticeSession::State::Review
            ? QStringLiteral("answer recorded and saved")
            : QStringLiteral("ended in state %1").arg(int(session->state()));
    }

    std::printf("practice (2 s preparing, 5 s recording, saving): longest GUI-thread stall %.0f ms (%s)\n", stall,
                qPrintable(practiceNote));
    std::fflush(stdout);
    return 0;
}
