#pragma once

#include "core/SpeechFigures.h"

#include <QPointer>
#include <QSqlDatabase>
#include <QWidget>

#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QTextBrowser;
class QToolButton;

namespace rehearse::ui {

class AnswerPlayer;
class SpeechAnalysisQueue;
class SpeechTimeline;
class SpeechTimelineLegend;

// The speech figures of the answer under review, under its player: the timeline, each
// figure beside its reference range (pace, fillers, long pauses that seek when clicked,
// speaking time, loudness, pace per 30 s), and the rough transcript, folded away, whose
// words seek when clicked. Or, in their place, what is going on: waiting or analysing
// (progress, Cancel), not analysed yet (Analyse), no speech, no sound, or failed (the
// reason, Try again). Only measurements: no score, no verdict beyond the ranges.
// Unfolding the transcript leaves the height it asks of its parent alone (the player above
// keeps its size): the view scrolls instead.
class SpeechFeedbackView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpeechFeedbackView)

public:
    enum class State { Empty, NotAnalysed, Waiting, Analysing, Measured, NoSpeech, NoAudio, Failed };

    SpeechFeedbackView(QSqlDatabase db, QString dataDir, AnswerPlayer *player, QWidget *parent = nullptr);

    // The queue that analyses answers; without one the view makes its own when asked to
    // analyse.
    void setQueue(SpeechAnalysisQueue *queue);
    SpeechAnalysisQueue *queue();

    void showAttempt(qint64 attemptId);
    void clear();
    qint64 attemptId() const { return m_attemptId; }
    State state() const { return m_state; }
    SpeechTimeline *timeline() const { return m_timeline; }
    // Puts the answer first in the queue (the Analyse, Try again and Analyse again buttons).
    void analyse();
    void cancel();
    // The controls in reading order, for the Tab order of the view that holds this one.
    QList<QWidget *> controls() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void refresh();
    void showStatus(State state, const QString &text, const QString &action);
    void showFigures(const SpeechFigures &figures);
    void renderTranscript();
    void onAction();
    void seek(qint64 ms);
    // The height of the folded-away transcript and its spacing, when it is unfolded.
    int transcriptHeight() const;
    int foldedHeight() const;

    QSqlDatabase m_db;
    QString m_dataDir;
    AnswerPlayer *m_player;
    QPointer<SpeechAnalysisQueue> m_queue;
    qint64 m_attemptId = 0;
    State m_state = State::Empty;
    std::optional<SpeechFigures> m_figures;
    QString m_saveError;
    bool m_revealTranscript = false;

    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_action;
    QScrollArea *m_scroll;
    QWidget *m_content;
    SpeechTimeline *m_timeline;
    SpeechTimelineLegend *m_legend;
    QWidget *m_figuresBox;
    QLabel *m_pace;
    QLabel *m_fillers;
    QLabel *m_pauses;
    QLabel *m_speaking;
    QLabel *m_loudness;
    QLabel *m_paceBy30s;
    QLabel *m_transcriptNote;
    QToolButton *m_transcriptToggle;
    QTextBrowser *m_transcript;
};

} // namespace rehearse::ui
