// GStreamer before any Qt header, so that Qt's keyword macros (signals, slots) cannot
// clash with names in GLib's headers.
#include <gst/gst.h>

#include "speech/AudioFileDecoder.h"

#include "media/MatroskaFile.h"
#include "speech/Logging.h"

#include <QAudioBuffer>
#include <QAudioDecoder>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <mutex>

namespace rehearse::speech {

namespace {

// Qt 6.4's QAudioDecoder runs GStreamer's playbin with video switched off, yet for a file
// that also holds a picture playbin still opens every video sink in the registry to ask
// what it accepts. Measured here: dfbvideosink crashes the process on a machine without a
// screen, and gtkwaylandsink initialises GTK from the worker thread and then waits for
// the GUI thread's GLib loop (a deadlock while that thread waits for the analysis).
// Rehearse never lets GStreamer choose a video sink (Qt's player and the recorder bring
// their own), so video sinks are taken out of automatic choice, once per process.
void keepPlaybinAwayFromVideoSinks()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (!gst_init_check(nullptr, nullptr, nullptr))
            return;
        GList *features = gst_registry_get_feature_list(gst_registry_get(), GST_TYPE_ELEMENT_FACTORY);
        for (GList *item = features; item; item = item->next) {
            auto *factory = GST_ELEMENT_FACTORY(item->data);
            auto *feature = GST_PLUGIN_FEATURE(item->data);
            if (gst_element_factory_list_is_type(factory,
                                                 GST_ELEMENT_FACTORY_TYPE_SINK | GST_ELEMENT_FACTORY_TYPE_MEDIA_VIDEO)
                && gst_plugin_feature_get_rank(feature) > GST_RANK_NONE) {
                qCDebug(logSpeech) << "video sink out of automatic choice:" << gst_plugin_feature_get_name(feature);
                gst_plugin_feature_set_rank(feature, GST_RANK_NONE);
            }
        }
        gst_plugin_feature_list_free(features);
    });
}

// One sample of any format QAudioFormat knows, as a float in -1..1.
float sampleAt(const uchar *frame, QAudioFormat::SampleFormat format, int channel)
{
    switch (format) {
    case QAudioFormat::UInt8:
        return (float(frame[channel]) - 128.0f) / 128.0f;
    case QAudioFormat::Int16:
        return float(reinterpret_cast<const qint16 *>(frame)[channel]) / 32768.0f;
    case QAudioFormat::Int32:
        return float(double(reinterpret_cast<const qint32 *>(frame)[channel]) / 2147483648.0);
    case QAudioFormat::Float:
        return reinterpret_cast<const float *>(frame)[channel];
    default:
        return 0.0f;
    }
}

class Collector {
public:
    // originUs: the recording's time zero, where a player's position 0 is; -1 takes the
    // first buffer's. Qt 6.4 writes recordings whose timestamps start seconds after zero
    // (the capture pipeline's running time), and every time measured here must match
    // the player's.
    Collector(DecodedAudio *audio, qint64 originUs)
        : m_audio(*audio)
        , m_originUs(originUs)
    {
    }

    void append(const QAudioBuffer &buffer)
    {
        const QAudioFormat format = buffer.format();
        if (!format.isValid() || buffer.frameCount() == 0)
            return;
        if (m_originUs < 0)
            m_originUs = std::max<qint64>(0, buffer.startTime());
        // Keep the recording's timeline: a gap before this buffer becomes silence.
        if (buffer.startTime() - m_originUs > 0) {
            const auto start = size_t((buffer.startTime() - m_originUs) * DecodedAudio::kSampleRate / 1'000'000);
            if (start > m_audio.samples.size() + DecodedAudio::kSampleRate / 100)
                m_audio.samples.resize(start, 0);
        }
        if (format.sampleRate() == DecodedAudio::kSampleRate && format.channelCount() == 1
            && format.sampleFormat() == QAudioFormat::Int16) {
            const qint16 *data = buffer.constData<qint16>();
            m_audio.samples.insert(m_audio.samples.end(), data, data + buffer.frameCount());
            return;
        }
        // GStreamer converts to what was asked for; anything else is mixed down and
        // resampled here (linear interpolation is plenty for speech measures).
        const int channels = format.channelCount();
        const int frameBytes = format.bytesPerFrame();
        const auto *bytes = buffer.constData<uchar>();
        for (qsizetype i = 0; i < buffer.frameCount(); ++i) {
            float sum = 0;
            for (int c = 0; c < channels; ++c)
                sum += sampleAt(bytes + i * frameBytes, format.sampleFormat(), c);
            m_mixed.push_back(sum / float(channels));
        }
        const double step = double(format.sampleRate()) / DecodedAudio::kSampleRate;
        while (m_position + 1 < double(m_mixed.size())) {
            const auto index = size_t(m_position);
            const double t = m_position - double(index);
            const double value = m_mixed[index] * (1 - t) + m_mixed[index + 1] * t;
            m_audio.samples.push_back(qint16(std::clamp(std::lround(value * 32768.0), -32768L, 32767L)));
            m_position += step;
        }
        const auto used = size_t(m_position);
        m_mixed.erase(m_mixed.begin(), m_mixed.begin() + qsizetype(used));
        m_position -= double(used);
    }

private:
    DecodedAudio &m_audio;
    qint64 m_originUs;
    std::vector<float> m_mixed;
    double m_position = 0;
};

} // namespace

