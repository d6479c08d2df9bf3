#pragma once

#include <QString>
#include <QStringList>

// What the user asked for on the command line. Parsed before any application object
// exists, so that --help, --version, --import and a bad --data-dir never open a window.
class CommandLine final {
public:
    enum class Action { ShowWindow, Import, Exit };

    Action action = Action::ShowWindow;
    int exitCode = 0;
    QString output; // printed to stdout (exit code 0) or stderr (otherwise)
    QString dataDir; // empty: QStandardPaths::AppDataLocation
    QString importFile; // with Action::Import: a pack or a question file
    QString openFile; // a pack file to offer for import in the window

    static CommandLine parse(const QStringList &arguments);
};
