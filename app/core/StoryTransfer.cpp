#include "core/StoryTransfer.h"

#include "core/Logging.h"
#include "core/StoryRepository.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

namespace rehearse::core {

namespace {

// Files larger than this are not story files; reading them whole would only hang the UI.
constexpr qint64 MaxFileBytes = 16 * 1024 * 1024;

struct StepError {
    QString reason;
};

QSqlQuery run(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant &value : binds)
        query.addBindValue(value);
    if (!query.exec())
        throw StepError{query.lastError().text()};
    return query;
}

QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

qint64 firstId(QSqlQuery query)
{
    return query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace

QString StoryTransfer::Result::summary() const
{
    if (!error.isEmpty())
        return error;
    if (!issues.isEmpty()) {
        return issues.size() == 1 ? tr("The file has a malformed line, so nothing was imported.")
                                  : tr("The file has %1 malformed lines, so nothing was imported.").arg(issues.size());
    }
    QStringList parts;
    parts << (imported == 1 ? tr("Imported 1 story") : tr("Imported %1 stories").arg(imported));
    if (renamed == 1)
        parts << tr("1 with “(imported)” after its title, because another story has that title");
    else if (renamed > 1)
        parts << tr("%1 with “(imported)” after their titles, because other stories have those titles").arg(renamed);
    if (skipped == 1)
        parts << tr("skipped 1 that is already here");
    else if (skipped > 1)
        parts << tr("skipped %1 that are already here").arg(skipped);
    QString text = parts.join(QStringLiteral("; ")) + QLatin1Char('.');
    if (warnings.size() == 1)
        text += QLatin1Char(' ') + tr("One quality or question could not be found and was left out.");
    else if (warnings.size() > 1)
        text += QLatin1Char(' ')
            + tr("%1 qualities or questions could not be found and were left out.").arg(warnings.size());
    return text;
}

StoryTransfer::StoryTransfer(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QList<StoryEntry> StoryTransfer::entries() const
{
    QList<StoryEntry> entries;
    const StoryRepository stories(m_db);
    QSqlQuery qualities(m_db);
    qualities.prepare(QStringLiteral("SELECT q.name, p.company || ' — ' || p.role FROM story_qualities sq "
                                     "JOIN qualities q ON q.id = sq.quality_id JOIN packs p ON p.id = q.pack_id "
                                     "WHERE sq.story_id = ? ORDER BY p.id, q.position, q.id"));
    for (const Story &story : stories.list()) {
        StoryEntry entry;
        entry.story = story;
        qualities.addBindValue(story.id);
        if (qualities.exec()) {
            while (qualities.next()) {
                entry.qualities.append(
                    {StoryEntry::qualityText(qualities.value(0).toString(), qualities.value(1).toString())});
            }
        }
        for (const StoryQuestion &question : stories.questions(story.id))
            entry.questions.append({question.text});
        entries.append(entry);
    }
    return entries;
}

QString StoryTransfer::markdown() const
{
    const QList<StoryEntry> all = entries();
    const QString count = all.size() == 1 ? tr("1 story") : tr("%1 stories").arg(all.size());
    return StoryMarkdown::write(all,
                                tr("Exported from Rehearse on %1: %2. Stories › Import… reads this file back.")
                                    .arg(QDate::currentDate().toString(Qt::ISODate), count));
}

bool StoryTransfer::writeMarkdown(const QString &path, QString *error) const
{
    return writeFile(path, markdown().toUtf8(), error);
}

bool StoryTransfer::writeFile(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit())
        return true;
    if (error) {
        *error
            = tr("Cannot write %1 (%2). Nothing was exported.").arg(QDir::toNativeSeparators(path), file.errorString());
    }
    return false;
}

StoryMarkdown::Parsed StoryTransfer::readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1 (%2).").arg(QDir::toNativeSeparators(path), file.errorString());
        return {};
    }
    if (file.size() > MaxFileBytes) {
        *error = tr("%1 is too large to be a story file.").arg(QDir::toNativeSeparators(path));
        return {};
    }
    return StoryMarkdown::parse(QString::fromUtf8(file.readAll()));
}

StoryTransfer::Result StoryTransfer::importFile(const QString &path)
{
    Result result;
    const StoryMarkdown::Parsed parsed = readFile(path, &result.error);
    if (!result.error.isEmpty())
        return result;
    if (!parsed.ok()) {
        result.issues = parsed.issues;
        return result;
    }
    return import(parsed.entries);
}

StoryTransfer::Result StoryTransfer::importMarkdown(const QString &markdown)
{
    const StoryMarkdown::Parsed parsed = StoryMarkdown::parse(markdown);
    if (!parsed.ok()) {
        Result result;
        result.issues = parsed.issues;
        return result;
    }
    return import(parsed.entries);
}

