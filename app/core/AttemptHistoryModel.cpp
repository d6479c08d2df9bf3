#include "core/AttemptHistoryModel.h"

#include "core/Logging.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace rehearse::core {

namespace {

const QChar Separator(0x1f);

QString stateLabel(const AttemptHistoryModel::Row &row)
{
    const QString mode = row.audioOnly ? AttemptHistoryModel::tr("Sound") : AttemptHistoryModel::tr("Video");
    if (row.state == QLatin1String("failed"))
        return AttemptHistoryModel::tr("%1, failed").arg(mode);
    if (row.state == QLatin1String("recovered"))
        return AttemptHistoryModel::tr("%1, recovered").arg(mode);
    return mode;
}

} // namespace

AttemptHistoryModel::AttemptHistoryModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
{
}

QString AttemptHistoryModel::formatDate(const QDateTime &when)
{
    // Short enough to leave the question room: "24 Nov 2026, 12:00".
    return QLocale().toString(when, QStringLiteral("d MMM yyyy, "))
        + QLocale().toString(when.time(), QStringLiteral("HH:mm"));
}

QString AttemptHistoryModel::formatLength(qint64 ms)
{
    const qint64 seconds = (std::max<qint64>(0, ms) + 500) / 1000;
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

bool AttemptHistoryModel::reload()
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    const bool ok = query.exec(QStringLiteral(
        "SELECT a.id, a.question_id, q.text, q.category, a.started_at, a.duration_ms, a.limit_ms, a.mode, a.state, "
        "       a.overall_score, "
        "       (SELECT avg(s.score) FROM attempt_scores s JOIN rubric_criteria c ON c.id = s.criterion_id "
        "         WHERE s.attempt_id = a.id AND c.active = 1), "
        "       (SELECT group_concat(ql.name, char(31)) FROM question_qualities qq "
        "         JOIN qualities ql ON ql.id = qq.quality_id WHERE qq.question_id = a.question_id), "
        "       coalesce(b.n, 0) "
        "FROM attempts a JOIN questions q ON q.id = a.question_id "
        // bookmarks has no index on attempt_id: counted once, not scanned per attempt
        // (0.19 s for 2,000 attempts, bench/run-app-benchmark.sh).
        "LEFT JOIN (SELECT attempt_id, count(*) AS n FROM bookmarks GROUP BY attempt_id) b ON b.attempt_id = a.id "
        "WHERE a.state <> 'recording' ORDER BY a.started_at DESC, a.id DESC"));
    if (!ok) {
        qCWarning(logDb) << "cannot read the history:" << query.lastError().text();
        return false;
    }
    QList<Row> rows;
    while (query.next()) {
        Row row;
        row.attemptId = query.value(0).toLongLong();
        row.questionId = query.value(1).toLongLong();
        row.question = query.value(2).toString();
        row.category = query.value(3).toString();
        row.startedAt = QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs).toLocalTime();
        row.durationMs = query.value(5).toLongLong();
        row.limitMs = query.value(6).toLongLong();
        row.audioOnly = query.value(7).toString() == QLatin1String("audio");
        row.state = query.value(8).toString();
        if (!query.value(9).isNull())
            row.overall = query.value(9).toInt();
        if (!query.value(10).isNull())
            row.rubricMean = query.value(10).toDouble();
        const QString qualities = query.value(11).toString();
        if (!qualities.isEmpty())
            row.qualities = qualities.split(Separator);
        row.bookmarks = query.value(12).toInt();
        rows.append(row);
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    return true;
}

int AttemptHistoryModel::rowOf(qint64 attemptId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).attemptId == attemptId)
            return i;
    }
    return -1;
}

QStringList AttemptHistoryModel::categories() const
{
    QStringList list;
    for (const Row &row : m_rows) {
        if (!list.contains(row.category))
            list.append(row.category);
    }
    list.sort(Qt::CaseInsensitive);
    return list;
}

