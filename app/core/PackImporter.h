#pragma once

#include "core/Pack.h"
#include "core/PackIssue.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

namespace rehearse::core {

// Writes a validated pack into the database in one transaction. Pack content (stages,
// qualities, questions, checklist items) is matched by id and updated in place; user data
// (own questions, hidden flags, stories, attempts, scores, checklist ticks) is never
// touched. Stages and qualities a newer version drops are retired and pack questions it
// drops are archived, so nothing that points at them breaks.
class PackImporter final {
public:
    struct Summary {
        bool newPack = false;
        int previousVersion = 0;
        int stagesAdded = 0;
        int stagesUpdated = 0;
        int qualitiesAdded = 0;
        int qualitiesUpdated = 0;
        int questionsAdded = 0;
        int questionsUpdated = 0;
        int questionsArchived = 0;
        int checklistItems = 0;
        qint64 packId = 0;

        QString describe(const Pack &pack) const;
    };

    struct Result {
        Pack pack;
        Summary summary;
        PackIssues issues; // validation defects; nothing was written
        QString error; // a storage failure; nothing was written
        bool ok() const { return issues.isEmpty() && error.isEmpty(); }
    };

    explicit PackImporter(QSqlDatabase db);

    Result importFile(const QString &path);
    Result importData(const QByteArray &data);

    // Imports each pack shipped in the resources (":/packs") that is missing or older in
    // the database. A pack the user removed stays removed. Returns the messages of what
    // was done or what failed.
    QStringList importBundled();

private:
    bool write(const Pack &pack, const QByteArray &document, Summary *summary, QString *error);

    QSqlDatabase m_db;
};

} // namespace rehearse::core
