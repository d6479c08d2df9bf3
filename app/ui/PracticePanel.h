#pragma once

#include "core/FreeSpace.h"
#include "core/InterviewType.h"
#include "core/PracticeSession.h"
#include "core/Preferences.h"
#include "core/QuestionRepository.h"

#include <QFuture>
#include <QSqlDatabase>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QVideoWidget;

namespace rehearse::core {
class PracticeClock;
}

namespace rehearse::media {
class DeviceCatalog;
class LevelMeter;
class PracticeController;
} // namespace rehearse::media

namespace rehearse::ui {

class AnswerPlayer;

// The timed answer on screen: choose a question (or a mock interview), prepare with the
// question, the camera preview, the microphone level and the story cue card in view,
// record against the limit, then replay. The whole loop runs from the keyboard:
// Ctrl+Return moves forward, Esc cancels, Ctrl+R retakes, Ctrl+N moves to the next question.
class PracticePanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PracticePanel)

public:
    PracticePanel(QSqlDatabase db, QString dataDir, const core::PracticeClock &clock, QWidget *parent = nullptr);
    ~PracticePanel() override;

    media::PracticeController *controller() const { return m_controller; }

    void practise(qint64 questionId);
    void advance();
    void cancel();
    void retake();
    void nextQuestion();
    void startMockInterview();
    void openSettings();
    // Draws questions from this pack (and the user's own; empty: every pack) and offers
    // the questions of the user's stage first.
    void setPlan(const QString &packSlug, const QString &stageSlug, const QString &stageTitle);
    // Opens the answer just recorded for scoring in History.
    void scoreLastAnswer();

    // What the panel shows now, for tests and accessibility.
    QString statusText() const;
    QString clockText() const;
    // Where the low-disk warning before an answer gets its figure (tests simulate a full disk).
    void setFreeSpace(const core::FreeSpace &freeSpace) { m_freeSpace = freeSpace; }

signals:
    void attemptSaved(qint64 attemptId);
    void reviewRequested(qint64 attemptId);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void buildUi();
    void startDevices();
    void applyPreferences();
    // The chooser's next-up order sorts every question (0.03 s for 100,000): it is read on
    // a worker, again only when the data changed, and offers the first ChooserSize.
    static constexpr int ChooserSize = 300;
    struct Choices {
        QList<qint64> ids;
        QStringList texts;
    };
    void refreshQuestions();
    void applyQuestions(const Choices &choices);
    void waitForQuestions();
    qint64 currentChoice() const;
    void prepareQueue(const QList<qint64> &questionIds, const QString &mockId);
    void showQuestion(qint64 questionId);
    void onStateChanged(core::PracticeSession::State state);
    void onAttemptSaved(qint64 attemptId);
    void updateClock();
    void showMessage(const QString &text, bool problem);
    // The question chosen, once the chooser has its list (waits for it).
    qint64 selectedQuestion();
    // The question source for the chosen interview type (or the user's stage).
    core::QuestionRepository questionSource() const;
    core::InterviewType interviewType() const;

    QSqlDatabase m_db;
    QString m_dataDir;
    QString m_packSlug;
    QString m_stageSlug;
    core::Preferences m_preferences;
    core::FreeSpace m_freeSpace;
    media::PracticeController *m_controller;
    media::DeviceCatalog *m_devices = nullptr;
    media::LevelMeter *m_meter = nullptr;
    bool m_devicesStarted = false;
    QFuture<Choices> m_choices;
    int m_choicesGeneration = 0;
    bool m_choicesPending = false;
    QString m_choicesStamp;

    QComboBox *m_type = nullptr;
    QComboBox *m_questions = nullptr;
    QPushButton *m_mock = nullptr;
    QPushButton *m_settings = nullptr;
    QLabel *m_question = nullptr;
    QLabel *m_meta = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_clock = nullptr;
    QStackedWidget *m_screen = nullptr;
    QVideoWidget *m_preview = nullptr;
    QLabel *m_noCamera = nullptr;
    AnswerPlayer *m_player = nullptr;
    QProgressBar *m_level = nullptr;
    QLabel *m_cue = nullptr;
    QLabel *m_tip = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_primary = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_retake = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_score = nullptr;
    qint64 m_lastAttempt = 0;
};

} // namespace rehearse::ui
