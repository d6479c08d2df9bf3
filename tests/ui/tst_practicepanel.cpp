#include "core/AttemptHistoryModel.h"
#include "core/AttemptRepository.h"
#include "core/Database.h"
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
#include <QLabel>
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
        const QString question = text(panel, "practiceQuestion");
        QVERIFY(!question.isEmpty());
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
};

QTEST_MAIN(TestPracticePanel)
#include "tst_practicepanel.moc"
