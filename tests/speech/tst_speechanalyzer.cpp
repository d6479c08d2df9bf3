// SpeechAnalyzer on spoken answers built at test time (espeak-ng words, sox silences of
// known length, encoded as Practice records them): speaking time, pauses, loudness, the
// transcript and its rates; silence, a steady tone and noise say "no speech detected";
// files without sound or not media at all get a message; cancel; many runs from worker
// threads.
#include "speech/SpeechAnalyzer.h"
#include "support/MediaInfo.h"
#include "support/SpeechSample.h"
#include "support/TestData.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

using namespace rehearse;
using speech::SpeechAnalyzer;

Q_DECLARE_METATYPE(rehearse::test::SpeechSample)
Q_DECLARE_METATYPE(rehearse::SpeechFigures::Status)

namespace {

// Six sentences, 67 words; silences of 0.8, 1.5 and 2.0 s (gaps between thoughts, not
// pauses) and of 3.0 and 4.0 s (long pauses).
const QStringList kAnswer{
    QStringLiteral("say:Tell me about a time you had to meet a tight deadline."),
    QStringLiteral("gap:0.8"),
    QStringLiteral("say:Last spring our team had two weeks to ship the new billing page."),
    QStringLiteral("gap:3.0"),
    QStringLiteral("say:I split the work into small pieces and checked progress every morning."),
    QStringLiteral("gap:1.5"),
    QStringLiteral("say:We cut two features that nobody had asked for."),
    QStringLiteral("gap:4.0"),
    QStringLiteral("say:The page shipped on time and support tickets dropped by a third."),
    QStringLiteral("gap:2.0"),
    QStringLiteral("say:I learned to ask early which parts really matter."),
};

SpeechAnalyzer::Options signalOnly()
{
    SpeechAnalyzer::Options options;
    options.transcribe = false;
    return options;
}

SpeechFigures analyzeInWorker(const QString &path, const SpeechAnalyzer::Options &options)
{
    // As the application calls it: from a QtConcurrent worker. The test's thread blocks
    // meanwhile, the hardest case for an event loop on the worker.
    return QtConcurrent::run([path, options] { return SpeechAnalyzer::analyze(path, options); }).result();
}

bool runFfmpeg(const QStringList &arguments)
{
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral("ffmpeg"),
                 QStringList{QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y")} + arguments);
    return ffmpeg.waitForFinished(60000) && ffmpeg.exitStatus() == QProcess::NormalExit && ffmpeg.exitCode() == 0;
}

bool overlaps(const TimeSpan &a, const TimeSpan &b)
{
    return a.startMs < b.endMs && b.startMs < a.endMs;
}

} // namespace

class tst_SpeechAnalyzer : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void measuresTheAnswer_data();
    void measuresTheAnswer();
    void transcript();
    void transcriptWithoutModel();
    void progressRises();
    void noSpeech_data();
    void noSpeech();
    void unreadable_data();
    void unreadable();
    void clipping();
    void cancel_data();
    void cancel();
    void workerThreadManyTimes();
    void isFiller_data();
    void isFiller();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    void makeSample(const QString &name, const QStringList &options, const QStringList &parts,
                    test::SpeechSample *sample);

    QTemporaryDir m_dir;
    test::SpeechSample m_answer; // camera answer: VP8 + Opus WebM, and WAV
    test::SpeechSample m_noisy; // sound only, over steady pink noise
    QString m_offsetWebm; // m_answer.webm with every timestamp 7 s later
    SpeechFigures m_answerFigures; // m_answer.webm with the transcript, analysed once
    QList<int> m_answerProgress;
};

void tst_SpeechAnalyzer::makeSample(const QString &name, const QStringList &options, const QStringList &parts,
                                    test::SpeechSample *sample)
{
    QString error;
    QVERIFY2(test::SpeechSample::make(path(name), options, parts, sample, &error), qPrintable(error));
}

