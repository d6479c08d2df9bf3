#pragma once

#include <QCoreApplication>
#include <QFuture>
#include <QString>

namespace rehearse {

namespace core {
class DataDir;
class Database;
} // namespace core

// Opens the database at start, with the way out when it is damaged, and takes the daily
// backup (core::Backups).
class DataRecovery final {
    Q_DECLARE_TR_FUNCTIONS(DataRecovery)

public:
    // With a window. A damaged file is left as it is until the user chooses: restore the
    // newest backup, start with an empty database (either way the damaged file is kept
    // aside, unchanged), or quit. True when the database is open.
    static bool openWithDialog(core::Database &database, const core::DataDir &dataDir);
    // Without a window: changes nothing when the file cannot be opened, and *message
    // says why and, for a damaged file, which backup a start with the window can restore.
    static bool openHeadless(core::Database &database, const core::DataDir &dataDir, QString *message);

    // The daily backup, when due, on the calling thread. On failure returns the reason;
    // a failed backup never stops Rehearse.
    static QString backUpIfDue(const core::Database &database, const core::DataDir &dataDir);
    // The same on a worker thread, which closes its connection when done. Wait for the
    // future before the database goes away.
    static QFuture<void> backUpInBackground(const core::Database &database, const core::DataDir &dataDir);
};

} // namespace rehearse
