#pragma once

#include "core/Pack.h"
#include "core/PackIssue.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace rehearse::core {

// Reads and validates a pack file. Validation is complete: it reports every defect it
// finds, each with its JSON path, and a pack with any defect is never returned as valid.
class PackReader final {
    Q_DECLARE_TR_FUNCTIONS(PackReader)

public:
    static constexpr qint64 MaxFileSize = 5 * 1024 * 1024;
    static constexpr int SupportedFormat = 1;

    struct Result {
        Pack pack;
        PackIssues issues;
        bool ok() const { return issues.isEmpty(); }
    };

    static Result readFile(const QString &path);
    static Result read(const QByteArray &data);
    static QStringList categories();
};

} // namespace rehearse::core