void tst_SpeechAnalyzer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    makeSample(QStringLiteral("answer"),
               {QStringLiteral("--video"), QStringLiteral("--lead"), QStringLiteral("0.7"), QStringLiteral("--tail"),
                QStringLiteral("1.0")},
               kAnswer, &m_answer);
    QCOMPARE(m_answer.words, 67);
    QCOMPARE(m_answer.gapsLongerThan(SpeechFigures::kLongPauseMs).size(), 2);
    QCOMPARE(test::MediaInfo::probe(m_answer.webm).codecs,
             (QStringList{QStringLiteral("opus"), QStringLiteral("vp8")}));
    // Pink noise peaking at -35 dBFS (about -45 dBFS RMS): a fan, a busy street far off.
    makeSample(QStringLiteral("noisy"),
               {QStringLiteral("--noise"), QStringLiteral("-35"), QStringLiteral("--lead"), QStringLiteral("1.5")},
               kAnswer, &m_noisy);
    QCOMPARE(test::MediaInfo::probe(m_noisy.webm).codecs, QStringList{QStringLiteral("opus")});
    // Qt 6.4 writes recordings whose timestamps start seconds after zero (the capture
    // pipeline's running time); players count from the first block, and so must the
    // analysis.
    m_offsetWebm = m_dir.filePath(QStringLiteral("answer-at-7s.webm"));
    QVERIFY(runFfmpeg({QStringLiteral("-i"), m_answer.webm, QStringLiteral("-c"), QStringLiteral("copy"),
                       QStringLiteral("-output_ts_offset"), QStringLiteral("7"), m_offsetWebm}));
    QVERIFY(test::MediaInfo::probe(m_offsetWebm).ok);

    QElapsedTimer timer;
    timer.start();
    m_answerFigures = QtConcurrent::run([this] {
                          return SpeechAnalyzer::analyze(m_answer.webm, {}, nullptr,
                                                         [this](int percent) { m_answerProgress.append(percent); });
                      }).result();
    qInfo("the %.1f s answer analysed in %lld ms (transcript: %s)", double(m_answer.durationMs) / 1000.0,
          timer.elapsed(), m_answerFigures.transcriptAvailable ? "yes" : "no");
}

void tst_SpeechAnalyzer::measuresTheAnswer_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<test::SpeechSample>("truth");
    QTest::newRow("camera answer: VP8 + Opus WebM") << m_answer.webm << m_answer;
    QTest::newRow("the same sound as WAV") << m_answer.wav << m_answer;
    QTest::newRow("camera answer whose timestamps start at 7 s") << m_offsetWebm << m_answer;
    QTest::newRow("sound only, over steady noise") << m_noisy.webm << m_noisy;
}

