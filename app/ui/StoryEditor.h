#pragma once

#include "core/Story.h"

#include <QSqlDatabase>
#include <QWidget>

#include <array>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace rehearse::ui {

class SaveTimer;

// The title and the four STAR parts of one story. Nothing typed is lost: each changed
// field is written (one UPDATE each) when typing pauses for SaveDelayMs, when the field
// loses focus, when another story is shown, when the editor hides and when it is
// destroyed. Each field keeps its own undo and redo; loading a story starts them afresh.
class StoryEditor final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoryEditor)

public:
    static constexpr int SaveDelayMs = 750;

    explicit StoryEditor(QSqlDatabase db, QWidget *parent = nullptr);
    ~StoryEditor() override;

    // Shows the story (0: none), after saving what is pending; false when it is missing.
    bool setStory(qint64 id);
    qint64 storyId() const { return m_saved.id; }
    // The story as shown, with what is not saved yet.
    core::Story story() const;
    bool hasPendingChanges() const;
    // Writes the changed fields now; false when one could not be written (it stays
    // pending and is tried again).
    bool save();
    void focusTitle();

    QLineEdit *titleEdit() const { return m_title; }
    QPlainTextEdit *partEdit(core::StoryPart part) const;
    SaveTimer *saveTimer() const { return m_timer; }

signals:
    // On every change, saved or not: what the guidance follows.
    void edited(const core::Story &story);
    void saved(qint64 storyId);
    void saveFailed(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void onChanged(core::StoryPart part);
    QString shownText(core::StoryPart part) const;
    void showStatus(const QString &text, bool problem);

    QSqlDatabase m_db;
    core::Story m_saved; // what the database holds
    std::array<bool, 5> m_dirty{}; // by StoryPart
    bool m_loading = false;

    QLineEdit *m_title;
    std::array<QPlainTextEdit *, 4> m_parts{}; // Situation, Task, Action, Result
    QLabel *m_status;
    SaveTimer *m_timer;
};

} // namespace rehearse::ui
