#pragma once

#include <QString>

namespace rehearse::core {

// The folder that holds rehearse.sqlite and recordings/. Created on demand with
// owner-only permissions (0700), because recordings and answers are private.
class DataDir final {
public:
    explicit DataDir(QString path);

    // QStandardPaths::AppDataLocation; the application name must be set first.
    static QString defaultPath();

    // Creates the folder (and recordings/) when missing and proves it is writable by
    // writing and removing a probe file. On failure returns false and a one-line,
    // user-readable reason in *error.
    bool prepare(QString *error) const;

    QString path() const { return m_path; }
    QString databasePath() const;
    QString recordingsPath() const;
    QString backupsPath() const;

private:
    QString m_path;
};

} // namespace rehearse::core