void tst_SpeechAnalyzer::measuresTheAnswer()
{
    QFETCH(QString, file);
    QFETCH(test::SpeechSample, truth);
    const SpeechFigures figures = analyzeInWorker(file, signalOnly());
    QCOMPARE(figures.status, SpeechFigures::Status::Ok);
    QVERIFY2(figures.error.isEmpty(), qPrintable(figures.error));
    QVERIFY2(qAbs(figures.durationMs - truth.durationMs) <= 150,
             qPrintable(QStringLiteral("%1 ms, truth %2 ms").arg(figures.durationMs).arg(truth.durationMs)));

    // Speaking time within 10 % of the spoken parts' length.
    QVERIFY2(qAbs(figures.speakingMs - truth.speakingMs()) <= truth.speakingMs() / 10,
             qPrintable(QStringLiteral("%1 ms, truth %2 ms").arg(figures.speakingMs).arg(truth.speakingMs())));
    qint64 stretches = 0;
    for (const TimeSpan &span : figures.speech)
        stretches += span.lengthMs();
    QCOMPARE(figures.speakingMs, stretches);
    QVERIFY(qAbs(figures.speech.first().startMs - truth.speech.first().startMs) <= 300);
    QVERIFY(qAbs(figures.speech.last().endMs - truth.speech.last().endMs) <= 300);

    // The 3.0 and 4.0 s silences are the pauses, each end within 0.3 s; the shorter ones
    // and the silence before and after the answer are not.
    const QList<TimeSpan> longGaps = truth.gapsLongerThan(SpeechFigures::kLongPauseMs);
    QCOMPARE(figures.pauses.size(), longGaps.size());
    for (qsizetype i = 0; i < longGaps.size(); ++i) {
        const QString where = QStringLiteral("pause %1: %2-%3 ms, truth %4-%5 ms")
                                  .arg(i)
                                  .arg(figures.pauses[i].startMs)
                                  .arg(figures.pauses[i].endMs)
                                  .arg(longGaps[i].startMs)
                                  .arg(longGaps[i].endMs);
        QVERIFY2(qAbs(figures.pauses[i].startMs - longGaps[i].startMs) <= 300, qPrintable(where));
        QVERIFY2(qAbs(figures.pauses[i].endMs - longGaps[i].endMs) <= 300, qPrintable(where));
    }
    for (const TimeSpan &gap : truth.gaps) {
        if (gap.lengthMs() <= SpeechFigures::kLongPauseMs) {
            for (const TimeSpan &pause : figures.pauses)
                QVERIFY2(!overlaps(pause, gap), qPrintable(QStringLiteral("a %1 ms gap reported").arg(gap.lengthMs())));
        }
    }

    QVERIFY2(figures.loudnessDbfs > -35 && figures.loudnessDbfs < -10,
             qPrintable(QString::number(figures.loudnessDbfs)));
    QVERIFY(figures.peakDbfs > figures.loudnessDbfs && figures.peakDbfs <= 0);
    QVERIFY2(figures.clippedPercent < 1.0, qPrintable(QString::number(figures.clippedPercent)));
    QVERIFY(!figures.transcriptAvailable);
    QVERIFY(figures.words.isEmpty());
    QCOMPARE(figures.wordCount, 0);
}

void tst_SpeechAnalyzer::transcript()
{
    if (!SpeechAnalyzer::transcriptionAvailable())
        QSKIP(qPrintable(SpeechAnalyzer::transcriptionUnavailableReason()));
    const SpeechFigures &figures = m_answerFigures;
    QCOMPARE(figures.status, SpeechFigures::Status::Ok);
    QVERIFY(figures.transcriptAvailable);
    QVERIFY2(qAbs(figures.wordCount - m_answer.words) <= m_answer.words / 5,
             qPrintable(QStringLiteral("%1 words, %2 spoken").arg(figures.wordCount).arg(m_answer.words)));
    QCOMPARE(figures.wordCount + figures.fillerCount, figures.words.size());

    // Word times are times in the recording: in order, and none in the middle of a long
    // silence (each utterance's words offset by where it starts).
    const QList<TimeSpan> longGaps = m_answer.gapsLongerThan(SpeechFigures::kLongPauseMs);
    qint64 previousStart = 0;
    for (const SpokenWord &word : figures.words) {
        QVERIFY(!word.text.isEmpty());
        QCOMPARE(word.text, word.text.toLower());
        QVERIFY2(!word.text.startsWith(QLatin1Char('<')) && !word.text.startsWith(QLatin1Char('[')),
                 qPrintable(word.text));
        QCOMPARE(word.filler, SpeechAnalyzer::isFiller(word.text));
        QVERIFY(word.startMs >= previousStart && word.endMs > word.startMs && word.endMs <= figures.durationMs);
        previousStart = word.startMs;
        const qint64 middle = (word.startMs + word.endMs) / 2;
        for (const TimeSpan &gap : longGaps)
            QVERIFY2(middle < gap.startMs + 300 || middle > gap.endMs - 300,
                     qPrintable(QStringLiteral("\"%1\" at %2 ms").arg(word.text).arg(middle)));
    }
    // "Tell me about a time ..." begins the recording and "... really matter" ends it.
    QVERIFY(figures.words.first().startMs < m_answer.speech.first().startMs + 1500);
    QVERIFY(figures.words.last().endMs > m_answer.speech.last().endMs - 1500);

    // Rates follow from the count and the time between the first and last speech.
    const double minutes = double(figures.speech.last().endMs - figures.speech.first().startMs) / 60000.0;
    QVERIFY(qFuzzyCompare(figures.wordsPerMinute, figures.wordCount / minutes));
    QVERIFY(qFuzzyCompare(1.0 + figures.fillersPerMinute, 1.0 + figures.fillerCount / minutes));
    QVERIFY2(figures.wordsPerMinute > 120 && figures.wordsPerMinute < 260,
             qPrintable(QString::number(figures.wordsPerMinute)));
    // The answer is 34 s long: the last 4 s are counted with the first 30 s, one window.
    QCOMPARE(figures.wordsPerMinuteBy30s.size(), 1);
    QVERIFY(qFuzzyCompare(figures.wordsPerMinuteBy30s.first(), figures.wordCount / (figures.durationMs / 60000.0)));
}

