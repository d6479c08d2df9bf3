#include "core/RecordingWatchdog.h"
#include "support/ManualClock.h"

#include <QTest>

#include <functional>

using namespace rehearse;
using Verdict = core::RecordingWatchdog::Verdict;
using Delivered = std::function<QList<qint64>(qint64 ms)>;

// The decision behind CaptureWorker's restart of a recording that does not flow; the
// real path is in tst_recording (aRecordingWithoutSoundIsStartedAgain and
// aRecordingThatNeverStartsFailsClearly).
class TestRecordingWatchdog : public QObject {
    Q_OBJECT

private:
    static constexpr qint64 Interval = 250; // CaptureWorker::FlowCheckIntervalMs

    // Polls every Interval ms, as CaptureWorker does, until the verdict is not Waiting or
    // `ms` have passed; delivered(t) gives each stream's buffer count t ms after start().
    // Returns the verdict and, in *at, when it came.
    static Verdict poll(test::ManualClock &clock, core::RecordingWatchdog &watchdog, qint64 ms,
                        const Delivered &delivered, qint64 *at = nullptr)
    {
        for (qint64 t = 0; t <= ms; t += Interval) {
            const Verdict verdict = watchdog.check(delivered(t));
            if (verdict != Verdict::Waiting) {
                if (at)
                    *at = t;
                return verdict;
            }
            clock.advance(Interval);
        }
        return Verdict::Waiting;
    }

