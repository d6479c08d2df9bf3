#pragma once

#include "core/Attempt.h"

#include <QCoreApplication>
#include <QFuture>
#include <QList>
#include <QSqlDatabase>

namespace rehearse::core {
class Database;
}

namespace rehearse::media {

// Finishes the attempts a previous run left in state "recording": the process was killed
// or crashed while recording, or the recorder never reported its end. Each file is
// repaired where needed (RecordingRepair) and the attempt becomes "recovered", with the
// duration of the repaired file; an attempt whose file cannot be made playable becomes
// "failed" with the reason, and its file is kept.
class AttemptRecovery final {
    Q_DECLARE_TR_FUNCTIONS(AttemptRecovery)

public:
    struct Outcome {
        qint64 attemptId = 0;
        bool recovered = false;
        qint64 durationMs = 0;
        QString file; // as stored, relative to the data folder
        QString error;
    };
    struct Report {
        QList<Outcome> outcomes;
        int recovered() const;
        int failed() const;
        // One line for the status bar; empty when there was nothing to recover.
        QString summary() const;
    };

    // The attempts to recover: a quick query, for the GUI thread at start, before any new
    // recording can begin.
    static QList<core::Attempt> pending(QSqlDatabase db);
    // Repairs and finishes each attempt, through db (a connection of the calling thread).
    static Report recover(QSqlDatabase db, const QString &dataDir, const QList<core::Attempt> &attempts);
    // The same on a worker thread with its own connection, released when done. The
    // database must outlive the future.
    static QFuture<Report> recoverInBackground(const core::Database &database, const QString &dataDir,
                                               const QList<core::Attempt> &attempts);
};

} // namespace rehearse::media
