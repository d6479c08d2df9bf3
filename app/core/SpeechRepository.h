#pragma once

#include "core/SpeechFigures.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace rehearse::core {

// The speech figures of attempts (table speech_figures, one row per attempt, deleted with
// it). Saving an attempt's figures again replaces them. A cancelled analysis is never
// stored: the attempt simply stays without figures.
class SpeechRepository final {
    Q_DECLARE_TR_FUNCTIONS(SpeechRepository)

public:
    // One analysed answer, for the Progress charts.
    struct Point {
        qint64 attemptId = 0;
        QDateTime startedAt;
        qint64 durationMs = 0;
        qint64 speakingMs = 0;
        int pauseCount = 0;
        bool transcriptAvailable = false; // pace and fillers are measured only with one
        double wordsPerMinute = 0;
        double fillersPerMinute = 0;
    };

    explicit SpeechRepository(QSqlDatabase db);

    // Writes the figures in one statement (replacing earlier ones). False with a readable
    // reason in *error when the attempt no longer exists or the write failed.
    bool save(qint64 attemptId, const SpeechFigures &figures, QString *error = nullptr);
    std::optional<SpeechFigures> load(qint64 attemptId) const;
    bool remove(qint64 attemptId, QString *error = nullptr);
    // Answers recorded to the end (complete or recovered) whose speech was measured
    // (status Ok), in the order they were recorded.
    QList<Point> series() const;

    static QString statusName(SpeechFigures::Status status);
    static std::optional<SpeechFigures::Status> statusFromName(const QString &name);
    // The spans, pauses, words and pace per 30 s as compact JSON, and back.
    static QByteArray detailJson(const SpeechFigures &figures);
    static bool readDetail(const QByteArray &json, SpeechFigures *figures);

private:
    QSqlDatabase m_db;
};

} // namespace rehearse::core
