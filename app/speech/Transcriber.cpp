#ifdef REHEARSE_HAVE_POCKETSPHINX
#include <pocketsphinx.h>
#include <sphinxbase/err.h>
#endif

#include "speech/Transcriber.h"

#include "speech/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <mutex>
#include <utility>

namespace rehearse::speech {

namespace {

struct ModelFiles {
    QString acoustic; // folder
    QString languageModel;
    QString dictionary;

    explicit ModelFiles(const QString &modelDir)
    {
        const QDir dir(modelDir.isEmpty() ? Transcriber::defaultModelDir() : modelDir);
        acoustic = dir.filePath(QStringLiteral("en-us"));
        languageModel = dir.filePath(QStringLiteral("en-us.lm.bin"));
        dictionary = dir.filePath(QStringLiteral("cmudict-en-us.dict"));
    }

    bool complete() const
    {
        return QFileInfo::exists(acoustic + QStringLiteral("/mdef")) && QFileInfo(languageModel).isFile()
            && QFileInfo(dictionary).isFile();
    }
};

#ifdef REHEARSE_HAVE_POCKETSPHINX
// What the recogniser writes beside words: sentence marks (<s>, </s>), silence (<sil>),
// the en-us model's noise words ([NOISE], [SPEECH]; it has no ++UH++-style filler
// tokens, so hesitations come out as the dictionary's um, uh, ah ...), and the
// alternative pronunciation index ("to(3)").
QString wordText(const char *token)
{
    QString text = QString::fromUtf8(token).toLower();
    if (text.isEmpty() || text.startsWith(QLatin1Char('<')) || text.startsWith(QLatin1Char('['))
        || text.startsWith(QLatin1Char('+')))
        return {};
    const qsizetype variant = text.indexOf(QLatin1Char('('));
    if (variant > 0)
        text.truncate(variant);
    return text;
}

// Search settings, measured on this 2-core machine (bench/run-speech-benchmark.sh, and
// README "Performance"): for 106 s of espeak-ng speech 7.5 s of CPU instead of 31 s with
// PocketSphinx's defaults, at a similar word count (281 and 273 words of 281 spoken).
const std::pair<const char *, const char *> kSearchArguments[] = {
    // Keep every frame: with silence removal on, word times drift by the silence removed.
    {"-remove_silence", "no"},
    // The first (tree) pass only; the flat pass and the lattice cost twice the time.
    {"-fwdflat", "no"},
    {"-bestpath", "no"},
    // Narrower search: active HMMs and word exits per frame, Gaussians scored, phone
    // lookahead.
    {"-maxhmmpf", "2000"},
    {"-maxwpf", "5"},
    {"-topn", "2"},
    {"-pl_window", "5"},
    // Block-fed decoding normalises with the running (prior) mean; said, not implied.
    {"-cmn", "prior"},
};

constexpr size_t kBlockSamples = 4000; // 0.25 s
constexpr qint64 kFrameMs = 10; // PocketSphinx: 100 frames a second

// PocketSphinx logs to stderr unless told otherwise. Turned off once for the process
// rather than with -logfn per decoder, which reopens a file shared by every thread.
void silenceRecogniserLogs()
{
    static std::once_flag once;
    std::call_once(once, [] { err_set_logfp(nullptr); });
}

struct Decoder {
    cmd_ln_t *config = nullptr;
    ps_decoder_t *ps = nullptr;

