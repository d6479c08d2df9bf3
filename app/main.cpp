#include "CommandLine.h"
#include "DataRecovery.h"
#include "SingleInstance.h"
#include "Version.h"

#include "core/DataDir.h"
#include "core/Database.h"
#include "core/InstanceLock.h"
#include "core/Languages.h"
#include "core/PackImporter.h"
#include "core/PackReader.h"
#include "core/Preferences.h"
#include "core/QuestionTransfer.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QSet>
#include <QSettings>
#include <QtConcurrent>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace rehearse;

namespace {

void print(FILE *stream, const QString &text)
{
    QString line = text;
    while (line.endsWith(QLatin1Char('\n')))
        line.chop(1);
    const QByteArray bytes = line.toLocal8Bit();
    std::fprintf(stream, "%s\n", bytes.constData());
}

QStringList arguments(int argc, char *argv[])
{
    QStringList list;
    for (int i = 0; i < argc; ++i)
        list << QString::fromLocal8Bit(argv[i]);
    return list;
}

bool printIssues(const QString &file, const core::PackIssues &issues)
{
    if (issues.isEmpty())
        return false;
    print(stderr,
          QCoreApplication::translate("main", "rehearse: %1 is not a valid pack; nothing was imported:").arg(file));
    for (const core::PackIssue &issue : issues)
        print(stderr, QStringLiteral("  ") + issue.toString());
    return true;
}

// Opens the database without a window, then takes the daily backup when it is due: an
// import is a start too, and it writes.
bool openHeadless(core::Database &database, const core::DataDir &dataDir)
{
    QString error;
    if (!DataRecovery::openHeadless(database, dataDir, &error)) {
        print(stderr, QStringLiteral("rehearse: ") + error);
        return false;
    }
    const QString backup = DataRecovery::backUpIfDue(database, dataDir);
    if (!backup.isEmpty())
        print(stderr,
              QCoreApplication::translate("main", "rehearse: the daily backup was not written: %1").arg(backup));
    return true;
}

int runImport(int argc, char *argv[], const core::DataDir &dataDir, const QString &file)
{
    QCoreApplication app(argc, argv);
    core::Database database(dataDir.databasePath());
    if (!openHeadless(database, dataDir))
        return 2;
    core::PackImporter importer(database.connection());
    const core::PackImporter::Result result = importer.importFile(file);
    if (printIssues(file, result.issues))
        return 2;
    if (!result.error.isEmpty()) {
        print(stderr, QStringLiteral("rehearse: ") + result.error);
        return 2;
    }
    print(stdout, result.summary.describe(result.pack));
    importer.importBundled();
    return 0;
}

// "file:12: reason" for a CSV line, "file: item 3: reason" for a JSON item.
QString located(const QString &file, const core::QuestionTransfer::Issue &issue)
{
    if (issue.line > 0 && !issue.item)
        return QStringLiteral("%1:%2: %3").arg(file, QString::number(issue.line), issue.reason);
    return QStringLiteral("%1: %2").arg(file, issue.toString());
}

// A question file that cannot be read, or has a malformed row, is refused whole, so that
// a script never imports half of a file.
bool printQuestionProblems(const QString &file, const core::QuestionTransfer::Preview &preview)
{
    if (!preview.error.isEmpty()) {
        print(stderr, QStringLiteral("rehearse: %1: %2").arg(file, preview.error));
        return true;
    }
    if (preview.issues.isEmpty())
        return false;
    print(stderr,
          QCoreApplication::translate("main", "rehearse: %1 has malformed rows; nothing was imported:").arg(file));
    for (const core::QuestionTransfer::Issue &issue : preview.issues)
        print(stderr, QStringLiteral("  ") + located(file, issue));
    return true;
}

int runQuestionImport(int argc, char *argv[], const core::DataDir &dataDir, const QString &file,
                      const core::QuestionTransfer::Preview &read)
{
    QCoreApplication app(argc, argv);
    core::Database database(dataDir.databasePath());
    if (!openHeadless(database, dataDir))
        return 2;
    // As the window would at start: the shipped packs' stages and qualities can be named,
    // and their questions are not added twice.
    core::PackImporter(database.connection()).importBundled();
    core::QuestionTransfer transfer(database.connection());
    const core::QuestionTransfer::Preview preview = transfer.againstDatabase(read);
    if (printQuestionProblems(file, preview))
        return 2;
    const core::QuestionTransfer::Result result = transfer.import(preview);
    if (!result.error.isEmpty()) {
        print(stderr, QStringLiteral("rehearse: ") + result.error);
        return 2;
    }
    const QString added = result.added == 1
        ? QCoreApplication::translate("main", "Added 1 question")
        : QCoreApplication::translate("main", "Added %1 questions").arg(result.added);
    const QString skipped = result.duplicates == 1
        ? QCoreApplication::translate("main", "skipped 1 duplicate")
        : QCoreApplication::translate("main", "skipped %1 duplicates").arg(result.duplicates);
    print(stdout, QStringLiteral("%1; %2.").arg(added, skipped));
    // The preview's warnings, and the import's own, which normally repeat them.
    QList<core::QuestionTransfer::Issue> warnings = preview.warnings;
    QSet<std::pair<int, QString>> seen;
    for (const core::QuestionTransfer::Issue &issue : std::as_const(warnings))
        seen.insert({issue.line, issue.reason});
    for (const core::QuestionTransfer::Issue &issue : result.issues) {
        if (!seen.contains({issue.line, issue.reason}))
            warnings.append(issue);
    }
    std::stable_sort(warnings.begin(), warnings.end(), [](const auto &a, const auto &b) { return a.line < b.line; });
    for (const core::QuestionTransfer::Issue &issue : std::as_const(warnings))
        print(stdout, located(file, issue));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("rehearse"));
    // Settings go to ~/.config/Rehearse/rehearse.conf (or DIR/Rehearse/rehearse.ini with
    // --data-dir), not under "Unknown Organization".
    QCoreApplication::setOrganizationName(QStringLiteral("Rehearse"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REHEARSE_VERSION));
    // Qt 6.4 records only through its GStreamer backend on Linux.
    if (qEnvironmentVariableIsEmpty("QT_MEDIA_BACKEND"))
        qputenv("QT_MEDIA_BACKEND", "gstreamer");
    // Progress notes are for developers; QT_LOGGING_RULES turns them back on.
    QLoggingCategory::setFilterRules(QStringLiteral("rehearse.*.info=false"));

