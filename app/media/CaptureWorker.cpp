#include "media/CaptureWorker.h"

#include "media/AnswerRecorder.h"
#include "media/Logging.h"

#include <QAudioInput>
#include <QCamera>
#include <QFile>
#include <QFileInfo>
#include <QMediaCaptureSession>
#include <QMediaFormat>
#include <QPointer>
#include <QTimer>
#include <QUrl>

namespace rehearse::media {

CaptureWorker::CaptureWorker() = default;

CaptureWorker::~CaptureWorker()
{
    if (m_active && m_recorder)
        m_recorder->stop();
}

void CaptureWorker::ensureSession()
{
    if (!m_warmUp) {
        m_warmUp = new QTimer(this);
        m_warmUp->setSingleShot(true);
        connect(m_warmUp, &QTimer::timeout, this, &CaptureWorker::beginRecording);
        m_flowCheck = new QTimer(this);
        m_flowCheck->setInterval(FlowCheckIntervalMs);
        connect(m_flowCheck, &QTimer::timeout, this, &CaptureWorker::checkFlow);
    }
    if (!m_session)
        rebuild();
}

void CaptureWorker::rebuild()
{
    // A fresh session for every recording: Qt 6.4 was seen to hang in the second stop()
    // of a reused one. The old objects go once control is back in the event loop.
    for (QObject *old : std::initializer_list<QObject *>{m_recorder, m_camera, m_audioInput, m_session}) {
        if (old) {
            disconnect(old, nullptr, this, nullptr);
            old->deleteLater();
        }
    }
    m_rebuildPending = false;
    m_cameraWarm.invalidate();
    m_session = new QMediaCaptureSession(this);
    m_recorder = new QMediaRecorder(this);
    m_camera = nullptr;
    m_audioInput = nullptr;
    connect(m_recorder, &QMediaRecorder::recorderStateChanged, this, &CaptureWorker::onRecorderStateChanged);
    // GStreamer creates the file with the usual 0644; it is made owner-only as soon as it
    // exists (its folder is 0700 throughout). Creating it 0600 beforehand made Qt 6.4's
    // recorder hang in stop() far more often (2 of 2 runs against 0 of 2).
    connect(m_recorder, &QMediaRecorder::durationChanged, this, [this] {
        if (m_active && !m_privateFile && QFile::exists(m_path))
            m_privateFile = QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    });
    connect(m_recorder, &QMediaRecorder::errorOccurred, this, &CaptureWorker::onRecorderError);
    if (m_videoOutput)
        m_session->setVideoOutput(m_videoOutput);

    if (!m_cameraDevice.isNull()) {
        m_camera = new QCamera(m_cameraDevice, this);
        const QCameraFormat format = AnswerRecorder::chooseFormat(m_cameraDevice.videoFormats());
        if (!format.isNull())
            m_camera->setCameraFormat(format);
        connect(m_camera, &QCamera::errorOccurred, this, [this](QCamera::Error, const QString &text) {
            if (m_active) {
                stopBecause(tr("The camera stopped working (%1). The recording was stopped; what was recorded is "
                               "kept.")
                                .arg(text));
            } else {
                emit failed(tr("The camera cannot be used: %1").arg(text));
            }
        });
        connect(m_camera, &QCamera::activeChanged, this, [this](bool active) {
            if (active)
                m_cameraWarm.start();
            else
                m_cameraWarm.invalidate();
        });
        m_session->setCamera(m_camera);
        if (m_previewWanted)
            m_camera->start();
        qCInfo(logCapture) << "camera" << m_cameraDevice.description() << format.resolution() << format.maxFrameRate();
    }
    if (!m_microphoneDevice.isNull()) {
        m_audioInput = new QAudioInput(m_microphoneDevice, this);
        m_session->setAudioInput(m_audioInput);
    }
    // The recorder joins last, once the sources are in place (the order of Qt's own
    // examples; joining first was seen to hang stop()).
    m_session->setRecorder(m_recorder);
}

void CaptureWorker::setDevices(const QCameraDevice &camera, const QAudioDevice &microphone)
{
    if (m_active)
        return;
    m_cameraDevice = camera;
    m_microphoneDevice = microphone;
    m_previewWanted = true;
    if (m_session)
        rebuild();
    else
        ensureSession();
}

void CaptureWorker::setVideoOutput(QObject *output)
{
    m_videoOutput = output;
    if (m_session)
        m_session->setVideoOutput(output);
}

void CaptureWorker::stopPreview()
{
    m_previewWanted = false;
    if (m_camera && !m_active)
        m_camera->stop();
}

void CaptureWorker::start(const QString &path)
{
    ensureSession();
    if (m_rebuildPending && !m_active)
        rebuild();
    if (m_active) {
        emit startFailed(tr("A recording is already running."));
        return;
    }
    m_path = path;
    m_stopMessage.clear();
    m_discard = false;
    m_failed = false;
    m_restarting = false;
    m_stopWanted = false;
    m_gaveUp = false;
    m_watchdog.reset();
    m_active = true;
    configureAndBegin();
}

void CaptureWorker::configureAndBegin()
{
    // WebM keeps what it has written when the process dies, where MP4 without its index
    // is lost. Qt 6.4 ignores quality settings; the camera format bounds the picture.
    QMediaFormat format(QMediaFormat::WebM);
    format.setAudioCodec(QMediaFormat::AudioCodec::Opus);
    if (m_camera)
        format.setVideoCodec(QMediaFormat::VideoCodec::VP8);
    m_recorder->setMediaFormat(format);
    m_recorder->setOutputLocation(QUrl::fromLocalFile(m_path));
    m_privateFile = false;
    // A camera needs a moment after it starts before its frames flow evenly.
    qint64 wait = 0;
    m_previewWanted = true;
    if (m_camera) {
        if (!m_camera->isActive())
            m_camera->start();
        wait = CameraWarmUpMs - (m_cameraWarm.isValid() ? m_cameraWarm.elapsed() : 0);
    }
    if (wait > 0) {
        m_warmUp->start(int(wait));
        return;
    }
    beginRecording();
}

void CaptureWorker::beginRecording()
{
    if (!m_active || m_discard)
        return;
    qCInfo(logCapture) << "recording to" << m_path << (m_camera ? "with video" : "audio only");
    m_flowBefore = RecordingFlow::counts();
    m_recorder->record();
    if (m_recorder->error() != QMediaRecorder::NoError) {
        m_active = false;
        QFile::remove(m_path);
        emit startFailed(tr("The recording could not start: %1. Nothing was recorded.").arg(m_recorder->errorString()));
    }
}

QList<qint64> CaptureWorker::delivered() const
{
    if (!RecordingFlow::isInstalled()) // without the hook, Qt's duration is all there is
        return {m_recorder->duration()};
    const RecordingFlow::Counts now = RecordingFlow::counts();
    QList<qint64> streams;
    if (m_audioInput)
        streams.append(now.audio - m_flowBefore.audio);
    if (m_camera)
        streams.append(now.video - m_flowBefore.video);
    return streams;
}

void CaptureWorker::checkFlow()
{
    if (!m_active || m_restarting || m_recorder->recorderState() != QMediaRecorder::RecordingState) {
        m_flowCheck->stop();
        return;
    }
    const qint64 waited = m_watchdog.elapsedMs();
    switch (m_watchdog.check(delivered())) {
    case core::RecordingWatchdog::Verdict::Waiting:
        return;
    case core::RecordingWatchdog::Verdict::Flowing:
        m_flowCheck->stop();
        qCInfo(logCapture) << "recording flows" << waited << "ms after it started";
        return;
    case core::RecordingWatchdog::Verdict::Restart:
        m_flowCheck->stop();
        restartRecording();
        return;
    case core::RecordingWatchdog::Verdict::GiveUp:
        m_flowCheck->stop();
        qCWarning(logCapture) << "still nothing arrives after" << m_watchdog.restarts() << "restarts";
        m_gaveUp = true;
        stopBecause(tr("The recording did not start: the camera or microphone still sent nothing after %n "
                       "tries. Check them in Settings and try again. The file was kept in your recordings "
                       "folder.",
                       nullptr, m_watchdog.restarts() + 1));
        return;
    }
}

void CaptureWorker::restartRecording()
{
    const RecordingFlow::Counts now = RecordingFlow::counts();
    qCWarning(logCapture) << "not flowing" << m_watchdog.graceMs() << "ms after the start (buffers: sound"
                          << now.audio - m_flowBefore.audio << "picture" << now.video - m_flowBefore.video
                          << "); starting again, restart" << m_watchdog.restarts() << "of" << m_watchdog.maxRestarts();
    m_restarting = true;
    emit restarting();
    m_recorder->stop();
}

QString CaptureWorker::stoppedBeforeRestartMessage() const
{
    return tr("The recording did not start, and it was stopped before it could start again. Nothing was "
              "recorded.");
}

bool CaptureWorker::continueRestart()
{
    m_restarting = false;
    // What the stalled recording wrote is a bare header, or picture without sound.
    QFile::remove(m_path);
    if (m_discard)
        return false;
    if (m_stopWanted || !m_stopMessage.isEmpty()) {
        if (m_stopMessage.isEmpty())
            m_stopMessage = stoppedBeforeRestartMessage();
        return false;
    }
    rebuild();
    configureAndBegin();
    return true;
}

void CaptureWorker::stop()
{
    if (!m_active)
        return;
    if (m_restarting) { // the stalled recording is stopping already
        m_stopWanted = true;
        return;
    }
    if (m_warmUp->isActive()) { // stopped before it began: nothing was written
        m_warmUp->stop();
        if (m_watchdog.restarts() > 0 && m_stopMessage.isEmpty()) // while it was starting again
            m_stopMessage = stoppedBeforeRestartMessage();
        onRecorderStateChanged(QMediaRecorder::StoppedState);
    } else if (m_recorder->recorderState() != QMediaRecorder::StoppedState) {
        m_recorder->stop();
    }
}

void CaptureWorker::discard()
{
    if (!m_active)
        return;
    m_discard = true;
    m_warmUp->stop();
    if (m_recorder->recorderState() == QMediaRecorder::StoppedState)
        onRecorderStateChanged(QMediaRecorder::StoppedState);
    else
        m_recorder->stop();
}

void CaptureWorker::stopBecause(const QString &message)
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

void CaptureWorker::onRecorderStateChanged(QMediaRecorder::RecorderState state)
{
    if (state == QMediaRecorder::RecordingState) {
        m_watchdog.start();
        m_flowCheck->start();
        emit started();
        return;
    }
    if (state != QMediaRecorder::StoppedState || !m_active)
        return;
    m_flowCheck->stop();
    m_watchdog.stop();
    if (m_restarting && continueRestart())
        return;
    m_active = false;
    m_previewWanted = true;
    m_rebuildPending = true;
    QTimer::singleShot(0, this, [this] {
        if (m_rebuildPending)
            rebuild();
    });

    if (m_discard) {
        QFile::remove(m_path);
        m_discard = false;
        qCInfo(logCapture) << "discarded" << m_path;
        emit discarded();
        return;
    }
    RecordingOutcome outcome;
    outcome.file = m_path;
    outcome.durationMs = m_recorder->duration();
    outcome.audioOnly = m_camera == nullptr;
    outcome.bytes = QFileInfo(m_path).size();
    outcome.stoppedByItself = !m_stopMessage.isEmpty();
    outcome.unfinished = m_failed;
    outcome.message = m_stopMessage;
    outcome.ok = outcome.bytes > 0 && !m_gaveUp;
    if (QFile::exists(m_path))
        QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!outcome.ok && outcome.message.isEmpty())
        outcome.message = tr("The recorder finished without writing anything.");
    qCInfo(logCapture) << "finished" << m_path << outcome.bytes << "bytes" << outcome.durationMs << "ms";
    emit finished(outcome);
}

void CaptureWorker::onRecorderError(QMediaRecorder::Error error, const QString &text)
{
    qCWarning(logCapture) << "recorder error" << error << text;
    if (!m_active) {
        emit failed(tr("The recorder reported a problem: %1").arg(text));
        return;
    }
    // Qt 6.4 reports every GStreamer error as a ResourceError; a write that failed (full
    // disk, unwritable folder) is one. The muxer cannot finish the file after it.
    m_failed = true;
    const QString reason = error == QMediaRecorder::ResourceError || error == QMediaRecorder::OutOfSpaceError
        ? tr("Recording stopped: the disk is full or the recordings folder cannot be written (%1). What was "
             "recorded is kept.")
              .arg(text)
        : tr("Recording stopped: %1. What was recorded is kept.").arg(text);
    stopBecause(reason);
}

} // namespace rehearse::media
