#include "core/AttemptRepository.h"
#include "core/Preferences.h"
#include "core/RecordingWatchdog.h"
#include "core/SpeechRepository.h"
#include "media/AnswerRecorder.h"
#include "media/PracticeController.h"
#include "support/TempProfile.h"
#include "support/TestData.h"
#include "ui/HistoryPanel.h"
#include "ui/MainWindow.h"
#include "ui/PracticePanel.h"
#include "ui/ReviewView.h"
#include "ui/SpeechFeedbackView.h"
#include "ui/SpeechTimeline.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace rehearse;
using State = core::PracticeSession::State;
using Feedback = ui::SpeechFeedbackView::State;
using rehearse::test::TestData;

namespace {

// How long after an answer is saved its figures may take to show in Review: what
// bench/speech_benchmark measured for a whole 2-minute answer (the default limit) on the
// 2-core test machine while it was busy, median 11.4 s, slowest of three 12.4 s; this
// answer is 16 s long and took about 1 s.
constexpr int FiguresShownWithinMs = 15'000;

// The answer, spoken by espeak-ng: two sentences with a 3.2-second silence between them.
const char *const FirstPart = "say:I led the move of our billing service to a new database because the old one "
                              "failed every week";
const char *const Gap = "gap:3.2";
const char *const SecondPart = "say:so I planned it in three steps and we finished two weeks early";

QString run(const QString &program, const QStringList &arguments, int *exitCode = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60'000))
        process.kill();
    if (exitCode)
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromLocal8Bit(process.readAllStandardOutput()).trimmed()
        + QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
}

} // namespace

// One practice answer, spoken into a microphone of its own, from the keyboard to Review:
// the answer is analysed in the background once saved, and Review shows the timeline and
// the figures, with the pause where it was spoken. Needs the virtual devices
// (tests/support/virtual-devices.sh); loads its own null sink and microphone, because the
// shared microphone carries a steady tone.
class TestSpeechPractice : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TempProfile> m_profile;
    QTemporaryDir m_work;
    QStringList m_modules;
    QString m_sink;
    QString m_microphone;
    QString m_sample;
    qint64 m_gapStartMs = 0;
    qint64 m_gapEndMs = 0;
    qint64 m_speechMs = 0;
    qint64 m_afterGapMs = 0; // speech after the gap
    qint64 m_sampleMs = 0;

    static QString plain(const QString &html)
    {
        QTextDocument document;
        document.setHtml(html);
        return document.toPlainText();
    }

    QString loadModule(const QStringList &arguments)
    {
        int code = 0;
        const QString index
            = run(QStringLiteral("pactl"), QStringList{QStringLiteral("load-module")} + arguments, &code);
        if (code != 0)
            return {};
        m_modules.prepend(index);
        return index;
    }

