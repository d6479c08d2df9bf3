#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace rehearse::core {

// The schema, one step per version. Step N takes a database at version N-1 to N; each
// statement is safe to run twice, and Database runs a step in one transaction.
class Migrations final {
public:
    static constexpr int LatestVersion = 5;

    static QStringList statementsFor(int version);
};

} // namespace rehearse::core
