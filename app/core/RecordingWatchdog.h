#pragma once

#include <QList>
#include <QtGlobal>

namespace rehearse::core {

class PracticeClock;

// Decides whether a recording that reports it records has really started. Qt 6.4's
// GStreamer recorder sometimes reports RecordingState while its camera or microphone has
// stopped sending (see README, "Known limits"): such an answer would be lost. Within
// graceMs of the recorder's start every stream must have delivered data; otherwise the
// recording is started again, at most maxRestarts times, and then given up.
//
// A stream counts as flowing when its count of delivered buffers grew at two checks in a
// row: a source that is refused at the start may still hand one buffer on before it stops
// (seen here), so one buffer proves nothing. Time comes only from the injected clock; the
// caller polls check() every few hundred milliseconds.
class RecordingWatchdog final {
public:
    enum class Verdict {
        Waiting, // not flowing yet, still within the grace period (or not watching)
        Flowing, // every stream flows: nothing more to watch
        Restart, // start the recording again; start() when the new one reports it records
        GiveUp, // restarted maxRestarts times and it still does not flow
    };

    // In tst_recording on this 2-core machine both streams of a healthy recording had
    // delivered 0.1 s after its start in 44 of 48 recordings, at the latest after 0.3 s.
    static constexpr qint64 DefaultGraceMs = 2'500;
    static constexpr int DefaultMaxRestarts = 2;

    explicit RecordingWatchdog(const PracticeClock &clock, qint64 graceMs = DefaultGraceMs,
                               int maxRestarts = DefaultMaxRestarts);

    // A new answer: no restarts counted, nothing watched yet.
    void reset();
    // The recorder reports it records (the first time or after a restart): the grace
    // period starts now.
    void start();
    // Nothing more to watch (the recording was stopped).
    void stop();
    // delivered: for each stream of the recording (sound, picture), the buffers it has
    // delivered since the recording started.
    Verdict check(const QList<qint64> &delivered);

    bool isWatching() const { return m_watching; }
    int restarts() const { return m_restarts; }
    qint64 graceMs() const { return m_graceMs; }
    int maxRestarts() const { return m_maxRestarts; }
    // Since the last start(); 0 when not watching.
    qint64 elapsedMs() const;

private:
    const PracticeClock &m_clock;
    qint64 m_graceMs;
    int m_maxRestarts;
    qint64 m_startMs = 0;
    int m_restarts = 0;
    bool m_watching = false;
    QList<qint64> m_lastDelivered; // at the previous check
    QList<bool> m_grew; // whether each stream grew at the previous check
};

} // namespace rehearse::core
