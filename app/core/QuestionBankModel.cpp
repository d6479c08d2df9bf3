#include "core/QuestionBankModel.h"

#include "core/Database.h"

#include <QLocale>
#include <QtConcurrent>

namespace rehearse::core {

QuestionBankModel::QuestionBankModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
    , m_bank(database.connection())
    , m_now([] { return QDateTime::currentDateTime(); })
{
    connect(&m_counter, &QFutureWatcher<int>::finished, this, [this] {
        if (m_countAgain) {
            // The filter changed while counting: that count is stale.
            m_countAgain = false;
            startCount();
            return;
        }
        m_total = m_counter.result();
        emit totalChanged(m_total);
    });
}

QuestionBankModel::~QuestionBankModel()
{
    m_counter.waitForFinished();
}

void QuestionBankModel::startCount()
{
    const QDateTime now = m_now();
    if (!m_countInBackground) {
        m_total = m_bank.count(m_filter, now);
        emit totalChanged(m_total);
        return;
    }
    if (m_counter.isRunning()) {
        m_countAgain = true;
        return;
    }
    Database *database = &m_database;
    m_counter.setFuture(QtConcurrent::run([database, filter = m_filter, now] {
        const int total = QuestionBank(database->connection()).count(filter, now);
        database->releaseConnection();
        return total;
    }));
}

void QuestionBankModel::setFilter(const BankFilter &filter)
{
    m_filter = filter;
    refresh();
}

void QuestionBankModel::refresh()
{
    QList<BankRow> rows = m_bank.rows(m_filter, m_now(), m_sortColumn, m_sortOrder, 0, PageSize);
    beginResetModel();
    m_lastPageFull = rows.size() == PageSize;
    m_rows = std::move(rows);
    m_total = m_lastPageFull ? -1 : int(m_rows.size());
    // Views and testers ask for more from inside the notification; that waits.
    m_notifying = true;
    endResetModel();
    m_notifying = false;
    if (m_lastPageFull) {
        emit totalChanged(-1);
        startCount();
    } else {
        emit totalChanged(m_total);
    }
}

int QuestionBankModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

QList<qint64> QuestionBankModel::allIds() const
{
    return m_bank.ids(m_filter, m_now(), m_sortColumn, m_sortOrder);
}

int QuestionBankModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QuestionBankModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : QuestionBank::ColumnCount;
}

bool QuestionBankModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_lastPageFull && !m_notifying;
}

void QuestionBankModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<BankRow> more = m_bank.rows(m_filter, m_now(), m_sortColumn, m_sortOrder, int(m_rows.size()), PageSize);
    m_lastPageFull = more.size() == PageSize;
    if (more.isEmpty())
        return;
    m_notifying = true; // no nested fetch from inside the insert notification either
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows += more;
    endInsertRows();
    m_notifying = false;
}

void QuestionBankModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    refresh();
}

QVariant QuestionBankModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BankRow &row = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return row.id;
    case OwnRole:
        return row.own;
    case HiddenRole:
        return row.hidden;
    case Qt::ToolTipRole:
        if (index.column() == QuestionBank::Practised)
            return row.practised == 1 ? tr("Practised once") : tr("Practised %1 times").arg(row.practised);
        if (index.column() == QuestionBank::Text) {
            QString tip = row.text;
            if (!row.own)
                tip += QLatin1Char('\n') + tr("From a pack: read only. Copy it to make your own version.");
            if (row.hidden)
                tip += QLatin1Char('\n') + tr("Hidden: left out of practice.");
            return tip;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == QuestionBank::Practised || index.column() == QuestionBank::LastScore)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case QuestionBank::Text:
            return row.text;
        case QuestionBank::Category:
            return row.category;
        case QuestionBank::Stage:
            return row.stage;
        case QuestionBank::Qualities:
            return row.qualities.join(QStringLiteral(", "));
        case QuestionBank::Tags:
            return row.tags;
        case QuestionBank::Practised:
            return row.practised > 0 ? QString::number(row.practised) : QString();
        case QuestionBank::LastScore:
            return row.lastScore ? QString::number(*row.lastScore) : QString();
        case QuestionBank::NextDue:
            if (!row.nextDue.isValid())
                return QString();
            if (row.nextDue <= m_now())
                return tr("due now");
            return QLocale().toString(row.nextDue.toLocalTime().date(), QLocale::ShortFormat);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant QuestionBankModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case QuestionBank::Text:
        return tr("Question");
    case QuestionBank::Category:
        return tr("Category");
    case QuestionBank::Stage:
        return tr("Stage");
    case QuestionBank::Qualities:
        return tr("Qualities");
    case QuestionBank::Tags:
        return tr("Tags");
    case QuestionBank::Practised:
        return tr("Done");
    case QuestionBank::LastScore:
        return tr("Score");
    case QuestionBank::NextDue:
        return tr("Next due");
    default:
        return {};
    }
}

} // namespace rehearse::core
