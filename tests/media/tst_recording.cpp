#include "StallInjector.h"
#include "core/AttemptRepository.h"
#include "core/DataDir.h"
#include "core/Database.h"
#include "core/PackImporter.h"
#include "core/SteadyClock.h"
#include "media/AnswerRecorder.h"
#include "media/DeviceCatalog.h"
#include "media/PracticeController.h"
#include "media/RecordingProbe.h"
#include "support/MediaInfo.h"
#include "support/TempProfile.h"
#include "support/TestData.h"

#include <QDir>
#include <QFileInfo>
#include <QMediaDevices>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rehearse;
using State = core::PracticeSession::State;
using rehearse::test::MediaInfo;
using rehearse::test::TestData;

// Real recordings from the virtual camera (tests/support/gst) and the virtual microphone
// (tests/support/virtual-devices.sh). Recording length needs real time; the timing logic
// itself is tested with a manual clock in tst_practicesession.
class TestRecording : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TempProfile> m_profile;
    core::Database *m_db = nullptr;
    core::SteadyClock m_clock;
    qint64 m_question = 0;

    QString dataDir() const { return m_profile->path(); }

    static QCameraDevice testCamera()
    {
        const auto cameras = QMediaDevices::videoInputs();
        for (const QCameraDevice &camera : cameras) {
            if (camera.description() == QLatin1String("Rehearse Test Camera"))
                return camera;
        }
        return {};
    }

    static QAudioDevice testMicrophone() { return media::DeviceCatalog().microphone("fakemic"); }

    std::unique_ptr<media::PracticeController> controller(qint64 prepMs, qint64 limitMs, bool camera = true)
    {
        auto practice = std::make_unique<media::PracticeController>(m_db->connection(), dataDir(), m_clock);
        practice->recorder()->setDevices(camera ? testCamera() : QCameraDevice(), testMicrophone());
        practice->session()->setSettings({prepMs, limitMs, 1'000, 20'000});
        practice->session()->setQueue({m_question});
        return practice;
    }

    int attempts(const QString &where = {}) const
    {
        return TestData::count(m_db->connection(), QStringLiteral("attempts"), where);
    }
    QStringList recordings() const { return QDir(dataDir() + QStringLiteral("/recordings")).entryList(QDir::Files); }

