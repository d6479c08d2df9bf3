#pragma once

#include "core/Attempt.h"
#include "core/ReviewRepository.h"

#include <QSqlDatabase>
#include <QWidget>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QTimer;
class QVBoxLayout;

namespace rehearse::ui {

class AnswerPlayer;
class SpeechAnalysisQueue;
class SpeechFeedbackView;

// One attempt under review: the recording with the question beside it, a 1–5 score per
// rubric criterion, an overall score, notes, and bookmarks that seek the player. Every
// change is saved as it is made (notes within a second of the last key).
class ReviewView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewView)

public:
    static constexpr int NotesSaveDelayMs = 800;

    ReviewView(QSqlDatabase db, QString dataDir, QWidget *parent = nullptr);
    ~ReviewView() override;

    // Shows the attempt; false when it no longer exists.
    bool showAttempt(qint64 attemptId);
    qint64 attemptId() const { return m_attempt.id; }
    AnswerPlayer *player() const { return m_player; }
    SpeechFeedbackView *speechFeedback() const { return m_speech; }
    // The queue that measures the speech of answers (shared with Practice).
    void setSpeechQueue(SpeechAnalysisQueue *queue);

    void setScore(qint64 criterionId, int score); // 0 clears
    void setOverall(int score);
    int overall() const;
    void addBookmark();
    // Writes pending notes now (also done when the view hides or another attempt opens).
    void saveNotes();

signals:
    void changed(qint64 attemptId);
    void closeRequested();

protected:
    void hideEvent(QHideEvent *event) override;

private:
    void buildRubric();
    QWidget *scoreRow(const QString &objectName, const QString &name, const QString &description,
                      const QStringList &levels, QButtonGroup **group);
    void onScoreClicked(QButtonGroup *group, qint64 criterionId, int score);
    void suggestOverall();
    void loadBookmarks();
    void onBookmarkEdited(QListWidgetItem *item);
    void removeSelectedBookmark();
    void showError(const QString &text);

    QSqlDatabase m_db;
    QString m_dataDir;
    core::Attempt m_attempt;
    QList<core::Criterion> m_criteria;
    QHash<qint64, QButtonGroup *> m_groups;
    QButtonGroup *m_overall = nullptr;
    bool m_loading = false;

    AnswerPlayer *m_player;
    SpeechFeedbackView *m_speech;
    QLabel *m_question;
    QLabel *m_meta;
    QLabel *m_tip;
    QVBoxLayout *m_rubricLayout;
    QLabel *m_suggestion;
    QPlainTextEdit *m_notes;
    QTimer *m_notesTimer;
    QLineEdit *m_bookmarkText;
    QListWidget *m_bookmarks;
    QLabel *m_error;
};

} // namespace rehearse::ui
