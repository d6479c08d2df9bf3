#include "core/AttemptHistoryModel.h"
#include "core/AttemptRepository.h"
#include "media/MatroskaFile.h"
#include "support/MediaInfo.h"
#include "support/TempProfile.h"
#include "ui/AnswerPlayer.h"
#include "ui/HistoryPanel.h"
#include "ui/MainWindow.h"
#include "ui/ReviewView.h"

#include <QMediaPlayer>
#include <QProcess>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace rehearse;
using rehearse::test::MediaInfo;

// A recording survives the process being killed: a helper (practice_recorder) records
// from the virtual camera and microphone as Practice does, the test kills it with SIGKILL
// after six seconds of recording, then starts the main window on the same data folder as
// the next start would. The attempt must come back "recovered", its file repaired with
// both streams, at least 90 % of the seconds recorded before the kill and the right
// duration, listed in History and playing there to its end.
class TestRecordingKill : public QObject {
    Q_OBJECT

private:
    struct Killed {
        qint64 attemptId = 0;
        QString file;
        qint64 countedMs = 0; // what the practice had counted when it was killed
    };

    // Records until SECONDS have been counted, then kills the recorder. A recorder that
    // wrote nothing at all (Qt 6.4's recorder sometimes never starts its pipeline; see
    // README, "Known limits") is killed too and tried again, up to three times.
    static Killed recordAndKill(test::TempProfile &profile, bool soundOnly)
    {
        core::AttemptRepository attempts(profile.connection(), profile.path());
        for (int round = 0; round < 3; ++round) {
            QProcess recorder;
            recorder.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            QStringList args{profile.path(), QStringLiteral("6")};
            if (soundOnly)
                args << QStringLiteral("--sound-only");
            recorder.start(QStringLiteral(PRACTICE_RECORDER), args);
            if (!recorder.waitForStarted())
                return {};
            QByteArray out;
            const QRegularExpression announced(QStringLiteral("recording (\\d+)\n"));
            QRegularExpressionMatch match;
            const bool ended = QTest::qWaitFor(
                [&] {
                    out += recorder.readAllStandardOutput();
                    match = announced.match(QString::fromUtf8(out));
                    return match.hasMatch() || recorder.state() == QProcess::NotRunning;
                },
                60000);
            Q_UNUSED(ended); // a recorder that never says it records fails below
            const QList<core::Attempt> unfinished = attempts.unfinished();
            const QString path = unfinished.isEmpty() ? QString() : attempts.absolutePath(unfinished.last());
            const qint64 written = QFileInfo(path).size();
            recorder.kill();
            recorder.waitForFinished();
            if (!match.hasMatch() || recorder.exitStatus() != QProcess::CrashExit || unfinished.size() != 1) {
                qWarning("the recorder stopped before it was killed: %s", out.constData());
                return {};
            }
            if (written > 0)
                return {unfinished.last().id, path, match.captured(1).toLongLong()};
            qWarning("round %d: the recorder wrote nothing in %s ms (Qt 6.4 stall); trying again", round + 1,
                     qPrintable(match.captured(1)));
            attempts.remove(unfinished.last().id);
        }
        return {};
    }

private slots:
    void killedRecordingIsRecovered_data()
    {
        QTest::addColumn<bool>("soundOnly");
        QTest::newRow("video and sound") << false;
        QTest::newRow("sound only") << true;
    }

