#include "core/AttemptHistoryModel.h"
#include "core/AttemptRepository.h"
#include "core/ReviewRepository.h"
#include "support/MediaInfo.h"
#include "support/TempProfile.h"
#include "support/TestData.h"
#include "ui/AnswerPlayer.h"
#include "ui/CompareView.h"
#include "ui/HistoryPanel.h"
#include "ui/ReviewView.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace rehearse;
using rehearse::test::MediaInfo;
using rehearse::test::TestData;

// History, review and compare on real recordings: WebM files written by ffmpeg in the
// format Practice records, played through Qt Multimedia.
class TestHistory : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TempProfile> m_profile;
    // Recorded on a Monday morning, UTC.
    const QDateTime m_t0 = QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);

    QSqlDatabase db() const { return m_profile->connection(); }
    core::AttemptRepository attempts() const { return core::AttemptRepository(db(), m_profile->path()); }

    qint64 record(const QString &slug, const QDateTime &when, double seconds, bool video = true)
    {
        core::Attempt a;
        a.questionId = m_profile->questionId(slug);
        a.startedAt = when;
        a.limitMs = 120'000;
        a.mode = video ? core::Attempt::Mode::Video : core::Attempt::Mode::Audio;
        a.file = QStringLiteral("recordings/%1-%2.webm").arg(slug).arg(when.toMSecsSinceEpoch());
        QString error;
        if (!MediaInfo::makeRecording(QDir(m_profile->path()).filePath(a.file), seconds, video, &error)) {
            qWarning("ffmpeg failed: %s", qPrintable(error));
            return 0;
        }
        const qint64 id = attempts().begin(a);
        attempts().finish(id, qint64(seconds * 1000), core::Attempt::State::Complete);
        return id;
    }

    qint64 criterion(const QString &slug) const
    {
        for (const core::Criterion &c : core::ReviewRepository(db()).criteria())
            if (c.slug == slug)
                return c.id;
        return 0;
    }

    template<typename T> static T *child(QWidget *root, const QString &name)
    {
        T *widget = root->findChild<T *>(name);
        if (!widget)
            qWarning("no %s", qPrintable(name));
        return widget;
    }

    static QStringList texts(QListWidget *list)
    {
        QStringList result;
        for (int i = 0; i < list->count(); ++i)
            result << list->item(i)->text();
        return result;
    }

