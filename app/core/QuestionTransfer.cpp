#include "core/QuestionTransfer.h"

#include "core/Csv.h"
#include "core/Logging.h"
#include "core/PackReader.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace rehearse::core {

namespace {

const auto FormatName = QStringLiteral("rehearse-questions");
constexpr int FormatVersion = 1;
const auto DefaultCategory = QStringLiteral("behavioural");

const QStringList &columns()
{
    static const QStringList names
        = {QStringLiteral("text"), QStringLiteral("category"), QStringLiteral("stage"), QStringLiteral("qualities"),
           QStringLiteral("tags"), QStringLiteral("tip"),      QStringLiteral("why")};
    return names;
}
enum Column { Text, Category, Stage, Qualities, Tags, Tip, Why, ColumnCount };

class StepError {
public:
    QString message;
};

void run(QSqlQuery &query)
{
    if (!query.exec())
        throw StepError{query.lastError().text()};
}

QByteArrayView withoutBom(const QByteArray &data)
{
    QByteArrayView bytes(data);
    return bytes.startsWith("\xEF\xBB\xBF") ? bytes.sliced(3) : bytes;
}

// Multi-line values keep their lines, with LF line ends as the editors write them.
QString cleanText(QString value)
{
    value.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    value.replace(u'\r', u'\n');
    return value.trimmed();
}

// The pack categories whatever their case or spelling ("Behavioral", "system design");
// any other category is the user's own and kept as written.
QString cleanCategory(const QString &value)
{
    static const QHash<QString, QString> known = [] {
        QHash<QString, QString> byKey{{QStringLiteral("behavioral"), DefaultCategory}};
        for (const QString &category : PackReader::categories())
            byKey.insert(QuestionTransfer::normalized(category), category);
        return byKey;
    }();
    const QString category = value.simplified();
    if (category.isEmpty())
        return DefaultCategory;
    return known.value(QuestionTransfer::normalized(category), category);
}

// Adds the words of value to list, split at spaces, ";" and ",", keeping the first
// spelling of each word.
void addTags(QStringList *list, QStringView value)
{
    qsizetype start = -1;
    for (qsizetype i = 0; i <= value.size(); ++i) {
        const bool separator = i == value.size() || value[i].isSpace() || value[i] == u';' || value[i] == u',';
        if (!separator && start < 0)
            start = i;
        if (separator && start >= 0) {
            const QString tag = value.sliced(start, i - start).toString();
            if (!list->contains(tag, Qt::CaseInsensitive))
                list->append(tag);
            start = -1;
        }
    }
}

void addName(QStringList *list, const QString &value)
{
    const QString name = value.simplified();
    if (!name.isEmpty() && !list->contains(name, Qt::CaseInsensitive))
        list->append(name);
}

// Keeps the valid records, each text once.
void addRecord(QuestionTransfer::Preview *preview, QuestionTransfer::Record record, QSet<QString> *seen)
{
    ++preview->rows;
    const QString key = QuestionTransfer::normalized(record.text);
    QString problem;
    if (record.text.isEmpty())
        problem = QObject::tr("the text is empty");
    else if (record.text.size() > QuestionTransfer::MaxTextLength)
        problem = QObject::tr("the text is longer than %1 characters").arg(QuestionTransfer::MaxTextLength);
    else if (key.isEmpty())
        problem = QObject::tr("the text has no letters or digits");
    if (!problem.isEmpty()) {
        preview->issues.append({record.line, problem, preview->format == QuestionTransfer::Format::Json});
    } else if (seen->contains(key)) {
        ++preview->duplicates;
    } else {
        seen->insert(key);
        preview->toAdd.append(std::move(record));
    }
}

void readCsv(const QByteArray &data, QuestionTransfer::Preview *preview)
{
    const Csv::Table table = Csv::read(data);
    if (!table.error.isEmpty()) {
        preview->error = table.error;
        return;
    }
    if (table.records.isEmpty()) {
        preview->error = QObject::tr("the file is empty");
        return;
    }
    const Csv::Record &header = table.records.first();
    if (!header.error.isEmpty()) {
        preview->error = QObject::tr("line %1: %2").arg(QString::number(header.line), header.error);
        return;
    }
    // Where each known column is in the file; -1 when absent.
    QList<qsizetype> at(ColumnCount, -1);
    QStringList unknown;
    for (qsizetype i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields[i].trimmed().toLower();
        const qsizetype column = columns().indexOf(name);
        if (column < 0) {
            unknown << (name.isEmpty() ? QObject::tr("column %1 (no name)").arg(i + 1)
                                       : QStringLiteral("\"%1\"").arg(header.fields[i].trimmed()));
        } else if (at[column] >= 0) {
            preview->error = QObject::tr("line %1: the column \"%2\" appears twice")
                                 .arg(QString::number(header.line), columns()[column]);
            return;
        } else {
            at[column] = i;
        }
    }
    if (at[Text] < 0) {
        preview->error = QObject::tr("no \"text\" column: the first line must name the columns, for example "
                                     "text,category,stage,qualities,tags,tip,why");
        return;
    }
    if (!unknown.isEmpty()) {
        preview->warnings.append(
            {header.line, QObject::tr("ignored the unknown columns %1").arg(unknown.join(QStringLiteral(", ")))});
    }

    QSet<QString> seen;
    for (qsizetype r = 1; r < table.records.size(); ++r) {
        const Csv::Record &row = table.records[r];
        if (row.error.isEmpty() && std::all_of(row.fields.cbegin(), row.fields.cend(), [](const QString &field) {
                return field.trimmed().isEmpty();
            })) {
            continue; // what spreadsheets write for an empty row
        }
        if (!row.error.isEmpty() || row.fields.size() != header.fields.size()) {
            ++preview->rows;
            preview->issues.append({row.line,
                                    !row.error.isEmpty()
                                        ? row.error
                                        : QObject::tr("found %1 fields where the header has %2; a field "
                                                      "with a comma must be in double quotes")
                                              .arg(row.fields.size())
                                              .arg(header.fields.size())});
            continue;
        }
        const auto field = [&](Column column) { return at[column] < 0 ? QString() : row.fields[at[column]]; };
        QuestionTransfer::Record record;
        record.line = row.line;
        record.text = cleanText(field(Text));
        record.category = cleanCategory(field(Category));
        record.stage = field(Stage).simplified();
        for (const QString &name : field(Qualities).split(u';'))
            addName(&record.qualities, name);
        addTags(&record.tags, field(Tags));
        record.tip = cleanText(field(Tip));
        record.why = cleanText(field(Why));
        addRecord(preview, std::move(record), &seen);
    }
}

bool isStringList(const QJsonValue &value)
{
    const QJsonArray array = value.toArray();
    return value.isArray() && std::all_of(array.begin(), array.end(), [](const QJsonValue &v) { return v.isString(); });
}

void readJson(const QByteArray &data, QuestionTransfer::Preview *preview)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(withoutBom(data).toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        preview->error
            = QObject::tr("not valid JSON: %1 at character %2").arg(parseError.errorString()).arg(parseError.offset);
        return;
    }
    QJsonArray items;
    if (document.isArray()) {
        items = document.array();
    } else {
        const QJsonObject root = document.object();
        const QJsonValue format = root.value(QStringLiteral("format"));
        if (format.isDouble() || root.contains(QStringLiteral("company"))) {
            preview->error = QObject::tr("this is an interview pack, not a question file; import it as a pack");
            return;
        }
        if (format.toString() != FormatName) {
            preview->error = QObject::tr("not a question file: \"format\" must be \"%1\"").arg(FormatName);
            return;
        }
        const int version = root.value(QStringLiteral("version")).toInt(0);
        if (version > FormatVersion) {
            preview->error = QObject::tr("the file is version %1 of the format, written by a newer Rehearse; this "
                                         "version reads version %2")
                                 .arg(version)
                                 .arg(FormatVersion);
            return;
        }
        if (version < FormatVersion) {
            preview->error = QObject::tr("\"version\" must be %1").arg(FormatVersion);
            return;
        }
        if (!root.value(QStringLiteral("questions")).isArray()) {
            preview->error = QObject::tr("\"questions\" must be a list of questions");
            return;
        }
        items = root.value(QStringLiteral("questions")).toArray();
    }

