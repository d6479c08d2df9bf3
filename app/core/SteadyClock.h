#pragma once

#include "core/PracticeClock.h"

#include <QElapsedTimer>

namespace rehearse::core {

// The real clock: QElapsedTimer, monotonic.
class SteadyClock final : public PracticeClock {
public:
    SteadyClock();
    qint64 nowMs() const override;

private:
    QElapsedTimer m_timer;
};

} // namespace rehearse::core
