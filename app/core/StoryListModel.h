#pragma once

#include "core/StoryRepository.h"

#include <QAbstractTableModel>

namespace rehearse::core {

// The stories for the list beside the editor: title, words, speaking time and how many
// qualities and questions each has. It reads; the editor writes through StoryRepository
// and then calls refresh() so the row follows.
class StoryListModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoryListModel)

public:
    enum Column { Title, Words, Time, Qualities, Questions, ColumnCount };
    enum Role { IdRole = Qt::UserRole, CompleteRole };

    explicit StoryListModel(QSqlDatabase db, QObject *parent = nullptr);

    void reload();
    // Rereads one story (after it was written); adds it when it is new.
    void refresh(qint64 id);
    void setWordsPerMinute(int wordsPerMinute);
    int wordsPerMinute() const { return m_wordsPerMinute; }

    // Creates an empty story and appends it; returns its row, -1 when it cannot be stored.
    int addStory();
    bool removeStory(qint64 id);

    int rowOf(qint64 id) const;
    qint64 idAt(int row) const;
    const Story &story(int row) const { return m_rows.at(row).story; }
    int completeCount() const;
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // The number of stories, or of complete ones, changed.
    void countsChanged();

private:
    struct Row {
        Story story;
        int words = 0;
        int qualities = 0;
        int questions = 0;
    };
    Row rowFor(const Story &story) const;

    QSqlDatabase m_db;
    QList<Row> m_rows;
    int m_wordsPerMinute;
    QString m_error;
};

} // namespace rehearse::core
