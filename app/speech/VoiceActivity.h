#pragma once

#include "core/SpeechFigures.h"

#include <QList>

#include <vector>

namespace rehearse::speech {

// Loudness figures of a recording (16 kHz mono samples).
struct SignalLevels {
    double loudnessDbfs = -120.0; // RMS over the speech stretches
    double peakDbfs = -120.0; // the largest sample anywhere
    double clippedPercent = 0.0; // speech frames (10 ms) peaking within 2 dB of full scale
};

// Finds where someone speaks, by energy, in 10 ms frames:
// - each frame's energy is taken after a gentle high-pass (pre-emphasis), so hum and low
//   tones weigh little;
// - the background level is adaptive: for every second, the quietest tenth of its frames,
//   and the lowest such value within five seconds either side is the noise floor there,
//   so a steady background (a fan, a tone, hiss) of any level is not speech;
// - a stretch of speech starts where a frame is 12 dB above that floor and lasts while
//   frames stay 7 dB above it (and above fixed limits for recordings of digital silence);
// - silences shorter than kBridgeMs between stretches are gaps between words and count
//   as speaking; stretches shorter than kMinSpeechMs after that (a click, a knock) are
//   dropped.
class VoiceActivity final {
public:
    static constexpr int kSampleRate = 16000;
    static constexpr int kFrameMs = 10;
    static constexpr qint64 kBridgeMs = 400;
    static constexpr qint64 kMinSpeechMs = 100;
    static constexpr double kStartAboveFloorDb = 12.0;
    static constexpr double kStayAboveFloorDb = 7.0;
    static constexpr double kStartMinimumDbfs = -55.0;
    static constexpr double kStayMinimumDbfs = -62.0;

    // Stretches of speech in milliseconds from the first sample, in order.
    static QList<TimeSpan> findSpeech(const std::vector<qint16> &samples);

    // Silences between two stretches of speech longer than minimumMs. Silence before the
    // first and after the last stretch is not a pause: the answer has not started yet or
    // is over (the figures keep those as the first and last speech times).
    static QList<TimeSpan> pausesBetween(const QList<TimeSpan> &speech, qint64 minimumMs);

    static SignalLevels levels(const std::vector<qint16> &samples, const QList<TimeSpan> &speech);
};

} // namespace rehearse::speech
