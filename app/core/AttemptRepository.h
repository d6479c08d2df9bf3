#pragma once

#include "core/Attempt.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace rehearse::core {

// Attempts in the database. A row is written when recording starts (state "recording"),
// so that an interrupted recording is found again at the next start, and completed when
// the recorder has finished the file.
class AttemptRepository final {
public:
    AttemptRepository(QSqlDatabase db, QString dataDir);

    // Inserts the attempt in state Recording; returns its id, 0 on failure.
    qint64 begin(const Attempt &attempt, QString *error = nullptr);
    bool finish(qint64 id, qint64 durationMs, Attempt::State state, const QString &error = {});
    // Deletes the attempt, its review and its recording together, and reschedules its
    // question: the rows are committed only when the file is gone, so the database never
    // points at nothing; a file that cannot be deleted keeps everything.
    bool remove(qint64 id, QString *error = nullptr);

    std::optional<Attempt> get(qint64 id) const;
    QList<Attempt> forQuestion(qint64 questionId) const;
    QList<Attempt> unfinished() const;
    QString absolutePath(const Attempt &attempt) const;

private:
    QSqlDatabase m_db;
    QString m_dataDir;
};

} // namespace rehearse::core
