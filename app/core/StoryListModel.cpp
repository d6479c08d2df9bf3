#include "core/StoryListModel.h"

#include "core/StoryAnalysis.h"

#include <QHash>
#include <QSqlQuery>

namespace rehearse::core {

StoryListModel::StoryListModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
    , m_wordsPerMinute(StoryAnalysis::DefaultWordsPerMinute)
{
    reload();
}

StoryListModel::Row StoryListModel::rowFor(const Story &story) const
{
    const StoryRepository repository(m_db);
    return {story, StoryAnalysis(story).totalWords(), int(repository.qualityIds(story.id).size()),
            int(repository.questions(story.id).size())};
}

void StoryListModel::reload()
{
    // The counts of every story in two queries, not two per story (200 stories: 0.03 s
    // less before Stories first paints, bench/run-all.sh panels).
    const auto counts = [this](const QString &sql) {
        QHash<qint64, int> byStory;
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (query.exec(sql)) {
            while (query.next())
                byStory.insert(query.value(0).toLongLong(), query.value(1).toInt());
        }
        return byStory;
    };
    const QHash<qint64, int> qualities
        = counts(QStringLiteral("SELECT sq.story_id, count(*) FROM story_qualities sq "
                                "JOIN qualities q ON q.id = sq.quality_id GROUP BY sq.story_id"));
    const QHash<qint64, int> questions
        = counts(QStringLiteral("SELECT sq.story_id, count(*) FROM story_questions sq "
                                "JOIN questions q ON q.id = sq.question_id GROUP BY sq.story_id"));
    beginResetModel();
    m_rows.clear();
    for (const Story &story : StoryRepository(m_db).list()) {
        int words = 0;
        for (const StoryPart part : StarParts)
            words += StoryAnalysis::countWords(story.text(part));
        m_rows.append({story, words, qualities.value(story.id), questions.value(story.id)});
    }
    endResetModel();
    emit countsChanged();
}

void StoryListModel::refresh(qint64 id)
{
    const std::optional<Story> story = StoryRepository(m_db).get(id);
    const int row = rowOf(id);
    if (!story) {
        if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
            emit countsChanged();
        }
        return;
    }
    if (row < 0) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
        m_rows.append(rowFor(*story));
        endInsertRows();
        emit countsChanged();
        return;
    }
    const bool wasComplete = m_rows.at(row).story.isComplete();
    m_rows[row] = rowFor(*story);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    if (wasComplete != story->isComplete())
        emit countsChanged();
}

void StoryListModel::setWordsPerMinute(int wordsPerMinute)
{
    wordsPerMinute = std::clamp(wordsPerMinute, StoryAnalysis::MinWordsPerMinute, StoryAnalysis::MaxWordsPerMinute);
    if (wordsPerMinute == m_wordsPerMinute)
        return;
    m_wordsPerMinute = wordsPerMinute;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Time), index(int(m_rows.size()) - 1, Time));
}

int StoryListModel::addStory()
{
    StoryRepository repository(m_db);
    const qint64 id = repository.create();
    if (id == 0) {
        m_error = repository.lastError();
        return -1;
    }
    refresh(id);
    return rowOf(id);
}

bool StoryListModel::removeStory(qint64 id)
{
    StoryRepository repository(m_db);
    if (!repository.remove(id)) {
        m_error = repository.lastError();
        return false;
    }
    refresh(id);
    return true;
}

int StoryListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).story.id == id)
            return row;
    }
    return -1;
}

qint64 StoryListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).story.id : 0;
}

int StoryListModel::completeCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &row) { return row.story.isComplete(); }));
}

int StoryListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StoryListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StoryListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == IdRole)
        return row.story.id;
    if (role == CompleteRole)
        return row.story.isComplete();
    const int seconds = int(std::lround(row.words * 60.0 / m_wordsPerMinute));
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Title:
            return row.story.title.trimmed().isEmpty() ? tr("(untitled)") : row.story.title.trimmed();
        case Words:
            return row.words;
        case Time:
            return StoryAnalysis::clock(seconds);
        case Qualities:
            return row.qualities;
        case Questions:
            return row.questions;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        const QString words = row.words == 1 ? tr("1 word") : tr("%1 words").arg(row.words);
        const QString qualities
            = row.qualities == 1 ? tr("shows 1 quality") : tr("shows %1 qualities").arg(row.qualities);
        const QString questions
            = row.questions == 1 ? tr("answers 1 question") : tr("answers %1 questions").arg(row.questions);
        const QString title = row.story.title.trimmed().isEmpty() ? tr("(untitled)") : row.story.title.trimmed();
        QString tip = tr("%1: %2, about %3 to say; %4, %5.")
                          .arg(title, words, StoryAnalysis::clock(seconds), qualities, questions);
        if (!row.story.isComplete())
            tip += QLatin1Char(' ') + tr("Not all four parts are written yet.");
        return tip;
    }
    if (role == Qt::TextAlignmentRole && index.column() != Title)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant StoryListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title:
        return tr("Story");
    case Words:
        return tr("Words");
    case Time:
        return tr("Time");
    case Qualities:
        return tr("Qualities");
    case Questions:
        return tr("Questions");
    default:
        return {};
    }
}

} // namespace rehearse::core
