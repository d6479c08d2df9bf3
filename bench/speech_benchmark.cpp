// Analyses one recorded answer several times with SpeechAnalyzer, from a QtConcurrent
// worker as the application does, and prints the median and spread of the time it took,
// with what was measured beside the truth the sample was built from. Not a test: it prints
// figures and never fails on time. Run it with bench/run-speech-benchmark.sh.
// Usage: speech_benchmark RECORDING [TRUTH] [RUNS]
#include "speech/SpeechAnalyzer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFutureWatcher>
#include <QtConcurrent>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

using namespace rehearse;

namespace {

struct Truth {
    double durationSeconds = 0;
    double speakingSeconds = 0;
    int words = 0;
    QList<TimeSpan> longGaps;
};

Truth readTruth(const QString &path)
{
    Truth truth;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return truth;
    while (!file.atEnd()) {
        const QStringList fields = QString::fromUtf8(file.readLine()).simplified().split(QLatin1Char(' '));
        if (fields.value(0) == QLatin1String("speech")) {
            truth.speakingSeconds += fields.value(2).toDouble() - fields.value(1).toDouble();
            truth.words += fields.value(3).toInt();
        } else if (fields.value(0) == QLatin1String("gap")) {
            const TimeSpan gap{qRound64(fields.value(1).toDouble() * 1000),
                               qRound64(fields.value(2).toDouble() * 1000)};
            if (gap.lengthMs() > SpeechFigures::kLongPauseMs)
                truth.longGaps.append(gap);
        } else if (fields.value(0) == QLatin1String("duration")) {
            truth.durationSeconds = fields.value(1).toDouble();
        }
    }
    return truth;
}

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: speech_benchmark RECORDING [TRUTH] [RUNS]\n");
        return 2;
    }
    const QString recording = args.at(1);
    const Truth truth = readTruth(args.value(2));
    const int runs = std::max(1, args.value(3, QStringLiteral("5")).toInt());
    std::printf("transcription: %s\n",
                speech::SpeechAnalyzer::transcriptionAvailable()
                    ? "on"
                    : qPrintable(speech::SpeechAnalyzer::transcriptionUnavailableReason()));

    QList<double> seconds;
    SpeechFigures figures;
    const double cpuBefore = cpuSeconds();
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        QFutureWatcher<SpeechFigures> watcher;
        QObject::connect(&watcher, &QFutureWatcher<SpeechFigures>::finished, &app, &QCoreApplication::quit);
        watcher.setFuture(QtConcurrent::run(
            [&recording] { return speech::SpeechAnalyzer::analyze(recording, speech::SpeechAnalyzer::Options{}); }));
        app.exec();
        figures = watcher.result();
        seconds.append(double(timer.elapsed()) / 1000.0);
        // "figure NAME VALUE" lines, as bench/run-all.sh collects them.
        std::printf("run %d: %.2f s\nfigure speech_analysis_ms %.0f\n", run + 1, seconds.last(), seconds.last() * 1000);
        std::fflush(stdout);
    }
    const double cpu = (cpuSeconds() - cpuBefore) / runs;
    if (figures.status != SpeechFigures::Status::Ok) {
        std::printf("analysis did not succeed: %s\n", qPrintable(figures.error));
        return 1;
    }

    QList<double> sorted = seconds;
    std::sort(sorted.begin(), sorted.end());
    std::printf("\nrecording: %.1f s; analysis over %d runs: median %.2f s (%.2f-%.2f s), CPU %.2f s a run\n",
                double(figures.durationMs) / 1000.0, runs, sorted.at(sorted.size() / 2), sorted.first(), sorted.last(),
                cpu);
    std::printf("speaking time: %.1f s (truth %.1f s)\n", double(figures.speakingMs) / 1000.0, truth.speakingSeconds);
    std::printf("pauses over 2.5 s: %lld (truth %lld)\n", qint64(figures.pauses.size()), qint64(truth.longGaps.size()));
    for (qsizetype i = 0; i < figures.pauses.size(); ++i) {
        const TimeSpan truthGap = truth.longGaps.value(i);
        std::printf("  %.2f-%.2f s (truth %.2f-%.2f s)\n", double(figures.pauses[i].startMs) / 1000.0,
                    double(figures.pauses[i].endMs) / 1000.0, double(truthGap.startMs) / 1000.0,
                    double(truthGap.endMs) / 1000.0);
    }
    std::printf("loudness %.1f dBFS, peak %.1f dBFS, clipped %.3f %%\n", figures.loudnessDbfs, figures.peakDbfs,
                figures.clippedPercent);
    if (figures.transcriptAvailable) {
        std::printf("words: %d (truth %d), fillers %d; %.0f words a minute", figures.wordCount, truth.words,
                    figures.fillerCount, figures.wordsPerMinute);
        QStringList windows;
        for (const double wpm : std::as_const(figures.wordsPerMinuteBy30s))
            windows << QString::number(wpm, 'f', 0);
        std::printf(" (by 30 s: %s)\n", qPrintable(windows.join(QStringLiteral(", "))));
    }
    return 0;
}