    ~Decoder()
    {
        if (ps)
            ps_free(ps);
        if (config)
            cmd_ln_free_r(config);
    }
};
#endif

} // namespace

QString Transcriber::defaultModelDir()
{
    return QStringLiteral("/usr/share/pocketsphinx/model/en-us");
}

QString Transcriber::unavailableReason(const QString &modelDir)
{
#ifdef REHEARSE_HAVE_POCKETSPHINX
    if (!ModelFiles(modelDir).complete())
        return QCoreApplication::translate("SpeechAnalyzer",
                                           "The speech model is not installed: install pocketsphinx-en-us.");
    return {};
#else
    Q_UNUSED(modelDir)
    return QCoreApplication::translate("SpeechAnalyzer", "Built without PocketSphinx.");
#endif
}

Transcript Transcriber::transcribe(const std::vector<qint16> &samples, const QList<TimeSpan> &spans,
                                   const QString &modelDir, const std::atomic_bool *cancel,
                                   const std::function<void(double)> &progress)
{
    Transcript transcript;
    transcript.error = unavailableReason(modelDir);
    if (!transcript.error.isEmpty()) {
        transcript.outcome = Transcript::Outcome::Unavailable;
        return transcript;
    }
#ifdef REHEARSE_HAVE_POCKETSPHINX
    silenceRecogniserLogs();
    const ModelFiles files(modelDir);
    QList<QByteArray> arguments{"-hmm",  QFile::encodeName(files.acoustic),
                                "-lm",   QFile::encodeName(files.languageModel),
                                "-dict", QFile::encodeName(files.dictionary)};
    for (const auto &[name, value] : kSearchArguments)
        arguments << QByteArray(name) << QByteArray(value);
    std::vector<char *> argv;
    for (QByteArray &argument : arguments)
        argv.push_back(argument.data());

    Decoder decoder;
    decoder.config = cmd_ln_parse_r(nullptr, ps_args(), int(argv.size()), argv.data(), TRUE);
    decoder.ps = decoder.config ? ps_init(decoder.config) : nullptr;
    if (!decoder.ps) {
        transcript.error = QCoreApplication::translate("SpeechAnalyzer", "The speech model in %1 could not be loaded.")
                               .arg(files.acoustic);
        qCWarning(logSpeech) << "PocketSphinx did not start with the model in" << files.acoustic;
        return transcript;
    }

    qint64 total = 0;
    for (const TimeSpan &span : spans)
        total += std::max<qint64>(0, span.lengthMs());
    qint64 done = 0;
    const auto sampleAt
        = [&samples](qint64 ms) { return size_t(std::clamp<qint64>(ms * 16, 0, qint64(samples.size()))); };
    for (const TimeSpan &span : spans) {
        const size_t begin = sampleAt(span.startMs);
        const size_t end = sampleAt(span.endMs);
        if (end <= begin)
            continue;
        if (ps_start_utt(decoder.ps) < 0) {
            transcript.error = QCoreApplication::translate("SpeechAnalyzer", "Speech recognition could not start.");
            return transcript;
        }
        for (size_t at = begin; at < end; at += kBlockSamples) {
            if (cancel && cancel->load()) {
                ps_end_utt(decoder.ps);
                transcript.outcome = Transcript::Outcome::Cancelled;
                return transcript;
            }
            const size_t count = std::min(kBlockSamples, end - at);
            ps_process_raw(decoder.ps, samples.data() + at, count, FALSE, FALSE);
            if (progress && total > 0)
                progress(double(done + qint64(at + count - begin) / 16) / double(total));
        }
        ps_end_utt(decoder.ps);
        done += span.lengthMs();
        // Fed in blocks, PocketSphinx 5prealpha numbers frames on from the utterances
        // before (less a few frames each), so times count from the utterance's first
        // segment, which the search always starts at the utterance's first frame.
        int base = -1;
        for (ps_seg_t *segment = ps_seg_iter(decoder.ps); segment; segment = ps_seg_next(segment)) {
            int first = 0;
            int last = 0;
            ps_seg_frames(segment, &first, &last);
            if (base < 0)
                base = first;
            const QString text = wordText(ps_seg_word(segment));
            if (!text.isEmpty()) {
                transcript.words.append({text, span.startMs + (first - base) * kFrameMs,
                                         span.startMs + (qint64(last) - base + 1) * kFrameMs, false});
            }
        }
    }
    transcript.outcome = Transcript::Outcome::Ok;
    return transcript;
#else
    Q_UNUSED(samples)
    Q_UNUSED(spans)
    Q_UNUSED(cancel)
    Q_UNUSED(progress)
    return transcript;
#endif
}

} // namespace rehearse::speech
