#include "core/Schedule.h"

#include <algorithm>

namespace rehearse::core {

namespace {

constexpr qint64 MsPerDay = 24 * 60 * 60 * 1000;

} // namespace

ScheduleEntry ScheduleEntry::next(int score, const QDateTime &recordedAt) const
{
    if (score < 1 || score > 5)
        return *this;

    ScheduleEntry entry;
    entry.lastScore = score;
    if (score <= 2) {
        entry.intervalDays = 1.0;
    } else if (score == 3) {
        entry.intervalDays = 3.0;
    } else {
        entry.streak = streak + 1;
        const double first = score == 4 ? 4.0 : 7.0;
        const double growth = score == 4 ? 2.0 : 2.5;
        entry.intervalDays = entry.streak == 1 ? first : std::max(first, intervalDays * growth);
    }
    entry.intervalDays = std::min(entry.intervalDays, MaxIntervalDays);
    entry.dueAt = recordedAt.addMSecs(qint64(entry.intervalDays * MsPerDay));
    return entry;
}

} // namespace rehearse::core
