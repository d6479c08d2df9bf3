#pragma once

#include "core/StoryRepository.h"

#include <QAbstractTableModel>
#include <QSet>

namespace rehearse::core {

// Qualities × stories: which quality each story shows, and which qualities have no story
// yet. Column 0 counts the stories of each quality; every other column is a story whose
// cells can be ticked to say the story shows the quality.
class StoryCoverageModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoryCoverageModel)

public:
    enum Role { MissingRole = Qt::UserRole, QualityIdRole, StoryIdRole };
    static constexpr int CountColumn = 0;

    explicit StoryCoverageModel(QSqlDatabase db, QObject *parent = nullptr);

    void reload();
    int rowOf(qint64 qualityId) const;
    int columnOf(qint64 storyId) const;
    const StoryQuality &quality(int row) const { return m_qualities.at(row); }
    int storyCount() const { return int(m_stories.size()); }
    QList<StoryQuality> uncovered() const;
    bool shows(qint64 storyId, qint64 qualityId) const;
    // Ticks or clears a cell, as a click would.
    bool setShows(qint64 storyId, qint64 qualityId, bool shown);
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void linkChanged(qint64 storyId);
    void saveFailed(const QString &message);

private:
    int storiesFor(int row) const;
    QString storyTitle(int column) const;

    QSqlDatabase m_db;
    QList<StoryQuality> m_qualities;
    QList<Story> m_stories;
    QSet<std::pair<qint64, qint64>> m_links; // (quality, story)
    bool m_severalPacks = false;
    QString m_error;
};

} // namespace rehearse::core
