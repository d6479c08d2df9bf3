#pragma once

#include "core/PracticeClock.h"

namespace rehearse::test {

// A clock that moves only when the test says so.
class ManualClock final : public core::PracticeClock {
public:
    qint64 nowMs() const override { return m_now; }
    void advance(qint64 ms) { m_now += ms; }

private:
    qint64 m_now = 1'000'000;
};

} // namespace rehearse::test
