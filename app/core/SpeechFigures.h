#pragma once

#include <QList>
#include <QString>

namespace rehearse {

// What the analysis of one recorded answer measured. Plain data, no Qt Multimedia: the
// analyser (rehearse_speech) fills it, AttemptRepository stores it, Review and Progress
// show it. Times are milliseconds from the start of the recording.
struct TimeSpan {
    qint64 startMs = 0;
    qint64 endMs = 0;

    qint64 lengthMs() const { return endMs - startMs; }
    friend bool operator==(const TimeSpan &, const TimeSpan &) = default;
};

struct SpokenWord {
    QString text; // lower case, as the recogniser heard it
    qint64 startMs = 0;
    qint64 endMs = 0;
    bool filler = false; // um, uh, ah, er, hmm, ... (see SpeechAnalyzer::isFiller)

    friend bool operator==(const SpokenWord &, const SpokenWord &) = default;
};

struct SpeechFigures {
    enum class Status {
        Ok, // speech found and measured
        NoSpeech, // audio decoded but nothing above the speech threshold
        NoAudio, // the file has no audio stream
        Failed, // could not be decoded: see error
        Cancelled,
    };

    // Reference ranges shown beside the figures (issue #10); no judgement beyond them.
    static constexpr double kPaceLowWpm = 120.0;
    static constexpr double kPaceHighWpm = 160.0;
    static constexpr double kFillersPerMinuteHigh = 5.0;
    static constexpr qint64 kLongPauseMs = 2500;

    Status status = Status::Failed;
    QString error;
    int analyzerVersion = 1; // bump when the method changes so old figures can be redone

    // Signal level: always present when status is Ok or NoSpeech.
    qint64 durationMs = 0;
    qint64 speakingMs = 0;
    QList<TimeSpan> speech; // stretches of speech, in order
    QList<TimeSpan> pauses; // silences longer than kLongPauseMs between speech
    double loudnessDbfs = -120.0; // RMS over speech, dBFS
    double peakDbfs = -120.0;
    // Share of the speech (10 ms frames) that reached within 2 dB of full scale: where a
    // voice clips. Opus smooths the flat tops of clipped sound, so a clipped recording
    // decodes to peaks just under full scale rather than at it (VoiceActivity::levels).
    double clippedPercent = 0.0;

    // Transcript: only when PocketSphinx was built in and found its model.
    bool transcriptAvailable = false;
    QList<SpokenWord> words; // fillers included, flagged
    int wordCount = 0; // words excluding fillers
    double wordsPerMinute = 0.0; // wordCount over the time from first to last speech
    QList<double> wordsPerMinuteBy30s; // one value per 30 s window of the recording
    int fillerCount = 0;
    double fillersPerMinute = 0.0;

    bool hasSpeech() const { return status == Status::Ok; }
};

} // namespace rehearse
