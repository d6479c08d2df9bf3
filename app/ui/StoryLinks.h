#pragma once

#include "core/StoryRepository.h"

#include <QFuture>
#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace rehearse::ui {

// The questions one story answers: linked and unlinked, found by searching the bank.
// Practice shows the story as a cue card for each of them. Every change is written at
// once.
class StoryLinks final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoryLinks)

public:
    explicit StoryLinks(QSqlDatabase db, QWidget *parent = nullptr);

    void setStory(qint64 id);
    qint64 storyId() const { return m_storyId; }
    // Rereads the links and the search (after an import).
    void reload();

    bool link(qint64 questionId);
    bool unlink(qint64 questionId);
    void focusSearch();

    QListWidget *linkedList() const { return m_linked; }
    QLineEdit *searchBox() const { return m_search; }
    // The search results, once the search under way has finished (waits for it).
    QListWidget *resultList();

signals:
    void changed(qint64 storyId);
    void saveFailed(const QString &message);

private:
    void fillLinked();
    // Searching reads every question (0.04 s for 100,000): it runs on a worker, and the
    // latest search's results replace the list.
    void search();
    void waitForSearch();
    void showResults(const QList<core::StoryQuestion> &found);
    void linkCurrentResult();
    void unlinkCurrent();
    void updateTitle();

    QSqlDatabase m_db;
    qint64 m_storyId = 0;
    QFuture<QList<core::StoryQuestion>> m_found;
    int m_searchGeneration = 0;
    bool m_searchPending = false;

    QLabel *m_title;
    QListWidget *m_linked;
    QPushButton *m_unlink;
    QLineEdit *m_search;
    QListWidget *m_results;
    QPushButton *m_link;
};

} // namespace rehearse::ui
