#pragma once

#include <QDateTime>

namespace rehearse::core {

// When a question comes back for practice, spaced-repetition style. The rule, applied to
// each scored attempt at a question in the order they were recorded:
//
//   overall 1–2 (weak)    back in 1 day, streak reset to 0
//   overall 3   (fair)    back in 3 days, streak reset to 0
//   overall 4   (strong)  streak + 1; 4 days on the first strong answer in a row, then
//                         twice the previous interval
//   overall 5   (strong)  streak + 1; 7 days on the first strong answer in a row, then
//                         2.5 times the previous interval
//
// No interval is longer than MaxIntervalDays. The due time counts from when the attempt
// was recorded, so scoring an old attempt later does not push its question back further.
struct ScheduleEntry {
    static constexpr double MaxIntervalDays = 60.0;

    QDateTime dueAt;
    double intervalDays = 0.0;
    int streak = 0;
    int lastScore = 0; // 0: never scored

    bool isScheduled() const { return lastScore > 0; }
    bool isDueBy(const QDateTime &when) const { return isScheduled() && dueAt <= when; }

    // The entry after an attempt recorded at recordedAt was given the overall score
    // (1–5); scores outside that range leave the entry as it was.
    ScheduleEntry next(int score, const QDateTime &recordedAt) const;
};

} // namespace rehearse::core
