#include "speech/VoiceActivity.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace rehearse::speech {

namespace {

constexpr int kFrameSamples = VoiceActivity::kSampleRate * VoiceActivity::kFrameMs / 1000;
constexpr int kFramesPerBlock = 1000 / VoiceActivity::kFrameMs; // one second
constexpr int kFloorReachBlocks = 5; // seconds either side
constexpr double kSilentDb = -100.0;
// A frame "at the limit" peaks within 2 dB of full scale. Measured on espeak-ng speech
// amplified until 14 % of its samples clipped, then Opus-encoded: decoded, no sample was
// at full scale any more, but 26 % of its frames peaked above -2 dBFS (0 % of the same
// speech not amplified, whose peaks are at -3 dBFS).
constexpr int kClipLevel = 26029; // -2 dBFS

double toDbfs(double power)
{
    return power > 0 ? std::max(kSilentDb, 10.0 * std::log10(power)) : kSilentDb;
}

// Energy of each 10 ms frame in dBFS, after pre-emphasis (y[n] = x[n] - 0.95 x[n-1]):
// about -15 dB at 440 Hz and at hum frequencies, -2.5 dB at 2 kHz where speech sounds.
std::vector<double> frameEnergies(const std::vector<qint16> &samples)
{
    std::vector<double> energies(samples.size() / kFrameSamples);
    double previous = 0;
    for (size_t f = 0; f < energies.size(); ++f) {
        double sum = 0;
        for (size_t i = f * kFrameSamples; i < (f + 1) * kFrameSamples; ++i) {
            const double x = samples[i] / 32768.0;
            const double y = x - 0.95 * previous;
            previous = x;
            sum += y * y;
        }
        energies[f] = toDbfs(sum / kFrameSamples);
    }
    return energies;
}

// The noise floor under each frame: the quietest tenth of each second, and the lowest of
// those within kFloorReachBlocks seconds either side (minimum statistics).
std::vector<double> noiseFloor(const std::vector<double> &energies)
{
    const size_t blocks = (energies.size() + kFramesPerBlock - 1) / kFramesPerBlock;
    std::vector<double> quiet(blocks);
    std::vector<double> block;
    for (size_t b = 0; b < blocks; ++b) {
        const auto begin = energies.begin() + qsizetype(b * kFramesPerBlock);
        const auto end = energies.begin() + qsizetype(std::min(energies.size(), (b + 1) * kFramesPerBlock));
        block.assign(begin, end);
        const auto tenth = block.begin() + qsizetype(block.size() / 10);
        std::nth_element(block.begin(), tenth, block.end());
        quiet[b] = *tenth;
    }
    std::vector<double> floor(energies.size());
    for (size_t f = 0; f < energies.size(); ++f) {
        const size_t b = f / kFramesPerBlock;
        const size_t from = b >= size_t(kFloorReachBlocks) ? b - kFloorReachBlocks : 0;
        const size_t to = std::min(blocks, b + kFloorReachBlocks + 1);
        floor[f] = *std::min_element(quiet.begin() + qsizetype(from), quiet.begin() + qsizetype(to));
    }
    return floor;
}

} // namespace

QList<TimeSpan> VoiceActivity::findSpeech(const std::vector<qint16> &samples)
{
    const std::vector<double> energies = frameEnergies(samples);
    const std::vector<double> floor = noiseFloor(energies);
    const auto starts
        = [&](size_t f) { return energies[f] >= std::max(floor[f] + kStartAboveFloorDb, kStartMinimumDbfs); };
    const auto stays
        = [&](size_t f) { return energies[f] >= std::max(floor[f] + kStayAboveFloorDb, kStayMinimumDbfs); };

    // Hysteresis: a run of frames above the lower line that reaches the upper one.
    QList<TimeSpan> runs;
    for (size_t f = 0; f < energies.size();) {
        if (!stays(f)) {
            ++f;
            continue;
        }
        const size_t begin = f;
        bool started = false;
        for (; f < energies.size() && stays(f); ++f)
            started = started || starts(f);
        if (started)
            runs.append({qint64(begin) * kFrameMs, qint64(f) * kFrameMs});
    }

    QList<TimeSpan> bridged;
    for (const TimeSpan &run : std::as_const(runs)) {
        if (!bridged.isEmpty() && run.startMs - bridged.last().endMs < kBridgeMs)
            bridged.last().endMs = run.endMs;
        else
            bridged.append(run);
    }
    bridged.removeIf([](const TimeSpan &span) { return span.lengthMs() < kMinSpeechMs; });
    return bridged;
}

QList<TimeSpan> VoiceActivity::pausesBetween(const QList<TimeSpan> &speech, qint64 minimumMs)
{
    QList<TimeSpan> pauses;
    for (qsizetype i = 1; i < speech.size(); ++i) {
        const TimeSpan gap{speech[i - 1].endMs, speech[i].startMs};
        if (gap.lengthMs() > minimumMs)
            pauses.append(gap);
    }
    return pauses;
}

SignalLevels VoiceActivity::levels(const std::vector<qint16> &samples, const QList<TimeSpan> &speech)
{
    SignalLevels levels;
    int peak = 0;
    for (const qint16 sample : samples)
        peak = std::max(peak, std::abs(int(sample)));
    if (peak > 0)
        levels.peakDbfs = 20.0 * std::log10(peak / 32768.0);

    double sum = 0;
    qint64 count = 0;
    qint64 frames = 0;
    qint64 framesAtLimit = 0;
    for (const TimeSpan &span : speech) {
        const auto begin = size_t(std::clamp<qint64>(span.startMs * kSampleRate / 1000, 0, qint64(samples.size())));
        const auto end = size_t(std::clamp<qint64>(span.endMs * kSampleRate / 1000, 0, qint64(samples.size())));
        for (size_t frame = begin; frame < end; frame += kFrameSamples) {
            int framePeak = 0;
            for (size_t i = frame; i < std::min(end, frame + kFrameSamples); ++i) {
                const double x = samples[i] / 32768.0;
                sum += x * x;
                framePeak = std::max(framePeak, std::abs(int(samples[i])));
            }
            ++frames;
            if (framePeak >= kClipLevel)
                ++framesAtLimit;
        }
        count += qint64(end - begin);
    }
    if (count > 0 && sum > 0)
        levels.loudnessDbfs = std::max(-120.0, 10.0 * std::log10(sum / double(count)));
    if (frames > 0)
        levels.clippedPercent = 100.0 * double(framesAtLimit) / double(frames);
    return levels;
}

} // namespace rehearse::speech
