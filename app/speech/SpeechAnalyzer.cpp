#include "speech/SpeechAnalyzer.h"

#include "speech/AudioFileDecoder.h"
#include "speech/Logging.h"
#include "speech/Transcriber.h"
#include "speech/VoiceActivity.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace rehearse::speech {

namespace {

// Speech stretches closer than this are recognised as one utterance: a short breath is
// inside a sentence, and the language model does better across it.
constexpr qint64 kJoinForRecognitionMs = 1000;
// Audio kept around each utterance so that soft word edges are not cut.
constexpr qint64 kRecognitionPaddingMs = 250;
constexpr qint64 kRateWindowMs = 30'000;
// A last 30 s window shorter than this is counted with the one before it.
constexpr qint64 kShortestRateWindowMs = 10'000;

// Reports whole percents, each once, never going back.
class Progress {
public:
    explicit Progress(const std::function<void(int)> &report)
        : m_report(report)
    {
    }

    void operator()(double fraction)
    {
        const int percent = std::clamp(int(fraction * 100.0), 0, 100);
        if (m_report && percent > m_last) {
            m_last = percent;
            m_report(percent);
        }
    }

private:
    const std::function<void(int)> &m_report;
    int m_last = -1;
};

QList<TimeSpan> recognitionSpans(const QList<TimeSpan> &speech, qint64 durationMs)
{
    QList<TimeSpan> joined;
    for (const TimeSpan &span : speech) {
        if (!joined.isEmpty() && span.startMs - joined.last().endMs < kJoinForRecognitionMs)
            joined.last().endMs = span.endMs;
        else
            joined.append(span);
    }
    QList<TimeSpan> padded;
    for (qsizetype i = 0; i < joined.size(); ++i) {
        TimeSpan span{std::max<qint64>(0, joined[i].startMs - kRecognitionPaddingMs),
                      std::min(durationMs, joined[i].endMs + kRecognitionPaddingMs)};
        if (i > 0)
            span.startMs = std::max(span.startMs, (joined[i - 1].endMs + joined[i].startMs) / 2);
        if (i + 1 < joined.size())
            span.endMs = std::min(span.endMs, (joined[i].endMs + joined[i + 1].startMs) / 2);
        padded.append(span);
    }
    return padded;
}

void fillTranscriptFigures(SpeechFigures &figures, QList<SpokenWord> words)
{
    for (SpokenWord &word : words) {
        word.filler = SpeechAnalyzer::isFiller(word.text);
        if (word.filler)
            ++figures.fillerCount;
        else
            ++figures.wordCount;
    }
    figures.words = std::move(words);
    figures.transcriptAvailable = true;

    const qint64 spokenMs = std::max<qint64>(1000, figures.speech.last().endMs - figures.speech.first().startMs);
    const double minutes = double(spokenMs) / 60'000.0;
    figures.wordsPerMinute = figures.wordCount / minutes;
    figures.fillersPerMinute = figures.fillerCount / minutes;

    // Pace over the recording, 30 s at a time; a word belongs to the window that holds
    // its middle.
    qint64 windows = std::max<qint64>(1, (figures.durationMs + kRateWindowMs - 1) / kRateWindowMs);
    if (windows > 1 && figures.durationMs - (windows - 1) * kRateWindowMs < kShortestRateWindowMs)
        --windows;
    QList<int> counts(windows, 0);
    for (const SpokenWord &word : std::as_const(figures.words)) {
        if (!word.filler)
            ++counts[std::min(windows - 1, (word.startMs + word.endMs) / 2 / kRateWindowMs)];
    }
    for (qint64 w = 0; w < windows; ++w) {
        const qint64 end = w + 1 == windows ? figures.durationMs : (w + 1) * kRateWindowMs;
        const qint64 lengthMs = std::max<qint64>(1000, end - w * kRateWindowMs);
        figures.wordsPerMinuteBy30s.append(counts[w] / (double(lengthMs) / 60'000.0));
    }
}

} // namespace

SpeechFigures SpeechAnalyzer::analyze(const QString &recordingPath, const Options &options,
                                      const std::atomic_bool *cancel, const std::function<void(int)> &progress)
{
    QElapsedTimer timer;
    timer.start();
    SpeechFigures figures;
    Progress report(progress);
    const bool transcribe = options.transcribe && transcriptionAvailable(options);
    // Decoding takes about a tenth of the time recognition does (README, "Performance").
    const double decodingShare = transcribe ? 0.15 : 0.95;

    const DecodedAudio audio
        = AudioFileDecoder::decode(recordingPath, cancel, [&](double fraction) { report(fraction * decodingShare); });
    switch (audio.outcome) {
    case DecodedAudio::Outcome::Ok:
        break;
    case DecodedAudio::Outcome::Cancelled:
        figures.status = SpeechFigures::Status::Cancelled;
        figures.error = QCoreApplication::translate("SpeechAnalyzer", "The analysis was cancelled.");
        return figures;
    case DecodedAudio::Outcome::NoAudio:
        figures.status = SpeechFigures::Status::NoAudio;
        figures.error = audio.error;
        return figures;
    case DecodedAudio::Outcome::Failed:
        figures.status = SpeechFigures::Status::Failed;
        figures.error = audio.error;
        return figures;
    }
    const qint64 decodedMs = timer.elapsed();

    figures.durationMs = audio.durationMs();
    figures.speech = VoiceActivity::findSpeech(audio.samples);
    const SignalLevels levels = VoiceActivity::levels(audio.samples, figures.speech);
    figures.loudnessDbfs = levels.loudnessDbfs;
    figures.peakDbfs = levels.peakDbfs;
    figures.clippedPercent = levels.clippedPercent;
    if (figures.speech.isEmpty()) {
        figures.status = SpeechFigures::Status::NoSpeech;
        figures.error = QCoreApplication::translate(
            "SpeechAnalyzer", "No speech detected: the recording holds silence or a steady background sound only.");
        report(1.0);
        return figures;
    }
    for (const TimeSpan &span : std::as_const(figures.speech))
        figures.speakingMs += span.lengthMs();
    figures.pauses = VoiceActivity::pausesBetween(figures.speech, SpeechFigures::kLongPauseMs);
    report(decodingShare + 0.01);

    if (transcribe) {
        const double start = decodingShare + 0.01;
        const Transcript transcript = Transcriber::transcribe(
            audio.samples, recognitionSpans(figures.speech, figures.durationMs), options.modelDir, cancel,
            [&](double fraction) { report(start + fraction * (1.0 - start)); });
        switch (transcript.outcome) {
        case Transcript::Outcome::Ok:
            fillTranscriptFigures(figures, transcript.words);
            break;
        case Transcript::Outcome::Cancelled:
            figures = {};
            figures.status = SpeechFigures::Status::Cancelled;
            figures.error = QCoreApplication::translate("SpeechAnalyzer", "The analysis was cancelled.");
            return figures;
        case Transcript::Outcome::Unavailable:
        case Transcript::Outcome::Failed:
            qCWarning(logSpeech) << "no transcript for" << recordingPath << transcript.error;
            break;
        }
    } else if (cancel && cancel->load()) {
        figures = {};
        figures.status = SpeechFigures::Status::Cancelled;
        figures.error = QCoreApplication::translate("SpeechAnalyzer", "The analysis was cancelled.");
        return figures;
    }

    figures.status = SpeechFigures::Status::Ok;
    report(1.0);
    qCInfo(logSpeech).nospace() << "analysed " << recordingPath << ": " << figures.durationMs << " ms, "
                                << figures.speech.size() << " stretches, " << figures.words.size() << " words in "
                                << timer.elapsed() << " ms (decoding " << decodedMs << " ms)";
    return figures;
}

bool SpeechAnalyzer::transcriptionAvailable(const Options &options)
{
    return Transcriber::unavailableReason(options.modelDir).isEmpty();
}

QString SpeechAnalyzer::transcriptionUnavailableReason(const Options &options)
{
    return Transcriber::unavailableReason(options.modelDir);
}

bool SpeechAnalyzer::isFiller(const QString &word)
{
    // Hesitation sounds only, in the spellings the en-us dictionary knows (um, umm, uh,
    // ah, er, hmm, hm, mm, mhm) and the common ones it lacks (uhm, erm). Not "uh-huh"
    // (agreement), nor "like", "so" or "you know", which are real words as often as not.
    static const QSet<QString> fillers{
        QStringLiteral("um"), QStringLiteral("umm"), QStringLiteral("uhm"), QStringLiteral("uh"),
        QStringLiteral("ah"), QStringLiteral("er"),  QStringLiteral("erm"), QStringLiteral("hmm"),
        QStringLiteral("hm"), QStringLiteral("mm"),  QStringLiteral("mhm"),
    };
    return fillers.contains(word.trimmed().toLower());
}

} // namespace rehearse::speech