    QSet<QString> seen;
    QSet<QString> unknown;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const int item = int(i + 1);
        if (!items[i].isObject()) {
            ++preview->rows;
            preview->issues.append({item, QObject::tr("expected an object with a \"text\""), true});
            continue;
        }
        const QJsonObject object = items[i].toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!columns().contains(it.key()) && !unknown.contains(it.key())) {
                unknown.insert(it.key());
                preview->warnings.append({item, QObject::tr("ignored the unknown field \"%1\"").arg(it.key()), true});
            }
        }
        // Absent and null fields are empty; a field of the wrong type makes the item malformed.
        QString wrong;
        for (int column = 0; column < ColumnCount && wrong.isEmpty(); ++column) {
            const QJsonValue value = object.value(columns()[column]);
            const bool list = column == Qualities || column == Tags;
            if (!value.isUndefined() && !value.isNull() && (list ? !isStringList(value) : !value.isString())) {
                wrong
                    = (list ? QObject::tr("\"%1\" must be a list of strings") : QObject::tr("\"%1\" must be a string"))
                          .arg(columns()[column]);
            }
        }
        if (!wrong.isEmpty()) {
            ++preview->rows;
            preview->issues.append({item, wrong, true});
            continue;
        }
        QuestionTransfer::Record record;
        record.line = item;
        record.text = cleanText(object.value(columns()[Text]).toString());
        record.category = cleanCategory(object.value(columns()[Category]).toString());
        record.stage = object.value(columns()[Stage]).toString().simplified();
        for (const QJsonValue &name : object.value(columns()[Qualities]).toArray())
            addName(&record.qualities, name.toString());
        for (const QJsonValue &tag : object.value(columns()[Tags]).toArray())
            addTags(&record.tags, tag.toString());
        record.tip = cleanText(object.value(columns()[Tip]).toString());
        record.why = cleanText(object.value(columns()[Why]).toString());
        addRecord(preview, std::move(record), &seen);
    }
}

