#include "media/AnswerRecorder.h"

#include "media/Logging.h"

#include <QAudioInput>
#include <QCamera>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QMediaFormat>
#include <QUrl>

namespace rehearse::media {

AnswerRecorder::AnswerRecorder(QObject *parent)
    : QObject(parent)
    , m_devices(new QMediaDevices(this))
    , m_session(new QMediaCaptureSession(this))
    , m_recorder(new QMediaRecorder(this))
{
    qRegisterMetaType<RecordingOutcome>();
    m_session->setRecorder(m_recorder);
    connect(m_recorder, &QMediaRecorder::recorderStateChanged, this, &AnswerRecorder::onRecorderStateChanged);
    connect(m_recorder, &QMediaRecorder::errorOccurred, this, &AnswerRecorder::onRecorderError);
    connect(m_devices, &QMediaDevices::audioInputsChanged, this, &AnswerRecorder::onDevicesChanged);
    connect(m_devices, &QMediaDevices::videoInputsChanged, this, &AnswerRecorder::onDevicesChanged);
}

AnswerRecorder::~AnswerRecorder()
{
    if (m_active)
        m_recorder->stop();
}

QCameraFormat AnswerRecorder::chooseFormat(const QList<QCameraFormat> &formats)
{
    QCameraFormat best;
    QCameraFormat smallest;
    const auto area = [](const QCameraFormat &format) {
        return qint64(format.resolution().width()) * format.resolution().height();
    };
    for (const QCameraFormat &format : formats) {
        if (smallest.isNull() || area(format) < area(smallest))
            smallest = format;
        const QSize size = format.resolution();
        if (size.width() > 1280 || size.height() > 720)
            continue;
        const auto score = [&](const QCameraFormat &f) {
            // Prefer the larger picture; at equal size, the rate nearest 30 fps from below.
            const float rate = f.maxFrameRate();
            return std::make_pair(area(f), rate <= 30.5f ? rate : 30.5f - (rate - 30.5f));
        };
        if (best.isNull() || score(format) > score(best))
            best = format;
    }
    return best.isNull() ? smallest : best;
}

void AnswerRecorder::setDevices(const QCameraDevice &camera, const QAudioDevice &microphone)
{
    if (m_active)
        return;
    m_camera = camera;
    m_microphone = microphone;

    m_session->setCamera(nullptr);
    delete m_cameraObject;
    m_cameraObject = nullptr;
    if (!camera.isNull()) {
        m_cameraObject = new QCamera(camera, this);
        const QCameraFormat format = chooseFormat(camera.videoFormats());
        if (!format.isNull())
            m_cameraObject->setCameraFormat(format);
        connect(m_cameraObject, &QCamera::errorOccurred, this, [this](QCamera::Error, const QString &text) {
            if (m_active)
                stopBecause(tr("The camera stopped working (%1). The recording was stopped; what was recorded is "
                               "kept.")
                                .arg(text));
            else
                emit failed(tr("The camera cannot be used: %1").arg(text));
        });
        m_session->setCamera(m_cameraObject);
        m_cameraObject->start();
        qCInfo(logCapture) << "camera" << camera.description() << format.resolution() << format.maxFrameRate();
    }

    m_session->setAudioInput(nullptr);
    delete m_audioInput;
    m_audioInput = nullptr;
    if (!microphone.isNull()) {
        m_audioInput = new QAudioInput(microphone, this);
        m_session->setAudioInput(m_audioInput);
    }
}

void AnswerRecorder::setVideoOutput(QObject *output)
{
    m_session->setVideoOutput(output);
}

void AnswerRecorder::stopPreview()
{
    if (m_cameraObject && !m_active)
        m_cameraObject->stop();
}

bool AnswerRecorder::hasCamera() const
{
    return m_cameraObject != nullptr;
}

bool AnswerRecorder::canRecord(QString *message) const
{
    if (m_microphone.isNull() || QMediaDevices::audioInputs().isEmpty()) {
        if (message) {
            *message = tr("No microphone was found, or no sound server is running. Connect a microphone, choose "
                          "it in Settings and try again. Nothing was recorded.");
        }
        return false;
    }
    return true;
}

bool AnswerRecorder::start(const QString &path, QString *message)
{
    if (m_active) {
        if (message)
            *message = tr("A recording is already running.");
        return false;
    }
    if (!canRecord(message))
        return false;
    const QFileInfo folder(QFileInfo(path).absolutePath());
    if (!folder.isDir() || !folder.isWritable()) {
        if (message) {
            *message = tr("Cannot write recordings to %1. Check that the folder exists and is writable. Nothing "
                          "was recorded.")
                           .arg(QDir::toNativeSeparators(folder.absoluteFilePath()));
        }
        return false;
    }

    // WebM keeps what it has written when the process dies, where MP4 without its index
    // is lost. Qt 6.4 ignores quality settings; the camera format bounds the picture.
    QMediaFormat format(QMediaFormat::WebM);
    format.setAudioCodec(QMediaFormat::AudioCodec::Opus);
    if (hasCamera())
        format.setVideoCodec(QMediaFormat::VideoCodec::VP8);
    m_recorder->setMediaFormat(format);
    m_recorder->setOutputLocation(QUrl::fromLocalFile(path));
    m_path = path;
    m_stopMessage.clear();
    m_discard = false;
    m_active = true;
    m_recorder->record();
    if (m_recorder->error() != QMediaRecorder::NoError) {
        m_active = false;
        if (message)
            *message = tr("The recording could not start: %1. Nothing was recorded.").arg(m_recorder->errorString());
        QFile::remove(path);
        return false;
    }
    qCInfo(logCapture) << "recording to" << path << (hasCamera() ? "with video" : "audio only");
    return true;
}

void AnswerRecorder::stop()
{
    if (m_active && m_recorder->recorderState() != QMediaRecorder::StoppedState)
        m_recorder->stop();
}

void AnswerRecorder::discard()
{
    if (!m_active)
        return;
    m_discard = true;
    if (m_recorder->recorderState() == QMediaRecorder::StoppedState)
        onRecorderStateChanged(QMediaRecorder::StoppedState);
    else
        m_recorder->stop();
}

bool AnswerRecorder::isRecording() const
{
    return m_active;
}

qint64 AnswerRecorder::durationMs() const
{
    return m_recorder->duration();
}

void AnswerRecorder::stopBecause(const QString &message)
{
    if (!m_active || !m_stopMessage.isEmpty())
        return;
    qCWarning(logCapture) << "stopping:" << message;
    m_stopMessage = message;
    if (m_recorder->recorderState() == QMediaRecorder::StoppedState)
        onRecorderStateChanged(QMediaRecorder::StoppedState);
    else
        m_recorder->stop();
}

void AnswerRecorder::onRecorderStateChanged(QMediaRecorder::RecorderState state)
{
    if (state == QMediaRecorder::RecordingState) {
        emit started();
        return;
    }
    if (state != QMediaRecorder::StoppedState || !m_active)
        return;
    m_active = false;

    if (m_discard) {
        QFile::remove(m_path);
        m_discard = false;
        qCInfo(logCapture) << "discarded" << m_path;
        return;
    }
    RecordingOutcome outcome;
    outcome.file = m_path;
    outcome.durationMs = m_recorder->duration();
    outcome.audioOnly = !hasCamera();
    outcome.bytes = QFileInfo(m_path).size();
    outcome.stoppedByItself = !m_stopMessage.isEmpty();
    outcome.message = m_stopMessage;
    outcome.ok = outcome.bytes > 0;
    if (QFile::exists(m_path))
        QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!outcome.ok && outcome.message.isEmpty())
        outcome.message = tr("The recorder finished without writing anything.");
    qCInfo(logCapture) << "finished" << m_path << outcome.bytes << "bytes" << outcome.durationMs << "ms";
    emit finished(outcome);
}