private slots:
    void init()
    {
        m_profile = std::make_unique<test::TempProfile>();
        QVERIFY(m_profile->isValid());
    }

    void cleanup() { m_profile.reset(); }

    void anEmptyHistorySaysHowToFillIt()
    {
        ui::HistoryPanel panel(db(), m_profile->path());
        panel.show();
        QCOMPARE(child<QLabel>(&panel, QStringLiteral("historyCount"))->text(), QStringLiteral("0 answers"));
        auto *empty = child<QLabel>(&panel, QStringLiteral("historyEmpty"));
        QVERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(QStringLiteral("Record one in Practice (Ctrl+4)")));
        QVERIFY(!panel.table()->isVisible());
        QVERIFY(texts(panel.dueList()).first().startsWith(QStringLiteral("Nothing due today.")));
    }

    void theListFiltersFromItsControls()
    {
        QVERIFY(record(QStringLiteral("q-owned"), m_t0, 1.0));
        QVERIFY(record(QStringLiteral("q-learn"), m_t0.addDays(1), 1.0));
        QVERIFY(record(QStringLiteral("q-owned"), m_t0.addDays(2), 1.0, false));
        ui::HistoryPanel panel(db(), m_profile->path());
        panel.show();
        auto *count = child<QLabel>(&panel, QStringLiteral("historyCount"));
        QCOMPARE(count->text(), QStringLiteral("3 answers"));
        QCOMPARE(panel.table()->model()->index(0, core::AttemptHistoryModel::Mode).data().toString(),
                 QStringLiteral("Sound"));

        QTest::keyClicks(child<QLineEdit>(&panel, QStringLiteral("historySearch")), QStringLiteral("learn"));
        QCOMPARE(count->text(), QStringLiteral("1 of 3 answers"));
        QCOMPARE(panel.table()->model()->index(0, core::AttemptHistoryModel::Question).data().toString(),
                 QStringLiteral("What did you learn last month?"));
        child<QLineEdit>(&panel, QStringLiteral("historySearch"))->clear();

        auto *quality = child<QComboBox>(&panel, QStringLiteral("historyQuality"));
        QCOMPARE(quality->count(), 3); // all, Curiosity, Ownership
        quality->setCurrentIndex(quality->findText(QStringLiteral("Ownership")));
        QCOMPARE(count->text(), QStringLiteral("2 of 3 answers"));

        auto *score = child<QComboBox>(&panel, QStringLiteral("historyScore"));
        score->setCurrentIndex(score->findText(QStringLiteral("Strong (4–5)")));
        QCOMPARE(count->text(), QStringLiteral("0 of 3 answers"));
        QVERIFY(child<QLabel>(&panel, QStringLiteral("historyEmpty"))
                    ->text()
                    .contains(QStringLiteral("Clear filters to see all 3")));
    }

    // The whole review on one answer: scores from the buttons, the overall score that
    // follows, notes, a bookmark that seeks the player; then the next day, after a restart,
    // History lists it with its score and the question is due again.
    void scoreBookmarkAndFindItTheNextDay()
    {
        const qint64 id = record(QStringLiteral("q-owned"), m_t0, 3.0);
        QVERIFY(id);
        {
            ui::HistoryPanel panel(db(), m_profile->path());
            panel.resize(1100, 700);
            panel.show();
            panel.selectAttempt(id);
            QVERIFY(panel.review(id));
            ui::ReviewView *view = panel.reviewView();
            QVERIFY(view->isVisible());
            QCOMPARE(child<QLabel>(view, QStringLiteral("reviewQuestion"))->text(),
                     QStringLiteral("When did you own a problem end to end?"));
            QVERIFY(child<QLabel>(view, QStringLiteral("reviewMeta"))->text().contains(QStringLiteral("0:03 of 2:00")));

            // Every criterion through its buttons: 2, 2, 3, 3, 3, 3 → mean 2.67 → overall 3.
            const QList<core::Criterion> criteria = core::ReviewRepository(db()).criteria();
            QCOMPARE(criteria.size(), 6);
            for (int i = 0; i < criteria.size(); ++i) {
                const QString name = QStringLiteral("score-%1-%2").arg(criteria.at(i).slug).arg(i < 2 ? 2 : 3);
                auto *button = child<QAbstractButton>(view, name);
                QVERIFY(button);
                QTest::mouseClick(button, Qt::LeftButton);
                QVERIFY(button->isChecked());
            }
            QCOMPARE(core::ReviewRepository(db()).scores(id).size(), 6);
            QCOMPARE(core::ReviewRepository(db()).scores(id).value(criterion(QStringLiteral("structure"))), 2);
            QCOMPARE(view->overall(), 3);
            QCOMPARE(attempts().get(id)->overallScore, std::optional<int>(3));
            QVERIFY(child<QLabel>(view, QStringLiteral("overallSuggestion"))->text().contains(QStringLiteral("2.7")));
            // The chosen level is explained under the criterion.
            auto *structureRow = child<QWidget>(view, QStringLiteral("score-structure"));
            QVERIFY(child<QLabel>(structureRow, QStringLiteral("levelHint"))->text().startsWith(QStringLiteral("2: ")));

            // A second click on the chosen score clears it.
            auto *overall5 = child<QAbstractButton>(view, QStringLiteral("score-overall-5"));
            QTest::mouseClick(overall5, Qt::LeftButton);
            QCOMPARE(attempts().get(id)->overallScore, std::optional<int>(5));
            QTest::mouseClick(overall5, Qt::LeftButton);
            QVERIFY(!attempts().get(id)->overallScore);
            QTest::mouseClick(child<QAbstractButton>(view, QStringLiteral("score-overall-2")), Qt::LeftButton);
            QCOMPARE(attempts().get(id)->overallScore, std::optional<int>(2));

            // Notes are kept when leaving the review, without waiting for the timer.
            auto *notes = child<QPlainTextEdit>(view, QStringLiteral("reviewNotes"));
            notes->setFocus();
            QTest::keyClicks(notes, QStringLiteral("Lead with the result."));
            panel.showList();
            QCOMPARE(attempts().get(id)->notes, QStringLiteral("Lead with the result."));

            // A bookmark at the player's position, which seeks back there when chosen.
            QVERIFY(panel.review(id));
            ui::AnswerPlayer *player = view->player();
            QTRY_VERIFY_WITH_TIMEOUT(player->player()->duration() > 0, 15000);
            player->seek(1500);
            QTRY_VERIFY_WITH_TIMEOUT(qAbs(player->player()->position() - 1500) < 200, 10000);
            QTest::keyClicks(child<QLineEdit>(view, QStringLiteral("bookmarkText")), QStringLiteral("the result"));
            view->addBookmark();
            const QList<core::Bookmark> bookmarks = core::ReviewRepository(db()).bookmarks(id);
            QCOMPARE(bookmarks.size(), 1);
            QVERIFY(qAbs(bookmarks.first().positionMs - 1500) < 200);
            QCOMPARE(bookmarks.first().text, QStringLiteral("the result"));
            auto *list = child<QListWidget>(view, QStringLiteral("bookmarkList"));
            QCOMPARE(list->count(), 1);
            QCOMPARE(list->item(0)->text(), QStringLiteral("0:01  the result"));
            player->seek(0);
            QTRY_VERIFY_WITH_TIMEOUT(player->player()->position() < 200, 10000);
            emit list->itemActivated(list->item(0));
            QTRY_VERIFY_WITH_TIMEOUT(qAbs(player->player()->position() - 1500) < 200, 10000);
        }

        // The next day, after a restart.
        m_profile->reopen();
        ui::HistoryPanel panel(db(), m_profile->path());
        panel.setClock([this] { return m_t0.addDays(1).addSecs(3600).toLocalTime(); });
        panel.show();
        QCOMPARE(panel.table()->model()->rowCount(), 1);
        const QModelIndex row = panel.table()->model()->index(0, core::AttemptHistoryModel::Overall);
        QCOMPARE(row.data().toString(), QStringLiteral("2"));
        QCOMPARE(panel.table()->model()->index(0, core::AttemptHistoryModel::Rubric).data().toString(),
                 QLocale().toString(16.0 / 6, 'f', 1));
        // Weak (2): the question is back after one day, at the top of "Due for practice".
        QCOMPARE(texts(panel.dueList()), QStringList{QStringLiteral("When did you own a problem end to end?")});
        QSignalSpy practise(&panel, &ui::HistoryPanel::practiseRequested);
        emit panel.dueList()->itemActivated(panel.dueList()->item(0));
        QCOMPARE(practise.size(), 1);
        QCOMPARE(practise.first().first().toLongLong(), m_profile->questionId(QStringLiteral("q-owned")));
        QVERIFY(panel.review(id));
        QCOMPARE(child<QPlainTextEdit>(panel.reviewView(), QStringLiteral("reviewNotes"))->toPlainText(),
                 QStringLiteral("Lead with the result."));
        QCOMPARE(child<QListWidget>(panel.reviewView(), QStringLiteral("bookmarkList"))->item(0)->text(),
                 QStringLiteral("0:01  the result"));
    }

    void playbackReachesTheFullDuration_data()
    {
        QTest::addColumn<bool>("video");
        QTest::newRow("video and sound") << true;
        QTest::newRow("sound only") << false;
    }

    void playbackReachesTheFullDuration()
    {
        QFETCH(bool, video);
        const qint64 id = record(QStringLiteral("q-learn"), m_t0, 4.0, video);
        QVERIFY(id);
        ui::HistoryPanel panel(db(), m_profile->path());
        panel.show();
        QVERIFY(panel.review(id));
        ui::AnswerPlayer *player = panel.reviewView()->player();
        player->setVolume(0);
        player->setSpeed(2.0);
        QCOMPARE(player->speed(), 2.0);
        QTRY_VERIFY_WITH_TIMEOUT(player->player()->duration() > 0, 15000);
        QVERIFY2(qAbs(player->player()->duration() - 4000) < 250,
                 qPrintable(QString::number(player->player()->duration())));
        QCOMPARE(player->player()->hasVideo(), video);
        qint64 furthest = 0;
        connect(player->player(), &QMediaPlayer::positionChanged, this,
                [&furthest](qint64 position) { furthest = std::max(furthest, position); });
        player->togglePlay();
        QTRY_COMPARE_WITH_TIMEOUT(player->player()->mediaStatus(), QMediaPlayer::EndOfMedia, 20000);
        QVERIFY2(furthest >= player->player()->duration() - 300,
                 qPrintable(QStringLiteral("%1 of %2").arg(furthest).arg(player->player()->duration())));
        QCOMPARE(child<QLabel>(player, QStringLiteral("playerTime"))->text(), QStringLiteral("0:04 / 0:04"));
    }

    void twoAttemptsSideBySide()
    {
        const qint64 older = record(QStringLiteral("q-owned"), m_t0, 2.0);
        const qint64 newer = record(QStringLiteral("q-owned"), m_t0.addDays(2), 2.0);
        const qint64 other = record(QStringLiteral("q-learn"), m_t0.addDays(3), 2.0);
        core::ReviewRepository review(db());
        QVERIFY(review.setScore(older, criterion(QStringLiteral("ownership")), 2));
        QVERIFY(review.setScore(newer, criterion(QStringLiteral("ownership")), 4));
        QVERIFY(review.setOverall(newer, 4));

        ui::HistoryPanel panel(db(), m_profile->path());
        panel.show();
        auto *compareButton = child<QAbstractButton>(&panel, QStringLiteral("compareButton"));
        panel.selectAttempt(newer);
        panel.selectAttempt(other);
        QVERIFY(!compareButton->isEnabled()); // different questions
        panel.table()->clearSelection();
        panel.selectAttempt(newer);
        panel.selectAttempt(older);
        QVERIFY(compareButton->isEnabled());
        QTest::mouseClick(compareButton, Qt::LeftButton);

        ui::CompareView *view = panel.compareView();
        QVERIFY(view->isVisible());
        QTableWidget *scores = view->scoreTable();
        QCOMPARE(scores->rowCount(), 7);
        QCOMPARE(scores->verticalHeaderItem(3)->text(), QStringLiteral("Ownership"));
        QCOMPARE(scores->item(3, 0)->text(), QStringLiteral("2")); // the older one on the left
        QCOMPARE(scores->item(3, 1)->text(), QStringLiteral("4"));
        QCOMPARE(scores->item(6, 0)->text(), QStringLiteral("–"));
        QCOMPARE(scores->item(6, 1)->text(), QStringLiteral("4"));

        for (int side = 0; side < 2; ++side) {
            view->player(side)->setVolume(0);
            QTRY_VERIFY_WITH_TIMEOUT(view->player(side)->player()->duration() > 0, 15000);
        }
        view->togglePlayBoth();
        QCOMPARE(view->player(0)->player()->playbackState(), QMediaPlayer::PlayingState);
        QCOMPARE(view->player(1)->player()->playbackState(), QMediaPlayer::PlayingState);
        view->togglePlayBoth();
        QCOMPARE(view->player(0)->player()->playbackState(), QMediaPlayer::PausedState);
        QCOMPARE(view->player(1)->player()->playbackState(), QMediaPlayer::PausedState);
    }

    void deleteAndExportSayWhatHappened()
    {
        const qint64 keep = record(QStringLiteral("q-owned"), m_t0, 1.0);
        const qint64 gone = record(QStringLiteral("q-learn"), m_t0.addDays(1), 1.0);
        ui::HistoryPanel panel(db(), m_profile->path());
        panel.show();

        QTemporaryDir out;
        QVERIFY(panel.exportAttempt(keep, out.path()));
        QVERIFY(panel.message().startsWith(QStringLiteral("Exported ")));
        QCOMPARE(QDir(out.path()).entryList({QStringLiteral("*.webm")}, QDir::Files).size(), 1);
        QCOMPARE(QDir(out.path()).entryList({QStringLiteral("*.md")}, QDir::Files).size(), 1);

        const QString file = attempts().absolutePath(*attempts().get(gone));
        QVERIFY(panel.removeAttempt(gone));
        QCOMPARE(panel.message(), QStringLiteral("Answer deleted."));
        QVERIFY(!QFile::exists(file));
        QCOMPARE(panel.table()->model()->rowCount(), 1);

        // A recording that cannot be deleted: everything stays, and the user is told.
        const QString kept = attempts().absolutePath(*attempts().get(keep));
        QVERIFY(QFile::remove(kept));
        QVERIFY(QDir().mkpath(kept + QStringLiteral("/blocker")));
        QVERIFY(!panel.removeAttempt(keep));
        QVERIFY2(panel.message().contains(QStringLiteral("were kept")), qPrintable(panel.message()));
        QCOMPARE(panel.table()->model()->rowCount(), 1);
        QCOMPARE(TestData::count(db(), QStringLiteral("attempts")), 1);
    }
};

QTEST_MAIN(TestHistory)
#include "tst_history.moc"