// Stage and quality names of the installed packs, by their normalised name, or by their
// id in the pack when no name matches. A stage name that several packs use means the
// stage of the pack installed first; a quality name means that quality in every pack.
class Names {
public:
    void load(QSqlDatabase &db)
    {
        m_stages = idsByName(db,
                             QStringLiteral("SELECT s.id, s.title, s.slug FROM stages s "
                                            "JOIN packs p ON p.id = s.pack_id "
                                            "WHERE p.removed = 0 AND s.retired = 0 ORDER BY p.id, s.position"));
        m_qualities = idsByName(db,
                                QStringLiteral("SELECT q.id, q.name, q.slug FROM qualities q "
                                               "JOIN packs p ON p.id = q.pack_id "
                                               "WHERE p.removed = 0 AND q.retired = 0 ORDER BY p.id, q.position"));
    }

    // The stage id (0: none) and quality ids of a record; each name not found is a
    // warning at the record's line.
    void resolve(const QuestionTransfer::Record &record, bool item, qint64 *stageId, QList<qint64> *qualityIds,
                 QList<QuestionTransfer::Issue> *warnings)
    {
        *stageId = record.stage.isEmpty() ? 0 : m_stages.value(key(record.stage)).value(0);
        if (!record.stage.isEmpty() && *stageId == 0) {
            warnings->append(
                {record.line,
                 QObject::tr("no installed pack has the stage \"%1\"; the question is added without a stage")
                     .arg(record.stage),
                 item});
        }
        for (const QString &name : record.qualities) {
            const QList<qint64> ids = m_qualities.value(key(name));
            if (ids.isEmpty()) {
                warnings->append(
                    {record.line,
                     QObject::tr("no installed pack has the quality \"%1\"; the question is added without it")
                         .arg(name),
                     item});
            }
            for (const qint64 id : ids) {
                if (!qualityIds->contains(id))
                    qualityIds->append(id);
            }
        }
    }

private:
    // Normalised name → ids in pack order; an id in a pack (slug) counts when no name
    // matches.
    static QHash<QString, QList<qint64>> idsByName(QSqlDatabase &db, const QString &sql)
    {
        QSqlQuery query(db);
        query.prepare(sql);
        run(query);
        QHash<QString, QList<qint64>> byName, bySlug;
        while (query.next()) {
            byName[QuestionTransfer::normalized(query.value(1).toString())].append(query.value(0).toLongLong());
            bySlug[QuestionTransfer::normalized(query.value(2).toString())].append(query.value(0).toLongLong());
        }
        for (auto it = bySlug.constBegin(); it != bySlug.constEnd(); ++it) {
            if (!byName.contains(it.key()))
                byName.insert(it.key(), it.value());
        }
        return byName;
    }

