#pragma once

#include <QList>
#include <QObject>

class QTimer;

namespace rehearse::core {

class PracticeClock;

// The timed answer, without any media: Idle → Preparing (countdown) → Recording (limit,
// warning, automatic stop) → Finalizing (waits for the recorder to finish the file, never
// forever) → Review. A mock interview is a queue of questions run through the same flow.
//
// The session asks for media work through signals (recordingRequested, stopRequested,
// discardRequested) and is told the outcome (recorderStarted, recorderFinished,
// recorderFailed). Time comes only from the injected clock; tick() evaluates it and a
// timer calls tick() while something is timed.
class PracticeSession final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PracticeSession)

public:
    enum class State { Idle, Preparing, Recording, Finalizing, Review };
    Q_ENUM(State)

    struct Settings {
        qint64 prepMs = 30'000;
        qint64 limitMs = 120'000;
        qint64 warningMs = 15'000;
        qint64 finalizeTimeoutMs = 15'000;
    };

    static constexpr qint64 MinPrepMs = 0;
    static constexpr qint64 MaxPrepMs = 300'000;
    static constexpr qint64 MinLimitMs = 1'000; // settings offer 30 s and up; tests use less
    static constexpr qint64 MaxLimitMs = 600'000;

    explicit PracticeSession(const PracticeClock &clock, QObject *parent = nullptr);
    ~PracticeSession() override;

    // Values outside the documented ranges are clamped. Takes effect at the next prepare().
    void setSettings(const Settings &settings);
    Settings settings() const { return m_settings; }

    // The questions to answer, in order: one for a single answer, N for a mock interview.
    // Only while Idle or in Review; resets the position to the first question.
    bool setQueue(const QList<qint64> &questionIds);
    QList<qint64> queue() const { return m_queue; }
    qint64 currentQuestion() const;
    int position() const { return m_position; }
    bool isMockInterview() const { return m_queue.size() > 1; }
    bool hasNext() const { return m_position + 1 < m_queue.size(); }

    State state() const { return m_state; }

    // Commands, each valid in some states only; they return false and change nothing
    // elsewhere.
    bool prepare(); // Idle → Preparing, on the current question
    bool recordNow(); // Preparing → Recording, skipping the rest of the countdown
    bool stop(); // Recording → Finalizing
    bool cancel(); // Preparing or Recording → Idle; a started recording is discarded
    bool retake(); // Review → Preparing, same question (the old attempt is kept)
    bool next(); // Review → Preparing, next question of the queue
    // The one key that moves forward: prepare, record now, stop, or next in Review.
    bool advance();

    // What the recorder reports.
    void recorderStarted();
    // The recorder is starting the recording again (it reported that it recorded, but
    // nothing came): the answer's time counts again from the next recorderStarted().
    void recorderRestarted();
    void recorderFinished(bool ok, const QString &error = {});
    void recorderFailed(const QString &error);

    // Evaluates the clock: ends the countdown, warns, stops at the limit, gives up waiting
    // for the recorder.
    void tick();

    qint64 prepRemainingMs() const;
    qint64 prepUsedMs() const { return m_prepUsedMs; }
    qint64 recordingElapsedMs() const;
    qint64 recordingRemainingMs() const;
    bool isWarning() const { return m_warned; }
    bool stoppedAtLimit() const { return m_stoppedAtLimit; }

signals:
    void stateChanged(rehearse::core::PracticeSession::State state);
    void recordingRequested();
    void stopRequested(bool atLimit);
    void discardRequested();
    void warningReached();
    void finalizeTimedOut();
    void failed(const QString &message);
    void timeChanged();

private:
    void setState(State state);
    void startRecording();
    void requestStop(bool atLimit);

    const PracticeClock &m_clock;
    Settings m_settings;
    QList<qint64> m_queue;
    int m_position = 0;
    State m_state = State::Idle;
    qint64 m_prepStartMs = 0;
    qint64 m_prepUsedMs = 0;
    qint64 m_recordStartMs = -1; // when the recorder reported it started
    qint64 m_recordedMs = 0; // frozen at stop
    qint64 m_finalizeStartMs = 0;
    bool m_warned = false;
    bool m_stoppedAtLimit = false;
    QTimer *m_timer;
};

} // namespace rehearse::core
