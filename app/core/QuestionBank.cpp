#include "core/QuestionBank.h"

#include "core/Logging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace rehearse::core {

namespace {

const auto Finished = QStringLiteral("('complete', 'recovered')");

QString stamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QString orderBy(int column, Qt::SortOrder order, bool searching)
{
    const QString direction = order == Qt::DescendingOrder ? QStringLiteral(" DESC") : QString();
    switch (column) {
    case QuestionBank::Text:
        return QStringLiteral("q.text COLLATE NOCASE") + direction + QStringLiteral(", q.id");
    case QuestionBank::Category:
        return QStringLiteral("q.category COLLATE NOCASE") + direction + QStringLiteral(", q.id");
    case QuestionBank::Stage:
        return QStringLiteral("stage COLLATE NOCASE") + direction + QStringLiteral(", q.id");
    case QuestionBank::Qualities:
        return QStringLiteral("qualities COLLATE NOCASE") + direction + QStringLiteral(", q.id");
    case QuestionBank::Tags:
        return QStringLiteral("all_tags COLLATE NOCASE") + direction + QStringLiteral(", q.id");
    case QuestionBank::Practised:
        return QStringLiteral("practised") + direction + QStringLiteral(", q.id");
    case QuestionBank::LastScore:
        return QStringLiteral("last_score IS NULL, last_score") + direction + QStringLiteral(", q.id");
    case QuestionBank::NextDue:
        return QStringLiteral("sc.due_at IS NULL, sc.due_at") + direction + QStringLiteral(", q.id");
    default:
        // The bank's own order (packs as they were installed, then own questions as
        // written) needs no sorting, so the first page of any search comes at once.
        return searching ? QStringLiteral("s.rowid") : QStringLiteral("q.id");
    }
}

// A search starts from the index and keeps its rowid order, so the first page of even a
// broad search is read without sorting every match.
QString from(bool searching)
{
    return (searching ? QStringLiteral("FROM questions_search s JOIN questions q ON q.id = s.rowid ")
                      : QStringLiteral("FROM questions q "))
        + QStringLiteral("LEFT JOIN packs p ON p.id = q.pack_id "
                         "LEFT JOIN stages st ON st.id = q.stage_id "
                         "LEFT JOIN schedule sc ON sc.question_id = q.id ");
}

bool run(QSqlQuery &query, const QVariantList &binds, QString *error)
{
    for (const QVariant &value : binds)
        query.addBindValue(value);
    if (query.exec())
        return true;
    if (error)
        *error = query.lastError().text();
    qCWarning(logDb) << "question bank:" << query.lastError().text();
    return false;
}

} // namespace