    // Files repeat a few names many times.
    QString key(const QString &name)
    {
        auto found = m_keys.constFind(name);
        if (found == m_keys.constEnd())
            found = m_keys.insert(name, QuestionTransfer::normalized(name));
        return *found;
    }

    QHash<QString, QList<qint64>> m_stages;
    QHash<QString, QList<qint64>> m_qualities;
    QHash<QString, QString> m_keys;
};

// The questions a new one would duplicate: all but the archived ones and those of
// removed packs. Hidden questions count; the user chose not to see them, not to have
// them twice.
QSet<QString> existingTexts(QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT q.text FROM questions q LEFT JOIN packs p ON p.id = q.pack_id "
                                 "WHERE q.archived = 0 AND (p.id IS NULL OR p.removed = 0)"));
    run(query);
    QSet<QString> texts;
    while (query.next())
        texts.insert(QuestionTransfer::normalized(query.value(0).toString()));
    return texts;
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// The ids as a JSON array, one bound value for any number of ids (json_each).
QString idList(const QList<qint64> &ids)
{
    QJsonArray array;
    for (const qint64 id : ids)
        array.append(id);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

} // namespace

QString QuestionTransfer::Issue::toString() const
{
    if (line <= 0)
        return reason;
    return (item ? QObject::tr("item %1: %2") : QObject::tr("line %1: %2")).arg(QString::number(line), reason);
}

QuestionTransfer::QuestionTransfer(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString QuestionTransfer::normalized(const QString &text)
{
    // Compatibility composition first, so that "é" and "e" + U+0301 (or "ﬁ" and "fi")
    // give one key.
    const QString composed = text.normalized(QString::NormalizationForm_KC);
    QString key;
    key.reserve(composed.size());
    bool gap = false;
    for (qsizetype i = 0; i < composed.size(); ++i) {
        char32_t c = composed[i].unicode();
        bool keep = false;
        if (c < 0x80) { // the usual case, kept off the Unicode tables: this runs for every question
            keep = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z');
            if (c >= u'A' && c <= u'Z')
                c += u'a' - u'A';
        } else {
            if (QChar::isHighSurrogate(c) && i + 1 < composed.size() && composed[i + 1].isLowSurrogate()) {
                c = QChar::surrogateToUcs4(composed[i], composed[i + 1]);
                ++i;
            }
            keep = QChar::isLetterOrNumber(c) || QChar::isMark(c);
            c = QChar::toCaseFolded(c);
        }
        if (!keep) {
            gap = true;
            continue;
        }
        if (gap && !key.isEmpty())
            key += u' ';
        gap = false;
        key.append(QStringView(QChar::fromUcs4(c)));
    }
    return key;
}

std::optional<QuestionTransfer::Format> QuestionTransfer::formatFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QStringLiteral("csv"))
        return Format::Csv;
    if (suffix == QStringLiteral("json"))
        return Format::Json;
    return std::nullopt;
}

