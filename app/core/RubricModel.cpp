#include "core/RubricModel.h"

namespace rehearse::core {

namespace {

QString *field(Criterion &criterion, int column)
{
    switch (column) {
    case RubricModel::Name:
        return &criterion.name;
    case RubricModel::Description:
        return &criterion.description;
    case RubricModel::Level1:
        return &criterion.level1;
    case RubricModel::Level3:
        return &criterion.level3;
    case RubricModel::Level5:
        return &criterion.level5;
    default:
        return nullptr;
    }
}

} // namespace

RubricModel::RubricModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
{
    reload();
}

void RubricModel::reload()
{
    beginResetModel();
    m_criteria = ReviewRepository(m_db).criteria(true);
    endResetModel();
}

int RubricModel::addCriterion(const QString &name)
{
    Criterion criterion;
    criterion.name = name;
    ReviewRepository repository(m_db);
    if (!repository.saveCriterion(criterion)) {
        m_error = repository.lastError();
        emit saveFailed(m_error);
        return -1;
    }
    const int row = int(m_criteria.size());
    beginInsertRows({}, row, row);
    m_criteria.append(criterion);
    endInsertRows();
    return row;
}

int RubricModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_criteria.size());
}

int RubricModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RubricModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    Criterion criterion = m_criteria.at(index.row());
    if (role == Qt::CheckStateRole && index.column() == Name)
        return criterion.active ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole) {
        if (const QString *text = field(criterion, index.column()))
            return *text;
    }
    return {};
}

bool RubricModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Criterion changed = m_criteria.at(index.row());
    if (role == Qt::CheckStateRole && index.column() == Name) {
        changed.active = value.toInt() == Qt::Checked;
    } else if (role == Qt::EditRole) {
        QString *text = field(changed, index.column());
        if (!text)
            return false;
        *text = value.toString().trimmed();
    } else {
        return false;
    }
    ReviewRepository repository(m_db);
    if (!repository.saveCriterion(changed)) {
        m_error = repository.lastError();
        emit saveFailed(m_error);
        return false;
    }
    m_criteria[index.row()] = changed;
    emit dataChanged(index, index, {role, Qt::DisplayRole});
    return true;
}

Qt::ItemFlags RubricModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
    if (index.column() == Name)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant RubricModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Criterion (ticked: in use)");
    case Description:
        return tr("What it means");
    case Level1:
        return tr("A 1 looks like");
    case Level3:
        return tr("A 3 looks like");
    case Level5:
        return tr("A 5 looks like");
    default:
        return {};
    }
}

} // namespace rehearse::core
