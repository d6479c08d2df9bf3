#include "core/SteadyClock.h"

namespace rehearse::core {

SteadyClock::SteadyClock()
{
    m_timer.start();
}

qint64 SteadyClock::nowMs() const
{
    return m_timer.elapsed();
}

} // namespace rehearse::core