namespace {

// The same story, word for word, is already here.
bool isKnown(const QSqlDatabase &db, const Story &story)
{
    QSqlQuery same = run(db, QStringLiteral("SELECT situation, task, action, result FROM stories WHERE title = ?"),
                         {nonNull(story.title)});
    while (same.next()) {
        if (same.value(0).toString() == story.situation && same.value(1).toString() == story.task
            && same.value(2).toString() == story.action && same.value(3).toString() == story.result) {
            return true;
        }
    }
    return false;
}

bool titleTaken(const QSqlDatabase &db, const QString &title)
{
    return firstId(run(db, QStringLiteral("SELECT id FROM stories WHERE title = ?"), {title})) != 0;
}

// By name and pack; by name alone when that pack is not installed, or when the name
// itself ends in brackets.
qint64 findQuality(const QSqlDatabase &db, const QString &text)
{
    const auto [name, pack] = StoryEntry::splitQuality(text);
    if (!pack.isEmpty()) {
        if (const qint64 id
            = firstId(run(db,
                          QStringLiteral("SELECT q.id FROM qualities q JOIN packs p ON p.id = q.pack_id "
                                         "WHERE p.removed = 0 AND q.name = ? COLLATE NOCASE "
                                         "AND p.company || ' — ' || p.role = ? COLLATE NOCASE "
                                         "ORDER BY q.retired, q.id LIMIT 1"),
                          {name, pack}))) {
            return id;
        }
    }
    for (const QString &candidate : {name, text.trimmed()}) {
        if (const qint64 id
            = firstId(run(db,
                          QStringLiteral("SELECT q.id FROM qualities q JOIN packs p ON p.id = q.pack_id "
                                         "WHERE p.removed = 0 AND q.name = ? COLLATE NOCASE "
                                         "ORDER BY q.retired, p.id, q.id LIMIT 1"),
                          {candidate}))) {
            return id;
        }
    }
    return 0;
}

// The file has each question on one line; a visible question wins over a hidden or
// archived one with the same text.
qint64 findQuestion(const QSqlDatabase &db, const QString &text)
{
    return firstId(run(db,
                       QStringLiteral("SELECT id FROM questions WHERE "
                                      "trim(replace(replace(text, char(13), ' '), char(10), ' ')) = ? "
                                      "ORDER BY archived, hidden, id LIMIT 1"),
                       {text.trimmed()}));
}

} // namespace

StoryTransfer::Result StoryTransfer::import(const QList<StoryEntry> &entries)
{
    Result result;
    if (!m_db.transaction()) {
        result.error = tr("The stories could not be imported: %1").arg(m_db.lastError().text());
        return result;
    }
    try {
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        for (const StoryEntry &entry : entries) {
            Story story = entry.story;
            story.title = story.title.trimmed();
            if (isKnown(m_db, story)) {
                ++result.skipped;
                continue;
            }
            if (!story.title.isEmpty() && titleTaken(m_db, story.title)) {
                const QString base = story.title;
                story.title = tr("%1 (imported)").arg(base);
                for (int n = 2; titleTaken(m_db, story.title); ++n)
                    story.title = tr("%1 (imported %2)").arg(base).arg(n);
                ++result.renamed;
            }
            const qint64 id
                = run(m_db,
                      QStringLiteral("INSERT INTO stories (title, situation, task, action, result, created_at, "
                                     "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                      {nonNull(story.title), nonNull(story.situation), nonNull(story.task), nonNull(story.action),
                       nonNull(story.result), now, now})
                      .lastInsertId()
                      .toLongLong();
            ++result.imported;

            const QString shownTitle = story.title.isEmpty() ? tr("(untitled)") : story.title;
            for (const StoryEntry::Item &item : entry.qualities) {
                if (const qint64 quality = findQuality(m_db, item.text)) {
                    run(m_db, QStringLiteral("INSERT OR IGNORE INTO story_qualities VALUES (?, ?)"), {id, quality});
                } else {
                    result.warnings << tr("Line %1: no installed pack has the quality “%2”; “%3” was imported "
                                          "without it.")
                                           .arg(item.line)
                                           .arg(item.text, shownTitle);
                }
            }
            for (const StoryEntry::Item &item : entry.questions) {
                if (const qint64 question = findQuestion(m_db, item.text)) {
                    run(m_db, QStringLiteral("INSERT OR IGNORE INTO story_questions VALUES (?, ?)"), {id, question});
                } else {
                    result.warnings << tr("Line %1: no question reads “%2”; “%3” was imported without the link.")
                                           .arg(item.line)
                                           .arg(item.text, shownTitle);
                }
            }
        }
        if (!m_db.commit())
            throw StepError{m_db.lastError().text()};
    } catch (const StepError &failure) {
        m_db.rollback();
        qCWarning(logDb) << "story import:" << failure.reason;
        Result failed;
        failed.error = tr("The stories could not be imported (%1). Nothing was imported.").arg(failure.reason);
        return failed;
    }
    return result;
}

} // namespace rehearse::core