QuestionBank::QuestionBank(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QStringList QuestionBank::searchWords(const QString &search)
{
    // Words as the unicode61 tokenizer sees them: runs of letters, digits and marks.
    QStringList words;
    QString word;
    for (const QChar c : search) {
        if (c.isLetterOrNumber() || c.isMark()) {
            word += c;
        } else if (!word.isEmpty()) {
            words << word;
            word.clear();
        }
    }
    if (!word.isEmpty())
        words << word;
    return words;
}

QString QuestionBank::matchExpression(const QString &search)
{
    QStringList terms;
    for (const QString &word : searchWords(search))
        terms << QLatin1Char('"') + word + QStringLiteral("\"*");
    return terms.join(QLatin1Char(' '));
}

QString QuestionBank::where(const BankFilter &filter, const QDateTime &now, QVariantList *binds) const
{
    QStringList conditions{QStringLiteral("q.archived = 0"), QStringLiteral("coalesce(p.removed, 0) = 0")};
    if (!filter.includeHidden)
        conditions << QStringLiteral("q.hidden = 0");
    const QString match = matchExpression(filter.search);
    if (!match.isEmpty()) {
        conditions << QStringLiteral("questions_search MATCH ?");
        *binds << match;
    }
    if (!filter.packSlug.isEmpty()) {
        conditions << QStringLiteral("p.slug = ?");
        *binds << filter.packSlug;
    }
    if (filter.ownOnly)
        conditions << QStringLiteral("q.own = 1");
    if (!filter.category.isEmpty()) {
        conditions << QStringLiteral("q.category = ?");
        *binds << filter.category;
    }
    if (!filter.stage.isEmpty()) {
        conditions << QStringLiteral("st.title = ?");
        *binds << filter.stage;
    }
    if (!filter.quality.isEmpty()) {
        conditions << QStringLiteral("EXISTS (SELECT 1 FROM question_qualities qq JOIN qualities ql "
                                     "ON ql.id = qq.quality_id WHERE qq.question_id = q.id AND ql.name = ?)");
        *binds << filter.quality;
    }
    const QString practised
        = QStringLiteral("EXISTS (SELECT 1 FROM attempts a WHERE a.question_id = q.id AND a.state IN %1)")
              .arg(Finished);
    switch (filter.practice) {
    case BankFilter::Practice::Any:
        break;
    case BankFilter::Practice::Never:
        conditions << QStringLiteral("NOT ") + practised;
        break;
    case BankFilter::Practice::Practised:
        conditions << practised;
        break;
    case BankFilter::Practice::Due:
        conditions << QStringLiteral("sc.due_at <= ?");
        *binds << stamp(now);
        break;
    }
    return QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND ")) + QLatin1Char(' ');
}

int QuestionBank::count(const BankFilter &filter, const QDateTime &now) const
{
    QVariantList binds;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT count(*) ") + from(!matchExpression(filter.search).isEmpty())
                  + where(filter, now, &binds));
    QString error;
    if (!run(query, binds, &error) || !query.next())
        return 0;
    return query.value(0).toInt();
}

QList<BankRow> QuestionBank::rows(const BankFilter &filter, const QDateTime &now, int sortColumn, Qt::SortOrder order,
                                  int offset, int limit) const
{
    QVariantList binds;
    const QString condition = where(filter, now, &binds);
    const bool searching = !matchExpression(filter.search).isEmpty();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral(
            "SELECT q.id, q.text, q.category, coalesce(st.title, '') AS stage, "
            "  (SELECT group_concat(name, char(31)) FROM (SELECT ql.name FROM question_qualities qq "
            "     JOIN qualities ql ON ql.id = qq.quality_id WHERE qq.question_id = q.id ORDER BY ql.position)) "
            "     AS qualities, "
            "  trim(q.tags || ' ' || coalesce((SELECT ut.tags FROM question_user_tags ut "
            "     WHERE ut.question_id = q.id), '')) AS all_tags, "
            "  (SELECT count(*) FROM attempts a WHERE a.question_id = q.id AND a.state IN %1) AS practised, "
            "  (SELECT a.overall_score FROM attempts a WHERE a.question_id = q.id AND a.overall_score IS NOT NULL "
            "     ORDER BY a.started_at DESC LIMIT 1) AS last_score, "
            "  sc.due_at, q.own, q.hidden ")
            .arg(Finished)
        + from(searching) + condition + QStringLiteral("ORDER BY ") + orderBy(sortColumn, order, searching)
        + QStringLiteral(" LIMIT ? OFFSET ?"));
    binds << limit << offset;
    QList<BankRow> list;
    QString error;
    if (!run(query, binds, &error))
        return list;
    while (query.next()) {
        BankRow row;
        row.id = query.value(0).toLongLong();
        row.text = query.value(1).toString();
        row.category = query.value(2).toString();
        row.stage = query.value(3).toString();
        const QString qualities = query.value(4).toString();
        if (!qualities.isEmpty())
            row.qualities = qualities.split(QChar(0x1f));
        row.tags = query.value(5).toString();
        row.practised = query.value(6).toInt();
        if (!query.value(7).isNull())
            row.lastScore = query.value(7).toInt();
        if (!query.value(8).isNull())
            row.nextDue = QDateTime::fromString(query.value(8).toString(), Qt::ISODateWithMs);
        row.own = query.value(9).toBool();
        row.hidden = query.value(10).toBool();
        list.append(row);
    }
    return list;
}

