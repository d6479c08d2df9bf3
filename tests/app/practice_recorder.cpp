// Records an answer as Practice does, for tst_recordingkill and tst_diskfull:
//   practice_recorder DIR SECONDS [--sound-only] [--file-size-limit BYTES]
// DIR is a prepared data folder whose database holds the question "q-about". Recording
// starts at once (no preparation) from the virtual camera and microphone; when it has
// run for SECONDS the helper prints "recording <ms counted>" and keeps recording until
// it is killed or the recorder stops by itself.
// --file-size-limit lets the process write no file past BYTES while it records (the soft
// RLIMIT_FSIZE, with SIGXFSZ ignored, so a write past it fails with EFBIG as on a full
// disk). Every notice and error of the practice is printed as "notice: …" / "error: …";
// when the recording has ended the helper prints "saved <attempt id> <ms counted>" or
// "ended", and exits.
#include "core/DataDir.h"
#include "core/Database.h"
#include "core/SteadyClock.h"
#include "media/AnswerRecorder.h"
#include "media/DeviceCatalog.h"
#include "media/PracticeController.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QMediaDevices>
#include <QSqlQuery>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <sys/resource.h>

using namespace rehearse;
using State = core::PracticeSession::State;

namespace {

int fail(const QString &what)
{
    std::fprintf(stderr, "practice_recorder: %s\n", qPrintable(what));
    return 2;
}

void say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

QCameraDevice testCamera()
{
    const QList<QCameraDevice> cameras = QMediaDevices::videoInputs();
    for (const QCameraDevice &camera : cameras) {
        if (camera.description() == QLatin1String("Rehearse Test Camera"))
            return camera;
    }
    return {};
}

bool limitFileSize(rlim_t bytes)
{
    rlimit limit{};
    if (getrlimit(RLIMIT_FSIZE, &limit) != 0)
        return false;
    limit.rlim_cur = bytes;
    return setrlimit(RLIMIT_FSIZE, &limit) == 0;
}

} // namespace

int main(int argc, char *argv[])
{
    // A GUI application, as Rehearse and tst_recording run (offscreen in tests).
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption soundOnly(QStringLiteral("sound-only"));
    const QCommandLineOption sizeLimit(QStringLiteral("file-size-limit"), QString(), QStringLiteral("bytes"));
    parser.addOptions({soundOnly, sizeLimit});
    parser.addPositionalArgument(QStringLiteral("dir"), QString());
    parser.addPositionalArgument(QStringLiteral("seconds"), QString());
    parser.process(app);
    if (parser.positionalArguments().size() != 2)
        return fail(QStringLiteral("usage: practice_recorder DIR SECONDS [--sound-only] [--file-size-limit BYTES]"));
    const core::DataDir dataDir(parser.positionalArguments().at(0));
    const qint64 announceMs = parser.positionalArguments().at(1).toLongLong() * 1000;

    QString error;
    if (!dataDir.prepare(&error))
        return fail(error);
    core::Database database(dataDir.databasePath());
    if (!database.open(&error))
        return fail(error);
    qint64 question = 0;
    {
        QSqlQuery query(database.connection());
        if (!query.exec(QStringLiteral("SELECT id FROM questions WHERE slug = 'q-about'")) || !query.next())
            return fail(QStringLiteral("the question q-about is missing"));
        question = query.value(0).toLongLong();
    }
    const QCameraDevice camera = parser.isSet(soundOnly) ? QCameraDevice() : testCamera();
    if (!parser.isSet(soundOnly) && camera.isNull())
        return fail(QStringLiteral("the virtual camera is missing"));
    const QAudioDevice microphone = media::DeviceCatalog().microphone("fakemic");
    if (microphone.isNull())
        return fail(QStringLiteral("the virtual microphone is missing"));

    core::SteadyClock clock;
    media::PracticeController practice(database.connection(), dataDir.path(), clock);
    practice.recorder()->setDevices(camera, microphone);
    practice.session()->setSettings({0, 600'000, 15'000, 15'000});
    practice.session()->setQueue({question});

    rlimit unlimited{};
    getrlimit(RLIMIT_FSIZE, &unlimited);
    const auto end = [&](const QString &line) {
        limitFileSize(unlimited.rlim_cur); // the database may be written again
        say(line);
        app.quit();
    };
    QObject::connect(&practice, &media::PracticeController::notice, &app,
                     [](const QString &message) { say(QStringLiteral("notice: ") + message); });
    QObject::connect(&practice, &media::PracticeController::error, &app,
                     [](const QString &message) { say(QStringLiteral("error: ") + message); });
    QObject::connect(&practice, &media::PracticeController::attemptSaved, &app, [&](qint64 id) {
        end(QStringLiteral("saved %1 %2").arg(id).arg(practice.session()->recordingElapsedMs()));
    });
    QObject::connect(practice.session(), &core::PracticeSession::stateChanged, &app, [&](State state) {
        if (state == State::Idle)
            end(QStringLiteral("ended"));
    });

    bool announced = false;
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, &app, [&] {
        const qint64 elapsed = practice.session()->recordingElapsedMs();
        if (!announced && practice.session()->state() == State::Recording && elapsed >= announceMs) {
            announced = true;
            say(QStringLiteral("recording %1").arg(elapsed));
        }
    });
    watch.start(20);

    if (parser.isSet(sizeLimit)) {
        std::signal(SIGXFSZ, SIG_IGN);
        if (!limitFileSize(parser.value(sizeLimit).toULongLong()))
            return fail(QStringLiteral("setrlimit failed"));
    }
    // From the event loop, so that an attempt that fails at once still ends the helper.
    QTimer::singleShot(0, &app, [&] {
        if (!practice.session()->prepare())
            end(QStringLiteral("ended"));
    });
    return app.exec();
}