    const CommandLine commandLine = CommandLine::parse(arguments(argc, argv));
    if (commandLine.action == CommandLine::Action::Exit) {
        print(commandLine.exitCode == 0 ? stdout : stderr, commandLine.output);
        return commandLine.exitCode;
    }

    // A bad pack or question file is refused before anything is created or opened.
    const bool importQuestions = commandLine.action == CommandLine::Action::Import
        && core::QuestionTransfer::isQuestionFile(commandLine.importFile);
    core::QuestionTransfer::Preview questionFile;
    if (importQuestions) {
        questionFile = core::QuestionTransfer::read(commandLine.importFile);
        if (printQuestionProblems(commandLine.importFile, questionFile))
            return 2;
    } else if (commandLine.action == CommandLine::Action::Import
               && printIssues(commandLine.importFile, core::PackReader::readFile(commandLine.importFile).issues)) {
        return 2;
    }

    const core::DataDir dataDir(commandLine.dataDir.isEmpty() ? core::DataDir::defaultPath() : commandLine.dataDir);
    QString error;
    if (!dataDir.prepare(&error)) {
        print(stderr, QStringLiteral("rehearse: ") + error);
        return 2;
    }
    if (!commandLine.dataDir.isEmpty()) {
        // Portable use: settings live beside the data too.
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dataDir.path());
    }

    // One writer per data folder. The lock is taken before the database is opened, and
    // a process that was killed leaves a stale lock that the next start takes over.
    core::InstanceLock lock(dataDir.path());
    const core::InstanceLock::State locked = lock.tryLock(&error);
    if (locked == core::InstanceLock::State::Failed) {
        print(stderr, QStringLiteral("rehearse: ") + error);
        return 2;
    }
    const bool runningElsewhere = locked == core::InstanceLock::State::HeldByAnother;
    if (runningElsewhere && commandLine.action == CommandLine::Action::Import) {
        print(stderr,
              QCoreApplication::translate("main",
                                          "rehearse: Rehearse is already running on %1 (process %2); close it and "
                                          "try again. Nothing was imported.")
                  .arg(QDir::toNativeSeparators(dataDir.path()))
                  .arg(lock.ownerPid()));
        return 2;
    }

    if (importQuestions)
        return runQuestionImport(argc, argv, dataDir, commandLine.importFile, questionFile);
    if (commandLine.action == CommandLine::Action::Import)
        return runImport(argc, argv, dataDir, commandLine.importFile);

    QApplication app(argc, argv);
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Rehearse"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.rehearse.Rehearse"));
    // The language chosen in Settings, else the system's.
    core::Languages::install(&app, core::Languages::localeFor(core::Preferences::load().language));

    // Another start has the folder: its window comes to the front, unless it was an
    // --import that has finished meanwhile.
    if (runningElsewhere) {
        const SingleInstance::Reply reply = SingleInstance::askToRaise(
            dataDir.path(), 5000, [&lock] { return lock.tryLock(nullptr) == core::InstanceLock::State::Locked; });
        if (reply == SingleInstance::Reply::Raised) {
            print(stdout,
                  QCoreApplication::translate("main",
                                              "Rehearse is already running on %1; brought its window to the "
                                              "front.")
                      .arg(QDir::toNativeSeparators(dataDir.path())));
            return 0;
        }
        if (reply == SingleInstance::Reply::NoAnswer) {
            print(stderr,
                  QCoreApplication::translate("main",
                                              "rehearse: Rehearse is already running on %1 (process %2) but does "
                                              "not answer; close it and try again.")
                      .arg(QDir::toNativeSeparators(dataDir.path()))
                      .arg(lock.ownerPid()));
            return 2;
        }
    }
    // Without the channel a later start cannot raise this window, but the lock still
    // keeps it from opening the data.
    SingleInstance instance(dataDir.path());
    instance.listen(nullptr);

    // SQLite's integrity check reads the whole file (0.07 s for 55 MB): it runs on a worker
    // while the window is built, and nothing is written and nothing shown until it passed.
    // A new, damaged or older file goes the careful way: check, dialog, upgrade, then build.
    core::Database database(dataDir.databasePath());
    std::unique_ptr<ui::MainWindow> built;
    {
        const QFuture<core::Database::Failure> check
            = QtConcurrent::run([path = dataDir.databasePath()] { return core::Database::quickCheck(path, nullptr); });
        if (database.open(nullptr, core::Database::Check::Deferred))
            built = std::make_unique<ui::MainWindow>(database, dataDir);
        if (check.result() != core::Database::Failure::None) {
            built.reset();
            database.releaseConnection();
        }
    }
    if (!built && !DataRecovery::openWithDialog(database, dataDir))
        return 2;
    QFuture<void> dailyBackup = DataRecovery::backUpInBackground(database, dataDir);
    // Only a shipped pack newer than the one stored is imported (PackImporter compares
    // versions); the rare start that imports one builds the window again to show it.
    const QStringList bundled = core::PackImporter(database.connection()).importBundled();
    for (const QString &line : bundled)
        qInfo().noquote() << line;
    if (!bundled.isEmpty())
        built.reset();
    if (!built)
        built = std::make_unique<ui::MainWindow>(database, dataDir);
    ui::MainWindow &window = *built;
    window.show();
    QObject::connect(&instance, &SingleInstance::raiseRequested, &window, [&window] {
        // Not showNormal(): that would also undo a maximised window.
        window.setWindowState((window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
        window.show();
        window.raise();
        window.activateWindow();
    });
    if (!commandLine.openFile.isEmpty()) {
        const auto answer = QMessageBox::question(
            &window, QCoreApplication::translate("main", "Import pack?"),
            QCoreApplication::translate("main", "Import the pack %1?").arg(commandLine.openFile));
        if (answer == QMessageBox::Yes)
            window.importPackFile(commandLine.openFile);
    }
    const int code = app.exec();
    dailyBackup.waitForFinished();
    return code;
}
