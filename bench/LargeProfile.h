#pragma once

#include <QString>

namespace rehearse::core {
class Database;
}

namespace rehearse::bench {

// Fills a data folder with the profile of a user of long standing: the shipped packs,
// 100,000 questions (imported from CSV, as a user would), 2,000 scored attempts with
// notes and bookmarks over a year, and 200 STAR stories linked to questions and
// qualities. Deterministic: the same seed gives the same profile.
struct LargeProfile {
    int questions = 100'000;
    int attempts = 2'000;
    int stories = 200;

    // Returns an empty string on success, else what failed.
    QString fill(core::Database &database, const QString &dataDir) const;
};

} // namespace rehearse::bench