DecodedAudio AudioFileDecoder::decode(const QString &path, const std::atomic_bool *cancel,
                                      const std::function<void(double)> &progress)
{
    DecodedAudio audio;
    const QFileInfo info(path);
    if (!info.isFile()) {
        audio.error
            = QCoreApplication::translate("SpeechAnalyzer", "The recording is missing: %1 is not there.").arg(path);
        return audio;
    }
    if (info.size() == 0) {
        audio.error = QCoreApplication::translate("SpeechAnalyzer",
                                                  "The recording is empty (0 bytes), so there is nothing to analyse.");
        return audio;
    }
    // A WebM recording names its tracks in the header: one without sound is told apart
    // from a damaged file here, where GStreamer would only say "internal data stream error".
    const media::MatroskaFile::Layout layout = media::MatroskaFile::read(path);
    if (layout.hasVideo && !layout.hasAudio) {
        audio.outcome = DecodedAudio::Outcome::NoAudio;
        audio.error = QCoreApplication::translate(
            "SpeechAnalyzer", "The recording has no sound track, so there is no speech to analyse.");
        return audio;
    }

    QAudioDecoder decoder;
    if (!decoder.isSupported()) {
        audio.error = QCoreApplication::translate(
            "SpeechAnalyzer", "This system cannot decode sound (Qt Multimedia has no GStreamer backend).");
        return audio;
    }
    keepPlaybinAwayFromVideoSinks();
    QAudioFormat format;
    format.setSampleRate(DecodedAudio::kSampleRate);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    decoder.setAudioFormat(format);
    decoder.setSource(QUrl::fromLocalFile(info.absoluteFilePath()));

    const qint64 knownMs = qint64(std::max(layout.durationMs, double(layout.contentMs())));
    // A WebM file's first block, of either track, is where players start counting.
    Collector collector(&audio, layout.ok && layout.firstMs >= 0 ? layout.firstMs * 1000 : -1);
    QEventLoop loop;
    QElapsedTimer sinceEvent;
    sinceEvent.start();
    bool failed = false;
    bool cancelled = false;
    QString decoderError;

    QObject::connect(&decoder, &QAudioDecoder::bufferReady, &loop, [&] {
        sinceEvent.restart();
        while (decoder.bufferAvailable()) {
            const QAudioBuffer buffer = decoder.read();
            collector.append(buffer);
        }
        const qint64 total = decoder.duration() > 0 ? decoder.duration() : knownMs;
        if (progress && total > 0)
            progress(std::min(1.0, double(audio.durationMs()) / double(total)));
    });
    QObject::connect(&decoder, &QAudioDecoder::finished, &loop, [&] {
        while (decoder.bufferAvailable())
            collector.append(decoder.read());
        loop.quit();
    });
    QObject::connect(&decoder, qOverload<QAudioDecoder::Error>(&QAudioDecoder::error), &loop,
                     [&](QAudioDecoder::Error error) {
                         failed = true;
                         decoderError = decoder.errorString();
                         qCInfo(logSpeech) << "decoding" << path << "failed:" << error << decoderError;
                         loop.quit();
                     });
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (cancel && cancel->load()) {
            cancelled = true;
            loop.quit();
        } else if (sinceEvent.elapsed() > kStallTimeoutMs) {
            failed = true;
            decoderError = QCoreApplication::translate("SpeechAnalyzer", "the decoder stopped responding");
            loop.quit();
        }
    });
    poll.start();
    decoder.start();
    loop.exec();
    poll.stop();
    decoder.stop();

    if (cancelled) {
        audio.outcome = DecodedAudio::Outcome::Cancelled;
        audio.samples.clear();
    } else if (failed) {
        audio.samples.clear();
        audio.error
            = QCoreApplication::translate(
                  "SpeechAnalyzer", "The sound of this recording could not be decoded (%1). The file is kept as it is.")
                  .arg(decoderError.isEmpty() ? QCoreApplication::translate("SpeechAnalyzer", "unknown error")
                                              : decoderError);
    } else {
        audio.outcome = DecodedAudio::Outcome::Ok;
        if (progress)
            progress(1.0);
    }
    return audio;
}

} // namespace rehearse::speech
