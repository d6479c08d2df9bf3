#pragma once

#include "media/RecordingOutcome.h"

#include <QAudioDevice>
#include <QCameraDevice>
#include <QMediaRecorder>
#include <QObject>

class QAudioInput;
class QCamera;
class QMediaCaptureSession;
class QMediaDevices;

namespace rehearse::media {

// Camera and microphone into one WebM file (VP8 + Opus; Opus alone without a camera).
// The preview runs from setDevices() on, so the candidate sees themselves while
// preparing. stop() is asynchronous: finished() comes when the recorder has reached
// StoppedState, the only moment the file counts. Every media error goes to failed() or
// into the outcome's message, worded for the user.
class AnswerRecorder final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnswerRecorder)

public:
    explicit AnswerRecorder(QObject *parent = nullptr);
    ~AnswerRecorder() override;

    // A null camera means audio only. Starts the camera preview.
    void setDevices(const QCameraDevice &camera, const QAudioDevice &microphone);
    void setVideoOutput(QObject *output);
    void stopPreview();

    bool hasCamera() const;
    bool hasMicrophone() const { return !m_microphone.isNull(); }
    QString cameraName() const { return m_camera.description(); }
    QString microphoneName() const { return m_microphone.description(); }

    // Whether a recording can start now; otherwise a message that says what is missing.
    bool canRecord(QString *message) const;
    // Starts recording into path (its folder must exist). Nothing is written when it
    // returns false.
    bool start(const QString &path, QString *message);
    void stop();
    // Stops and deletes the file once the recorder has let go of it.
    void discard();
    bool isRecording() const;
    qint64 durationMs() const;

    // The camera format for a recording: the largest at or under 1280x720 whose frame
    // rate reaches 30 fps or less; the smallest when the camera offers nothing that small.
    static QCameraFormat chooseFormat(const QList<QCameraFormat> &formats);

signals:
    void started();
    void finished(const rehearse::media::RecordingOutcome &outcome);
    void failed(const QString &message);

private:
    void onRecorderStateChanged(QMediaRecorder::RecorderState state);
    void onRecorderError(QMediaRecorder::Error error, const QString &text);
    void onDevicesChanged();
    void stopBecause(const QString &message);

    QMediaDevices *m_devices;
    QMediaCaptureSession *m_session;
    QMediaRecorder *m_recorder;
    QCamera *m_cameraObject = nullptr;
    QAudioInput *m_audioInput = nullptr;
    QCameraDevice m_camera;
    QAudioDevice m_microphone;
    QString m_path;
    QString m_stopMessage;
    bool m_discard = false;
    bool m_active = false;
};

} // namespace rehearse::media
