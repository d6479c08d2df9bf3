#include "core/SpeechRepository.h"

#include "core/Logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace rehearse::core {

namespace {

QJsonArray spans(const QList<TimeSpan> &list)
{
    QJsonArray array;
    for (const TimeSpan &span : list)
        array.append(QJsonArray{span.startMs, span.endMs});
    return array;
}

bool readSpans(const QJsonValue &value, QList<TimeSpan> *list)
{
    if (!value.isArray())
        return value.isUndefined();
    for (const QJsonValue &item : value.toArray()) {
        const QJsonArray pair = item.toArray();
        if (pair.size() != 2 || !pair[0].isDouble() || !pair[1].isDouble())
            return false;
        list->append({qint64(pair[0].toDouble()), qint64(pair[1].toDouble())});
    }
    return true;
}

} // namespace

SpeechRepository::SpeechRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString SpeechRepository::statusName(SpeechFigures::Status status)
{
    switch (status) {
    case SpeechFigures::Status::Ok:
        return QStringLiteral("ok");
    case SpeechFigures::Status::NoSpeech:
        return QStringLiteral("no-speech");
    case SpeechFigures::Status::NoAudio:
        return QStringLiteral("no-audio");
    case SpeechFigures::Status::Failed:
        return QStringLiteral("failed");
    case SpeechFigures::Status::Cancelled:
        break;
    }
    return QStringLiteral("cancelled");
}

std::optional<SpeechFigures::Status> SpeechRepository::statusFromName(const QString &name)
{
    for (auto status : {SpeechFigures::Status::Ok, SpeechFigures::Status::NoSpeech, SpeechFigures::Status::NoAudio,
                        SpeechFigures::Status::Failed}) {
        if (statusName(status) == name)
            return status;
    }
    return std::nullopt;
}

QByteArray SpeechRepository::detailJson(const SpeechFigures &figures)
{
    QJsonArray words;
    for (const SpokenWord &word : figures.words) {
        QJsonArray entry{word.text, word.startMs, word.endMs};
        if (word.filler)
            entry.append(1);
        words.append(entry);
    }
    QJsonArray pace;
    for (double wpm : figures.wordsPerMinuteBy30s)
        pace.append(std::round(wpm * 10) / 10);
    QJsonObject detail;
    detail.insert(QStringLiteral("speech"), spans(figures.speech));
    detail.insert(QStringLiteral("pauses"), spans(figures.pauses));
    if (!words.isEmpty())
        detail.insert(QStringLiteral("words"), words);
    if (!pace.isEmpty())
        detail.insert(QStringLiteral("pace30"), pace);
    return QJsonDocument(detail).toJson(QJsonDocument::Compact);
}

bool SpeechRepository::readDetail(const QByteArray &json, SpeechFigures *figures)
{
    const QJsonObject detail = QJsonDocument::fromJson(json).object();
    if (!readSpans(detail.value(QStringLiteral("speech")), &figures->speech)
        || !readSpans(detail.value(QStringLiteral("pauses")), &figures->pauses))
        return false;
    for (const QJsonValue &item : detail.value(QStringLiteral("words")).toArray()) {
        const QJsonArray entry = item.toArray();
        if (entry.size() < 3 || !entry[0].isString())
            return false;
        figures->words.append({entry[0].toString(), qint64(entry[1].toDouble()), qint64(entry[2].toDouble()),
                               entry.size() > 3 && entry[3].toInt() == 1});
    }
    for (const QJsonValue &item : detail.value(QStringLiteral("pace30")).toArray())
        figures->wordsPerMinuteBy30s.append(item.toDouble());
    return true;
}

