#pragma once

#include <QString>

#include <atomic>
#include <functional>
#include <vector>

namespace rehearse::speech {

// The sound of a recording as 16 kHz mono signed 16-bit samples (what PocketSphinx reads),
// placed on the recording's own timeline: a sound track that starts late or skips is
// padded with silence, so sample n is at n / 16 ms into the recording.
struct DecodedAudio {
    enum class Outcome { Ok, NoAudio, Failed, Cancelled };
    static constexpr int kSampleRate = 16000;

    Outcome outcome = Outcome::Failed;
    QString error; // for the user, when NoAudio or Failed
    std::vector<qint16> samples;

    qint64 durationMs() const { return qint64(samples.size()) * 1000 / kSampleRate; }
};

// Decodes a recording's sound with QAudioDecoder. Blocking: it runs a local event loop on
// the calling thread, which may be any thread (a QtConcurrent worker), also while the GUI
// thread is busy. cancel is polled every few milliseconds; progress gets 0..1.
class AudioFileDecoder final {
public:
    static DecodedAudio decode(const QString &path, const std::atomic_bool *cancel,
                               const std::function<void(double fraction)> &progress);

    // No event from the decoder (a buffer, the end or an error) for this long ends the
    // decoding with an error rather than waiting forever.
    static constexpr int kStallTimeoutMs = 30000;
};

} // namespace rehearse::speech