bool QuestionTransfer::isQuestionFile(const QString &path)
{
    const std::optional<Format> format = formatFor(path);
    if (format == Format::Csv)
        return true;
    QFile file(path);
    if (!format || file.size() > MaxFileSize || !file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray data = file.readAll();
    const QJsonDocument document = QJsonDocument::fromJson(withoutBom(data).toByteArray());
    if (document.isNull()) // broken JSON: its errors are best told by the reader it was meant for
        return data.contains("\"rehearse-questions\"");
    return document.isArray() || document.object().value(QStringLiteral("format")).toString() == FormatName;
}

QuestionTransfer::Preview QuestionTransfer::read(const QString &path)
{
    Preview preview;
    const std::optional<Format> format = formatFor(path);
    if (!format) {
        preview.error = QObject::tr("unknown kind of file: questions are read from .csv and .json files");
        return preview;
    }
    preview.format = *format;
    QFile file(path);
    if (!file.exists()) {
        preview.error = QObject::tr("file not found");
        return preview;
    }
    if (file.size() > MaxFileSize) {
        preview.error = QObject::tr("the file is larger than %1 MB").arg(MaxFileSize / (1024 * 1024));
        return preview;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        preview.error = QObject::tr("cannot read the file: %1").arg(file.errorString());
        return preview;
    }
    return readData(file.readAll(), *format);
}

QuestionTransfer::Preview QuestionTransfer::readData(const QByteArray &data, Format format)
{
    Preview preview;
    preview.format = format;
    if (withoutBom(data).trimmed().isEmpty()) {
        preview.error = QObject::tr("the file is empty");
        return preview;
    }
    if (format == Format::Csv)
        readCsv(data, &preview);
    else
        readJson(data, &preview);
    if (!preview.error.isEmpty()) { // nothing else holds for a file that cannot be read
        Preview refused;
        refused.format = format;
        refused.error = preview.error;
        return refused;
    }
    return preview;
}

QuestionTransfer::Preview QuestionTransfer::preview(const QString &path) const
{
    return againstDatabase(read(path));
}

QuestionTransfer::Preview QuestionTransfer::previewData(const QByteArray &data, Format format) const
{
    return againstDatabase(readData(data, format));
}

QuestionTransfer::Preview QuestionTransfer::againstDatabase(Preview preview) const
{
    if (!preview.error.isEmpty())
        return preview;
    QSqlDatabase db = m_db;
    try {
        const QSet<QString> existing = existingTexts(db);
        Names names;
        names.load(db);
        QList<Record> kept;
        kept.reserve(preview.toAdd.size());
        for (Record &record : preview.toAdd) {
            if (existing.contains(normalized(record.text))) {
                ++preview.duplicates;
                continue;
            }
            qint64 stageId = 0;
            QList<qint64> qualityIds;
            names.resolve(record, preview.format == Format::Json, &stageId, &qualityIds, &preview.warnings);
            kept.append(std::move(record));
        }
        preview.toAdd = std::move(kept);
    } catch (const StepError &failure) {
        preview.error = QObject::tr("cannot compare with the questions you have: %1").arg(failure.message);
    }
    std::stable_sort(preview.warnings.begin(), preview.warnings.end(),
                     [](const Issue &a, const Issue &b) { return a.line < b.line; });
    return preview;
}

QuestionTransfer::Result QuestionTransfer::import(const Preview &preview,
                                                  const std::function<bool(int done, int total)> &progress)
{
    Result result;
    if (!preview.error.isEmpty()) {
        result.error = preview.error;
        return result;
    }
    if (!m_db.transaction()) {
        result.error = QObject::tr("Cannot start writing to the database: %1").arg(m_db.lastError().text());
        return result;
    }
    result.duplicates = preview.duplicates;
    const bool items = preview.format == Format::Json;
    try {
        // Checked again inside the transaction: the database may have changed since the
        // preview, and the same preview imported twice must not add anything twice.
        QSet<QString> existing = existingTexts(m_db);
        Names names;
        names.load(m_db);

        struct Row {
            const Record *record;
            qint64 stageId = 0;
            QList<qint64> qualityIds;
        };
        QList<Row> rows;
        for (const Record &record : preview.toAdd) {
            const QString key = normalized(record.text);
            if (existing.contains(key)) {
                ++result.duplicates;
                continue;
            }
            existing.insert(key);
            Row row{&record, 0, {}};
            names.resolve(record, items, &row.stageId, &row.qualityIds, &result.issues);
            rows.append(row);
        }

        // Ids are given, not left to SQLite, so that the links can be written without
        // asking for each one. A write by another connection since this transaction
        // began makes SQLite refuse the first insert, so two imports cannot collide.
        QSqlQuery query(m_db);
        query.prepare(
            QStringLiteral("SELECT coalesce(max(id), 0), "
                           "coalesce((SELECT max(position) FROM questions WHERE own = 1), 0) FROM questions"));
        run(query);
        query.next();
        const qint64 firstId = query.value(0).toLongLong() + 1;
        const int firstPosition = query.value(1).toInt() + 1;

        // Many rows per statement: the search index (FTS5) writes its pending terms at
        // each statement, so row by row inserts are about five times slower.
        const QString stamp = now();
        constexpr int Fields = 10;
        const auto insertFor = [](qsizetype count) {
            QStringList values(count, QStringLiteral("(?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)"));
            return QStringLiteral("INSERT INTO questions (id, text, category, stage_id, why, tip, tags, own, position, "
                                  "created_at, updated_at) VALUES ")
                + values.join(QStringLiteral(", "));
        };
        QSqlQuery insert(m_db);
        qsizetype prepared = 0;
        QSqlQuery link(m_db);
        link.prepare(
            QStringLiteral("INSERT OR IGNORE INTO question_qualities (question_id, quality_id) VALUES (?, ?)"));
        const QVariant noStage(QMetaType::fromType<qint64>());
        const auto nonNull = [](const QString &text) { return text.isNull() ? QStringLiteral("") : text; };

        const int total = int(rows.size());
        for (int start = 0; start < total; start += ProgressStep) {
            const int count = std::min(ProgressStep, total - start);
            if (count != prepared) {
                insert.prepare(insertFor(count));
                prepared = count;
            }
            for (int k = 0; k < count; ++k) {
                const Row &row = rows[start + k];
                const int at = k * Fields;
                insert.bindValue(at, firstId + start + k);
                insert.bindValue(at + 1, row.record->text);
                insert.bindValue(at + 2, row.record->category.isEmpty() ? DefaultCategory : row.record->category);
                insert.bindValue(at + 3, row.stageId > 0 ? QVariant(row.stageId) : noStage);
                insert.bindValue(at + 4, nonNull(row.record->why));
                insert.bindValue(at + 5, nonNull(row.record->tip));
                insert.bindValue(at + 6, nonNull(row.record->tags.join(u' ')));
                insert.bindValue(at + 7, firstPosition + start + k);
                insert.bindValue(at + 8, stamp);
                insert.bindValue(at + 9, stamp);
            }
            run(insert);
            for (int k = 0; k < count; ++k) {
                for (const qint64 qualityId : std::as_const(rows[start + k].qualityIds)) {
                    link.bindValue(0, firstId + start + k);
                    link.bindValue(1, qualityId);
                    run(link);
                }
            }
            result.added += count;
            if (progress && !progress(result.added, total)) {
                m_db.rollback();
                qCInfo(logDb) << "question import cancelled after" << result.added << "of" << total;
                result = {};
                result.cancelled = true;
                return result;
            }
        }
        if (!m_db.commit())
            throw StepError{m_db.lastError().text()};
    } catch (const StepError &failure) {
        m_db.rollback();
        qCWarning(logDb) << "question import rolled back:" << failure.message;
        result = {};
        result.error = QObject::tr("The questions were not imported: %1. Nothing was changed.").arg(failure.message);
        return result;
    }
    qCInfo(logDb) << "imported" << result.added << "questions," << result.duplicates << "duplicates skipped";
    return result;
}

QList<QuestionTransfer::Record> QuestionTransfer::load(const QList<qint64> &questionIds, QString *error) const
{
    QList<Record> records;
    if (questionIds.isEmpty())
        return records;
    const QString ids = idList(questionIds);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // Qualities first, so that each question row can take its list as it comes.
    query.prepare(QStringLiteral("SELECT DISTINCT qq.question_id, ql.name, ql.position, ql.id FROM json_each(?) j "
                                 "JOIN question_qualities qq ON qq.question_id = j.value "
                                 "JOIN qualities ql ON ql.id = qq.quality_id ORDER BY ql.position, ql.id"));
    query.addBindValue(ids);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return records;
    }
    QHash<qint64, QStringList> qualities;
    while (query.next())
        addName(&qualities[query.value(0).toLongLong()], query.value(1).toString());

    query.prepare(QStringLiteral("SELECT q.id, q.text, q.category, coalesce(s.title, ''), q.tip, q.why, q.tags, "
                                 "coalesce(ut.tags, '') FROM json_each(?) j JOIN questions q ON q.id = j.value "
                                 "LEFT JOIN stages s ON s.id = q.stage_id "
                                 "LEFT JOIN question_user_tags ut ON ut.question_id = q.id ORDER BY j.key"));
    query.addBindValue(ids);
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return records;
    }
    while (query.next()) {
        Record record;
        record.line = int(records.size() + 1);
        record.text = query.value(1).toString();
        record.category = query.value(2).toString();
        record.stage = query.value(3).toString();
        record.qualities = qualities.value(query.value(0).toLongLong());
        record.tip = query.value(4).toString();
        record.why = query.value(5).toString();
        addTags(&record.tags, query.value(6).toString());
        addTags(&record.tags, query.value(7).toString());
        records.append(record);
    }
    return records;
}

