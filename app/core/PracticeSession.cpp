#include "core/PracticeSession.h"

#include "core/Logging.h"
#include "core/PracticeClock.h"

#include <QTimer>

namespace rehearse::core {

namespace {

constexpr int TickIntervalMs = 100;

} // namespace

PracticeSession::PracticeSession(const PracticeClock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(TickIntervalMs);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &PracticeSession::tick);
}

PracticeSession::~PracticeSession() = default;

void PracticeSession::setSettings(const Settings &settings)
{
    m_settings = settings;
    m_settings.prepMs = std::clamp(settings.prepMs, MinPrepMs, MaxPrepMs);
    m_settings.limitMs = std::clamp(settings.limitMs, MinLimitMs, MaxLimitMs);
    m_settings.warningMs = std::clamp(settings.warningMs, qint64(0), m_settings.limitMs);
    m_settings.finalizeTimeoutMs = std::max(settings.finalizeTimeoutMs, qint64(1000));
}

bool PracticeSession::setQueue(const QList<qint64> &questionIds)
{
    if (m_state != State::Idle && m_state != State::Review)
        return false;
    m_queue = questionIds;
    m_position = 0;
    if (m_state == State::Review)
        setState(State::Idle);
    return true;
}

qint64 PracticeSession::currentQuestion() const
{
    return m_queue.value(m_position, 0);
}

void PracticeSession::setState(State state)
{
    if (m_state == state)
        return;
    qCDebug(logPractice) << "state" << m_state << "->" << state;
    m_state = state;
    const bool timed = state == State::Preparing || state == State::Recording || state == State::Finalizing;
    if (timed && !m_timer->isActive())
        m_timer->start();
    else if (!timed)
        m_timer->stop();
    emit stateChanged(state);
}

bool PracticeSession::prepare()
{
    if (m_state != State::Idle || m_queue.isEmpty())
        return false;
    m_prepStartMs = m_clock.nowMs();
    m_prepUsedMs = 0;
    m_recordStartMs = -1;
    m_recordedMs = 0;
    m_warned = false;
    m_stoppedAtLimit = false;
    setState(State::Preparing);
    if (m_settings.prepMs == 0)
        startRecording();
    return true;
}

bool PracticeSession::recordNow()
{
    if (m_state != State::Preparing)
        return false;
    startRecording();
    return true;
}

void PracticeSession::startRecording()
{
    m_prepUsedMs = std::min(m_clock.nowMs() - m_prepStartMs, m_settings.prepMs);
    setState(State::Recording);
    emit recordingRequested();
}

void PracticeSession::recorderStarted()
{
    if (m_state == State::Recording && m_recordStartMs < 0) {
        m_recordStartMs = m_clock.nowMs();
        emit timeChanged();
    }
}

void PracticeSession::recorderRestarted()
{
    if (m_state != State::Recording || m_recordStartMs < 0)
        return;
    qCInfo(logPractice) << "the recorder starts again; the time counted so far" << m_clock.nowMs() - m_recordStartMs
                        << "ms does not count";
    m_recordStartMs = -1;
    m_warned = false;
    emit timeChanged();
}

bool PracticeSession::stop()
{
    if (m_state != State::Recording)
        return false;
    requestStop(false);
    return true;
}

void PracticeSession::requestStop(bool atLimit)
{
    m_recordedMs = recordingElapsedMs();
    m_stoppedAtLimit = atLimit;
    m_finalizeStartMs = m_clock.nowMs();
    setState(State::Finalizing);
    emit stopRequested(atLimit);
}

bool PracticeSession::cancel()
{
    if (m_state != State::Preparing && m_state != State::Recording)
        return false;
    const bool recording = m_state == State::Recording;
    setState(State::Idle);
    if (recording)
        emit discardRequested();
    return true;
}

bool PracticeSession::retake()
{
    if (m_state != State::Review)
        return false;
    setState(State::Idle);
    return prepare();
}

bool PracticeSession::next()
{
    if (m_state != State::Review || !hasNext())
        return false;
    ++m_position;
    setState(State::Idle);
    return prepare();
}

bool PracticeSession::advance()
{
    switch (m_state) {
    case State::Idle:
        return prepare();
    case State::Preparing:
        return recordNow();
    case State::Recording:
        return stop();
    case State::Review:
        return next();
    case State::Finalizing:
        break;
    }
    return false;
}

void PracticeSession::recorderFinished(bool ok, const QString &error)
{
    if (m_state != State::Finalizing && m_state != State::Recording)
        return;
    if (m_state == State::Recording) // the recorder stopped by itself (device lost, disk full)
        m_recordedMs = recordingElapsedMs();
    if (ok) {
        setState(State::Review);
    } else {
        setState(State::Idle);
        emit failed(error);
    }
}

void PracticeSession::recorderFailed(const QString &error)
{
    if (m_state == State::Idle || m_state == State::Review)
        return;
    m_recordedMs = recordingElapsedMs();
    setState(State::Idle);
    emit failed(error);
}

void PracticeSession::tick()
{
    const qint64 now = m_clock.nowMs();
    switch (m_state) {
    case State::Preparing:
        if (now - m_prepStartMs >= m_settings.prepMs)
            startRecording();
        break;
    case State::Recording:
        if (m_recordStartMs < 0)
            break;
        if (!m_warned && recordingRemainingMs() <= m_settings.warningMs) {
            m_warned = true;
            emit warningReached();
        }
        if (recordingElapsedMs() >= m_settings.limitMs)
            requestStop(true);
        break;
    case State::Finalizing:
        if (now - m_finalizeStartMs >= m_settings.finalizeTimeoutMs) {
            qCWarning(logPractice) << "the recorder did not finish within" << m_settings.finalizeTimeoutMs << "ms";
            setState(State::Idle);
            emit finalizeTimedOut();
        }
        break;
    case State::Idle:
    case State::Review:
        break;
    }
    emit timeChanged();
}

qint64 PracticeSession::prepRemainingMs() const
{
    if (m_state != State::Preparing)
        return 0;
    return std::max<qint64>(0, m_settings.prepMs - (m_clock.nowMs() - m_prepStartMs));
}

qint64 PracticeSession::recordingElapsedMs() const
{
    if (m_state != State::Recording)
        return m_recordedMs;
    if (m_recordStartMs < 0)
        return 0;
    return std::min(m_clock.nowMs() - m_recordStartMs, m_settings.limitMs);
}

qint64 PracticeSession::recordingRemainingMs() const
{
    return m_settings.limitMs - recordingElapsedMs();
}

} // namespace rehearse::core
