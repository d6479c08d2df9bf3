#include "core/PackImporter.h"

#include "core/Logging.h"
#include "core/PackReader.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace rehearse::core {

namespace {

class StepError {
public:
    QString message;
};

// Runs a prepared statement; throws StepError so that one catch rolls back the whole
// import.
void run(QSqlQuery &query)
{
    if (!query.exec())
        throw StepError{query.lastError().text()};
}

QHash<QString, qint64> slugIds(QSqlDatabase &db, const QString &table, qint64 packId)
{
    QSqlQuery query(db);
    // The table name comes from this file, never from input.
    query.prepare(QStringLiteral("SELECT slug, id FROM %1 WHERE pack_id = ?").arg(table));
    query.addBindValue(packId);
    run(query);
    QHash<QString, qint64> ids;
    while (query.next())
        ids.insert(query.value(0).toString(), query.value(1).toLongLong());
    return ids;
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

QString PackImporter::Summary::describe(const Pack &pack) const
{
    QString text;
    if (newPack) {
        text = QObject::tr("Added pack \"%1\" (version %2): ").arg(pack.title()).arg(pack.version);
    } else if (previousVersion == pack.version) {
        text = QObject::tr("Pack \"%1\" (version %2) was already installed; refreshed its content: ")
                   .arg(pack.title())
                   .arg(pack.version);
    } else {
        text = QObject::tr("Updated pack \"%1\" from version %2 to %3: ")
                   .arg(pack.title())
                   .arg(previousVersion)
                   .arg(pack.version);
    }
    text += QObject::tr("%1 stages (%2 new), %3 qualities (%4 new), %5 questions (%6 new, %7 archived), "
                        "%8 checklist items.")
                .arg(stagesAdded + stagesUpdated)
                .arg(stagesAdded)
                .arg(qualitiesAdded + qualitiesUpdated)
                .arg(qualitiesAdded)
                .arg(questionsAdded + questionsUpdated)
                .arg(questionsAdded)
                .arg(questionsArchived)
                .arg(checklistItems);
    return text;
}

PackImporter::PackImporter(QSqlDatabase db)
    : m_db(std::move(db))
{
}

PackImporter::Result PackImporter::importFile(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return {{}, {}, {{QStringLiteral("$"), QObject::tr("file not found: %1").arg(path)}}, {}};
    if (file.size() > PackReader::MaxFileSize) {
        return {{}, {}, {{QStringLiteral("$"), QObject::tr("file is larger than 5 MB")}}, {}};
    }
    if (!file.open(QIODevice::ReadOnly))
        return {{}, {}, {{QStringLiteral("$"), QObject::tr("cannot read the file: %1").arg(file.errorString())}}, {}};
    return importData(file.read(PackReader::MaxFileSize + 1));
}

PackImporter::Result PackImporter::importData(const QByteArray &data)
{
    Result result;
    PackReader::Result read = PackReader::read(data);
    result.pack = read.pack;
    result.issues = read.issues;
    if (!read.ok())
        return result;
    write(result.pack, data, &result.summary, &result.error);
    return result;
}

QStringList PackImporter::importBundled()
{
    QStringList messages;
    const QDir folder(QStringLiteral(":/packs"));
    const QStringList files = folder.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile file(folder.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray data = file.readAll();
        const PackReader::Result read = PackReader::read(data);
        if (!read.ok()) {
            messages << QObject::tr("The shipped pack %1 is damaged: %2").arg(name, read.issues.first().toString());
            continue;
        }
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("SELECT version, removed FROM packs WHERE slug = ?"));
        query.addBindValue(read.pack.id);
        if (query.exec() && query.next() && (query.value(0).toInt() >= read.pack.version || query.value(1).toBool())) {
            continue;
        }
        const Result result = importData(data);
        messages << (result.ok() ? result.summary.describe(result.pack) : result.error);
    }
    return messages;
}

bool PackImporter::write(const Pack &pack, const QByteArray &document, Summary *summary, QString *error)
{
    if (!m_db.transaction()) {
        *error = QObject::tr("Cannot start writing to the database: %1").arg(m_db.lastError().text());
        return false;
    }
    try {
        const QString stamp = now();
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("SELECT id, version FROM packs WHERE slug = ?"));
        query.addBindValue(pack.id);
        run(query);
        qint64 packId = 0;
        if (query.next()) {
            packId = query.value(0).toLongLong();
            summary->previousVersion = query.value(1).toInt();
            if (summary->previousVersion > pack.version) {
                throw StepError{QObject::tr("a newer version (%1) of this pack is already installed; this file is "
                                            "version %2")
                                    .arg(summary->previousVersion)
                                    .arg(pack.version)};
            }
            query.prepare(QStringLiteral("UPDATE packs SET version = ?, company = ?, role = ?, document = ?, "
                                         "imported_at = ?, removed = 0 WHERE id = ?"));
            query.addBindValue(pack.version);
            query.addBindValue(pack.company);
            query.addBindValue(pack.role);
            query.addBindValue(QString::fromUtf8(document));
            query.addBindValue(stamp);
            query.addBindValue(packId);
            run(query);
        } else {
            summary->newPack = true;
            query.prepare(QStringLiteral("INSERT INTO packs (slug, version, company, role, document, imported_at) "
                                         "VALUES (?, ?, ?, ?, ?, ?)"));
            query.addBindValue(pack.id);
            query.addBindValue(pack.version);
            query.addBindValue(pack.company);
            query.addBindValue(pack.role);
            query.addBindValue(QString::fromUtf8(document));
            query.addBindValue(stamp);
            run(query);
            packId = query.lastInsertId().toLongLong();
        }
        summary->packId = packId;

        // Stages: update by slug, add new ones, retire the ones this version dropped.
        QHash<QString, qint64> stages = slugIds(m_db, QStringLiteral("stages"), packId);
        query.prepare(QStringLiteral("UPDATE stages SET retired = 1 WHERE pack_id = ?"));
        query.addBindValue(packId);
        run(query);
        for (qsizetype i = 0; i < pack.stages.size(); ++i) {
            const PackStage &stage = pack.stages[i];
            const bool known = stages.contains(stage.id);
            query.prepare(known ? QStringLiteral("UPDATE stages SET position = ?, title = ?, what = ?, prepare = ?, "
                                                 "retired = 0 WHERE id = ?")
                                : QStringLiteral("INSERT INTO stages (position, title, what, prepare, pack_id, slug) "
                                                 "VALUES (?, ?, ?, ?, ?, ?)"));
            query.addBindValue(i);
            query.addBindValue(stage.title);
            query.addBindValue(stage.what);
            query.addBindValue(stage.prepare);
            if (known) {
                query.addBindValue(stages.value(stage.id));
            } else {
                query.addBindValue(packId);
                query.addBindValue(stage.id);
            }
            run(query);
            if (!known)
                stages.insert(stage.id, query.lastInsertId().toLongLong());
            (known ? summary->stagesUpdated : summary->stagesAdded)++;
        }

        QHash<QString, qint64> qualities = slugIds(m_db, QStringLiteral("qualities"), packId);
        query.prepare(QStringLiteral("UPDATE qualities SET retired = 1 WHERE pack_id = ?"));
        query.addBindValue(packId);
        run(query);
        for (qsizetype i = 0; i < pack.qualities.size(); ++i) {
            const PackQuality &quality = pack.qualities[i];
            const bool known = qualities.contains(quality.id);
            query.prepare(known ? QStringLiteral("UPDATE qualities SET position = ?, name = ?, why = ?, how = ?, "
                                                 "retired = 0 WHERE id = ?")
                                : QStringLiteral("INSERT INTO qualities (position, name, why, how, pack_id, slug) "
                                                 "VALUES (?, ?, ?, ?, ?, ?)"));
            query.addBindValue(i);
            query.addBindValue(quality.name);
            query.addBindValue(quality.why);
            query.addBindValue(quality.how);
            if (known) {
                query.addBindValue(qualities.value(quality.id));
            } else {
                query.addBindValue(packId);
                query.addBindValue(quality.id);
            }
            run(query);
            if (!known)
                qualities.insert(quality.id, query.lastInsertId().toLongLong());
            (known ? summary->qualitiesUpdated : summary->qualitiesAdded)++;
        }

        // Questions: pack content is refreshed, the user's hidden flag is kept, and
        // questions this version no longer has are archived (attempts may point at them).
        QHash<QString, qint64> questions = slugIds(m_db, QStringLiteral("questions"), packId);
        query.prepare(QStringLiteral("UPDATE questions SET archived = 1 WHERE pack_id = ? AND own = 0"));
        query.addBindValue(packId);
        run(query);
        QSqlQuery link(m_db);
        for (qsizetype i = 0; i < pack.questions.size(); ++i) {
            const PackQuestion &question = pack.questions[i];
            const bool known = questions.contains(question.id);
            query.prepare(known ? QStringLiteral("UPDATE questions SET position = ?, text = ?, category = ?, "
                                                 "stage_id = ?, why = ?, tip = ?, tags = ?, updated_at = ?, "
                                                 "archived = 0 WHERE id = ?")
                                : QStringLiteral("INSERT INTO questions (position, text, category, stage_id, why, "
                                                 "tip, tags, updated_at, created_at, pack_id, slug) "
                                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            query.addBindValue(i);
            query.addBindValue(question.text);
            query.addBindValue(question.category);
            query.addBindValue(stages.value(question.stage));
            query.addBindValue(question.why);
            query.addBindValue(question.tip);
            // An empty join is a null QString, which would bind as NULL.
            query.addBindValue(question.tags.isEmpty() ? QStringLiteral("") : question.tags.join(QLatin1Char(' ')));
            query.addBindValue(stamp);
            if (known) {
                query.addBindValue(questions.value(question.id));
            } else {
                query.addBindValue(stamp);
                query.addBindValue(packId);
                query.addBindValue(question.id);
            }
            run(query);
            const qint64 questionId = known ? questions.value(question.id) : query.lastInsertId().toLongLong();
            questions.insert(question.id, questionId);
            (known ? summary->questionsUpdated : summary->questionsAdded)++;

            link.prepare(QStringLiteral("DELETE FROM question_qualities WHERE question_id = ?"));
            link.addBindValue(questionId);
            run(link);
            for (const QString &quality : question.qualities) {
                link.prepare(QStringLiteral("INSERT OR IGNORE INTO question_qualities (question_id, quality_id) "
                                            "VALUES (?, ?)"));
                link.addBindValue(questionId);
                link.addBindValue(qualities.value(quality));
                run(link);
            }
        }
        query.prepare(QStringLiteral("SELECT count(*) FROM questions WHERE pack_id = ? AND archived = 1 AND own = 0"));
        query.addBindValue(packId);
        run(query);
        query.next();
        summary->questionsArchived = query.value(0).toInt();

        // Checklist items are pack content; the ticks live apart, keyed by slugs.
        QHash<QString, qint64> items = slugIds(m_db, QStringLiteral("checklist_items"), packId);
        for (qsizetype i = 0; i < pack.checklist.size(); ++i) {
            const PackChecklistItem &item = pack.checklist[i];
            const bool known = items.contains(item.id);
            query.prepare(known ? QStringLiteral("UPDATE checklist_items SET position = ?, text = ? WHERE id = ?")
                                : QStringLiteral("INSERT INTO checklist_items (position, text, pack_id, slug) "
                                                 "VALUES (?, ?, ?, ?)"));
            query.addBindValue(i);
            query.addBindValue(item.text);
            if (known) {
                query.addBindValue(items.take(item.id));
            } else {
                query.addBindValue(packId);
                query.addBindValue(item.id);
            }
            run(query);
            summary->checklistItems++;
        }
        for (const qint64 dropped : std::as_const(items)) {
            query.prepare(QStringLiteral("DELETE FROM checklist_items WHERE id = ?"));
            query.addBindValue(dropped);
            run(query);
        }

        if (!m_db.commit())
            throw StepError{m_db.lastError().text()};
    } catch (const StepError &failure) {
        m_db.rollback();
        *error = QObject::tr("The pack was not imported: %1. Nothing was changed.").arg(failure.message);
        qCWarning(logPack) << "import of" << pack.id << "rolled back:" << failure.message;
        *summary = {};
        return false;
    }
    qCInfo(logPack) << summary->describe(pack);
    return true;
}

} // namespace rehearse::core
