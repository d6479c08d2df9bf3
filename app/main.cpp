#include "CommandLine.h"
#include "Version.h"

#include "core/DataDir.h"
#include "core/Database.h"
#include "core/PackImporter.h"
#include "core/PackReader.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QSettings>
#include <QTranslator>

#include <cstdio>

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

int runImport(int argc, char *argv[], const core::DataDir &dataDir, const QString &file)
{
    QCoreApplication app(argc, argv);
    core::Database database(dataDir.databasePath());
    QString error;
    if (!database.open(&error)) {
        print(stderr, QStringLiteral("rehearse: ") + error);
        return 2;
    }
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

void installTranslations(QApplication &app)
{
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("rehearse"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("rehearse"));
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

    // A bad pack file is refused before anything is created or opened.
    if (commandLine.action == CommandLine::Action::Import
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

    if (commandLine.action == CommandLine::Action::Import)
        return runImport(argc, argv, dataDir, commandLine.importFile);

    QApplication app(argc, argv);
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Rehearse"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.rehearse.Rehearse"));
    installTranslations(app);

    core::Database database(dataDir.databasePath());
    if (!database.open(&error)) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Rehearse cannot open your data"), error);
        return 2;
    }
    const QStringList bundled = core::PackImporter(database.connection()).importBundled();
    for (const QString &line : bundled)
        qInfo().noquote() << line;

    ui::MainWindow window(database, dataDir);
    window.show();
    if (!commandLine.openFile.isEmpty()) {
        const auto answer = QMessageBox::question(
            &window, QCoreApplication::translate("main", "Import pack?"),
            QCoreApplication::translate("main", "Import the pack %1?").arg(commandLine.openFile));
        if (answer == QMessageBox::Yes)
            window.importPackFile(commandLine.openFile);
    }
    return app.exec();
}
