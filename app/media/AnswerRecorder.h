#pragma once

#include "media/RecordingOutcome.h"

#include <QAudioDevice>
#include <QCameraDevice>
#include <QObject>
#include <QPointer>

class QMediaDevices;

namespace rehearse::media {

class CaptureWorker;

// Camera and microphone into one WebM file (VP8 + Opus; Opus alone without a camera).
// The preview runs from setDevices() on, so the candidate sees themselves while
// preparing. stop() is asynchronous: finished() comes when the recorder has reached
// StoppedState, the only moment the file counts.
//
// The GStreamer work is in CaptureWorker, which builds a fresh capture session for every
// recording. A recording that never reports its end is left behind: the caller's
// finalizing timeout reports it, and the next recording gets a new capture session.
// (A capture thread was tried so that a GStreamer hang could not block the window; with
// Qt 6.4 it made stop() hang far more often, so the worker runs on the GUI thread.)
class AnswerRecorder final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnswerRecorder)

public:
    explicit AnswerRecorder(QObject *parent = nullptr);
    ~AnswerRecorder() override;

    // A null camera means sound only. Starts the camera preview.
    void setDevices(const QCameraDevice &camera, const QAudioDevice &microphone);
    // A QVideoWidget or QVideoSink for the preview.
    void setVideoOutput(QObject *output);
    void stopPreview();

    bool hasCamera() const { return !m_camera.isNull(); }
    bool hasMicrophone() const { return !m_microphone.isNull(); }
    QString cameraName() const { return m_camera.description(); }
    QString microphoneName() const { return m_microphone.description(); }

    // Whether a recording can start now; otherwise a message that says what is missing.
    bool canRecord(QString *message) const;
    // Starts recording into path. When it returns false nothing was written; a failure
    // found later on the capture thread comes as failed().
    bool start(const QString &path, QString *message);
    void stop();
    // Stops and deletes the file once the recorder has let go of it.
    void discard();
    bool isRecording() const { return m_recording; }

    // The camera format for a recording: the largest at or under 1280x720 whose frame
    // rate reaches 30 fps or less; the smallest when the camera offers nothing that small.
    static QCameraFormat chooseFormat(const QList<QCameraFormat> &formats);

signals:
    void started();
    // The recording reported that it started but nothing arrived from the camera or
    // microphone: it is being started again to the same file; started() follows.
    void restarting();
    void finished(const rehearse::media::RecordingOutcome &outcome);
    void failed(const QString &message);

private:
    void createWorker();
    void abandonWorker();
    void onDevicesChanged();

    QMediaDevices *m_devices;
    QPointer<CaptureWorker> m_worker;
    QPointer<QObject> m_videoOutput;
    QCameraDevice m_camera;
    QAudioDevice m_microphone;
    bool m_recording = false;
    bool m_stopping = false;
};

} // namespace rehearse::media
