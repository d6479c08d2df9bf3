#pragma once

#include <QSqlDatabase>
#include <QString>

namespace rehearse::core {

// Exports one attempt as a copy of its recording plus a Markdown summary of its question,
// scores, notes and bookmarks. Nothing is left half-written: each file is written under
// a temporary name and renamed when complete.
class AttemptExport final {
public:
    struct Result {
        QString recording; // the copied recording; empty when the attempt has none
        QString summary; // the Markdown file
        QString error; // what went wrong; the other fields are empty then
        bool ok() const { return error.isEmpty(); }
    };

    AttemptExport(QSqlDatabase db, QString dataDir);

    // The Markdown summary alone.
    QString summary(qint64 attemptId) const;
    Result exportTo(qint64 attemptId, const QString &folder) const;

private:
    QSqlDatabase m_db;
    QString m_dataDir;
};

} // namespace rehearse::core
