#pragma once

#include "core/PracticeSession.h"
#include "media/RecordingOutcome.h"
#include "media/RecordingProbe.h"

#include <QSqlDatabase>

namespace rehearse::core {
class PracticeClock;
}

namespace rehearse::media {

class AnswerRecorder;

// Runs a practice: the core state machine asks, this does. It stores the attempt when
// recording starts (so an interrupted one is found again), drives the recorder, and
// completes the attempt only when the recorder has finished the file and the file reads
// back with the right duration. When the recorder failed mid-recording (a full disk), the
// file it left is finished first (RecordingRepair) and the attempt is "recovered".
// Widgets only show what it reports.
class PracticeController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PracticeController)

public:
    // How far a file's duration may differ from the time the session counted.
    static constexpr qint64 DurationToleranceMs = 1000;

    PracticeController(QSqlDatabase db, QString dataDir, const core::PracticeClock &clock, QObject *parent = nullptr);
    ~PracticeController() override;

    core::PracticeSession *session() const { return m_session; }
    AnswerRecorder *recorder() const { return m_recorder; }

    // The story whose cue card is shown, stored with the attempt (0: none).
    void setStory(qint64 storyId) { m_storyId = storyId; }
    // Groups the attempts of one mock interview.
    void setMockId(const QString &mockId) { m_mockId = mockId; }

    // The attempt being recorded or just saved; 0 when none.
    qint64 currentAttempt() const { return m_attemptId; }
    qint64 lastSavedAttempt() const { return m_savedAttemptId; }

signals:
    void attemptSaved(qint64 attemptId);
    // Something the user must be told that does not end the practice badly (a device lost
    // with the recording kept, a file kept for recovery).
    void notice(const QString &message);
    // The attempt could not be made or kept; the message says why and what to do.
    void error(const QString &message);

private:
    void onRecordingRequested();
    void onStopRequested();
    void onDiscardRequested();
    void onRecorderFinished(const RecordingOutcome &outcome);
    void repairThenProbe(const QString &file);
    void onProbed(const RecordingProbe::Result &result);
    void onFinalizeTimedOut();
    QString newRecordingPath(qint64 questionId) const;

    QSqlDatabase m_db;
    QString m_dataDir;
    core::PracticeSession *m_session;
    AnswerRecorder *m_recorder;
    RecordingProbe *m_probe;
    qint64 m_attemptId = 0;
    qint64 m_savedAttemptId = 0;
    qint64 m_storyId = 0;
    QString m_mockId;
    RecordingOutcome m_outcome;
    bool m_repaired = false; // the file had to be finished after the recorder failed
};

} // namespace rehearse::media