    void killedRecordingIsRecovered()
    {
        QFETCH(bool, soundOnly);
        test::TempProfile profile;
        QVERIFY(profile.isValid());
        const Killed killed = recordAndKill(profile, soundOnly);
        QVERIFY2(killed.attemptId > 0, "no recording to kill");
        QVERIFY(killed.countedMs >= 6000);

        // What the kill left: the row still "recording", a file with the frames but no
        // duration (the muxer writes it, and the cues, only when it finishes).
        core::AttemptRepository attempts(profile.connection(), profile.path());
        QCOMPARE(attempts.get(killed.attemptId)->state, core::Attempt::State::Recording);
        const MediaInfo before = MediaInfo::probe(killed.file);
        QVERIFY2(before.ok, qPrintable(before.error));
        QCOMPARE(before.durationSeconds, 0.0);
        const media::MatroskaFile::Layout layout = media::MatroskaFile::read(killed.file);
        QVERIFY2(layout.ok, qPrintable(layout.error));
        QCOMPARE(layout.durationMs, 0.0);
        QVERIFY(!layout.hasCues);
        QVERIFY(layout.needsRepair());

        // The next start.
        profile.reopen();
        ui::MainWindow window(profile.database(), profile.dataDir());
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(QLatin1String("recovered")), 30000);
        QCOMPARE(window.statusBar()->currentMessage(),
                 QStringLiteral("An answer cut off when Rehearse last stopped was recovered; it is in History."));

        const std::optional<core::Attempt> attempt
            = core::AttemptRepository(profile.connection(), profile.path()).get(killed.attemptId);
        QCOMPARE(attempt->state, core::Attempt::State::Recovered);
        const MediaInfo info = MediaInfo::probe(killed.file);
        QVERIFY2(info.ok, qPrintable(info.error));
        QCOMPARE(info.codecs,
                 soundOnly ? QStringList{QStringLiteral("opus")}
                           : (QStringList{QStringLiteral("opus"), QStringLiteral("vp8")}));
        const double counted = killed.countedMs / 1000.0;
        QVERIFY2(info.durationSeconds >= 0.9 * counted && info.durationSeconds <= counted + 1.0,
                 qPrintable(QStringLiteral("%1 s in the file, %2 s counted before the kill")
                                .arg(info.durationSeconds)
                                .arg(counted)));
        qInfo("recovered %.3f s of the %.3f s counted before the kill", info.durationSeconds, counted);
        QVERIFY(qAbs(attempt->durationMs - info.durationSeconds * 1000) <= 50);
        QCOMPARE(QFile::permissions(killed.file) & 0x0077, QFileDevice::Permissions());
        QVERIFY(QDir(profile.dataDir().recordingsPath()).entryList(QDir::Files | QDir::Hidden).size() == 1);

        // History lists it and plays it to its end.
        window.showPanel(ui::MainWindow::History);
        auto *history = qobject_cast<ui::HistoryPanel *>(window.panel(ui::MainWindow::History));
        QVERIFY(history);
        QCOMPARE(history->table()->model()->rowCount(), 1);
        const QString mode = history->model()->index(0, core::AttemptHistoryModel::Mode).data().toString();
        QCOMPARE(mode, soundOnly ? QStringLiteral("Sound, recovered") : QStringLiteral("Video, recovered"));
        QVERIFY(history->review(killed.attemptId));
        ui::AnswerPlayer *player = history->reviewView()->player();
        player->setVolume(0);
        player->setSpeed(2.0);
        QTRY_VERIFY_WITH_TIMEOUT(player->player()->duration() > 0, 15000);
        QVERIFY2(qAbs(player->player()->duration() - attempt->durationMs) < 250,
                 qPrintable(QString::number(player->player()->duration())));
        QCOMPARE(player->player()->hasVideo(), !soundOnly);
        qint64 furthest = 0;
        connect(player->player(), &QMediaPlayer::positionChanged, this,
                [&furthest](qint64 position) { furthest = std::max(furthest, position); });
        player->togglePlay();
        QTRY_COMPARE_WITH_TIMEOUT(player->player()->mediaStatus(), QMediaPlayer::EndOfMedia, 20000);
        QVERIFY2(furthest >= player->player()->duration() - 300,
                 qPrintable(QStringLiteral("%1 of %2").arg(furthest).arg(player->player()->duration())));
    }
};

QTEST_MAIN(TestRecordingKill)
#include "tst_recordingkill.moc"
