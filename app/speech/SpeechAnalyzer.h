#pragma once

#include "core/SpeechFigures.h"

#include <QString>

#include <atomic>
#include <functional>

namespace rehearse::speech {

// Measures one recorded answer, offline: decodes its audio, finds speech and pauses,
// loudness and clipping, and (when built with PocketSphinx) a rough transcript with word
// timings. Blocking and thread-safe: call it from a worker (QtConcurrent), never from the
// GUI thread.
struct AnalysisOptions {
    // Where PocketSphinx's en-us model lives; empty = the Debian default
    // (/usr/share/pocketsphinx/model/en-us).
    QString modelDir;
    bool transcribe = true;
};

class SpeechAnalyzer final {
public:
    using Options = AnalysisOptions;

    // progress receives 0..100; cancel, when set, is polled and ends the work early with
    // Status::Cancelled.
    static SpeechFigures analyze(const QString &recordingPath, const Options &options,
                                 const std::atomic_bool *cancel = nullptr,
                                 const std::function<void(int percent)> &progress = {});

    // True when this build has PocketSphinx and its model is installed.
    static bool transcriptionAvailable(const Options &options = {});
    // Why not, in one sentence for the user ("Built without PocketSphinx." / "The speech
    // model is not installed: install pocketsphinx-en-us."), empty when available.
    static QString transcriptionUnavailableReason(const Options &options = {});

    static bool isFiller(const QString &word);
};

}  // namespace rehearse::speech
