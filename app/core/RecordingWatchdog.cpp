#include "core/RecordingWatchdog.h"

#include "core/PracticeClock.h"

#include <algorithm>

namespace rehearse::core {

RecordingWatchdog::RecordingWatchdog(const PracticeClock &clock, qint64 graceMs, int maxRestarts)
    : m_clock(clock)
    , m_graceMs(std::max<qint64>(graceMs, 0))
    , m_maxRestarts(std::max(maxRestarts, 0))
{
}

void RecordingWatchdog::reset()
{
    m_restarts = 0;
    m_watching = false;
}

void RecordingWatchdog::start()
{
    m_startMs = m_clock.nowMs();
    m_watching = true;
    m_lastDelivered.clear();
    m_grew.clear();
}

void RecordingWatchdog::stop()
{
    m_watching = false;
}

qint64 RecordingWatchdog::elapsedMs() const
{
    return m_watching ? m_clock.nowMs() - m_startMs : 0;
}

RecordingWatchdog::Verdict RecordingWatchdog::check(const QList<qint64> &delivered)
{
    if (!m_watching)
        return Verdict::Waiting;
    bool flowing = !delivered.isEmpty();
    QList<bool> grew;
    for (qsizetype i = 0; i < delivered.size(); ++i) {
        const bool grows = delivered.at(i) > m_lastDelivered.value(i, 0);
        grew.append(grows);
        flowing = flowing && grows && m_grew.value(i, false);
    }
    m_lastDelivered = delivered;
    m_grew = grew;
    if (flowing) {
        m_watching = false;
        return Verdict::Flowing;
    }
    if (m_clock.nowMs() - m_startMs < m_graceMs)
        return Verdict::Waiting;
    m_watching = false;
    if (m_restarts < m_maxRestarts) {
        ++m_restarts;
        return Verdict::Restart;
    }
    return Verdict::GiveUp;
}

} // namespace rehearse::core
