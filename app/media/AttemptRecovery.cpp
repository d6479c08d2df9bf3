#include "media/AttemptRecovery.h"

#include "core/AttemptRepository.h"
#include "core/Database.h"
#include "media/Logging.h"
#include "media/RecordingRepair.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtConcurrent>

namespace rehearse::media {

int AttemptRecovery::Report::recovered() const
{
    return int(std::count_if(outcomes.begin(), outcomes.end(), [](const Outcome &o) { return o.recovered; }));
}

int AttemptRecovery::Report::failed() const
{
    return int(outcomes.size()) - recovered();
}

QString AttemptRecovery::Report::summary() const
{
    QStringList parts;
    const int good = recovered();
    const int bad = failed();
    if (good == 1)
        parts << tr("An answer cut off when Rehearse last stopped was recovered; it is in History.");
    else if (good > 1)
        parts << tr("%1 answers cut off when Rehearse last stopped were recovered; they are in History.").arg(good);
    if (bad == 1) {
        const auto failedOne
            = std::find_if(outcomes.begin(), outcomes.end(), [](const Outcome &o) { return !o.recovered; });
        parts << tr("An answer cut off when Rehearse last stopped could not be recovered (%1); its file was kept "
                    "as %2.")
                     .arg(failedOne->error, QDir::toNativeSeparators(failedOne->file));
    } else if (bad > 1) {
        parts << tr("%1 answers cut off when Rehearse last stopped could not be recovered; their files were kept "
                    "in the recordings folder.")
                     .arg(bad);
    }
    return parts.join(QLatin1Char(' '));
}

QList<core::Attempt> AttemptRecovery::pending(QSqlDatabase db)
{
    return core::AttemptRepository(std::move(db), QString()).unfinished();
}

AttemptRecovery::Report AttemptRecovery::recover(QSqlDatabase db, const QString &dataDir,
                                                 const QList<core::Attempt> &attempts)
{
    core::AttemptRepository repository(std::move(db), dataDir);
    // Copies left by a repair that was itself cut off; their attempts are among these.
    QDir recordings(QDir(dataDir).filePath(QStringLiteral("recordings")));
    const QStringList leftovers
        = recordings.entryList({QStringLiteral(".*-repair-*.webm")}, QDir::Files | QDir::Hidden);
    for (const QString &leftover : leftovers)
        recordings.remove(leftover);
    Report report;
    for (const core::Attempt &attempt : attempts) {
        Outcome outcome;
        outcome.attemptId = attempt.id;
        outcome.file = attempt.file;
        const QString path = repository.absolutePath(attempt);
        if (attempt.file.isEmpty() || !QFileInfo::exists(path)) {
            outcome.error = tr("its file is missing");
        } else {
            const RecordingRepair::Result repaired = RecordingRepair::repair(path);
            if (repaired.ok) {
                outcome.recovered = true;
                outcome.durationMs = repaired.durationMs;
                QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            } else {
                outcome.error = repaired.error;
            }
        }
        const bool stored = outcome.recovered
            ? repository.finish(attempt.id, outcome.durationMs, core::Attempt::State::Recovered)
            : repository.finish(attempt.id, 0, core::Attempt::State::Failed,
                                tr("Cut off when Rehearse stopped; not recovered: %1.").arg(outcome.error));
        if (!stored && outcome.recovered) {
            outcome.recovered = false;
            outcome.error = tr("the database could not be updated");
        }
        qCInfo(logCapture) << "attempt" << attempt.id << (outcome.recovered ? "recovered" : "not recovered")
                           << outcome.durationMs << "ms" << outcome.error;
        report.outcomes << outcome;
    }
    return report;
}

QFuture<AttemptRecovery::Report> AttemptRecovery::recoverInBackground(const core::Database &database,
                                                                      const QString &dataDir,
                                                                      const QList<core::Attempt> &attempts)
{
    return QtConcurrent::run([&database, dataDir, attempts] {
        Report report = recover(database.connection(), dataDir, attempts);
        database.releaseConnection();
        return report;
    });
}

} // namespace rehearse::media