QStringList AttemptHistoryModel::qualities() const
{
    QStringList list;
    for (const Row &row : m_rows) {
        for (const QString &quality : row.qualities) {
            if (!list.contains(quality))
                list.append(quality);
        }
    }
    list.sort(Qt::CaseInsensitive);
    return list;
}

int AttemptHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AttemptHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttemptHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case AttemptIdRole:
        return row.attemptId;
    case QuestionIdRole:
        return row.questionId;
    case CategoryRole:
        return row.category;
    case QualitiesRole:
        return row.qualities;
    case StartedRole:
        return row.startedAt;
    case Qt::ToolTipRole:
        if (index.column() == Question)
            return row.question;
        if (index.column() == Length)
            return tr("%1 of %2 allowed").arg(formatLength(row.durationMs), formatLength(row.limitMs));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Length || index.column() == Overall || index.column() == Rubric)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case Date:
            return formatDate(row.startedAt);
        case Question:
            return row.question;
        case Category:
            return row.category;
        case Length:
            return formatLength(row.durationMs);
        case Mode:
            return stateLabel(row);
        case Overall:
            return row.overall ? QString::number(*row.overall) : QString();
        case Rubric:
            return row.rubricMean ? QLocale().toString(*row.rubricMean, 'f', 1) : QString();
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case Date:
            return row.startedAt;
        case Question:
            return row.question;
        case Category:
            return row.category;
        case Length:
            return row.durationMs;
        case Mode:
            return stateLabel(row);
        case Overall:
            return row.overall ? *row.overall : 0;
        case Rubric:
            return row.rubricMean ? *row.rubricMean : 0.0;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant AttemptHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Question:
        return tr("Question");
    case Category:
        return tr("Category");
    case Length:
        return tr("Length");
    case Mode:
        return tr("Mode");
    case Overall:
        return tr("Score");
    case Rubric:
        return tr("Rubric");
    default:
        return {};
    }
}

AttemptFilterModel::AttemptFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(AttemptHistoryModel::SortRole);
}

void AttemptFilterModel::setText(const QString &text)
{
    m_text = text.simplified();
    invalidateFilter();
}

void AttemptFilterModel::setQuestionId(qint64 questionId)
{
    m_questionId = questionId;
    invalidateFilter();
}

void AttemptFilterModel::setCategory(const QString &category)
{
    m_category = category;
    invalidateFilter();
}

void AttemptFilterModel::setQuality(const QString &quality)
{
    m_quality = quality;
    invalidateFilter();
}

void AttemptFilterModel::setDateRange(const QDate &from, const QDate &to)
{
    m_from = from;
    m_to = to;
    invalidateFilter();
}

void AttemptFilterModel::setScore(Score score)
{
    m_score = score;
    invalidateFilter();
}

bool AttemptFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = qobject_cast<const AttemptHistoryModel *>(sourceModel());
    if (!model || sourceParent.isValid())
        return false;
    const AttemptHistoryModel::Row &row = model->row(sourceRow);
    if (m_questionId > 0 && row.questionId != m_questionId)
        return false;
    if (!m_category.isEmpty() && row.category != m_category)
        return false;
    if (!m_quality.isEmpty() && !row.qualities.contains(m_quality))
        return false;
    const QDate day = row.startedAt.date();
    if ((m_from.isValid() && day < m_from) || (m_to.isValid() && day > m_to))
        return false;
    switch (m_score) {
    case Score::Any:
        break;
    case Score::Unscored:
        if (row.overall)
            return false;
        break;
    case Score::Weak:
        if (!row.overall || *row.overall > 2)
            return false;
        break;
    case Score::Fair:
        if (!row.overall || *row.overall != 3)
            return false;
        break;
    case Score::Strong:
        if (!row.overall || *row.overall < 4)
            return false;
        break;
    }
    if (!m_text.isEmpty()) {
        const QStringList words = m_text.split(QLatin1Char(' '));
        for (const QString &word : words) {
            if (!row.question.contains(word, Qt::CaseInsensitive))
                return false;
        }
    }
    return true;
}

} // namespace rehearse::core