void tst_SpeechAnalyzer::transcriptWithoutModel()
{
    SpeechAnalyzer::Options options;
    options.modelDir = path(QStringLiteral("no-model-here"));
    QVERIFY(!SpeechAnalyzer::transcriptionAvailable(options));
    const QString reason = SpeechAnalyzer::transcriptionUnavailableReason(options);
    QVERIFY2(reason.contains(QLatin1String("pocketsphinx-en-us"))
                 || reason.contains(QLatin1String("without PocketSphinx")),
             qPrintable(reason));

    const SpeechFigures figures = analyzeInWorker(m_noisy.webm, options);
    QCOMPARE(figures.status, SpeechFigures::Status::Ok);
    QVERIFY(figures.speakingMs > 0);
    QCOMPARE(figures.pauses.size(), 2);
    QVERIFY(!figures.transcriptAvailable);
    QVERIFY(figures.words.isEmpty());
    QCOMPARE(figures.wordCount, 0);
    QCOMPARE(figures.wordsPerMinute, 0.0);
    QVERIFY(figures.wordsPerMinuteBy30s.isEmpty());
}

void tst_SpeechAnalyzer::progressRises()
{
    QVERIFY(!m_answerProgress.isEmpty());
    for (qsizetype i = 1; i < m_answerProgress.size(); ++i)
        QVERIFY(m_answerProgress[i] > m_answerProgress[i - 1]);
    QVERIFY(m_answerProgress.first() >= 0);
    QCOMPARE(m_answerProgress.last(), 100);
    // Several steps on the way, not a jump at the end.
    QVERIFY2(m_answerProgress.size() >= 10, qPrintable(QString::number(m_answerProgress.size())));
}

void tst_SpeechAnalyzer::noSpeech_data()
{
    QTest::addColumn<QString>("file");
    QString error;
    test::SpeechSample sample;
    QVERIFY2(test::SpeechSample::make(path(QStringLiteral("silence")), {}, {QStringLiteral("gap:4")}, &sample, &error),
             qPrintable(error));
    QTest::newRow("digital silence") << sample.webm;
    QVERIFY2(test::SpeechSample::make(path(QStringLiteral("noise")), {QStringLiteral("--noise"), QStringLiteral("-30")},
                                      {QStringLiteral("gap:4")}, &sample, &error),
             qPrintable(error));
    QTest::newRow("steady pink noise") << sample.webm;
    // The virtual microphone's sound: a steady 440 Hz tone, with and without a picture.
    QVERIFY2(test::MediaInfo::makeRecording(path(QStringLiteral("tone.webm")), 4, false, &error), qPrintable(error));
    QTest::newRow("440 Hz tone") << path(QStringLiteral("tone.webm"));
    QVERIFY2(test::MediaInfo::makeRecording(path(QStringLiteral("tone-video.webm")), 4, true, &error),
             qPrintable(error));
    QTest::newRow("440 Hz tone with a picture") << path(QStringLiteral("tone-video.webm"));
}

void tst_SpeechAnalyzer::noSpeech()
{
    QFETCH(QString, file);
    const SpeechFigures figures = analyzeInWorker(file, {});
    QCOMPARE(figures.status, SpeechFigures::Status::NoSpeech);
    QVERIFY(!figures.hasSpeech());
    QVERIFY2(figures.error.startsWith(QLatin1String("No speech detected")), qPrintable(figures.error));
    QVERIFY2(figures.durationMs >= 3900 && figures.durationMs <= 5100, qPrintable(QString::number(figures.durationMs)));
    QVERIFY(figures.speech.isEmpty());
    QCOMPARE(figures.speakingMs, 0);
    QVERIFY(figures.pauses.isEmpty());
    QVERIFY(figures.words.isEmpty());
    QCOMPARE(figures.wordCount, 0);
}

