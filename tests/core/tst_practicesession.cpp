#include "core/PracticeSession.h"
#include "support/ManualClock.h"

#include <QSignalSpy>
#include <QTest>

using namespace rehearse;
using State = core::PracticeSession::State;

class TestPracticeSession : public QObject {
    Q_OBJECT

private:
    test::ManualClock m_clock;

    // Moves the clock in steps of 100 ms, ticking as the session's timer would.
    static void run(test::ManualClock &clock, core::PracticeSession &session, qint64 ms)
    {
        for (qint64 done = 0; done < ms; done += 100) {
            clock.advance(std::min<qint64>(100, ms - done));
            session.tick();
        }
    }

private slots:
    void countdownThenRecordingStartsByItself()
    {
        core::PracticeSession session(m_clock);
        QSignalSpy requested(&session, &core::PracticeSession::recordingRequested);
        QVERIFY(!session.prepare()); // no question yet
        QVERIFY(session.setQueue({7}));
        QVERIFY(session.prepare());
        QCOMPARE(session.state(), State::Preparing);
        QCOMPARE(session.prepRemainingMs(), 30'000);
        run(m_clock, session, 29'900);
        QCOMPARE(session.state(), State::Preparing);
        QCOMPARE(session.prepRemainingMs(), 100);
        QCOMPARE(requested.count(), 0);
        run(m_clock, session, 100);
        QCOMPARE(session.state(), State::Recording);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(session.prepUsedMs(), 30'000);
        QCOMPARE(session.currentQuestion(), 7);
    }

    void recordNowSkipsTheRestOfTheCountdown()
    {
        core::PracticeSession session(m_clock);
        session.setQueue({1});
        session.prepare();
        run(m_clock, session, 12'000);
        QVERIFY(session.recordNow());
        QCOMPARE(session.state(), State::Recording);
        QCOMPARE(session.prepUsedMs(), 12'000);
    }

    void noPreparationRecordsAtOnce()
    {
        core::PracticeSession session(m_clock);
        session.setSettings({0, 60'000, 15'000, 15'000});
        QSignalSpy requested(&session, &core::PracticeSession::recordingRequested);
        session.setQueue({1});
        QVERIFY(session.prepare());
        QCOMPARE(session.state(), State::Recording);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(session.prepUsedMs(), 0);
    }

    void timeCountsFromWhenTheRecorderStarted()
    {
        core::PracticeSession session(m_clock);
        session.setQueue({1});
        session.prepare();
        session.recordNow();
        run(m_clock, session, 800); // the recorder takes a moment to start
        QCOMPARE(session.recordingElapsedMs(), 0);
        QCOMPARE(session.recordingRemainingMs(), 120'000);
        session.recorderStarted();
        run(m_clock, session, 5'000);
        QCOMPARE(session.recordingElapsedMs(), 5'000);
        QCOMPARE(session.recordingRemainingMs(), 115'000);
    }

    void warnsOnceThenStopsAtTheLimit()
    {
        core::PracticeSession session(m_clock);
        QSignalSpy warning(&session, &core::PracticeSession::warningReached);
        QSignalSpy stop(&session, &core::PracticeSession::stopRequested);
        session.setQueue({1});
        session.prepare();
        session.recordNow();
        session.recorderStarted();
        run(m_clock, session, 104'900);
        QCOMPARE(warning.count(), 0);
        QVERIFY(!session.isWarning());
        run(m_clock, session, 100);
        QCOMPARE(warning.count(), 1);
        QVERIFY(session.isWarning());
        run(m_clock, session, 14'900);
        QCOMPARE(session.state(), State::Recording);
        QCOMPARE(stop.count(), 0);
        run(m_clock, session, 100);
        QCOMPARE(session.state(), State::Finalizing);
        QCOMPARE(stop.count(), 1);
        QCOMPARE(stop.first().first().toBool(), true);
        QVERIFY(session.stoppedAtLimit());
        QCOMPARE(warning.count(), 1);
        QCOMPARE(session.recordingElapsedMs(), 120'000);
        session.recorderFinished(true);
        QCOMPARE(session.state(), State::Review);
    }

    void aRestartedRecordingCountsFromItsNewStart()
    {
        core::PracticeSession session(m_clock);
        session.setSettings({0, 10'000, 3'000, 15'000});
        QSignalSpy warning(&session, &core::PracticeSession::warningReached);
        QSignalSpy stop(&session, &core::PracticeSession::stopRequested);
        session.setQueue({1});
        session.prepare();
        session.recorderStarted();
        run(m_clock, session, 8'000); // past the warning: the stalled recording's time
        QCOMPARE(warning.count(), 1);
        session.recorderRestarted();
        QCOMPARE(session.state(), State::Recording);
        QCOMPARE(session.recordingElapsedMs(), 0);
        QVERIFY(!session.isWarning());
        run(m_clock, session, 3'000); // rebuilding and warming up: no time counts, no stop
        QCOMPARE(session.recordingElapsedMs(), 0);
        QCOMPARE(stop.count(), 0);
        session.recorderStarted();
        run(m_clock, session, 6'900);
        QCOMPARE(session.recordingElapsedMs(), 6'900);
        QCOMPARE(warning.count(), 1);
        run(m_clock, session, 100);
        QCOMPARE(warning.count(), 2); // warned again, 3 s before the new end
        run(m_clock, session, 3'000);
        QCOMPARE(stop.count(), 1);
        QCOMPARE(session.state(), State::Finalizing);
        QCOMPARE(session.recordingElapsedMs(), 10'000);
        session.recorderRestarted(); // too late: changes nothing
        QCOMPARE(session.recordingElapsedMs(), 10'000);
    }

    void stopAnyTimeThenReview()
    {
        core::PracticeSession session(m_clock);
        QSignalSpy stop(&session, &core::PracticeSession::stopRequested);
        session.setQueue({1});
        session.prepare();
        session.recordNow();
        session.recorderStarted();
        run(m_clock, session, 40'000);
        QVERIFY(session.stop());
        QCOMPARE(stop.first().first().toBool(), false);
        QCOMPARE(session.state(), State::Finalizing);
        run(m_clock, session, 2'000); // finalizing takes a while; the answer length stays
        QCOMPARE(session.recordingElapsedMs(), 40'000);
        session.recorderFinished(true);
        QCOMPARE(session.state(), State::Review);
        QCOMPARE(session.recordingElapsedMs(), 40'000);
    }

    void aFailedFileEndsInIdleWithTheReason()
    {
        core::PracticeSession session(m_clock);
        QSignalSpy failed(&session, &core::PracticeSession::failed);
        session.setQueue({1});
        session.prepare();
        session.recordNow();
        session.recorderStarted();
        session.stop();
        session.recorderFinished(false, QStringLiteral("the file is empty"));
        QCOMPARE(session.state(), State::Idle);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().first().toString(), QStringLiteral("the file is empty"));
    }

    void theRecorderStoppingByItselfKeepsTheAnswer()
    {
        // A device lost or a full disk: the recorder stops and reports a usable file.
        core::PracticeSession session(m_clock);
        session.setQueue({1});
        session.prepare();
        session.recordNow();
        session.recorderStarted();
        run(m_clock, session, 9'000);
        session.recorderFinished(true);
        QCOMPARE(session.state(), State::Review);
        QCOMPARE(session.recordingElapsedMs(), 9'000);
    }

    void recorderErrorsEndTheAttempt()
    {
        core::PracticeSession session(m_clock);
        QSignalSpy failed(&session, &core::PracticeSession::failed);
        session.setQueue({1});
        session.prepare();
        session.recordNow();
        session.recorderFailed(QStringLiteral("no microphone"));
        QCOMPARE(session.state(), State::Idle);
        QCOMPARE(failed.count(), 1);
    }

    void cancelDiscardsOnlyAStartedRecording()
    {
        core::PracticeSession session(m_clock);
        QSignalSpy discard(&session, &core::PracticeSession::discardRequested);
        session.setQueue({1});
        session.prepare();
        QVERIFY(session.cancel());
        QCOMPARE(session.state(), State::Idle);
        QCOMPARE(discard.count(), 0);
        session.prepare();
        session.recordNow();
        session.recorderStarted();
        run(m_clock, session, 3'000);
        QVERIFY(session.cancel());
        QCOMPARE(session.state(), State::Idle);
        QCOMPARE(discard.count(), 1);
    }

    void finalizingNeverWaitsForever()
    {
        core::PracticeSession session(m_clock);
        QSignalSpy timedOut(&session, &core::PracticeSession::finalizeTimedOut);
        session.setQueue({1});
        session.prepare();
        session.recordNow();
        session.recorderStarted();
        run(m_clock, session, 10'000);
        session.stop();
        run(m_clock, session, 14'900);
        QCOMPARE(session.state(), State::Finalizing);
        run(m_clock, session, 100);
        QCOMPARE(session.state(), State::Idle);
        QCOMPARE(timedOut.count(), 1);
        session.recorderFinished(true); // a late report changes nothing
        QCOMPARE(session.state(), State::Idle);
    }

    void retakeKeepsTheQuestion()
    {
        core::PracticeSession session(m_clock);
        session.setQueue({4});
        session.prepare();
        session.recordNow();
        session.recorderStarted();
        session.stop();
        session.recorderFinished(true);
        QVERIFY(session.retake());
        QCOMPARE(session.state(), State::Preparing);
        QCOMPARE(session.currentQuestion(), 4);
        QCOMPARE(session.prepRemainingMs(), 30'000);
    }

    void aMockInterviewRunsEachQuestionInTurn()
    {
        core::PracticeSession session(m_clock);
        QVERIFY(session.setQueue({11, 12, 13}));
        QVERIFY(session.isMockInterview());
        QList<qint64> answered;
        // The whole interview with the one forward key.
        QVERIFY(session.advance()); // prepare the first
        for (int round = 0; round < 3; ++round) {
            QCOMPARE(session.state(), State::Preparing);
            run(m_clock, session, 5'000);
            QVERIFY(session.advance()); // record now
            session.recorderStarted();
            run(m_clock, session, 20'000);
            QVERIFY(session.advance()); // stop
            session.recorderFinished(true);
            QCOMPARE(session.state(), State::Review);
            answered << session.currentQuestion();
            const bool more = session.advance(); // next
            QCOMPARE(more, round < 2);
        }
        QCOMPARE(answered, (QList<qint64>{11, 12, 13}));
        QCOMPARE(session.state(), State::Review);
        QVERIFY(!session.hasNext());
    }

    void commandsOutOfPlaceChangeNothing_data()
    {
        QTest::addColumn<int>("setup"); // 0 Idle, 1 Preparing, 2 Recording, 3 Finalizing, 4 Review
        QTest::addColumn<QString>("command");
        QTest::newRow("record now while idle") << 0 << "recordNow";
        QTest::newRow("stop while idle") << 0 << "stop";
        QTest::newRow("cancel while idle") << 0 << "cancel";
        QTest::newRow("retake while idle") << 0 << "retake";
        QTest::newRow("next while idle") << 0 << "next";
        QTest::newRow("prepare while preparing") << 1 << "prepare";
        QTest::newRow("stop while preparing") << 1 << "stop";
        QTest::newRow("retake while preparing") << 1 << "retake";
        QTest::newRow("prepare while recording") << 2 << "prepare";
        QTest::newRow("record now while recording") << 2 << "recordNow";
        QTest::newRow("next while recording") << 2 << "next";
        QTest::newRow("cancel while finalizing") << 3 << "cancel";
        QTest::newRow("stop while finalizing") << 3 << "stop";
        QTest::newRow("advance while finalizing") << 3 << "advance";
        QTest::newRow("stop in review") << 4 << "stop";
        QTest::newRow("next in review without more") << 4 << "next";
        QTest::newRow("queue while recording") << 2 << "setQueue";
    }

    void commandsOutOfPlaceChangeNothing()
    {
        QFETCH(int, setup);
        QFETCH(QString, command);
        core::PracticeSession session(m_clock);
        session.setQueue({1});
        if (setup >= 1)
            session.prepare();
        if (setup >= 2) {
            session.recordNow();
            session.recorderStarted();
        }
        if (setup >= 3)
            session.stop();
        if (setup >= 4)
            session.recorderFinished(true);
        const State before = session.state();
        QSignalSpy changed(&session, &core::PracticeSession::stateChanged);
        bool result = true;
        if (command == QLatin1String("prepare"))
            result = session.prepare();
        else if (command == QLatin1String("recordNow"))
            result = session.recordNow();
        else if (command == QLatin1String("stop"))
            result = session.stop();
        else if (command == QLatin1String("cancel"))
            result = session.cancel();
        else if (command == QLatin1String("retake"))
            result = session.retake();
        else if (command == QLatin1String("next"))
            result = session.next();
        else if (command == QLatin1String("advance"))
            result = session.advance();
        else if (command == QLatin1String("setQueue"))
            result = session.setQueue({2, 3});
        QVERIFY(!result);
        QCOMPARE(session.state(), before);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(session.currentQuestion(), 1);
    }

    void settingsAreKeptInRange_data()
    {
        QTest::addColumn<qint64>("prep");
        QTest::addColumn<qint64>("limit");
        QTest::addColumn<qint64>("wantPrep");
        QTest::addColumn<qint64>("wantLimit");
        QTest::newRow("defaults") << qint64(30'000) << qint64(120'000) << qint64(30'000) << qint64(120'000);
        QTest::newRow("negative prep") << qint64(-5) << qint64(120'000) << qint64(0) << qint64(120'000);
        QTest::newRow("prep over 5 min") << qint64(400'000) << qint64(120'000) << qint64(300'000) << qint64(120'000);
        QTest::newRow("limit under 1 s") << qint64(30'000) << qint64(500) << qint64(30'000) << qint64(1'000);
        QTest::newRow("limit over 10 min") << qint64(30'000) << qint64(900'000) << qint64(30'000) << qint64(600'000);
    }

    void settingsAreKeptInRange()
    {
        QFETCH(qint64, prep);
        QFETCH(qint64, limit);
        QFETCH(qint64, wantPrep);
        QFETCH(qint64, wantLimit);
        core::PracticeSession session(m_clock);
        session.setSettings({prep, limit, 15'000, 15'000});
        QCOMPARE(session.settings().prepMs, wantPrep);
        QCOMPARE(session.settings().limitMs, wantLimit);
    }
};

QTEST_GUILESS_MAIN(TestPracticeSession)
#include "tst_practicesession.moc"
