// Records one answer from the virtual (or a real) camera and microphone through the same
// AnswerRecorder the application uses, then prints what it cost. Not a test: it prints
// figures and never fails on time. Run it with bench/run-record-benchmark.sh.
#include "media/AnswerRecorder.h"
#include "media/DeviceCatalog.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMediaDevices>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/resource.h>

#include <cstdio>

using namespace rehearse;

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const int seconds = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 120;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("answer.webm"));

    media::DeviceCatalog devices;
    media::AnswerRecorder recorder;
    const QCameraDevice camera = devices.camera({});
    const QAudioDevice microphone = devices.microphone("fakemic");
    if (camera.isNull() || microphone.isNull()) {
        std::fprintf(stderr, "no camera or microphone: run through bench/run-record-benchmark.sh\n");
        return 2;
    }
    const QCameraFormat format = media::AnswerRecorder::chooseFormat(camera.videoFormats());
    recorder.setDevices(camera, microphone);

    QElapsedTimer wall;
    QString error;
    QObject::connect(&recorder, &media::AnswerRecorder::started, &app, [&] {
        wall.start();
        QTimer::singleShot(seconds * 1000, &recorder, &media::AnswerRecorder::stop);
    });
    media::RecordingOutcome outcome;
    QObject::connect(&recorder, &media::AnswerRecorder::finished, &app, [&](const media::RecordingOutcome &o) {
        outcome = o;
        app.quit();
    });
    QObject::connect(&recorder, &media::AnswerRecorder::failed, &app, [&](const QString &message) {
        error = message;
        app.quit();
    });
    QTimer::singleShot(1500, &app, [&] {
        if (!recorder.start(path, &error))
            app.quit();
    });
    app.exec();
    const qint64 recordedMs = wall.elapsed();
    if (!error.isEmpty() || !outcome.ok) {
        std::fprintf(stderr, "recording failed: %s\n", qPrintable(error.isEmpty() ? outcome.message : error));
        return 1;
    }

    QProcess ffprobe;
    ffprobe.start(QStringLiteral("ffprobe"),
                  {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-count_frames"),
                   QStringLiteral("-select_streams"), QStringLiteral("v:0"), QStringLiteral("-show_entries"),
                   QStringLiteral("stream=nb_read_frames"), QStringLiteral("-of"), QStringLiteral("csv=p=0"), path});
    ffprobe.waitForFinished(120000);
    const int frames = QString::fromLatin1(ffprobe.readAllStandardOutput()).trimmed().toInt();

    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const double cpu
        = usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    const double expected = recordedMs / 1000.0 * format.maxFrameRate();
    std::printf("recorded            %.1f s at %dx%d, %.0f fps (camera format)\n", recordedMs / 1000.0,
                format.resolution().width(), format.resolution().height(), format.maxFrameRate());
    std::printf("frames written      %d of %.0f expected (%.1f %%)\n", frames, expected, 100.0 * frames / expected);
    std::printf("CPU time            %.1f s (%.0f %% of one core)\n", cpu, 100.0 * cpu / (recordedMs / 1000.0));
    std::printf("peak memory (RSS)   %.0f MB\n", usage.ru_maxrss / 1024.0);
    std::printf("file size           %.1f MB (%.2f MB per minute)\n", outcome.bytes / 1e6,
                outcome.bytes / 1e6 / (recordedMs / 60000.0));
    return 0;
}
