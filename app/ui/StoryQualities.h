#pragma once

#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;

namespace rehearse::ui {

// The qualities a story shows, ticked from the installed packs (under each pack's name
// when there are several). Every tick is written at once.
class StoryQualities final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoryQualities)

public:
    explicit StoryQualities(QSqlDatabase db, QWidget *parent = nullptr);

    void setStory(qint64 id);
    // Rereads the qualities and ticks (after a pack import, or a tick in the coverage).
    void reload();
    bool setQuality(qint64 qualityId, bool shown);

    QListWidget *list() const { return m_list; }

signals:
    void changed(qint64 storyId);
    void saveFailed(const QString &message);

private:
    void onItemChanged(QListWidgetItem *item);
    void updateTitle();

    QSqlDatabase m_db;
    qint64 m_storyId = 0;
    bool m_filling = false;
    QLabel *m_title;
    QListWidget *m_list;
};

} // namespace rehearse::ui