QList<qint64> QuestionBank::ids(const BankFilter &filter, const QDateTime &now, int sortColumn,
                                Qt::SortOrder order) const
{
    QList<qint64> list;
    const QList<BankRow> all = rows(filter, now, sortColumn, order, 0, -1);
    list.reserve(all.size());
    for (const BankRow &row : all)
        list << row.id;
    return list;
}

QStringList QuestionBank::categories() const
{
    QStringList list;
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT DISTINCT category FROM questions WHERE archived = 0 AND category <> '' "
                                  "ORDER BY category COLLATE NOCASE"))) {
        while (query.next())
            list << query.value(0).toString();
    }
    return list;
}

QList<QuestionBank::Choice> QuestionBank::stages() const
{
    QList<Choice> list;
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT s.id, s.title, p.company || ' — ' || p.role FROM stages s "
                                  "JOIN packs p ON p.id = s.pack_id WHERE s.retired = 0 AND p.removed = 0 "
                                  "ORDER BY p.id, s.position"))) {
        while (query.next())
            list.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString()});
    }
    return list;
}

QList<QuestionBank::Choice> QuestionBank::qualities() const
{
    QList<Choice> list;
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT q.id, q.name, p.company || ' — ' || p.role FROM qualities q "
                                  "JOIN packs p ON p.id = q.pack_id WHERE q.retired = 0 AND p.removed = 0 "
                                  "ORDER BY p.id, q.position"))) {
        while (query.next())
            list.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString()});
    }
    return list;
}

std::optional<QuestionDraft> QuestionBank::draft(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT q.text, q.category, coalesce(q.stage_id, 0), q.tip, q.why, q.own, q.tags, "
                                 "coalesce((SELECT tags FROM question_user_tags WHERE question_id = q.id), '') "
                                 "FROM questions q WHERE q.id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    QuestionDraft draft;
    draft.text = query.value(0).toString();
    draft.category = query.value(1).toString();
    draft.stageId = query.value(2).toLongLong();
    draft.tip = query.value(3).toString();
    draft.why = query.value(4).toString();
    draft.tags = query.value(5).toBool() ? query.value(6).toString() : query.value(7).toString();
    query.prepare(QStringLiteral("SELECT quality_id FROM question_qualities WHERE question_id = ?"));
    query.addBindValue(id);
    if (query.exec()) {
        while (query.next())
            draft.qualityIds << query.value(0).toLongLong();
    }
    return draft;
}

bool QuestionBank::isOwn(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT own FROM questions WHERE id = ?"));
    query.addBindValue(id);
    return query.exec() && query.next() && query.value(0).toBool();
}

bool QuestionBank::writeLinks(qint64 id, const QList<qint64> &qualityIds)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM question_qualities WHERE question_id = ?"));
    if (!run(query, {id}, &m_error))
        return false;
    for (qint64 quality : qualityIds) {
        query.prepare(
            QStringLiteral("INSERT OR IGNORE INTO question_qualities (question_id, quality_id) VALUES (?, ?)"));
        if (!run(query, {id, quality}, &m_error))
            return false;
    }
    return true;
}

qint64 QuestionBank::add(const QuestionDraft &draft)
{
    if (draft.text.trimmed().isEmpty()) {
        m_error = QObject::tr("A question needs its text.");
        return 0;
    }
    if (!m_db.transaction()) {
        m_error = m_db.lastError().text();
        return 0;
    }
    const QString now = stamp(QDateTime::currentDateTimeUtc());
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO questions (text, category, stage_id, why, tip, tags, own, position, "
                                 "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, "
                                 "(SELECT coalesce(max(position), 0) + 1 FROM questions WHERE own = 1), ?, ?)"));
    const QVariant stage = draft.stageId > 0 ? QVariant(draft.stageId) : QVariant(QMetaType::fromType<qint64>());
    if (run(query,
            {draft.text.trimmed(), draft.category.trimmed().isEmpty() ? QStringLiteral("own") : draft.category.trimmed(),
             stage, nonNull(draft.why.trimmed()), nonNull(draft.tip.trimmed()), nonNull(draft.tags.simplified()), now,
             now},
            &m_error)) {
        const qint64 id = query.lastInsertId().toLongLong();
        if (writeLinks(id, draft.qualityIds) && m_db.commit())
            return id;
    }
    m_db.rollback();
    return 0;
}

