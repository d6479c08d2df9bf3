#include "media/AnswerRecorder.h"

#include "media/CaptureWorker.h"
#include "media/Logging.h"
#include "media/RecordingFlow.h"
#include "media/RecordingWriteThrough.h"

#include <QDir>
#include <QFileInfo>
#include <QMediaDevices>

namespace rehearse::media {

AnswerRecorder::AnswerRecorder(QObject *parent)
    : QObject(parent)
    , m_devices(new QMediaDevices(this))
{
    // Before the first recording pipeline: what is encoded goes to the file at once, so a
    // crash loses only the last moments.
    RecordingWriteThrough::install();
    // Before the first recording pipeline too: Qt 6.4 would start some recordings that
    // receive nothing; the hook prevents that and shows whether data flows.
    RecordingFlow::install();
    qRegisterMetaType<RecordingOutcome>();
    qRegisterMetaType<QCameraDevice>();
    qRegisterMetaType<QAudioDevice>();
    connect(m_devices, &QMediaDevices::audioInputsChanged, this, &AnswerRecorder::onDevicesChanged);
    connect(m_devices, &QMediaDevices::videoInputsChanged, this, &AnswerRecorder::onDevicesChanged);
    createWorker();
}

AnswerRecorder::~AnswerRecorder() = default;

void AnswerRecorder::createWorker()
{
    auto *worker = new CaptureWorker;
    worker->setParent(this);
    m_worker = worker;
    connect(worker, &CaptureWorker::started, this, [this] { emit started(); });
    connect(worker, &CaptureWorker::restarting, this, [this] { emit restarting(); });
    connect(worker, &CaptureWorker::finished, this, [this](const RecordingOutcome &outcome) {
        m_recording = false;
        m_stopping = false;
        emit finished(outcome);
    });
    connect(worker, &CaptureWorker::failed, this, [this](const QString &message) { emit failed(message); });
    connect(worker, &CaptureWorker::discarded, this, [this] {
        m_recording = false;
        m_stopping = false;
    });
    connect(worker, &CaptureWorker::startFailed, this, [this](const QString &message) {
        m_recording = false;
        emit failed(message);
    });
    if (m_videoOutput)
        QMetaObject::invokeMethod(worker, [worker, output = m_videoOutput] { worker->setVideoOutput(output); });
}

void AnswerRecorder::abandonWorker()
{
    // The last recording never reported its end: start over with a new capture session
    // rather than wait for it.
    qCWarning(logCapture) << "the last recording did not finish; starting a new capture session";
    if (m_worker) {
        disconnect(m_worker, nullptr, this, nullptr);
        m_worker->deleteLater();
    }
    m_worker = nullptr;
    m_recording = false;
    m_stopping = false;
    createWorker();
}

QCameraFormat AnswerRecorder::chooseFormat(const QList<QCameraFormat> &formats)
{
    QCameraFormat best;
    QCameraFormat smallest;
    const auto area = [](const QCameraFormat &format) {
        return qint64(format.resolution().width()) * format.resolution().height();
    };
    const auto score = [&](const QCameraFormat &f) {
        // Prefer the larger picture; at equal size, the rate nearest 30 fps from below.
        const float rate = f.maxFrameRate();
        return std::make_pair(area(f), rate <= 30.5f ? rate : 30.5f - (rate - 30.5f));
    };
    for (const QCameraFormat &format : formats) {
        if (smallest.isNull() || area(format) < area(smallest))
            smallest = format;
        const QSize size = format.resolution();
        if (size.width() > 1280 || size.height() > 720)
            continue;
        if (best.isNull() || score(format) > score(best))
            best = format;
    }
    return best.isNull() ? smallest : best;
}

void AnswerRecorder::setDevices(const QCameraDevice &camera, const QAudioDevice &microphone)
{
    if (m_recording && !m_stopping)
        return;
    if (m_stopping) // the last recording never finished: its thread is stuck
        abandonWorker();
    m_camera = camera;
    m_microphone = microphone;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, camera, microphone] {
        if (worker)
            worker->setDevices(camera, microphone);
    });
}

void AnswerRecorder::setVideoOutput(QObject *output)
{
    m_videoOutput = output;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, output = m_videoOutput] {
        if (worker)
            worker->setVideoOutput(output);
    });
}

void AnswerRecorder::stopPreview()
{
    QMetaObject::invokeMethod(m_worker, &CaptureWorker::stopPreview);
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
    if (m_stopping) {
        // The previous recording is still being finished, or its thread hung.
        abandonWorker();
        setDevices(m_camera, m_microphone);
    }
    if (m_recording) {
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
    m_recording = true;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, path] {
        if (worker)
            worker->start(path);
    });
    return true;
}

void AnswerRecorder::stop()
{
    if (!m_recording || m_stopping)
        return;
    m_stopping = true;
    QMetaObject::invokeMethod(m_worker, &CaptureWorker::stop);
}

void AnswerRecorder::discard()
{
    if (!m_recording)
        return;
    m_stopping = true;
    QMetaObject::invokeMethod(m_worker, &CaptureWorker::discard);
}

void AnswerRecorder::onDevicesChanged()
{
    if (!m_recording || m_stopping)
        return;
    const QList<QAudioDevice> microphones = QMediaDevices::audioInputs();
    const bool micPresent = std::any_of(microphones.begin(), microphones.end(),
                                        [&](const QAudioDevice &device) { return device.id() == m_microphone.id(); });
    QString message;
    if (!micPresent) {
        message = tr("The microphone \"%1\" was disconnected. The recording stopped; what was recorded is kept.")
                      .arg(m_microphone.description());
    } else if (hasCamera()) {
        const QList<QCameraDevice> cameras = QMediaDevices::videoInputs();
        const bool cameraPresent = std::any_of(
            cameras.begin(), cameras.end(), [&](const QCameraDevice &device) { return device.id() == m_camera.id(); });
        if (!cameraPresent) {
            message = tr("The camera \"%1\" was disconnected. The recording stopped; what was recorded is kept.")
                          .arg(m_camera.description());
        }
    }
    if (!message.isEmpty()) {
        m_stopping = true;
        QMetaObject::invokeMethod(m_worker, [worker = m_worker, message] {
            if (worker)
                worker->stopBecause(message);
        });
    }
}

} // namespace rehearse::media
