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
//
// How (app/speech): AudioFileDecoder (QAudioDecoder, 16 kHz mono), VoiceActivity (speech
// by energy over an adaptive noise floor; a pause is a silence longer than
// SpeechFigures::kLongPauseMs between two stretches of speech, never the silence before
// the first or after the last), Transcriber (PocketSphinx, each stretch an utterance).
// Words per minute count the words that are not fillers over the time from the first
// speech to the last; per 30 s over the recording's 30 s windows (a last window shorter
// than 10 s joins the one before). A recording without speech is Status::NoSpeech with
// "No speech detected" in error, never zeros as a result.
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

} // namespace rehearse::speech
