#include "core/QuestionRepository.h"

#include "core/Logging.h"
#include "core/StoryAnalysis.h"

#include <QSqlError>
#include <QSqlQuery>

namespace rehearse::core {

namespace {

const auto Select = QStringLiteral(
    "SELECT q.id, q.text, q.category, coalesce(s.title, ''), q.why, q.tip, coalesce(p.slug, ''), q.own, "
    "(SELECT group_concat(ql.name, ', ') FROM question_qualities qq JOIN qualities ql ON ql.id = qq.quality_id "
    " WHERE qq.question_id = q.id) "
    "FROM questions q LEFT JOIN stages s ON s.id = q.stage_id LEFT JOIN packs p ON p.id = q.pack_id ");

// The visibility and filter conditions shared by every listing. Placeholders only; the
// values go in binds, in the order of the returned list.
QString conditions(const QString &packSlug, const QStringList &categories, const QString &stageSlug,
                   QVariantList *binds)
{
    QString where = QStringLiteral("WHERE q.hidden = 0 AND q.archived = 0 AND (p.id IS NULL OR p.removed = 0) ");
    if (!packSlug.isEmpty()) {
        where += QStringLiteral("AND (p.slug = ? OR q.own = 1) ");
        binds->append(packSlug);
    }
    if (!categories.isEmpty()) {
        QStringList marks;
        for (const QString &category : categories) {
            marks << QStringLiteral("?");
            binds->append(category);
        }
        where += QStringLiteral("AND q.category IN (%1) ").arg(marks.join(QStringLiteral(", ")));
    }
    if (!stageSlug.isEmpty()) {
        where += QStringLiteral("AND q.stage_id IN (SELECT st.id FROM stages st WHERE st.slug = ?) ");
        binds->append(stageSlug);
    }
    return where;
}

Question fromRow(const QSqlQuery &query)
{
    Question question;
    question.id = query.value(0).toLongLong();
    question.text = query.value(1).toString();
    question.category = query.value(2).toString();
    question.stage = query.value(3).toString();
    question.why = query.value(4).toString();
    question.tip = query.value(5).toString();
    question.packSlug = query.value(6).toString();
    question.own = query.value(7).toBool();
    const QString qualities = query.value(8).toString();
    if (!qualities.isEmpty())
        question.qualities = qualities.split(QStringLiteral(", "));
    return question;
}

bool run(QSqlQuery &query, const QVariantList &binds)
{
    for (const QVariant &value : binds)
        query.addBindValue(value);
    if (!query.exec()) {
        qCWarning(logDb) << "question query failed:" << query.lastError().text();
        return false;
    }
    return true;
}

} // namespace

QuestionRepository::QuestionRepository(QSqlDatabase db)
    : m_db(std::move(db))
{
}

std::optional<Question> QuestionRepository::get(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(Select + QStringLiteral("WHERE q.id = ?"));
    if (!run(query, {id}) || !query.next())
        return std::nullopt;
    return fromRow(query);
}

QList<Question> QuestionRepository::list(const QString &packSlug, const QStringList &categories) const
{
    QVariantList binds;
    QSqlQuery query(m_db);
    query.prepare(Select + conditions(packSlug, categories, m_stage, &binds)
                  + QStringLiteral("ORDER BY q.own, q.position, q.id"));
    QList<Question> questions;
    if (run(query, binds)) {
        while (query.next())
            questions.append(fromRow(query));
    }
    return questions;
}

QList<qint64> QuestionRepository::nextUp(int count, const QDateTime &now, const QString &packSlug,
                                         const QStringList &categories) const
{
    const QString stamp = now.toUTC().toString(Qt::ISODateWithMs);
    QVariantList binds;
    const QString where = conditions(packSlug, categories, m_stage, &binds);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT q.id FROM questions q "
                                 "LEFT JOIN packs p ON p.id = q.pack_id "
                                 "LEFT JOIN schedule sc ON sc.question_id = q.id "
                                 "LEFT JOIN (SELECT question_id, max(started_at) AS last FROM attempts "
                                 "           WHERE state IN ('complete', 'recovered') GROUP BY question_id) a "
                                 "       ON a.question_id = q.id ")
                  + where
                  + QStringLiteral("ORDER BY CASE WHEN sc.due_at IS NOT NULL AND sc.due_at <= ? THEN 0 "
                                   "              WHEN a.last IS NULL THEN 1 ELSE 2 END, "
                                   "         CASE WHEN sc.due_at IS NOT NULL AND sc.due_at <= ? THEN sc.due_at END, "
                                   "         CASE WHEN a.last IS NULL THEN q.own END, "
                                   "         CASE WHEN a.last IS NULL THEN q.position END, "
                                   "         coalesce(sc.due_at, a.last), q.id "
                                   "LIMIT ?"));
    binds << stamp << stamp << count;
    QList<qint64> ids;
    if (run(query, binds)) {
        while (query.next())
            ids.append(query.value(0).toLongLong());
    }
    return ids;
}

QList<qint64> QuestionRepository::forInterview(InterviewType type, int count, const QDateTime &now,
                                               const QString &packSlug) const
{
    return nextUp(count, now, packSlug, categoriesFor(type));
}

QHash<qint64, QString> QuestionRepository::texts(const QList<qint64> &ids) const
{
    QHash<qint64, QString> texts;
    if (ids.isEmpty())
        return texts;
    // Integers only, so they go into the statement as they are (SQLite allows at most
    // 32,766 bound values).
    QStringList list;
    list.reserve(ids.size());
    for (const qint64 id : ids)
        list << QString::number(id);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, text FROM questions WHERE id IN (%1)").arg(list.join(u',')))) {
        qCWarning(logDb) << "question query failed:" << query.lastError().text();
        return texts;
    }
    while (query.next())
        texts.insert(query.value(0).toLongLong(), query.value(1).toString());
    return texts;
}

std::optional<StoryCue> QuestionRepository::cueFor(qint64 questionId) const
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT s.id, s.title, s.situation, s.task, s.action, s.result FROM story_questions sq "
                       "JOIN stories s ON s.id = sq.story_id WHERE sq.question_id = ? "
                       "ORDER BY s.updated_at DESC, s.id LIMIT 1"));
    if (!run(query, {questionId}) || !query.next())
        return std::nullopt;
    StoryCue card;
    card.storyId = query.value(0).toLongLong();
    card.title = query.value(1).toString();
    for (int i = 0; i < int(StarParts.size()); ++i) {
        const QString text = StoryAnalysis::cue(query.value(2 + i).toString());
        if (!text.isEmpty())
            card.points << partName(StarParts[i]) + QStringLiteral(": ") + text;
    }
    return card;
}

} // namespace rehearse::core