private slots:
    void initTestCase()
    {
        QVERIFY2(!QMediaDevices::audioInputs().isEmpty(),
                 "no microphone: run through ./build.sh test, or source tests/support/virtual-devices.sh and call "
                 "virtual_devices_start");
        QVERIFY2(!testCamera().isNull(), "the virtual camera is missing: GST_PLUGIN_PATH must name tests/gst-plugins");
        QCOMPARE(testMicrophone().id(), QByteArray("fakemic"));
    }

    void init()
    {
        m_profile = std::make_unique<test::TempProfile>();
        QVERIFY(m_profile->isValid());
        m_db = &m_profile->database();
        m_question = m_profile->questionId(QStringLiteral("q-about"));
        QVERIFY(m_question > 0);
    }

    void cleanup()
    {
        m_db = nullptr;
        m_profile.reset();
    }

    void chooseFormatStaysAtOrUnder720p30()
    {
        const QList<QCameraFormat> formats = testCamera().videoFormats();
        QCOMPARE(formats.size(), 2);
        const QCameraFormat chosen = media::AnswerRecorder::chooseFormat(formats);
        QCOMPARE(chosen.resolution(), QSize(1280, 720));
        QCOMPARE(chosen.maxFrameRate(), 30.0f);
    }

    void recordsPictureAndSoundAsAnAttempt()
    {
        auto practice = controller(1'000, 60'000);
        QSignalSpy saved(practice.get(), &media::PracticeController::attemptSaved);
        QSignalSpy errors(practice.get(), &media::PracticeController::error);
        QSignalSpy states(practice->session(), &core::PracticeSession::stateChanged);
        QVERIFY(practice->session()->prepare());
        QTRY_COMPARE_WITH_TIMEOUT(practice->session()->state(), State::Recording, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(practice->session()->recordingElapsedMs() > 0, 10000);
        QCOMPARE(attempts(QStringLiteral("state = 'recording'")), 1); // stored as soon as recording starts
        // Owner-only while it grows, not only once finished.
        QSqlQuery recording(m_db->connection());
        QVERIFY(recording.exec(QStringLiteral("SELECT file FROM attempts WHERE state = 'recording'"))
                && recording.next());
        const QString growing = QDir(dataDir()).filePath(recording.value(0).toString());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(growing), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(QFile::permissions(growing) & 0x0077, QFileDevice::Permissions(), 2000);
        QTRY_VERIFY_WITH_TIMEOUT(practice->session()->recordingElapsedMs() >= 6'000, 15000);
        QVERIFY(practice->session()->stop());
        QVERIFY(saved.wait(20000));
        QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).value(0).toString()));
        QCOMPARE(practice->session()->state(), State::Review);

        const qint64 counted = practice->session()->recordingElapsedMs();
        const auto attempt
            = core::AttemptRepository(m_db->connection(), dataDir()).get(saved.first().first().toLongLong());
        QVERIFY(attempt);
        QCOMPARE(attempt->state, core::Attempt::State::Complete);
        QCOMPARE(attempt->mode, core::Attempt::Mode::Video);
        QCOMPARE(attempt->questionId, m_question);
        QCOMPARE(attempt->camera, QStringLiteral("Rehearse Test Camera"));
        QCOMPARE(attempt->microphone, testMicrophone().description());
        QVERIFY(attempt->prepMs >= 900 && attempt->prepMs <= 1'000);
        QCOMPARE(attempt->limitMs, 60'000);
        QVERIFY2(qAbs(attempt->durationMs - counted) <= 1000,
                 qPrintable(QStringLiteral("file %1 ms, counted %2 ms").arg(attempt->durationMs).arg(counted)));
        QVERIFY(attempt->file.startsWith(QLatin1String("recordings/")));

        const QString path = QDir(dataDir()).filePath(attempt->file);
        QCOMPARE(QFile::permissions(path) & 0x0077, QFileDevice::Permissions());
        const MediaInfo info = MediaInfo::probe(path);
        QVERIFY2(info.ok, qPrintable(info.error));
        QCOMPARE(info.codecs, (QStringList{QStringLiteral("opus"), QStringLiteral("vp8")}));
        QCOMPARE(QSize(info.width, info.height), QSize(1280, 720));
        QVERIFY2(qAbs(info.durationSeconds * 1000 - counted) <= 1000,
                 qPrintable(QStringLiteral("ffprobe %1 s, counted %2 ms").arg(info.durationSeconds).arg(counted)));
    }

    void recordsSoundOnlyWithoutACamera()
    {
        auto practice = controller(0, 60'000, false);
        QSignalSpy saved(practice.get(), &media::PracticeController::attemptSaved);
        QVERIFY(practice->session()->prepare());
        QTRY_VERIFY_WITH_TIMEOUT(practice->session()->recordingElapsedMs() >= 5'000, 15000);
        practice->session()->stop();
        QVERIFY(saved.wait(20000));
        const auto attempt
            = core::AttemptRepository(m_db->connection(), dataDir()).get(saved.first().first().toLongLong());
        QCOMPARE(attempt->mode, core::Attempt::Mode::Audio);
        QVERIFY(attempt->camera.isEmpty());
        const MediaInfo info = MediaInfo::probe(QDir(dataDir()).filePath(attempt->file));
        QCOMPARE(info.codecs, QStringList{QStringLiteral("opus")});
        QVERIFY(qAbs(info.durationSeconds - attempt->durationMs / 1000.0) <= 1.0);
        QVERIFY(info.durationSeconds >= 4.5);
    }

    void theLimitStopsTheRecording()
    {
        auto practice = controller(0, 3'000);
        QSignalSpy saved(practice.get(), &media::PracticeController::attemptSaved);
        QSignalSpy stop(practice->session(), &core::PracticeSession::stopRequested);
        QVERIFY(practice->session()->prepare());
        QVERIFY(saved.wait(25000));
        QCOMPARE(stop.count(), 1);
        QCOMPARE(stop.first().first().toBool(), true);
        QVERIFY(practice->session()->stoppedAtLimit());
        const auto attempt
            = core::AttemptRepository(m_db->connection(), dataDir()).get(saved.first().first().toLongLong());
        QVERIFY2(qAbs(attempt->durationMs - 3'000) <= 1'000, qPrintable(QString::number(attempt->durationMs)));
        const MediaInfo info = MediaInfo::probe(QDir(dataDir()).filePath(attempt->file));
        QVERIFY(qAbs(info.durationSeconds - 3.0) <= 1.0);
    }

    void noMicrophoneSaysSoAndWritesNothing()
    {
        auto practice = std::make_unique<media::PracticeController>(m_db->connection(), dataDir(), m_clock);
        practice->recorder()->setDevices(testCamera(), QAudioDevice());
        practice->session()->setQueue({m_question});
        QSignalSpy errors(practice.get(), &media::PracticeController::error);
        QVERIFY(practice->session()->prepare());
        practice->session()->recordNow();
        QCOMPARE(practice->session()->state(), State::Idle);
        QCOMPARE(errors.count(), 1);
        QVERIFY2(errors.first().first().toString().startsWith(QLatin1String("No microphone was found")),
                 qPrintable(errors.first().first().toString()));
        QVERIFY(errors.first().first().toString().contains(QLatin1String("Nothing was recorded")));
        QCOMPARE(attempts(), 0);
        QVERIFY(recordings().isEmpty());
    }

    void cancelDiscardsTheRecording()
    {
        auto practice = controller(0, 60'000);
        QVERIFY(practice->session()->prepare());
        QTRY_VERIFY_WITH_TIMEOUT(practice->session()->recordingElapsedMs() >= 2'000, 15000);
        QCOMPARE(recordings().size(), 1);
        QVERIFY(practice->session()->cancel());
        QCOMPARE(practice->session()->state(), State::Idle);
        QCOMPARE(attempts(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!practice->recorder()->isRecording(), 15000);
        QVERIFY(recordings().isEmpty());
    }

    void retakeKeepsTheFirstAttempt()
    {
        auto practice = controller(0, 4'000);
        QSignalSpy saved(practice.get(), &media::PracticeController::attemptSaved);
        QVERIFY(practice->session()->prepare());
        QVERIFY(saved.wait(25000));
        QVERIFY(practice->session()->retake());
        QVERIFY(saved.wait(25000));
        QCOMPARE(saved.count(), 2);
        QVERIFY(saved.at(0).first() != saved.at(1).first());
        QCOMPARE(attempts(QStringLiteral("state = 'complete' AND question_id = %1").arg(m_question)), 2);
        QCOMPARE(recordings().size(), 2);
    }

    // Qt 6.4 sometimes started a recording that received no sound (see
    // media/RecordingFlow.h); the test makes that happen on purpose.
    void aRecordingWithoutSoundIsStartedAgain()
    {
        auto practice = controller(0, 5'000);
        QSignalSpy saved(practice.get(), &media::PracticeController::attemptSaved);
        QSignalSpy notices(practice.get(), &media::PracticeController::notice);
        QSignalSpy errors(practice.get(), &media::PracticeController::error);
        const int stalledBefore = test::StallInjector::stalled();
        test::StallInjector::stallNext(1, test::StallInjector::Streams::Sound);
        QVERIFY(practice->session()->prepare());
        QVERIFY(saved.wait(40000));
        QCOMPARE(test::StallInjector::stalled(), stalledBefore + 1);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).value(0).toString()));
        QCOMPARE(notices.count(), 1);
        QCOMPARE(notices.first().first().toString(), QStringLiteral("The recording did not start; started it again."));

        // One attempt, one file (the stalled one is gone), whole, and as long as counted.
        QCOMPARE(attempts(), 1);
        QCOMPARE(recordings().size(), 1);
        const qint64 counted = practice->session()->recordingElapsedMs();
        QCOMPARE(counted, 5'000); // the limit counted from the new start
        const auto attempt
            = core::AttemptRepository(m_db->connection(), dataDir()).get(saved.first().first().toLongLong());
        QCOMPARE(attempt->state, core::Attempt::State::Complete);
        const MediaInfo info = MediaInfo::probe(QDir(dataDir()).filePath(attempt->file));
        QVERIFY2(info.ok, qPrintable(info.error));
        QCOMPARE(info.codecs, (QStringList{QStringLiteral("opus"), QStringLiteral("vp8")}));
        QVERIFY2(qAbs(info.durationSeconds * 1000 - counted) <= 1000,
                 qPrintable(QStringLiteral("ffprobe %1 s, counted %2 ms").arg(info.durationSeconds).arg(counted)));
        QVERIFY2(qAbs(attempt->durationMs - counted) <= 1000, qPrintable(QString::number(attempt->durationMs)));
    }

    void aRecordingThatNeverStartsFailsClearly()
    {
        auto practice = controller(0, 4'000);
        QSignalSpy saved(practice.get(), &media::PracticeController::attemptSaved);
        QSignalSpy notices(practice.get(), &media::PracticeController::notice);
        QSignalSpy errors(practice.get(), &media::PracticeController::error);
        test::StallInjector::stallNext(3, test::StallInjector::Streams::SoundAndPicture);
        QVERIFY(practice->session()->prepare());
        QVERIFY(errors.wait(40000));
        QCOMPARE(notices.count(), 2); // started again twice, then given up
        const QString message = errors.first().first().toString();
        QVERIFY2(message.startsWith(QLatin1String("The recording did not start: the camera or microphone still "
                                                  "sent nothing after 3 tries.")),
                 qPrintable(message));
        QCOMPARE(practice->session()->state(), State::Idle);
        QVERIFY(saved.isEmpty());

        // The attempt is stored as failed with that message; its (empty) file is kept.
        QCOMPARE(attempts(QStringLiteral("state = 'failed'")), 1);
        QCOMPARE(attempts(), 1);
        QSqlQuery row(m_db->connection());
        QVERIFY(row.exec(QStringLiteral("SELECT file, error FROM attempts")) && row.next());
        QCOMPARE(row.value(1).toString(), message);
        QCOMPARE(recordings(), QStringList{QFileInfo(row.value(0).toString()).fileName()});

        // The next answer records normally.
        QVERIFY(practice->session()->prepare());
        QVERIFY(saved.wait(40000));
        QCOMPARE(attempts(QStringLiteral("state = 'complete'")), 1);
    }

    void theProbeReadsARecordingBack()
    {
        auto practice = controller(0, 4'000);
        QSignalSpy saved(practice.get(), &media::PracticeController::attemptSaved);
        QVERIFY(practice->session()->prepare());
        QVERIFY(saved.wait(25000));
        const auto attempt
            = core::AttemptRepository(m_db->connection(), dataDir()).get(saved.first().first().toLongLong());
        media::RecordingProbe probe;
        QSignalSpy done(&probe, &media::RecordingProbe::done);
        probe.probe(QDir(dataDir()).filePath(attempt->file));
        QVERIFY(done.wait(10000));
        const auto result = done.first().first().value<media::RecordingProbe::Result>();
        QVERIFY(result.ok);
        QVERIFY(result.hasVideo);
        QVERIFY(result.hasAudio);
        QVERIFY(qAbs(result.durationMs - 4'000) <= 1'000);

        media::RecordingProbe missing;
        QSignalSpy failed(&missing, &media::RecordingProbe::done);
        missing.probe(dataDir() + QStringLiteral("/recordings/none.webm"), 5000);
        QVERIFY(failed.wait(10000));
        QVERIFY(!failed.first().first().value<media::RecordingProbe::Result>().ok);
    }
};

QTEST_MAIN(TestRecording)
#include "tst_recording.moc"
