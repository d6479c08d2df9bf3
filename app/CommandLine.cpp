#include "CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>

CommandLine CommandLine::parse(const QStringList &arguments)
{
    CommandLine result;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("CommandLine", "Practise job interviews on camera, offline and private."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("CommandLine",
                                    "Keep the database and recordings in <dir> instead of the usual place."),
        QStringLiteral("dir"));
    const QCommandLineOption import(
        QStringLiteral("import"),
        QCoreApplication::translate("CommandLine",
                                    "Import <file> without opening a window, and exit: a pack (.json), or "
                                    "questions (.csv, or .json in the question format)."),
        QStringLiteral("file"));
    parser.addOption(dataDir);
    parser.addOption(import);
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QCoreApplication::translate("CommandLine", "A pack file to offer for import."),
                                 QStringLiteral("[file]"));

    if (!parser.parse(arguments)) {
        result.action = Action::Exit;
        result.exitCode = 2;
        result.output = parser.errorText();
        return result;
    }
    if (parser.isSet(help)) {
        result.action = Action::Exit;
        result.output = parser.helpText().replace(QStringLiteral("<executable_name>"), QStringLiteral("rehearse"));
        return result;
    }
    if (parser.isSet(version)) {
        result.action = Action::Exit;
        result.output
            = QStringLiteral("%1 %2").arg(QCoreApplication::applicationName(), QCoreApplication::applicationVersion());
        return result;
    }
    result.dataDir = parser.value(dataDir);
    if (parser.isSet(dataDir) && result.dataDir.trimmed().isEmpty()) {
        result.action = Action::Exit;
        result.exitCode = 2;
        result.output = QCoreApplication::translate("CommandLine", "--data-dir needs a folder.");
        return result;
    }
    if (parser.isSet(import)) {
        result.action = Action::Import;
        result.importFile = parser.value(import);
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        result.action = Action::Exit;
        result.exitCode = 2;
        result.output = QCoreApplication::translate("CommandLine", "Give at most one file to open.");
        return result;
    }
    if (!positional.isEmpty())
        result.openFile = positional.first();
    return result;
}
