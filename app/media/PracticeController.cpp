#include "media/PracticeController.h"

#include "core/AttemptRepository.h"
#include "media/AnswerRecorder.h"
#include "media/Logging.h"
#include "media/RecordingRepair.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent>

namespace rehearse::media {

PracticeController::PracticeController(QSqlDatabase db, QString dataDir, const core::PracticeClock &clock,
                                       QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_dataDir(std::move(dataDir))
    , m_session(new core::PracticeSession(clock, this))
    , m_recorder(new AnswerRecorder(this))
    , m_probe(new RecordingProbe(this))
{
    connect(m_session, &core::PracticeSession::recordingRequested, this, &PracticeController::onRecordingRequested);
    connect(m_session, &core::PracticeSession::stopRequested, this, &PracticeController::onStopRequested);
    connect(m_session, &core::PracticeSession::discardRequested, this, &PracticeController::onDiscardRequested);
    connect(m_session, &core::PracticeSession::finalizeTimedOut, this, &PracticeController::onFinalizeTimedOut);
    connect(m_recorder, &AnswerRecorder::started, m_session, &core::PracticeSession::recorderStarted);
    connect(m_recorder, &AnswerRecorder::finished, this, &PracticeController::onRecorderFinished);
    connect(m_recorder, &AnswerRecorder::restarting, this, [this] {
        // The time counts again from the new start, so the file and the clock still agree.
        m_session->recorderRestarted();
        emit notice(tr("The recording did not start; started it again."));
    });
    connect(m_recorder, &AnswerRecorder::failed, this, [this](const QString &message) {
        if (m_session->state() == core::PracticeSession::State::Recording) {
            // The recording never started: the stored attempt goes, with any file.
            if (m_attemptId && !m_recorder->isRecording()) {
                core::AttemptRepository(m_db, m_dataDir).remove(m_attemptId);
                m_attemptId = 0;
            }
            m_session->recorderFailed(message);
        }
        emit error(message);
    });
    connect(m_probe, &RecordingProbe::done, this, &PracticeController::onProbed);
}

PracticeController::~PracticeController() = default;

QString PracticeController::newRecordingPath(qint64 questionId) const
{
    const QString name = QStringLiteral("%1-q%2.webm")
                             .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")))
                             .arg(questionId);
    return QDir(m_dataDir).filePath(QStringLiteral("recordings/") + name);
}

void PracticeController::onRecordingRequested()
{
    QString message;
    if (!m_recorder->canRecord(&message)) {
        m_session->recorderFailed(message);
        emit error(message);
        return;
    }
    const qint64 questionId = m_session->currentQuestion();
    const QString path = newRecordingPath(questionId);
    core::Attempt attempt;
    attempt.questionId = questionId;
    attempt.startedAt = QDateTime::currentDateTimeUtc();
    attempt.prepMs = m_session->prepUsedMs();
    attempt.limitMs = m_session->settings().limitMs;
    attempt.file = QDir(m_dataDir).relativeFilePath(path);
    attempt.mode = m_recorder->hasCamera() ? core::Attempt::Mode::Video : core::Attempt::Mode::Audio;
    attempt.camera = m_recorder->hasCamera() ? m_recorder->cameraName() : QString();
    attempt.microphone = m_recorder->microphoneName();
    attempt.storyId = m_storyId;
    attempt.mockId = m_mockId;

    core::AttemptRepository attempts(m_db, m_dataDir);
    QString dbError;
    m_attemptId = attempts.begin(attempt, &dbError);
    if (m_attemptId == 0) {
        message = tr("The attempt could not be stored (%1). Nothing was recorded.").arg(dbError);
        m_session->recorderFailed(message);
        emit error(message);
        return;
    }
    if (!m_recorder->start(path, &message)) {
        attempts.remove(m_attemptId);
        m_attemptId = 0;
        m_session->recorderFailed(message);
        emit error(message);
    }
}

void PracticeController::onStopRequested()
{
    m_recorder->stop();
}

void PracticeController::onDiscardRequested()
{
    m_recorder->discard();
    if (m_attemptId) {
        core::AttemptRepository(m_db, m_dataDir).remove(m_attemptId);
        m_attemptId = 0;
    }
}

void PracticeController::onRecorderFinished(const RecordingOutcome &outcome)
{
    m_outcome = outcome;
    if (!m_attemptId)
        return;
    if (!outcome.ok) {
        core::AttemptRepository(m_db, m_dataDir).finish(m_attemptId, 0, core::Attempt::State::Failed, outcome.message);
        m_attemptId = 0;
        m_session->recorderFinished(false, outcome.message);
        emit error(outcome.message);
        return;
    }
    m_repaired = false;
    if (outcome.unfinished) {
        repairThenProbe(outcome.file);
        return;
    }
    m_probe->probe(outcome.file);
}

void PracticeController::repairThenProbe(const QString &file)
{
    auto *watcher = new QFutureWatcher<RecordingRepair::Result>(this);
    connect(watcher, &QFutureWatcher<RecordingRepair::Result>::finished, this, [this, watcher, file] {
        const RecordingRepair::Result result = watcher->result();
        watcher->deleteLater();
        if (!m_attemptId)
            return;
        if (!result.ok) {
            const QString message = tr("%1 The file could not be finished (%2); it was kept in your recordings folder.")
                                        .arg(m_outcome.message, result.error);
            core::AttemptRepository(m_db, m_dataDir)
                .finish(m_attemptId, 0, core::Attempt::State::Failed,
                        tr("The recorder failed and the file could not be finished: %1.").arg(result.error));
            m_attemptId = 0;
            m_session->recorderFinished(false, message);
            emit error(message);
            return;
        }
        m_repaired = result.changed;
        m_probe->probe(file);
    });
    watcher->setFuture(QtConcurrent::run([file] { return RecordingRepair::repair(file); }));
}

void PracticeController::onProbed(const RecordingProbe::Result &result)
{
    if (!m_attemptId)
        return;
    core::AttemptRepository attempts(m_db, m_dataDir);
    const qint64 counted = m_session->recordingElapsedMs();
    QString problem;
    if (!result.ok)
        problem = tr("The recording cannot be played back (%1).").arg(result.error);
    else if (!result.hasAudio)
        problem = tr("The recording has no sound.");
    else if (!m_outcome.audioOnly && !result.hasVideo)
        problem = tr("The recording has no picture.");
    else if (!m_outcome.stoppedByItself && qAbs(result.durationMs - counted) > DurationToleranceMs)
        problem = tr("The recording is %1 s long, but %2 s were recorded.")
                      .arg(result.durationMs / 1000.0, 0, 'f', 1)
                      .arg(counted / 1000.0, 0, 'f', 1);

    const qint64 id = m_attemptId;
    m_attemptId = 0;
    if (!problem.isEmpty()) {
        qCWarning(logCapture) << "attempt" << id << "failed its check:" << problem;
        attempts.finish(id, result.durationMs, core::Attempt::State::Failed, problem);
        const QString message = problem + QLatin1Char(' ') + tr("The file was kept in your recordings folder.");
        m_session->recorderFinished(false, message);
        emit error(message);
        return;
    }
    attempts.finish(id, result.durationMs,
                    m_repaired ? core::Attempt::State::Recovered : core::Attempt::State::Complete);
    m_savedAttemptId = id;
    if (m_outcome.stoppedByItself)
        emit notice(m_outcome.message);
    m_session->recorderFinished(true);
    emit attemptSaved(id);
}

void PracticeController::onFinalizeTimedOut()
{
    // The row stays in state "recording": the next start finds it and checks the file.
    qCWarning(logCapture) << "attempt" << m_attemptId << "left for recovery";
    m_attemptId = 0;
    emit notice(tr("The recording did not finish in time. The file was kept and will be checked the next time "
                   "Rehearse starts."));
}

} // namespace rehearse::media
