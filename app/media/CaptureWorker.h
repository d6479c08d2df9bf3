#pragma once

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
class CaptureWorker final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaptureWorker)

public:
    CaptureWorker();
    ~CaptureWorker() override;

    static constexpr qint64 CameraWarmUpMs = 1000;

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
    void finished(const rehearse::media::RecordingOutcome &outcome);
    void failed(const QString &message);
    void startFailed(const QString &message);
    void discarded();

private:
    void ensureSession();
    void rebuild();
    void beginRecording();
    void onRecorderStateChanged(QMediaRecorder::RecorderState state);
    void onRecorderError(QMediaRecorder::Error error, const QString &text);

    QMediaCaptureSession *m_session = nullptr;
    QMediaRecorder *m_recorder = nullptr;
    QCamera *m_camera = nullptr;
    QAudioInput *m_audioInput = nullptr;
    QTimer *m_warmUp = nullptr;
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
};

} // namespace rehearse::media
