#pragma once

#include <QtGlobal>

namespace rehearse::core {

// Milliseconds on a monotonic clock. The practice state machine reads time only through
// this, so tests drive it with a clock they move by hand instead of sleeping.
class PracticeClock {
public:
    virtual ~PracticeClock() = default;
    virtual qint64 nowMs() const = 0;
};

} // namespace rehearse::core
