#include "core/AttemptHistoryModel.h"
#include "core/AttemptRepository.h"
#include "core/Database.h"
#include "core/FreeSpace.h"
#include "core/PackImporter.h"
#include "core/Preferences.h"
#include "media/PracticeController.h"
#include "support/MediaInfo.h"
#include "support/TempProfile.h"
#include "support/TestData.h"
#include "ui/HistoryPanel.h"
#include "ui/MainWindow.h"
#include "ui/PracticePanel.h"
#include "ui/ReviewView.h"

#include <QAbstractButton>
#include <QApplication>
#include <QAudioSource>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace rehearse;
using State = core::PracticeSession::State;
using rehearse::test::MediaInfo;
using rehearse::test::TestData;

// The practice loop the way a user runs it, from the keyboard only, on the virtual
// camera and microphone: Ctrl+4, Ctrl+Return (prepare), Ctrl+Return (record now),
// speak, Ctrl+Return (stop), then the answer replays.
class TestPracticePanel : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TempProfile> m_profile;

    static QString text(QWidget *root, const char *name)
    {
        auto *label = root->findChild<QLabel *>(QString::fromLatin1(name));
        return label ? label->text() : QString();
    }

private slots:
    void init()
    {
        QSettings().clear();
        core::Preferences preferences;
        preferences.prepSeconds = 5;
        preferences.limitSeconds = 30;
        preferences.microphoneId = "fakemic";
        preferences.save();
        m_profile = std::make_unique<test::TempProfile>(test::TempProfile::ShippedPacks);
        QVERIFY(m_profile->isValid());
    }

    void cleanup() { m_profile.reset(); }

    void theWholeLoopRunsFromTheKeyboard()
    {
        ui::MainWindow window(m_profile->database(), m_profile->dataDir());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        // The practice keys do nothing while another panel is shown.
        QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(window.currentPanel(), int(ui::MainWindow::Guide));
        QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(window.currentPanel(), int(ui::MainWindow::Practice));
        auto *panel = qobject_cast<ui::PracticePanel *>(window.panel(ui::MainWindow::Practice));
        QVERIFY(panel);
        core::PracticeSession *session = panel->controller()->session();
        QCOMPARE(session->state(), State::Idle);
        QSignalSpy saved(panel, &ui::PracticePanel::attemptSaved);
        // The chooser reads the next-up order on a worker: the question follows at once.
        QTRY_VERIFY(!text(panel, "practiceQuestion").isEmpty());
        const QString question = text(panel, "practiceQuestion");
        QCOMPARE(panel->clockText(), QStringLiteral("0:05"));

        QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(session->state(), State::Preparing);
        QCOMPARE(text(panel, "practiceQuestion"), question);
        QVERIFY(panel->statusText().startsWith(QLatin1String("Prepare your answer")));

        QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(session->state(), State::Recording);
        QTRY_VERIFY_WITH_TIMEOUT(session->recordingElapsedMs() >= 4'000, 15'000);
        QCOMPARE(panel->statusText(), QStringLiteral("● Recording"));
        QVERIFY2(panel->clockText().startsWith(QLatin1String("0:2")),
                 qPrintable(panel->clockText())); // 30 s limit, counting down

        QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(saved.wait(20'000));
        QCOMPARE(session->state(), State::Review);
        QVERIFY2(panel->statusText().startsWith(QLatin1String("Saved: 0:0")), qPrintable(panel->statusText()));

        const auto attempt = core::AttemptRepository(m_profile->connection(), m_profile->path())
                                 .get(saved.first().first().toLongLong());
        QVERIFY(attempt);
        QCOMPARE(attempt->state, core::Attempt::State::Complete);
        QVERIFY(attempt->prepMs < 5'000); // "record now" cut the preparation short
        const MediaInfo info = MediaInfo::probe(m_profile->path() + QLatin1Char('/') + attempt->file);
        QCOMPARE(info.codecs, (QStringList{QStringLiteral("opus"), QStringLiteral("vp8")}));

        // The answer plays back in the panel.
        auto *play = panel->findChild<QPushButton *>(QStringLiteral("playButton"));
        QVERIFY(play && play->isVisible());
        play->click();
        QTRY_VERIFY_WITH_TIMEOUT(text(panel, "playerTime").startsWith(QLatin1String("0:01")), 10'000);

        // Ctrl+E opens the answer for scoring in History; Esc goes back to the list, which
        // shows it with the score.
        QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier);
        QCOMPARE(window.currentPanel(), int(ui::MainWindow::History));
        auto *history = qobject_cast<ui::HistoryPanel *>(window.panel(ui::MainWindow::History));
        QVERIFY(history);
        ui::ReviewView *review = history->reviewView();
        QVERIFY(review->isVisible());
        QCOMPARE(review->attemptId(), attempt->id);
        QCOMPARE(text(review, "reviewQuestion"), question);
        QTest::mouseClick(review->findChild<QAbstractButton *>(QStringLiteral("score-overall-4")), Qt::LeftButton);
        QCOMPARE(core::AttemptRepository(m_profile->connection(), m_profile->path()).get(attempt->id)->overallScore,
                 std::optional<int>(4));
        QTest::keyClick(review, Qt::Key_Escape);
        QVERIFY(!review->isVisible());
        QCOMPARE(history->table()->model()->rowCount(), 1);
        QCOMPARE(history->table()->model()->index(0, core::AttemptHistoryModel::Overall).data().toString(),
                 QStringLiteral("4"));
    }

    // Less than 500 MB free where recordings go: the panel says so as the preparation
    // starts, and the answer goes ahead from the keyboard, with no dialog in the way.
    void lowDiskSpaceIsAWarningBeforePreparing()
    {
        ui::MainWindow window(m_profile->database(), m_profile->dataDir());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
        auto *panel = qobject_cast<ui::PracticePanel *>(window.panel(ui::MainWindow::Practice));
        QVERIFY(panel);
        core::PracticeSession *session = panel->controller()->session();
        auto *message = panel->findChild<QLabel *>(QStringLiteral("practiceMessage"));
        QVERIFY(message);
        const QString recordings = m_profile->dataDir().recordingsPath();

        QString asked;
        panel->setFreeSpace(core::FreeSpace([&asked](const QString &folder) {
            asked = folder;
            return qint64(312'000'000);
        }));
        QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(session->state(), State::Preparing);
        QCOMPARE(asked, recordings);
        QVERIFY(message->isVisible());
        QCOMPARE(message->text(),
                 QStringLiteral("Only 312 MB is free on the disk that holds your recordings (%1). If it fills up "
                                "during an answer, the recording stops there and what was recorded is kept. Free "
                                "some space to be safe.")
                     .arg(recordings));
        QVERIFY(!QApplication::activeModalWidget());
        QTest::keyClick(&window, Qt::Key_Escape);
        QCOMPARE(session->state(), State::Idle);

        // 500 MB and more: nothing to say.
        panel->setFreeSpace(core::FreeSpace([](const QString &) { return qint64(500'000'000); }));
        QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(session->state(), State::Preparing);
        QVERIFY(!message->isVisible());
        QTest::keyClick(&window, Qt::Key_Escape);

        // The real figure (QStorageInfo), against a threshold no disk reaches.
        panel->setFreeSpace(core::FreeSpace(&core::FreeSpace::available, std::numeric_limits<qint64>::max()));
        QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(session->state(), State::Preparing);
        QVERIFY2(message->text().contains(QLatin1String("is free on the disk that holds your recordings")),
                 qPrintable(message->text()));
        QTest::keyClick(&window, Qt::Key_Escape);
    }

    // Opening Practice and leaving at once, over and over: the microphone meter is torn
    // down while its first reads are still queued (Qt 6.4's PulseAudio source aborted in
    // pa_stream_readable_size before LevelMeter suspended it first), and each time the
    // level shown drops back to zero.
    void leavingPracticeAtOnceTearsTheMeterDown()
    {
        ui::MainWindow window(m_profile->database(), m_profile->dataDir());
        window.show();
        auto *practice = window.panel(ui::MainWindow::Practice);
        auto *level = practice->findChild<QProgressBar *>(QStringLiteral("micLevel"));
        QVERIFY(level);
        for (int round = 0; round < 12; ++round) {
            window.showPanel(ui::MainWindow::Practice);
            QTest::qWait(round % 3 == 0 ? 400 : 5); // sometimes long enough for the meter to read
            window.showPanel(ui::MainWindow::Guide);
            QCOMPARE(level->value(), 0);
        }
        QCOMPARE(window.currentPanel(), int(ui::MainWindow::Guide));
    }

    // The window destroyed with Practice on screen (the end of a test; a quit that does
    // not close it first): the microphone's audio source ends while the window is still
    // a MainWindow. Qt 6.4's audio source runs a nested event loop as it stops; run from
    // ~QWidget, it delivered queued speech-analysis progress to a half-destroyed window
    // (UBSan: "member access ... which does not point to an object of type 'MainWindow'").
    void theMicrophoneEndsWhileTheWindowIsWhole_data()
    {
        QTest::addColumn<bool>("recording");
        QTest::newRow("ready") << false;
        QTest::newRow("recording") << true;
    }

    void theMicrophoneEndsWhileTheWindowIsWhole()
    {
        QFETCH(bool, recording);
        auto window = std::make_unique<ui::MainWindow>(m_profile->database(), m_profile->dataDir());
        window->show();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        window->showPanel(ui::MainWindow::Practice);
        auto *panel = qobject_cast<ui::PracticePanel *>(window->panel(ui::MainWindow::Practice));
        QVERIFY(panel);
        QTRY_VERIFY(panel->findChild<QAudioSource *>()); // the level meter listens
        if (recording) {
            core::PracticeSession *session = panel->controller()->session();
            QTRY_VERIFY(!text(panel, "practiceQuestion").isEmpty());
            QTest::keyClick(window.get(), Qt::Key_Return, Qt::ControlModifier);
            QTest::keyClick(window.get(), Qt::Key_Return, Qt::ControlModifier);
            QCOMPARE(session->state(), State::Recording);
        }
        QAudioSource *source = panel->findChild<QAudioSource *>();
        QVERIFY(source);
        const QObject *const windowObject = window.get();
        QString endedIn;
        connect(source, &QObject::destroyed, this, [&endedIn, windowObject] {
            // From ~QWidget on, the window is a QWidget, no longer a MainWindow.
            endedIn = QString::fromLatin1(windowObject->metaObject()->className());
        });
        window.reset();
        QCOMPARE(endedIn, QStringLiteral("rehearse::ui::MainWindow"));
    }
};

QTEST_MAIN(TestPracticePanel)
#include "tst_practicepanel.moc"