private slots:
    void initTestCase()
    {
        int code = 0;
        const QString info = run(QStringLiteral("pactl"), {QStringLiteral("info")}, &code);
        QVERIFY2(code == 0,
                 qPrintable(QStringLiteral("no sound server (start tests/support/virtual-devices.sh): ") + info));
        const QString suffix = QString::number(QCoreApplication::applicationPid());
        m_sink = QStringLiteral("speechsink") + suffix;
        m_microphone = QStringLiteral("speechmic") + suffix;
        QVERIFY(!loadModule({QStringLiteral("module-null-sink"), QStringLiteral("sink_name=") + m_sink}).isEmpty());
        QVERIFY(!loadModule({QStringLiteral("module-remap-source"), QStringLiteral("master=%1.monitor").arg(m_sink),
                             QStringLiteral("source_name=") + m_microphone,
                             QStringLiteral("source_properties=device.description=Rehearse-Speech-Microphone")})
                     .isEmpty());

        // The spoken answer and where its parts are (make-speech-sample.sh writes both).
        const QString out = m_work.filePath(QStringLiteral("answer"));
        const QString output = run(QStringLiteral("bash"),
                                   {TestData::sourcePath(QStringLiteral("tests/support/make-speech-sample.sh")),
                                    QStringLiteral("--lead"), QStringLiteral("0.3"), out, QString::fromUtf8(FirstPart),
                                    QString::fromUtf8(Gap), QString::fromUtf8(SecondPart)},
                                   &code);
        QVERIFY2(code == 0, qPrintable(output));
        m_sample = out + QStringLiteral(".wav");
        const QStringList truth = QString::fromUtf8(TestData::read(out + QStringLiteral(".truth"))).split(u'\n');
        for (const QString &line : truth) {
            const QStringList f = line.split(u' ');
            const auto ms = [&f](int i) { return qint64(f.value(i).toDouble() * 1000); };
            if (f.first() == QLatin1String("gap")) {
                m_gapStartMs = ms(1);
                m_gapEndMs = ms(2);
            } else if (f.first() == QLatin1String("speech")) {
                m_speechMs += ms(2) - ms(1);
                m_afterGapMs = ms(2) - m_gapEndMs;
            } else if (f.first() == QLatin1String("duration")) {
                m_sampleMs = ms(1);
            }
        }
        QVERIFY2(m_gapEndMs - m_gapStartMs == 3200 && m_speechMs > 4000, qPrintable(truth.join(u'|')));
    }

    void cleanupTestCase()
    {
        for (const QString &module : std::as_const(m_modules))
            run(QStringLiteral("pactl"), {QStringLiteral("unload-module"), module});
    }

    void init()
    {
        QSettings().clear();
        core::Preferences preferences;
        preferences.prepSeconds = 5;
        preferences.limitSeconds = 60;
        preferences.microphoneId = m_microphone.toUtf8();
        preferences.save();
        m_profile = std::make_unique<test::TempProfile>(test::TempProfile::ShippedPacks);
        QVERIFY(m_profile->isValid());
    }

    void cleanup() { m_profile.reset(); }

    void aSpokenAnswerShowsItsFiguresInReview()
    {
        ui::MainWindow window(m_profile->database(), m_profile->dataDir());
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
        auto *panel = qobject_cast<ui::PracticePanel *>(window.panel(ui::MainWindow::Practice));
        QVERIFY(panel);
        core::PracticeSession *session = panel->controller()->session();
        QSignalSpy saved(panel, &ui::PracticePanel::attemptSaved);
        QSignalSpy restarts(panel->controller()->recorder(), &media::AnswerRecorder::restarting);
        QTRY_VERIFY(!panel->findChild<QLabel *>(QStringLiteral("practiceQuestion"))->text().isEmpty());

        QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier); // prepare
        QTRY_COMPARE(session->state(), State::Preparing);
        QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier); // record now
        QCOMPARE(session->state(), State::Recording);
        // Past the recorder's watchdog: a recording whose picture or sound does not flow by
        // then is started again, and its time counts from zero again (seen here when the
        // machine is busy).
        QTRY_VERIFY_WITH_TIMEOUT(session->recordingElapsedMs() >= core::RecordingWatchdog::DefaultGraceMs + 500,
                                 20'000);

        // Speak the answer into the microphone, at real speed.
        QProcess speaker;
        const qint64 spokenAt = session->recordingElapsedMs();
        speaker.start(QStringLiteral("paplay"), {QStringLiteral("--device=") + m_sink, m_sample});
        QVERIFY2(speaker.waitForStarted(5'000), qPrintable(speaker.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(speaker.state() == QProcess::NotRunning, int(m_sampleMs) + 15'000);
        QCOMPARE(speaker.exitCode(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(session->recordingElapsedMs() >= spokenAt + m_sampleMs + 1'000, 10'000);
        QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier); // stop
        QVERIFY(saved.wait(20'000));
        QElapsedTimer sinceSaved;
        sinceSaved.start();
        const qint64 attemptId = saved.first().first().toLongLong();

        // Ctrl+E: the answer in Review, where its figures appear once measured.
        QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier);
        QCOMPARE(window.currentPanel(), int(ui::MainWindow::History));
        auto *history = qobject_cast<ui::HistoryPanel *>(window.panel(ui::MainWindow::History));
        ui::ReviewView *review = history->reviewView();
        QCOMPARE(review->attemptId(), attemptId);
        ui::SpeechFeedbackView *speech = review->speechFeedback();
        const auto done = [speech] {
            return speech->state() != Feedback::Waiting && speech->state() != Feedback::Analysing
                && speech->state() != Feedback::NotAnalysed;
        };
        QTRY_VERIFY_WITH_TIMEOUT(done(), FiguresShownWithinMs);
        const qint64 shownAfterMs = sinceSaved.elapsed();
        qInfo("speech figures shown %lld ms after the answer was saved", shownAfterMs);
        auto *status = speech->findChild<QLabel *>(QStringLiteral("speechStatus"));
        QVERIFY2(speech->state() == Feedback::Measured, qPrintable(status->text()));
        QVERIFY(speech->timeline()->isVisible());

        // What was stored: the spoken pause where it was spoken (the sound reaches the
        // recording through PulseAudio's buffers, 1.1–1.6 s after paplay starts here), with as
        // much speech after it as was played, and about as much speech in all.
        const std::optional<SpeechFigures> figures = core::SpeechRepository(m_profile->connection()).load(attemptId);
        QVERIFY(figures);
        QVERIFY2(figures->pauses.size() == 1, qPrintable(QStringLiteral("%1 pauses").arg(figures->pauses.size())));
        const TimeSpan pause = figures->pauses.first();
        const qint64 after = figures->speech.last().endMs - pause.endMs;
        qInfo("pause %lld–%lld ms, spoken at about %lld, then %lld ms of speech (played %lld); speaking %lld ms of "
              "%lld (played %lld); transcript %s, %d words, %.0f words per minute; recorder restarts %d",
              pause.startMs, pause.endMs, spokenAt + m_gapStartMs, after, m_afterGapMs, figures->speakingMs,
              figures->durationMs, m_speechMs, figures->transcriptAvailable ? "yes" : "no", figures->wordCount,
              figures->wordsPerMinute, int(restarts.size()));
        QVERIFY(pause.lengthMs() >= 2'500 && pause.lengthMs() <= 4'200);
        QVERIFY(qAbs(after - m_afterGapMs) <= 800);
        const qint64 spokenPause = spokenAt + m_gapStartMs;
        QVERIFY(pause.startMs >= spokenPause - 1'000 && pause.startMs <= spokenPause + 2'500);
        QVERIFY(figures->speakingMs >= m_speechMs * 7 / 10 && figures->speakingMs <= m_speechMs * 13 / 10);

        // What Review shows: the pause on the timeline and beside the figures.
        int pauses = 0;
        for (const ui::SpeechTimeline::Mark &mark : speech->timeline()->marks())
            pauses += mark.kind == ui::SpeechTimeline::Mark::Kind::Pause ? 1 : 0;
        QCOMPARE(pauses, 1);
        const QString pauseText = plain(speech->findChild<QLabel *>(QStringLiteral("speechPauses"))->text());
        QVERIFY2(pauseText.startsWith(QStringLiteral("Pauses over 2.5 s: 1 — ")), qPrintable(pauseText));
        const QString speaking = speech->findChild<QLabel *>(QStringLiteral("speechSpeakingTime"))->text();
        QVERIFY2(speaking.startsWith(QStringLiteral("Speaking time: 0:")), qPrintable(speaking));
        if (figures->transcriptAvailable) {
            QVERIFY(figures->wordCount > 5);
            QVERIFY(
                speech->findChild<QLabel *>(QStringLiteral("speechPace"))->text().startsWith(QStringLiteral("Pace: ")));
        }
    }
};

QTEST_MAIN(TestSpeechPractice)
#include "tst_speechpractice.moc"
