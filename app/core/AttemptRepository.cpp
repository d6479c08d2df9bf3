#include "core/AttemptRepository.h"

#include "core/Logging.h"
#include "core/ReviewRepository.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

namespace rehearse::core {

namespace {

const auto Columns = QStringLiteral("id, question_id, started_at, prep_ms, limit_ms, duration_ms, file, mode, state, "
                                    "camera, microphone, story_id, mock_id, overall_score, notes, error");

Attempt fromRow(const QSqlQuery &query)
{
    Attempt attempt;
    attempt.id = query.value(0).toLongLong();
    attempt.questionId = query.value(1).toLongLong();
    attempt.startedAt = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
    attempt.prepMs = query.value(3).toLongLong();
    attempt.limitMs = query.value(4).toLongLong();
    attempt.durationMs = query.value(5).toLongLong();
    attempt.file = query.value(6).toString();
    attempt.mode = query.value(7).toString() == QLatin1String("audio") ? Attempt::Mode::Audio : Attempt::Mode::Video;
    attempt.state = Attempt::stateFromName(query.value(8).toString());
    attempt.camera = query.value(9).toString();
    attempt.microphone = query.value(10).toString();
    attempt.storyId = query.value(11).toLongLong();
    attempt.mockId = query.value(12).toString();
    if (!query.value(13).isNull())
        attempt.overallScore = query.value(13).toInt();
    attempt.notes = query.value(14).toString();
    attempt.error = query.value(15).toString();
    return attempt;
}

QVariant nullable(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

} // namespace

AttemptRepository::AttemptRepository(QSqlDatabase db, QString dataDir)
    : m_db(std::move(db))
    , m_dataDir(std::move(dataDir))
{
}

qint64 AttemptRepository::begin(const Attempt &attempt, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO attempts (question_id, started_at, prep_ms, limit_ms, duration_ms, file, "
                                 "mode, state, camera, microphone, story_id, mock_id) "
                                 "VALUES (?, ?, ?, ?, 0, ?, ?, 'recording', ?, ?, ?, ?)"));
    query.addBindValue(attempt.questionId);
    query.addBindValue(attempt.startedAt.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(attempt.prepMs);
    query.addBindValue(attempt.limitMs);
    query.addBindValue(text(attempt.file));
    query.addBindValue(Attempt::modeName(attempt.mode));
    query.addBindValue(text(attempt.camera));
    query.addBindValue(text(attempt.microphone));
    query.addBindValue(nullable(attempt.storyId));
    query.addBindValue(attempt.mockId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(attempt.mockId));
    if (!query.exec()) {
        qCWarning(logDb) << "cannot store attempt:" << query.lastError().text();
        if (error)
            *error = query.lastError().text();
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

bool AttemptRepository::finish(qint64 id, qint64 durationMs, Attempt::State state, const QString &error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE attempts SET duration_ms = ?, state = ?, error = ? WHERE id = ?"));
    query.addBindValue(durationMs);
    query.addBindValue(Attempt::stateName(state));
    query.addBindValue(text(error));
    query.addBindValue(id);
    if (!query.exec() || query.numRowsAffected() != 1) {
        qCWarning(logDb) << "cannot finish attempt" << id << query.lastError().text();
        return false;
    }
    return true;
}

bool AttemptRepository::remove(qint64 id, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const std::optional<Attempt> attempt = get(id);
    if (!attempt)
        return fail(QObject::tr("The attempt no longer exists."));

    // The rows go in a transaction that commits only once the file is gone, so a file
    // that cannot be deleted leaves every row (scores, notes, bookmarks) as it was.
    if (!m_db.transaction())
        return fail(m_db.lastError().text());
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM attempts WHERE id = ?"));
    query.addBindValue(id);
    ReviewRepository review(m_db);
    if (!query.exec() || !review.reschedule(attempt->questionId)) {
        const QString message = query.lastError().isValid() ? query.lastError().text() : review.lastError();
        m_db.rollback();
        return fail(message);
    }
    if (!attempt->file.isEmpty()) {
        const QString path = absolutePath(*attempt);
        QFile file(path);
        if (file.exists() && !file.remove()) {
            m_db.rollback();
            return fail(QObject::tr("Cannot delete %1 (%2). The attempt and its review were kept.")
                            .arg(QDir::toNativeSeparators(path), file.errorString()));
        }
    }
    if (!m_db.commit()) {
        const QString message = m_db.lastError().text();
        m_db.rollback();
        return fail(QObject::tr("The recording was deleted but its entry could not be removed (%1).").arg(message));
    }
    return true;
}

std::optional<Attempt> AttemptRepository::get(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM attempts WHERE id = ?").arg(Columns));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return fromRow(query);
}

QList<Attempt> AttemptRepository::forQuestion(qint64 questionId) const
{
    QList<Attempt> attempts;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM attempts WHERE question_id = ? ORDER BY started_at, id").arg(Columns));
    query.addBindValue(questionId);
    if (query.exec()) {
        while (query.next())
            attempts.append(fromRow(query));
    }
    return attempts;
}

QList<Attempt> AttemptRepository::unfinished() const
{
    QList<Attempt> attempts;
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT %1 FROM attempts WHERE state = 'recording' ORDER BY id").arg(Columns))) {
        while (query.next())
            attempts.append(fromRow(query));
    }
    return attempts;
}

QString AttemptRepository::absolutePath(const Attempt &attempt) const
{
    return QDir(m_dataDir).filePath(attempt.file);
}

} // namespace rehearse::core
