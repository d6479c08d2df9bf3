#pragma once

#include <QList>
#include <QString>

namespace rehearse::core {

// One defect of a pack file: where (a JSON path such as "$.questions[3].stage") and what.
struct PackIssue {
    QString path;
    QString message;

    QString toString() const { return path + QStringLiteral(": ") + message; }
    bool operator==(const PackIssue &) const = default;
};

using PackIssues = QList<PackIssue>;

} // namespace rehearse::core