void tst_SpeechAnalyzer::unreadable_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<SpeechFigures::Status>("status");
    QTest::addColumn<QString>("message");

    const QString video = path(QStringLiteral("picture-only.webm"));
    QVERIFY(runFfmpeg({QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                       QStringLiteral("testsrc=size=320x240:rate=15:duration=2"), QStringLiteral("-c:v"),
                       QStringLiteral("libvpx"), QStringLiteral("-an"), video}));
    QTest::newRow("picture only") << video << SpeechFigures::Status::NoAudio << QStringLiteral("no sound track");

    QFile garbage(path(QStringLiteral("garbage.webm")));
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    QByteArray bytes;
    for (int i = 0; i < 20000; ++i)
        bytes.append(char((i * 7919 + 13) % 251));
    garbage.write(bytes);
    garbage.close();
    QTest::newRow("not media") << garbage.fileName() << SpeechFigures::Status::Failed
                               << QStringLiteral("could not be decoded");

    QFile empty(path(QStringLiteral("empty.webm")));
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    QTest::newRow("empty file") << empty.fileName() << SpeechFigures::Status::Failed << QStringLiteral("empty");

    QTest::newRow("missing file") << path(QStringLiteral("gone.webm")) << SpeechFigures::Status::Failed
                                  << QStringLiteral("missing");
}

void tst_SpeechAnalyzer::unreadable()
{
    QFETCH(QString, file);
    QFETCH(SpeechFigures::Status, status);
    QFETCH(QString, message);
    const bool existed = QFile::exists(file);
    const QByteArray before = existed ? test::TestData::read(file) : QByteArray();
    const SpeechFigures figures = analyzeInWorker(file, {});
    QCOMPARE(figures.status, status);
    QVERIFY2(figures.error.contains(message), qPrintable(figures.error));
    QVERIFY(figures.speech.isEmpty());
    QVERIFY(figures.words.isEmpty());
    QCOMPARE(figures.durationMs, 0);
    // Nothing is changed or lost.
    if (existed)
        QCOMPARE(test::TestData::read(file), before);
    else
        QVERIFY(!QFile::exists(file));
}

void tst_SpeechAnalyzer::clipping()
{
    test::SpeechSample loud;
    makeSample(QStringLiteral("loud"), {QStringLiteral("--gain"), QStringLiteral("20")},
               {QStringLiteral("say:This answer was recorded far too close to the microphone.")}, &loud);
    const SpeechFigures figures = analyzeInWorker(loud.webm, signalOnly());
    QCOMPARE(figures.status, SpeechFigures::Status::Ok);
    // Opus leaves no sample at full scale, but much of the speech peaks just under it.
    QVERIFY2(figures.clippedPercent > 10.0, qPrintable(QString::number(figures.clippedPercent)));
    QVERIFY2(figures.peakDbfs > -2.0, qPrintable(QString::number(figures.peakDbfs)));
    QVERIFY(figures.loudnessDbfs > -12);
    QVERIFY2(m_answerFigures.clippedPercent < 1.0, qPrintable(QString::number(m_answerFigures.clippedPercent)));
    // The WAV keeps the flat tops themselves.
    QVERIFY(analyzeInWorker(loud.wav, signalOnly()).clippedPercent > 10.0);
}

void tst_SpeechAnalyzer::cancel_data()
{
    QTest::addColumn<int>("atPercent");
    QTest::addColumn<bool>("transcribe");
    QTest::newRow("before it starts") << -1 << true;
    QTest::newRow("while decoding") << 1 << false;
    QTest::newRow("while recognising") << 40 << true;
}