    // Sound in 10 ms blocks and a 30 fps picture, from `from` ms on.
    static Delivered healthy(qint64 from = 0)
    {
        return [from](qint64 t) {
            const qint64 flowing = std::max<qint64>(0, t - from);
            return QList<qint64>{flowing / 10, flowing / 33};
        };
    }
    static QList<qint64> nothing(qint64) { return {0, 0}; }

private slots:
    void aHealthyRecordingIsLeftAlone()
    {
        test::ManualClock clock;
        core::RecordingWatchdog watchdog(clock);
        QCOMPARE(watchdog.graceMs(), 2'500);
        QCOMPARE(watchdog.maxRestarts(), 2);
        watchdog.reset();
        QCOMPARE(watchdog.check({0, 0}), Verdict::Waiting); // not started: nothing watched
        watchdog.start();
        qint64 at = -1;
        QCOMPARE(poll(clock, watchdog, 10'000, healthy(), &at), Verdict::Flowing);
        QCOMPARE(at, 500); // grew at 250 and at 500 ms
        QVERIFY(!watchdog.isWatching());
        QCOMPARE(watchdog.restarts(), 0);
        clock.advance(60'000);
        QCOMPARE(watchdog.check({0, 0}), Verdict::Waiting); // a flowing recording is never restarted
    }

    void dataJustBeforeTheGraceEndsIsInTime()
    {
        test::ManualClock clock;
        core::RecordingWatchdog watchdog(clock, 2'500);
        watchdog.start();
        qint64 at = -1;
        QCOMPARE(poll(clock, watchdog, 10'000, healthy(2'000), &at), Verdict::Flowing);
        QCOMPARE(at, 2'500); // grew at 2250 and 2500 ms: in time
    }

    void aSlowCameraStillCounts()
    {
        test::ManualClock clock;
        core::RecordingWatchdog watchdog(clock);
        watchdog.start();
        const Delivered fourFramesASecond = [](qint64 t) { return QList<qint64>{t / 10, t / 250}; };
        QCOMPARE(poll(clock, watchdog, 10'000, fourFramesASecond), Verdict::Flowing);
    }

    // Measured with Qt 6.4: a microphone refused at the start can hand on one buffer
    // before it stops for good.
    void oneBufferThenSilenceIsNotFlowing_data()
    {
        QTest::addColumn<int>("lateStream");
        QTest::newRow("sound") << 0;
        QTest::newRow("picture") << 1;
    }
    void oneBufferThenSilenceIsNotFlowing()
    {
        QFETCH(int, lateStream);
        test::ManualClock clock;
        core::RecordingWatchdog watchdog(clock);
        watchdog.start();
        const Delivered stopsAfterOne = [lateStream](qint64 t) {
            QList<qint64> counts = healthy()(t);
            counts[lateStream] = t > 0 ? 1 : 0;
            return counts;
        };
        qint64 at = -1;
        QCOMPARE(poll(clock, watchdog, 10'000, stopsAfterOne, &at), Verdict::Restart);
        QCOMPARE(at, 2'500);
    }

    void nothingWithinTheGraceRestartsTwiceThenGivesUp()
    {
        test::ManualClock clock;
        core::RecordingWatchdog watchdog(clock);
        watchdog.reset();
        watchdog.start();
        qint64 at = -1;
        QCOMPARE(poll(clock, watchdog, 10'000, nothing, &at), Verdict::Restart);
        QCOMPARE(at, 2'500);
        QCOMPARE(watchdog.restarts(), 1);
        QVERIFY(!watchdog.isWatching());
        // Rebuilding and the camera's warm-up take a while; the grace counts from start().
        clock.advance(1'700);
        QCOMPARE(watchdog.check({0, 0}), Verdict::Waiting);
        watchdog.start();
        QCOMPARE(poll(clock, watchdog, 10'000, nothing, &at), Verdict::Restart);
        QCOMPARE(at, 2'500);
        QCOMPARE(watchdog.restarts(), 2);
        watchdog.start();
        QCOMPARE(poll(clock, watchdog, 10'000, nothing, &at), Verdict::GiveUp);
        QCOMPARE(at, 2'500);
        QCOMPARE(watchdog.restarts(), 2);
        QVERIFY(!watchdog.isWatching());
    }

    void aRestartThatFlowsEndsTheWatch()
    {
        test::ManualClock clock;
        core::RecordingWatchdog watchdog(clock);
        watchdog.start();
        QCOMPARE(poll(clock, watchdog, 10'000, nothing), Verdict::Restart);
        watchdog.start(); // the counts start again from 0 for the new recording
        qint64 at = -1;
        QCOMPARE(poll(clock, watchdog, 10'000, healthy(), &at), Verdict::Flowing);
        QCOMPARE(at, 500);
        QCOMPARE(watchdog.restarts(), 1);
    }

    void aNewAnswerStartsWithNoRestarts()
    {
        test::ManualClock clock;
        core::RecordingWatchdog watchdog(clock, 1'000, 1);
        watchdog.start();
        QCOMPARE(poll(clock, watchdog, 5'000, nothing), Verdict::Restart);
        watchdog.start();
        QCOMPARE(poll(clock, watchdog, 5'000, nothing), Verdict::GiveUp);
        watchdog.reset();
        QCOMPARE(watchdog.restarts(), 0);
        watchdog.start();
        QCOMPARE(poll(clock, watchdog, 5'000, nothing), Verdict::Restart);
    }

    void stoppingEndsTheWatch()
    {
        test::ManualClock clock;
        core::RecordingWatchdog watchdog(clock);
        watchdog.start();
        clock.advance(1'000);
        QCOMPARE(watchdog.elapsedMs(), 1'000);
        watchdog.stop();
        QCOMPARE(watchdog.elapsedMs(), 0);
        clock.advance(10'000);
        QCOMPARE(watchdog.check({0, 0}), Verdict::Waiting);
        QCOMPARE(watchdog.restarts(), 0);
    }

    void noStreamsNeverFlows()
    {
        test::ManualClock clock;
        core::RecordingWatchdog watchdog(clock);
        watchdog.start();
        QCOMPARE(poll(clock, watchdog, 10'000, [](qint64) { return QList<qint64>{}; }), Verdict::Restart);
    }

    void outOfRangeSettingsAreClamped()
    {
        test::ManualClock clock;
        core::RecordingWatchdog watchdog(clock, -5, -1);
        QCOMPARE(watchdog.graceMs(), 0);
        QCOMPARE(watchdog.maxRestarts(), 0);
        watchdog.start();
        QCOMPARE(watchdog.check({0}), Verdict::GiveUp);
    }
};

QTEST_GUILESS_MAIN(TestRecordingWatchdog)
#include "tst_recordingwatchdog.moc"
