#include "core/StoryCoverageModel.h"

namespace rehearse::core {

StoryCoverageModel::StoryCoverageModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
{
    reload();
}

void StoryCoverageModel::reload()
{
    beginResetModel();
    const StoryRepository repository(m_db);
    m_qualities = repository.qualities();
    m_stories = repository.list();
    m_links.clear();
    const QHash<qint64, QList<qint64>> coverage = repository.coverage();
    for (auto it = coverage.cbegin(); it != coverage.cend(); ++it) {
        for (qint64 story : it.value())
            m_links.insert({it.key(), story});
    }
    QSet<qint64> packs;
    for (const StoryQuality &quality : std::as_const(m_qualities))
        packs.insert(quality.packId);
    m_severalPacks = packs.size() > 1;
    endResetModel();
}

int StoryCoverageModel::rowOf(qint64 qualityId) const
{
    for (int row = 0; row < m_qualities.size(); ++row) {
        if (m_qualities.at(row).id == qualityId)
            return row;
    }
    return -1;
}

int StoryCoverageModel::columnOf(qint64 storyId) const
{
    for (int i = 0; i < m_stories.size(); ++i) {
        if (m_stories.at(i).id == storyId)
            return i + 1;
    }
    return -1;
}

QList<StoryQuality> StoryCoverageModel::uncovered() const
{
    QList<StoryQuality> list;
    for (int row = 0; row < m_qualities.size(); ++row) {
        if (storiesFor(row) == 0)
            list.append(m_qualities.at(row));
    }
    return list;
}

bool StoryCoverageModel::shows(qint64 storyId, qint64 qualityId) const
{
    return m_links.contains({qualityId, storyId});
}

bool StoryCoverageModel::setShows(qint64 storyId, qint64 qualityId, bool shown)
{
    const int row = rowOf(qualityId);
    const int column = columnOf(storyId);
    if (row < 0 || column < 0)
        return false;
    return setData(index(row, column), shown ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
}

int StoryCoverageModel::storiesFor(int row) const
{
    const qint64 quality = m_qualities.at(row).id;
    int count = 0;
    for (const Story &story : m_stories) {
        if (m_links.contains({quality, story.id}))
            ++count;
    }
    return count;
}

QString StoryCoverageModel::storyTitle(int column) const
{
    const QString title = m_stories.at(column - 1).title.trimmed();
    return title.isEmpty() ? tr("(untitled)") : title;
}

int StoryCoverageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_qualities.size());
}

int StoryCoverageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_stories.size()) + 1;
}

QVariant StoryCoverageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StoryQuality &quality = m_qualities.at(index.row());
    const int count = storiesFor(index.row());
    if (role == MissingRole)
        return count == 0;
    if (role == QualityIdRole)
        return quality.id;
    if (index.column() == CountColumn) {
        if (role == Qt::DisplayRole)
            return count == 0 ? tr("No story yet") : count == 1 ? tr("1 story") : tr("%1 stories").arg(count);
        if (role == Qt::ToolTipRole && count == 0)
            return tr("No story shows %1 yet. Tick it in a story, or write one for it.").arg(quality.name);
        return {};
    }
    const Story &story = m_stories.at(index.column() - 1);
    const bool linked = m_links.contains({quality.id, story.id});
    switch (role) {
    case StoryIdRole:
        return story.id;
    case Qt::CheckStateRole:
        return linked ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return linked ? tr("“%1” shows %2").arg(storyTitle(index.column()), quality.name)
                      : tr("“%1” does not show %2").arg(storyTitle(index.column()), quality.name);
    default:
        return {};
    }
}

bool StoryCoverageModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() == CountColumn || role != Qt::CheckStateRole) {
        return false;
    }
    const qint64 quality = m_qualities.at(index.row()).id;
    const qint64 story = m_stories.at(index.column() - 1).id;
    const bool shown = value.toInt() == Qt::Checked;
    StoryRepository repository(m_db);
    if (!repository.setQuality(story, quality, shown)) {
        m_error = repository.lastError();
        emit saveFailed(m_error);
        return false;
    }
    if (shown)
        m_links.insert({quality, story});
    else
        m_links.remove({quality, story});
    emit dataChanged(index, index, {Qt::CheckStateRole, Qt::ToolTipRole, Qt::AccessibleTextRole});
    emit dataChanged(this->index(index.row(), CountColumn), this->index(index.row(), CountColumn));
    emit linkChanged(story);
    return true;
}

Qt::ItemFlags StoryCoverageModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.column() == CountColumn)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
}

QVariant StoryCoverageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section >= 0 && section < columnCount()) {
        if (section == CountColumn)
            return role == Qt::DisplayRole ? tr("Stories") : QVariant();
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return storyTitle(section);
        return {};
    }
    if (orientation == Qt::Vertical && section >= 0 && section < rowCount()) {
        const StoryQuality &quality = m_qualities.at(section);
        if (role == Qt::DisplayRole)
            return m_severalPacks ? QStringLiteral("%1 · %2").arg(quality.name, quality.pack) : quality.name;
        if (role == Qt::ToolTipRole)
            return tr("%1, from %2").arg(quality.name, quality.pack);
        return {};
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace rehearse::core