bool SpeechRepository::save(qint64 attemptId, const SpeechFigures &figures, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (figures.status == SpeechFigures::Status::Cancelled)
        return fail(tr("A cancelled analysis is not stored."));
    QSqlQuery exists(m_db);
    exists.prepare(QStringLiteral("SELECT 1 FROM attempts WHERE id = ?"));
    exists.addBindValue(attemptId);
    if (!exists.exec())
        return fail(exists.lastError().text());
    if (!exists.next())
        return fail(tr("The answer no longer exists, so its speech figures were not saved."));

    // One statement: the row is replaced whole or not at all.
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO speech_figures (attempt_id, status, error, analyzer_version, analysed_at, duration_ms, "
        "speaking_ms, pause_count, loudness_dbfs, peak_dbfs, clipped_percent, transcript_available, word_count, "
        "words_per_minute, filler_count, fillers_per_minute, detail) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (attempt_id) DO UPDATE SET status = excluded.status, error = excluded.error, "
        "analyzer_version = excluded.analyzer_version, analysed_at = excluded.analysed_at, "
        "duration_ms = excluded.duration_ms, speaking_ms = excluded.speaking_ms, "
        "pause_count = excluded.pause_count, loudness_dbfs = excluded.loudness_dbfs, "
        "peak_dbfs = excluded.peak_dbfs, clipped_percent = excluded.clipped_percent, "
        "transcript_available = excluded.transcript_available, word_count = excluded.word_count, "
        "words_per_minute = excluded.words_per_minute, filler_count = excluded.filler_count, "
        "fillers_per_minute = excluded.fillers_per_minute, detail = excluded.detail"));
    query.addBindValue(attemptId);
    query.addBindValue(statusName(figures.status));
    query.addBindValue(figures.error.isNull() ? QStringLiteral("") : figures.error);
    query.addBindValue(figures.analyzerVersion);
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    query.addBindValue(figures.durationMs);
    query.addBindValue(figures.speakingMs);
    query.addBindValue(int(figures.pauses.size()));
    query.addBindValue(figures.loudnessDbfs);
    query.addBindValue(figures.peakDbfs);
    query.addBindValue(figures.clippedPercent);
    query.addBindValue(figures.transcriptAvailable ? 1 : 0);
    query.addBindValue(figures.wordCount);
    query.addBindValue(figures.wordsPerMinute);
    query.addBindValue(figures.fillerCount);
    query.addBindValue(figures.fillersPerMinute);
    query.addBindValue(QString::fromUtf8(detailJson(figures)));
    if (!query.exec()) {
        qCWarning(logDb) << "cannot store speech figures of attempt" << attemptId << query.lastError().text();
        return fail(query.lastError().text());
    }
    return true;
}

std::optional<SpeechFigures> SpeechRepository::load(qint64 attemptId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT status, error, analyzer_version, duration_ms, speaking_ms, loudness_dbfs, peak_dbfs, "
        "clipped_percent, transcript_available, word_count, words_per_minute, filler_count, fillers_per_minute, "
        "detail FROM speech_figures WHERE attempt_id = ?"));
    query.addBindValue(attemptId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    SpeechFigures figures;
    const std::optional<SpeechFigures::Status> status = statusFromName(query.value(0).toString());
    if (!status)
        return std::nullopt;
    figures.status = *status;
    figures.error = query.value(1).toString();
    figures.analyzerVersion = query.value(2).toInt();
    figures.durationMs = query.value(3).toLongLong();
    figures.speakingMs = query.value(4).toLongLong();
    figures.loudnessDbfs = query.value(5).toDouble();
    figures.peakDbfs = query.value(6).toDouble();
    figures.clippedPercent = query.value(7).toDouble();
    figures.transcriptAvailable = query.value(8).toInt() != 0;
    figures.wordCount = query.value(9).toInt();
    figures.wordsPerMinute = query.value(10).toDouble();
    figures.fillerCount = query.value(11).toInt();
    figures.fillersPerMinute = query.value(12).toDouble();
    if (!readDetail(query.value(13).toString().toUtf8(), &figures)) {
        qCWarning(logDb) << "unreadable speech detail for attempt" << attemptId;
        figures.speech.clear();
        figures.pauses.clear();
        figures.words.clear();
    }
    return figures;
}

bool SpeechRepository::remove(qint64 attemptId, QString *error)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM speech_figures WHERE attempt_id = ?"));
    query.addBindValue(attemptId);
    if (query.exec())
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

QList<SpeechRepository::Point> SpeechRepository::series() const
{
    QList<Point> points;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral(
            "SELECT s.attempt_id, a.started_at, s.duration_ms, s.speaking_ms, s.pause_count, "
            "s.transcript_available, s.words_per_minute, s.fillers_per_minute "
            "FROM speech_figures s JOIN attempts a ON a.id = s.attempt_id "
            "WHERE s.status = 'ok' AND a.state IN ('complete', 'recovered') ORDER BY a.started_at, a.id"))) {
        qCWarning(logDb) << "cannot read speech figures:" << query.lastError().text();
        return points;
    }
    while (query.next()) {
        Point point;
        point.attemptId = query.value(0).toLongLong();
        point.startedAt = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        point.durationMs = query.value(2).toLongLong();
        point.speakingMs = query.value(3).toLongLong();
        point.pauseCount = query.value(4).toInt();
        point.transcriptAvailable = query.value(5).toInt() != 0;
        point.wordsPerMinute = query.value(6).toDouble();
        point.fillersPerMinute = query.value(7).toDouble();
        points.append(point);
    }
    return points;
}

} // namespace rehearse::core