QByteArray QuestionTransfer::toCsv(const QList<Record> &records)
{
    QList<QStringList> rows;
    rows.reserve(records.size());
    for (const Record &record : records) {
        rows.append({record.text, record.category, record.stage, record.qualities.join(QStringLiteral("; ")),
                     record.tags.join(u' '), record.tip, record.why});
    }
    return Csv::write(columns(), rows);
}

QByteArray QuestionTransfer::toJson(const QList<Record> &records)
{
    QJsonArray questions;
    for (const Record &record : records) {
        questions.append(QJsonObject{
            {columns()[Text], record.text},
            {columns()[Category], record.category},
            {columns()[Stage], record.stage},
            {columns()[Qualities], QJsonArray::fromStringList(record.qualities)},
            {columns()[Tags], QJsonArray::fromStringList(record.tags)},
            {columns()[Tip], record.tip},
            {columns()[Why], record.why},
        });
    }
    const QJsonObject root{
        {QStringLiteral("format"), FormatName},
        {QStringLiteral("version"), FormatVersion},
        {QStringLiteral("questions"), questions},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool QuestionTransfer::exportCsv(const QList<qint64> &questionIds, const QString &path, QString *error) const
{
    return exportTo(questionIds, path, Format::Csv, error);
}

bool QuestionTransfer::exportJson(const QList<qint64> &questionIds, const QString &path, QString *error) const
{
    return exportTo(questionIds, path, Format::Json, error);
}

bool QuestionTransfer::exportTo(const QList<qint64> &questionIds, const QString &path, Format format,
                                QString *error) const
{
    QString reason;
    const QList<Record> records = load(questionIds, &reason);
    if (!reason.isEmpty()) {
        if (error)
            *error = QObject::tr("Cannot read the questions (%1). Nothing was exported.").arg(reason);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(format == Format::Csv ? toCsv(records) : toJson(records)) < 0
        || !file.commit()) {
        if (error) {
            *error = QObject::tr("Cannot write %1 (%2). Nothing was exported.")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        }
        return false;
    }
    return true;
}

} // namespace rehearse::core
