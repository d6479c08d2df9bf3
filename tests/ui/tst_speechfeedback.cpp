#include "core/AttemptRepository.h"
#include "core/SpeechRepository.h"
#include "speech/SpeechAnalyzer.h"
#include "support/MediaInfo.h"
#include "support/TempProfile.h"
#include "support/TestData.h"
#include "ui/AnswerPlayer.h"
#include "ui/ProgressPanel.h"
#include "ui/ReviewView.h"
#include "ui/SpeechAnalysisQueue.h"
#include "ui/SpeechFeedbackView.h"
#include "ui/SpeechProgressChart.h"
#include "ui/SpeechTimeline.h"

#include <QAreaSeries>
#include <QChart>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineSeries>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QThread>
#include <QToolButton>

using namespace rehearse;
using rehearse::test::MediaInfo;
using rehearse::test::TestData;
using State = ui::SpeechFeedbackView::State;
using Kind = ui::SpeechTimeline::Mark::Kind;

namespace {

// A 1:58 answer: speech with one pause of 3.2 s at 0:41 and a filler at 0:01.
SpeechFigures sample()
{
    SpeechFigures f;
    f.status = SpeechFigures::Status::Ok;
    f.durationMs = 118'000;
    f.speakingMs = 92'000;
    f.speech = {{600, 41'000}, {44'200, 117'000}};
    f.pauses = {{41'000, 44'200}};
    f.loudnessDbfs = -23.4;
    f.peakDbfs = -3;
    f.transcriptAvailable = true;
    f.words = {{QStringLiteral("so"), 600, 900, false},
               {QStringLiteral("um"), 1000, 1300, true},
               {QStringLiteral("we"), 1400, 1700, false},
               {QStringLiteral("shipped"), 1800, 2300, false}};
    f.wordCount = 219;
    f.wordsPerMinute = 142.3;
    f.wordsPerMinuteBy30s = {138, 151, 142, 120};
    f.fillerCount = 6;
    f.fillersPerMinute = 3.1;
    return f;
}

// The same shape fitted into a short recording, for the player to seek in.
SpeechFigures shortSample()
{
    SpeechFigures f = sample();
    f.durationMs = 12'000;
    f.speakingMs = 7'800;
    f.speech = {{500, 5'000}, {8'200, 11'500}};
    f.pauses = {{5'000, 8'200}};
    f.words = {{QStringLiteral("so"), 600, 900, false},
               {QStringLiteral("um"), 2'000, 2'300, true},
               {QStringLiteral("we"), 8'300, 8'600, false}};
    f.wordsPerMinuteBy30s = {};
    return f;
}

QString plain(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText();
}

// Every text the view shows, for what must never be there.
QString shownText(QWidget *root)
{
    QStringList texts;
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (label->isVisibleTo(root))
            texts << plain(label->text());
    }
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (button->isVisibleTo(root))
            texts << button->text();
    }
    return texts.join(QLatin1Char('\n'));
}

} // namespace

class TestSpeechFeedback : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TempProfile> m_profile;

    QSqlDatabase db() const { return m_profile->connection(); }

    qint64 answer(double seconds = 0, QDateTime when = QDateTime::currentDateTimeUtc())
    {
        core::Attempt a;
        a.questionId = m_profile->questionId(QStringLiteral("q-owned"));
        a.startedAt = when;
        a.limitMs = 120'000;
        a.mode = core::Attempt::Mode::Audio;
        a.file = QStringLiteral("recordings/%1.webm").arg(when.toMSecsSinceEpoch());
        const QString path = QDir(m_profile->path()).filePath(a.file);
        if (seconds > 0) {
            QString error;
            if (!MediaInfo::makeRecording(path, seconds, false, &error))
                qFatal("ffmpeg failed: %s", qPrintable(error));
        } else {
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                qFatal("cannot write %s", qPrintable(path));
        }
        core::AttemptRepository attempts(db(), m_profile->path());
        const qint64 id = attempts.begin(a);
        attempts.finish(id, qint64(seconds * 1000), core::Attempt::State::Complete);
        return id;
    }

    template<typename T> static T *child(QWidget *root, const char *name)
    {
        T *widget = root->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qWarning("no %s", name);
        return widget;
    }
    static QString text(QWidget *root, const char *name)
    {
        auto *label = child<QLabel>(root, name);
        return label && label->isVisibleTo(root) ? plain(label->text()) : QString();
    }
    static QPoint centre(ui::SpeechTimeline *timeline, Kind kind)
    {
        for (int i = 0; i < timeline->marks().size(); ++i) {
            if (timeline->marks().at(i).kind == kind)
                return timeline->markRect(i).center();
        }
        return {};
    }

private slots:
    void init()
    {
        m_profile = std::make_unique<test::TempProfile>();
        QVERIFY(m_profile->isValid());
    }

    void cleanup() { m_profile.reset(); }

    // Not analysed, waiting, analysing with progress, cancelled, measured, no speech,
    // no sound, failed: each says what it is and offers the one thing to do.
    void eachStateSaysWhatItIs()
    {
        const qint64 id = answer();
        const qint64 other = answer(0, QDateTime::currentDateTimeUtc().addSecs(60));
        ui::AnswerPlayer player;
        ui::SpeechFeedbackView view(db(), m_profile->path(), &player);
        ui::SpeechAnalysisQueue queue(db(), m_profile->path());
        queue.setStartDelay(0);
        auto release = std::make_shared<std::atomic_bool>(false);
        queue.setAnalyzer([release](const QString &, const std::atomic_bool *cancel,
                                    const ui::SpeechAnalysisQueue::Progress &progress) {
            progress(40);
            while (!*release && !*cancel)
                QThread::msleep(2);
            SpeechFigures figures = sample();
            if (*cancel)
                figures.status = SpeechFigures::Status::Cancelled;
            return figures;
        });
        view.setQueue(&queue);
        view.resize(700, 400);
        view.show();
        auto *action = child<QPushButton>(&view, "speechAction");
        auto *progress = child<QProgressBar>(&view, "speechProgress");

        view.showAttempt(id);
        QCOMPARE(view.state(), State::NotAnalysed);
        QCOMPARE(text(&view, "speechStatus"), QStringLiteral("The speech in this answer has not been measured yet."));
        QCOMPARE(action->text(), QStringLiteral("Analyse"));
        QVERIFY(action->isVisible());
        QVERIFY(!view.timeline()->isVisible());

        // Analysing: progress and Cancel; cancelling leaves it not analysed, with no row.
        QTest::mouseClick(action, Qt::LeftButton);
        QCOMPARE(view.state(), State::Analysing);
        QTRY_COMPARE(progress->value(), 40);
        QVERIFY(progress->isVisible());
        QCOMPARE(text(&view, "speechStatus"), QStringLiteral("Measuring the speech in this answer… 40%"));
        QCOMPARE(action->text(), QStringLiteral("Cancel"));
        QTest::mouseClick(action, Qt::LeftButton);
        QTRY_COMPARE(view.state(), State::NotAnalysed);
        QCOMPARE(TestData::count(db(), QStringLiteral("speech_figures")), 0);

        // Waiting behind another answer.
        queue.enqueue(other);
        view.analyse();
        QCOMPARE(view.state(), State::Waiting);
        QCOMPARE(text(&view, "speechStatus"), QStringLiteral("Waiting: another answer is being measured first."));
        QCOMPARE(action->text(), QStringLiteral("Cancel"));
        *release = true;
        QTRY_COMPARE(view.state(), State::Measured);
        QVERIFY(view.timeline()->isVisible());
        QVERIFY(!action->isVisible());
        QVERIFY(!progress->isVisible());
        QVERIFY(core::SpeechRepository(db()).load(id));

        // No speech: said in words, never as a row of zeros.
        SpeechFigures silent;
        silent.status = SpeechFigures::Status::NoSpeech;
        silent.durationMs = 30'000;
        QVERIFY(core::SpeechRepository(db()).save(id, silent));
        view.showAttempt(id);
        QCOMPARE(view.state(), State::NoSpeech);
        QCOMPARE(text(&view, "speechStatus"), QStringLiteral("No speech detected in this answer."));
        QVERIFY(!view.timeline()->isVisible());
        const QString shown = shownText(&view);
        QVERIFY2(!shown.contains(QLatin1Char('0')) && !shown.contains(QStringLiteral("Pace")), qPrintable(shown));

        SpeechFigures noSound;
        noSound.status = SpeechFigures::Status::NoAudio;
        QVERIFY(core::SpeechRepository(db()).save(id, noSound));
        view.showAttempt(id);
        QCOMPARE(view.state(), State::NoAudio);
        QCOMPARE(text(&view, "speechStatus"), QStringLiteral("This answer has no sound to analyse."));
        QVERIFY(!action->isVisible());

        // Failed: the reason, and Try again, which analyses it again.
        SpeechFigures failed;
        failed.status = SpeechFigures::Status::Failed;
        failed.error = QStringLiteral("The sound could not be decoded.");
        QVERIFY(core::SpeechRepository(db()).save(id, failed));
        view.showAttempt(id);
        QCOMPARE(view.state(), State::Failed);
        QCOMPARE(text(&view, "speechStatus"),
                 QStringLiteral("The speech analysis failed: The sound could not be decoded."));
        QCOMPARE(action->text(), QStringLiteral("Try again"));
        QTest::mouseClick(action, Qt::LeftButton);
        QTRY_COMPARE(view.state(), State::Measured);
        QCOMPARE(core::SpeechRepository(db()).load(id)->status, SpeechFigures::Status::Ok);
    }

    void measuredFiguresBesideTheirRanges()
    {
        const qint64 id = answer();
        QVERIFY(core::SpeechRepository(db()).save(id, sample()));
        ui::AnswerPlayer player;
        ui::SpeechFeedbackView view(db(), m_profile->path(), &player);
        view.resize(700, 500);
        view.show();
        view.showAttempt(id);
        QCOMPARE(view.state(), State::Measured);
        QCOMPARE(text(&view, "speechPace"),
                 QStringLiteral("Pace: 142 words per minute (about 120–160 is easy to follow)"));
        QCOMPARE(text(&view, "speechFillers"), QStringLiteral("Filler words: 3.1 per minute (fewer than about 5)"));
        QCOMPARE(text(&view, "speechPauses"), QStringLiteral("Pauses over 2.5 s: 1 — 3.2 s at 0:41"));
        QCOMPARE(text(&view, "speechSpeakingTime"), QStringLiteral("Speaking time: 1:32 of 1:58"));
        QCOMPARE(text(&view, "speechLoudness"),
                 QStringLiteral("Loudness: −23 dBFS average (speech usually sits around −30 to −15 dBFS); no "
                                "peaks too loud"));
        QCOMPARE(text(&view, "speechPaceBy30s"),
                 QStringLiteral("Pace in each half-minute, from the start: 138, 151, 142, 120 words per minute"));
        QVERIFY(text(&view, "speechTranscriptNote").isEmpty());
        // Measurements only: no score, no confidence, no verdict.
        const QString shown = shownText(&view).toLower();
        for (const char *word : {"confiden", "score", "good", "bad", "poor", "great"})
            QVERIFY2(!shown.contains(QLatin1String(word)), word);

        // The timeline: two stretches of speech, the pause and the filler, in time order.
        ui::SpeechTimeline *timeline = view.timeline();
        QCOMPARE(timeline->duration(), 118'000);
        QList<Kind> kinds;
        for (const auto &mark : timeline->marks())
            kinds << mark.kind;
        QCOMPARE(kinds, (QList<Kind>{Kind::Speech, Kind::Filler, Kind::Pause, Kind::Speech}));
        QCOMPARE(timeline->focusPolicy(), Qt::StrongFocus);
        QCOMPARE(timeline->accessibleName(), QStringLiteral("Speech timeline"));
        // Under the bar: its start and length, and what each colour means.
        const QRect barArea = timeline->geometry();
        for (const char *name : {"speechTimelineStart", "speechTimelineEnd", "speechLegendSpeech", "speechLegendPause",
                                 "speechLegendFiller"}) {
            auto *label = child<QLabel>(&view, name);
            QVERIFY2(label && label->isVisible(), name);
            QVERIFY2(label->mapTo(&view, QPoint(0, 0)).y() >= timeline->mapTo(&view, QPoint(0, barArea.height())).y(),
                     name);
        }
        QCOMPARE(text(&view, "speechTimelineStart"), QStringLiteral("0:00"));
        QCOMPARE(text(&view, "speechTimelineEnd"), QStringLiteral("1:58"));
        QCOMPARE(text(&view, "speechLegendSpeech"), QStringLiteral("Speech"));
        QCOMPARE(text(&view, "speechLegendPause"), QStringLiteral("Pause over 2.5 s"));
        QCOMPARE(text(&view, "speechLegendFiller"), QStringLiteral("Filler word"));
        // All on one line, the start at the left end of the bar and the length at the right.
        const auto topLeft = [&view](QWidget *widget) { return widget->mapTo(&view, QPoint(0, 0)); };
        auto *start = child<QLabel>(&view, "speechTimelineStart");
        auto *end = child<QLabel>(&view, "speechTimelineEnd");
        QCOMPARE(topLeft(start).y(), topLeft(child<QLabel>(&view, "speechLegendSpeech")).y());
        QCOMPARE(topLeft(end).y(), topLeft(start).y());
        QVERIFY(topLeft(start).x() <= topLeft(timeline).x() + timeline->markRect(0).left());
        QVERIFY(topLeft(end).x() + end->width() >= topLeft(timeline).x() + timeline->width() - 8);

        // The transcript is folded away under a heading that says it is rough.
        auto *toggle = child<QToolButton>(&view, "transcriptToggle");
        auto *transcript = child<QTextBrowser>(&view, "speechTranscript");
        QCOMPARE(toggle->text(), QStringLiteral("Rough transcript (automatic, often wrong)"));
        QVERIFY(toggle->isVisible());
        QVERIFY(!transcript->isVisible());
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(transcript->isVisible());
        QCOMPARE(transcript->toPlainText(), QStringLiteral("so um we shipped"));
        // The filler stands out: bold, on its own background.
        const QTextBlock block = transcript->document()->firstBlock();
        int bold = 0;
        for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
            const QTextCharFormat format = fragment.fragment().charFormat();
            if (format.fontWeight() >= QFont::Bold) {
                ++bold;
                QCOMPARE(fragment.fragment().text(), QStringLiteral("um"));
                QVERIFY(format.background().style() != Qt::NoBrush);
            }
        }
        QCOMPARE(bold, 1);

        // Without a transcript: no pace, no fillers, and why.
        SpeechFigures untranscribed = sample();
        untranscribed.transcriptAvailable = false;
        untranscribed.words.clear();
        QVERIFY(core::SpeechRepository(db()).save(id, untranscribed));
        view.showAttempt(id);
        QVERIFY(text(&view, "speechPace").isEmpty());
        QVERIFY(text(&view, "speechFillers").isEmpty());
        QCOMPARE(text(&view, "speechPauses"), QStringLiteral("Pauses over 2.5 s: 1 — 3.2 s at 0:41"));
        const QString reason = speech::SpeechAnalyzer::transcriptionUnavailableReason();
        const QString note = text(&view, "speechTranscriptNote");
        QVERIFY2(note.startsWith(QStringLiteral("Pace and filler words need a rough transcript")), qPrintable(note));
        if (!reason.isEmpty())
            QVERIFY2(note.endsWith(reason), qPrintable(note));
        QVERIFY(!toggle->isVisible());
        // Without a transcript no filler words are found: the legend leaves them out.
        QVERIFY(!child<QLabel>(&view, "speechLegendFiller")->isVisible());
        QVERIFY(child<QLabel>(&view, "speechLegendPause")->isVisible());
    }

    // In Review: the timeline under the player; a click on the pause, the pause's link,
    // Enter on a mark chosen with the arrow keys, and a word of the transcript each take
    // the player there.
    void marksSeekThePlayer()
    {
        const qint64 id = answer(12.0);
        QVERIFY(core::SpeechRepository(db()).save(id, shortSample()));
        ui::ReviewView review(db(), m_profile->path());
        review.resize(1100, 760);
        review.show();
        QVERIFY(review.showAttempt(id));
        ui::SpeechFeedbackView *speech = review.speechFeedback();
        QCOMPARE(speech->state(), State::Measured);
        ui::SpeechTimeline *timeline = speech->timeline();
        QVERIFY(timeline->isVisible());
        QVERIFY(timeline->geometry().top() > review.player()->geometry().top()); // under the player
        ui::AnswerPlayer *player = review.player();
        player->setVolume(0);
        QTRY_VERIFY_WITH_TIMEOUT(player->player()->duration() > 0, 15000);
        const auto positionNear = [player](qint64 ms) { return qAbs(player->player()->position() - ms) < 250; };

        QTest::mouseClick(timeline, Qt::LeftButton, {}, centre(timeline, Kind::Pause));
        QTRY_VERIFY_WITH_TIMEOUT(positionNear(5'000), 10000);
        QCOMPARE(timeline->marks().at(timeline->currentMark()).kind, Kind::Pause);
        QCOMPARE(timeline->accessibleDescription(), QStringLiteral("Pause of 3.2 s at 0:05 (mark 3 of 4)"));

        QTest::mouseClick(timeline, Qt::LeftButton, {}, centre(timeline, Kind::Filler));
        QTRY_VERIFY_WITH_TIMEOUT(positionNear(2'000), 10000);

        // Anywhere else: that moment.
        const QRect bar = timeline->markRect(0);
        QTest::mouseClick(timeline, Qt::LeftButton, {}, QPoint(bar.left() + bar.width() / 4, bar.center().y()));
        QTRY_VERIFY_WITH_TIMEOUT(player->player()->position() > 500 && player->player()->position() < 2'000, 10000);

        // From the keyboard: the player's Left and Right shortcuts leave the timeline alone.
        timeline->setFocus();
        QTest::keyClick(timeline, Qt::Key_Home);
        QTest::keyClick(timeline, Qt::Key_Right);
        QTest::keyClick(timeline, Qt::Key_Right);
        QCOMPARE(timeline->currentMark(), 2);
        QTest::keyClick(timeline, Qt::Key_Left);
        QTest::keyClick(timeline, Qt::Key_Right);
        QTest::keyClick(timeline, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(positionNear(5'000), 10000);

        // The pause written beside the figures is a link to it.
        player->seek(0);
        QTRY_VERIFY_WITH_TIMEOUT(positionNear(0), 10000);
        auto *pauses = child<QLabel>(speech, "speechPauses");
        QVERIFY(pauses->text().contains(QStringLiteral("href=\"seek:5000\"")));
        emit pauses->linkActivated(QStringLiteral("seek:5000"));
        QTRY_VERIFY_WITH_TIMEOUT(positionNear(5'000), 10000);

        // A word of the transcript.
        auto *transcript = child<QTextBrowser>(speech, "speechTranscript");
        emit transcript->anchorClicked(QUrl(QStringLiteral("word:2")));
        QTRY_VERIFY_WITH_TIMEOUT(positionNear(8'300), 10000);
        QTRY_COMPARE(timeline->position(), player->player()->position());
    }

    // Unfolding the transcript leaves the video its height: the speech part scrolls instead,
    // to show the transcript.
    void unfoldingTheTranscriptKeepsThePlayerHeight()
    {
        const qint64 id = answer();
        QVERIFY(core::SpeechRepository(db()).save(id, sample()));
        ui::ReviewView review(db(), m_profile->path());
        review.resize(1100, 760);
        review.show();
        QVERIFY(review.showAttempt(id));
        ui::SpeechFeedbackView *speech = review.speechFeedback();
        QCOMPARE(speech->state(), State::Measured);
        const auto settle = [] {
            for (int i = 0; i < 4; ++i)
                QCoreApplication::processEvents();
        };
        settle();
        const QSize playerSize = review.player()->size();
        const QSize speechSize = speech->size();
        QVERIFY(playerSize.height() > 200);
        // Folded, nothing of the speech part is cut off.
        QCOMPARE(speech->timeline()->visibleRegion().boundingRect(), speech->timeline()->rect());
        auto *loudness = child<QLabel>(speech, "speechLoudness");
        QCOMPARE(loudness->visibleRegion().boundingRect(), loudness->rect());
        auto *toggle = child<QToolButton>(speech, "transcriptToggle");
        auto *transcript = child<QTextBrowser>(speech, "speechTranscript");
        QVERIFY(toggle->isVisible());
        QTest::mouseClick(toggle, Qt::LeftButton);
        settle();
        QVERIFY(transcript->isVisible());
        QCOMPARE(review.player()->size(), playerSize);
        QCOMPARE(speech->size(), speechSize);
        // Scrolled so the transcript shows.
        QTRY_COMPARE(transcript->visibleRegion().boundingRect(), transcript->rect());
        QCOMPARE(transcript->toPlainText(), QStringLiteral("so um we shipped"));
        // Folded again: still the same.
        QTest::mouseClick(toggle, Qt::LeftButton);
        settle();
        QVERIFY(!transcript->isVisible());
        QCOMPARE(review.player()->size(), playerSize);
    }

    // Drawn from the palette: a dark theme gives a dark bar, a light one a light bar.
    void timelineFollowsThePalette()
    {
        ui::SpeechTimeline timeline;
        timeline.resize(400, timeline.sizeHint().height());
        timeline.setFigures(shortSample());
        const auto barPixel = [&timeline](const QPalette &palette) {
            timeline.setPalette(palette);
            const QImage image = timeline.grab().toImage();
            // A moment of silence inside the bar, between the first word and the pause.
            const QRect bar = timeline.markRect(0);
            return QColor(image.pixel(bar.left() + 1, bar.top() + 1));
        };
        QPalette light;
        light.setColor(QPalette::Base, Qt::white);
        light.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
        light.setColor(QPalette::Text, Qt::black);
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Window, QColor(0x2a, 0x2a, 0x2a));
        dark.setColor(QPalette::Text, Qt::white);
        QVERIFY(barPixel(light).lightness() > 180);
        QVERIFY(barPixel(dark).lightness() < 80);
    }

    // Progress: pace and fillers of each analysed answer, over their reference ranges.
    void progressChartsTheStoredFigures()
    {
        ui::SpeechProgressChart chart(db());
        chart.refresh();
        QVERIFY2(chart.note().startsWith(QStringLiteral("No analysed answers yet.")), qPrintable(chart.note()));

        const QDateTime t0(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);
        const QList<double> paces{171.0, 118.5, 140.0};
        const QList<double> fillers{7.5, 4.0, 2.2};
        core::SpeechRepository repository(db());
        for (int i = 0; i < 3; ++i) {
            SpeechFigures f = sample();
            f.wordsPerMinute = paces[i];
            f.fillersPerMinute = fillers[i];
            QVERIFY(repository.save(answer(0, t0.addDays(i)), f));
        }
        SpeechFigures silent;
        silent.status = SpeechFigures::Status::NoSpeech;
        QVERIFY(repository.save(answer(0, t0.addDays(5)), silent)); // not charted

        chart.refresh();
        QVERIFY(chart.note().isEmpty());
        const auto line = [](QChart *c, const QString &name) -> QLineSeries * {
            for (QAbstractSeries *series : c->series()) {
                if (series->name() == name)
                    return qobject_cast<QLineSeries *>(series);
            }
            return nullptr;
        };
        QLineSeries *pace = line(chart.paceChart(), QStringLiteral("Pace"));
        QVERIFY(pace);
        QCOMPARE(pace->points(), (QList<QPointF>{{1, 171.0}, {2, 118.5}, {3, 140.0}}));
        QAreaSeries *band = nullptr;
        for (QAbstractSeries *series : chart.paceChart()->series())
            band = band ? band : qobject_cast<QAreaSeries *>(series);
        QVERIFY(band);
        QCOMPARE(band->name(), QStringLiteral("About 120–160: easy to follow"));
        QCOMPARE(band->upperSeries()->at(0).y(), 160.0);
        QCOMPARE(band->lowerSeries()->at(0).y(), 120.0);
        QLineSeries *filler = line(chart.fillerChart(), QStringLiteral("Filler words"));
        QVERIFY(filler);
        QCOMPARE(filler->points(), (QList<QPointF>{{1, 7.5}, {2, 4.0}, {3, 2.2}}));
        QLineSeries *limit = line(chart.fillerChart(), QStringLiteral("Fewer than about 5 a minute"));
        QVERIFY(limit);
        QCOMPARE(limit->at(0).y(), 5.0);

        // It is part of the Progress panel.
        ui::ProgressPanel panel(db());
        auto *inPanel = panel.findChild<ui::SpeechProgressChart *>();
        QVERIFY(inPanel);
        QCOMPARE(line(inPanel->paceChart(), QStringLiteral("Pace"))->count(), 3);
    }
};

QTEST_MAIN(TestSpeechFeedback)
#include "tst_speechfeedback.moc"
