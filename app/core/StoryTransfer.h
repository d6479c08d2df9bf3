#pragma once

#include "core/StoryMarkdown.h"

#include <QSqlDatabase>
#include <QStringList>

namespace rehearse::core {

// Stories to and from the Markdown of StoryMarkdown. An import is one transaction: it
// adds every story of the file or, on any failure, none. A story that is already here
// word for word (same title and parts) is skipped; one whose title is taken by a
// different story is added with " (imported)" after its title. Qualities are found by
// name and pack (by name alone when the pack is not installed), questions by their text;
// those that cannot be found are left out and listed as warnings.
class StoryTransfer final {
    Q_DECLARE_TR_FUNCTIONS(StoryTransfer)

public:
    struct Result {
        int imported = 0;
        int renamed = 0;
        int skipped = 0;
        QStringList warnings; // what was left out, with the line of the file
        QList<StoryMarkdown::Issue> issues; // malformed lines: nothing was imported
        QString error; // the file or the database failed: nothing was imported
        bool ok() const { return error.isEmpty() && issues.isEmpty(); }
        // One sentence for the user, with the warnings' count.
        QString summary() const;
    };

    explicit StoryTransfer(QSqlDatabase db);

    // Every story with its qualities and questions, in the order they were written.
    QList<StoryEntry> entries() const;
    QString markdown() const;
    // Writes the file whole or not at all.
    bool writeMarkdown(const QString &path, QString *error) const;
    static bool writeFile(const QString &path, const QByteArray &data, QString *error);

    // Reads and checks a file without touching the database (safe off the GUI thread).
    static StoryMarkdown::Parsed readFile(const QString &path, QString *error);
    Result importMarkdown(const QString &markdown);
    Result importFile(const QString &path);
    Result import(const QList<StoryEntry> &entries);

private:
    QSqlDatabase m_db;
};

} // namespace rehearse::core