bool QuestionBank::update(qint64 id, const QuestionDraft &draft)
{
    if (!isOwn(id)) {
        m_error = QObject::tr("Questions from a pack cannot be changed; copy one into your own questions first.");
        return false;
    }
    if (draft.text.trimmed().isEmpty()) {
        m_error = QObject::tr("A question needs its text.");
        return false;
    }
    if (!m_db.transaction()) {
        m_error = m_db.lastError().text();
        return false;
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE questions SET text = ?, category = ?, stage_id = ?, why = ?, tip = ?, "
                                 "tags = ?, updated_at = ? WHERE id = ? AND own = 1"));
    const QVariant stage = draft.stageId > 0 ? QVariant(draft.stageId) : QVariant(QMetaType::fromType<qint64>());
    if (run(query,
            {draft.text.trimmed(), draft.category.trimmed().isEmpty() ? QStringLiteral("own") : draft.category.trimmed(),
             stage, nonNull(draft.why.trimmed()), nonNull(draft.tip.trimmed()), nonNull(draft.tags.simplified()),
             stamp(QDateTime::currentDateTimeUtc()), id},
            &m_error)
        && writeLinks(id, draft.qualityIds) && m_db.commit()) {
        return true;
    }
    m_db.rollback();
    return false;
}

qint64 QuestionBank::copy(qint64 id)
{
    std::optional<QuestionDraft> source = draft(id);
    if (!source) {
        m_error = QObject::tr("The question no longer exists.");
        return 0;
    }
    if (isOwn(id)) {
        source->text = QObject::tr("%1 (copy)").arg(source->text);
    } else {
        // The copy takes the pack's tags and the user's.
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("SELECT trim(q.tags || ' ' || coalesce((SELECT tags FROM question_user_tags "
                                     "WHERE question_id = q.id), '')) FROM questions q WHERE q.id = ?"));
        if (run(query, {id}, &m_error) && query.next())
            source->tags = query.value(0).toString();
    }
    return add(*source);
}

QuestionBank::Removal QuestionBank::remove(qint64 id)
{
    if (!isOwn(id)) {
        m_error = QObject::tr("Questions from a pack cannot be deleted; hide them instead.");
        return Removal::Failed;
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT count(*) FROM attempts WHERE question_id = ?"));
    if (!run(query, {id}, &m_error) || !query.next())
        return Removal::Failed;
    if (query.value(0).toInt() > 0) {
        query.prepare(QStringLiteral("UPDATE questions SET archived = 1, updated_at = ? WHERE id = ?"));
        return run(query, {stamp(QDateTime::currentDateTimeUtc()), id}, &m_error) ? Removal::Archived : Removal::Failed;
    }
    query.prepare(QStringLiteral("DELETE FROM questions WHERE id = ? AND own = 1"));
    return run(query, {id}, &m_error) ? Removal::Deleted : Removal::Failed;
}

bool QuestionBank::setHidden(qint64 id, bool hidden)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE questions SET hidden = ? WHERE id = ?"));
    return run(query, {hidden ? 1 : 0, id}, &m_error) && query.numRowsAffected() == 1;
}

bool QuestionBank::setTags(qint64 id, const QString &tags)
{
    QSqlQuery query(m_db);
    if (isOwn(id)) {
        query.prepare(QStringLiteral("UPDATE questions SET tags = ?, updated_at = ? WHERE id = ?"));
        return run(query, {nonNull(tags.simplified()), stamp(QDateTime::currentDateTimeUtc()), id}, &m_error);
    }
    query.prepare(QStringLiteral("INSERT INTO question_user_tags (question_id, tags) VALUES (?, ?) "
                                 "ON CONFLICT (question_id) DO UPDATE SET tags = excluded.tags"));
    return run(query, {id, nonNull(tags.simplified())}, &m_error);
}

} // namespace rehearse::core