void AnswerRecorder::onRecorderError(QMediaRecorder::Error error, const QString &text)
{
    qCWarning(logCapture) << "recorder error" << error << text;
    if (!m_active) {
        emit failed(tr("The recorder reported a problem: %1").arg(text));
        return;
    }
    const QString reason = error == QMediaRecorder::ResourceError || error == QMediaRecorder::OutOfSpaceError
        ? tr("Recording stopped: the disk is full or the recordings folder cannot be written (%1). What was "
             "recorded is kept.")
              .arg(text)
        : tr("Recording stopped: %1. What was recorded is kept.").arg(text);
    stopBecause(reason);
}

void AnswerRecorder::onDevicesChanged()
{
    if (!m_active)
        return;
    const QList<QAudioDevice> microphones = QMediaDevices::audioInputs();
    const bool micPresent = std::any_of(microphones.begin(), microphones.end(),
                                        [&](const QAudioDevice &device) { return device.id() == m_microphone.id(); });
    if (!micPresent) {
        stopBecause(tr("The microphone \"%1\" was disconnected. The recording stopped; what was recorded is kept.")
                        .arg(m_microphone.description()));
        return;
    }
    if (hasCamera()) {
        const QList<QCameraDevice> cameras = QMediaDevices::videoInputs();
        const bool cameraPresent = std::any_of(
            cameras.begin(), cameras.end(), [&](const QCameraDevice &device) { return device.id() == m_camera.id(); });
        if (!cameraPresent) {
            stopBecause(tr("The camera \"%1\" was disconnected. The recording stopped; what was recorded is kept.")
                            .arg(m_camera.description()));
        }
    }
}

} // namespace rehearse::media