void tst_SpeechAnalyzer::cancel()
{
    QFETCH(int, atPercent);
    QFETCH(bool, transcribe);
    if (transcribe && atPercent > 0 && !SpeechAnalyzer::transcriptionAvailable())
        QSKIP(qPrintable(SpeechAnalyzer::transcriptionUnavailableReason()));
    std::atomic_bool cancel = atPercent < 0;
    QElapsedTimer sinceCancel;
    if (cancel)
        sinceCancel.start();
    int cancelledAt = -1;
    SpeechAnalyzer::Options options;
    options.transcribe = transcribe;
    const SpeechFigures figures = QtConcurrent::run([&] {
                                      return SpeechAnalyzer::analyze(m_answer.webm, options, &cancel, [&](int percent) {
                                          if (!cancel && percent >= atPercent) {
                                              cancelledAt = percent;
                                              sinceCancel.start();
                                              cancel = true;
                                          }
                                      });
                                  }).result();
    const qint64 latencyMs = sinceCancel.elapsed();
    QCOMPARE(figures.status, SpeechFigures::Status::Cancelled);
    QVERIFY(figures.speech.isEmpty());
    QVERIFY(figures.words.isEmpty());
    if (atPercent > 0)
        QVERIFY2(cancelledAt >= atPercent && cancelledAt < 100, qPrintable(QString::number(cancelledAt)));
    // Promptly: the decoder is polled every 20 ms, recognition every quarter second of sound.
    QVERIFY2(latencyMs < 1500, qPrintable(QStringLiteral("%1 ms").arg(latencyMs)));
}

void tst_SpeechAnalyzer::workerThreadManyTimes()
{
    // QAudioDecoder in a worker's local event loop while the test thread waits: twenty
    // sound-only files, then the camera answer (whose picture once sent GStreamer looking
    // for a video sink that waits for the main thread), then two at once.
    const SpeechFigures first = analyzeInWorker(m_noisy.webm, signalOnly());
    QCOMPARE(first.status, SpeechFigures::Status::Ok);
    for (int run = 0; run < 20; ++run) {
        const SpeechFigures again = analyzeInWorker(m_noisy.webm, signalOnly());
        QCOMPARE(again.status, SpeechFigures::Status::Ok);
        QCOMPARE(again.speech, first.speech);
        QCOMPARE(again.durationMs, first.durationMs);
    }
    for (int run = 0; run < 5; ++run) {
        const SpeechFigures video = analyzeInWorker(m_answer.webm, signalOnly());
        QCOMPARE(video.status, SpeechFigures::Status::Ok);
        QCOMPARE(video.pauses.size(), 2);
    }
    // Two at once, each with its own recogniser: the same words as alone.
    QFuture<SpeechFigures> one = QtConcurrent::run([this] { return SpeechAnalyzer::analyze(m_answer.webm, {}); });
    QFuture<SpeechFigures> two = QtConcurrent::run([this] { return SpeechAnalyzer::analyze(m_noisy.webm, {}); });
    QCOMPARE(one.result().pauses.size(), 2);
    QCOMPARE(one.result().words, m_answerFigures.words);
    QCOMPARE(two.result().speech, first.speech);
    QCOMPARE(two.result().transcriptAvailable, SpeechAnalyzer::transcriptionAvailable());
}

void tst_SpeechAnalyzer::isFiller_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<bool>("filler");
    for (const char *word : {"um", "umm", "uhm", "uh", "ah", "er", "erm", "hmm", "hm", "mm", "mhm"})
        QTest::newRow(word) << QString::fromLatin1(word) << true;
    QTest::newRow("upper case") << QStringLiteral("Um") << true;
    QTest::newRow("spaces around") << QStringLiteral(" uh ") << true;
    for (const char *word : {"uh-huh", "like", "so", "oh", "huh", "the", "umbrella", "her", "er-", "you know"})
        QTest::newRow(word) << QString::fromLatin1(word) << false;
    QTest::newRow("empty") << QString() << false;
}

void tst_SpeechAnalyzer::isFiller()
{
    QFETCH(QString, word);
    QFETCH(bool, filler);
    QCOMPARE(SpeechAnalyzer::isFiller(word), filler);
}

QTEST_GUILESS_MAIN(tst_SpeechAnalyzer)
#include "tst_speechanalyzer.moc"
