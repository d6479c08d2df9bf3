#pragma once

#include "core/RecordingWatchdog.h"
#include "core/SteadyClock.h"
#include "media/RecordingFlow.h"
#include "media/RecordingOutcome.h"

#include <QAudioDevice>
#include <QCameraDevice>
#include <QElapsedTimer>
#include <QMediaRecorder>
#include <QObject>
#include <QPointer>

class QAudioInput;
class QCamera;
class QMediaCaptureSession;
class QTimer;

namespace rehearse::media {

// The GStreamer side of AnswerRecorder: one capture session (camera, microphone,
// recorder) rebuilt for every recording, the recorder joined last. Both were needed
// against Qt 6.4 hangs in QMediaRecorder::stop() measured here: joining the recorder
// first, or recording twice through one session, made stop() hang in a pipeline state
// change (see README, "Known limits").
//
// A recording that reports it records but whose sound or picture never arrives (another
// Qt 6.4 fault, see RecordingFlow) is noticed by a watchdog: its file is deleted, the
// capture session rebuilt and the recording started again to the same path (restarting()
// is emitted, then started() again); after RecordingWatchdog::DefaultMaxRestarts restarts
// it ends as a failed recording with a clear message, its file kept.
class CaptureWorker final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaptureWorker)

public:
    CaptureWorker();
    ~CaptureWorker() override;

    static constexpr qint64 CameraWarmUpMs = 1000;
    // A stream flows when it delivered at two checks in a row: at 250 ms, a camera that
    // sends 4 frames a second or more.
    static constexpr int FlowCheckIntervalMs = 250;

public slots:
    void setDevices(const QCameraDevice &camera, const QAudioDevice &microphone);
    void setVideoOutput(QObject *output);
    void stopPreview();
    void start(const QString &path);
    void stop();
    void discard();
    void stopBecause(const QString &message);

signals:
    void started();
    // Nothing arrived from the camera or microphone: the recording starts again.
    void restarting();
    void finished(const rehearse::media::RecordingOutcome &outcome);
    void failed(const QString &message);
    void startFailed(const QString &message);
    void discarded();

private:
    void ensureSession();
    void rebuild();
    void configureAndBegin();
    void beginRecording();
    // For each stream, the buffers delivered since this recording began.
    QList<qint64> delivered() const;
    void checkFlow();
    void restartRecording();
    // A recording stopped for a restart has reached StoppedState; false when it must end.
    bool continueRestart();
    QString stoppedBeforeRestartMessage() const;
    void onRecorderStateChanged(QMediaRecorder::RecorderState state);
    void onRecorderError(QMediaRecorder::Error error, const QString &text);

    QMediaCaptureSession *m_session = nullptr;
    QMediaRecorder *m_recorder = nullptr;
    QCamera *m_camera = nullptr;
    QAudioInput *m_audioInput = nullptr;
    QTimer *m_warmUp = nullptr;
    QTimer *m_flowCheck = nullptr;
    core::SteadyClock m_clock;
    core::RecordingWatchdog m_watchdog{m_clock};
    RecordingFlow::Counts m_flowBefore; // counted before this recording began
    QElapsedTimer m_cameraWarm;
    QCameraDevice m_cameraDevice;
    QAudioDevice m_microphoneDevice;
    QPointer<QObject> m_videoOutput;
    bool m_previewWanted = true;
    bool m_rebuildPending = false;
    QString m_path;
    QString m_stopMessage;
    bool m_discard = false;
    bool m_privateFile = false; // the growing file is already 0600
    bool m_active = false;
    bool m_failed = false; // the recorder reported an error while recording
    bool m_restarting = false; // stopped because nothing arrived; starts again once stopped
    bool m_stopWanted = false; // stop() came while restarting
    bool m_gaveUp = false; // still nothing after the last restart
};

} // namespace rehearse::media
