#include "media/LevelMeter.h"

#include "media/Logging.h"

#include <QAudioSource>

#include <cstring>

namespace rehearse::media {

LevelMeter::LevelMeter(QObject *parent)
    : QObject(parent)
{
}

LevelMeter::~LevelMeter()
{
    // No signal from a meter being destroyed: its receivers may be gone already.
    if (m_io)
        disconnect(m_io, nullptr, this, nullptr);
    if (m_source)
        m_source->suspend(); // see stop()
    delete m_source;
}

qreal LevelMeter::peak(const char *data, qsizetype bytes)
{
    int highest = 0;
    for (qsizetype i = 0; i + 1 < bytes; i += 2) {
        qint16 sample;
        std::memcpy(&sample, data + i, sizeof sample);
        highest = std::max(highest, std::abs(int(sample)));
    }
    return std::min(1.0, highest / 32767.0);
}

void LevelMeter::start(const QAudioDevice &device)
{
    stop();
    if (device.isNull())
        return;
    QAudioFormat format;
    format.setSampleRate(16000);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    m_source = new QAudioSource(device, format, this);
    m_source->setBufferSize(3200); // 100 ms
    m_io = m_source->start();
    if (!m_io) {
        qCWarning(logDevices) << "level meter cannot read" << device.description() << m_source->error();
        stop();
        return;
    }
    connect(m_io, &QIODevice::readyRead, this, &LevelMeter::read);
}

void LevelMeter::stop()
{
    if (m_io)
        disconnect(m_io, nullptr, this, nullptr);
    // Suspended, then deleted at once, without stop(): Qt 6.4's audio source crashed when
    // a stopped source was destroyed later, and its destructor runs a nested event loop
    // in which a still-running read timer calls into the closed PulseAudio stream
    // (pa_stream_readable_size aborts). Suspending stops that timer first.
    if (m_source)
        m_source->suspend();
    delete m_source;
    m_source = nullptr;
    m_io = nullptr;
    if (m_level != 0) {
        m_level = 0;
        emit levelChanged(0);
    }
}

void LevelMeter::read()
{
    if (!m_io)
        return;
    const QByteArray data = m_io->readAll();
    if (data.isEmpty())
        return;
    m_level = peak(data.constData(), data.size());
    emit levelChanged(m_level);
}

} // namespace rehearse::media
