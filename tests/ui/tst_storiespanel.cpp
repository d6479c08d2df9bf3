#include "core/QuestionRepository.h"
#include "core/StoryCoverageModel.h"
#include "core/StoryListModel.h"
#include "core/StoryRepository.h"
#include "support/TempProfile.h"
#include "support/TestData.h"
#include "ui/BalanceBar.h"
#include "ui/CoverageView.h"
#include "ui/MainWindow.h"
#include "ui/SaveTimer.h"
#include "ui/StoriesPanel.h"
#include "ui/StoryEditor.h"
#include "ui/StoryGuidance.h"
#include "ui/StoryLinks.h"
#include "ui/StoryQualities.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace rehearse;
using rehearse::core::Story;
using rehearse::core::StoryPart;
using rehearse::test::TestData;

// The Stories panel as a user drives it: keys, autosave (the pause fired by hand), undo,
// guidance, links, coverage, export and import.
class TestStoriesPanel : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TempProfile> m_profile;

    QSqlDatabase db() const { return m_profile->connection(); }

    QString stored(qint64 id, const QString &column) const
    {
        QSqlQuery query(db());
        query.prepare(QStringLiteral("SELECT %1 FROM stories WHERE id = ?").arg(column));
        query.addBindValue(id);
        return query.exec() && query.next() ? query.value(0).toString() : QStringLiteral("<no row>");
    }

    qint64 quality(const QString &slug) const
    {
        QSqlQuery query(db());
        query.prepare(QStringLiteral("SELECT id FROM qualities WHERE slug = ?"));
        query.addBindValue(slug);
        return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
    }

    static QPlainTextEdit *part(ui::StoriesPanel &panel, StoryPart part) { return panel.editor()->partEdit(part); }

    static QString labelText(QWidget *root, const QString &name)
    {
        auto *label = root->findChild<QLabel *>(name);
        return label ? label->text() : QStringLiteral("<no %1>").arg(name);
    }

    static QStringList texts(QListWidget *list)
    {
        QStringList result;
        for (int i = 0; i < list->count(); ++i)
            result << list->item(i)->text();
        return result;
    }

    // Shows the panel in an active window, as it is in the app.
    static void showActive(QWidget &widget)
    {
        widget.resize(1100, 700);
        widget.show();
        QApplication::setActiveWindow(&widget);
        QVERIFY(QTest::qWaitForWindowActive(&widget));
    }

    qint64 sampleStory(const QString &title, const QString &situation, const QString &task, const QString &action,
                       const QString &result)
    {
        return core::StoryRepository(db()).create({0, title, situation, task, action, result, {}, {}});
    }

private slots:
    void init()
    {
        QSettings().clear();
        m_profile = std::make_unique<test::TempProfile>();
        QVERIFY(m_profile->isValid());
    }

    void cleanup() { m_profile.reset(); }

    void ctrl3CtrlNAndTabThroughTheParts()
    {
        ui::MainWindow window(m_profile->database(), m_profile->dataDir());
        window.resize(1100, 760);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));

        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window.currentPanel(), int(ui::MainWindow::Stories));
        auto *panel = qobject_cast<ui::StoriesPanel *>(window.panel(ui::MainWindow::Stories));
        QVERIFY(panel);
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(TestData::count(db(), QStringLiteral("stories")), 1);
        const qint64 id = panel->currentStory();
        QVERIFY(id > 0);
        QCOMPARE(QApplication::focusWidget(), panel->editor()->titleEdit());

        const QStringList typed{QStringLiteral("Billing outage"), QStringLiteral("Payments failed at 9pm."),
                                QStringLiteral("Restore billing."), QStringLiteral("I rolled back the release."),
                                QStringLiteral("Back in 12 minutes.")};
        const QStringList editors{QStringLiteral("storyTitle"), QStringLiteral("storySituation"),
                                  QStringLiteral("storyTask"), QStringLiteral("storyAction"),
                                  QStringLiteral("storyResult")};
        for (int i = 0; i < typed.size(); ++i) {
            QCOMPARE(QApplication::focusWidget()->objectName(), editors.at(i));
            QTest::keyClicks(QApplication::focusWidget(), typed.at(i));
            if (i + 1 < typed.size())
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        // Leaving a field saved it; the last one waits for the pause.
        QCOMPARE(stored(id, QStringLiteral("task")), QStringLiteral("Restore billing."));
        QCOMPARE(stored(id, QStringLiteral("result")), QString());
        QVERIFY(panel->editor()->saveTimer()->isPending());
        panel->editor()->saveTimer()->fire();
        const QStringList columns{QStringLiteral("title"), QStringLiteral("situation"), QStringLiteral("task"),
                                  QStringLiteral("action"), QStringLiteral("result")};
        for (int i = 0; i < typed.size(); ++i)
            QCOMPARE(stored(id, columns.at(i)), typed.at(i));
        QCOMPARE(panel->model()->index(0, core::StoryListModel::Title).data().toString(),
                 QStringLiteral("Billing outage"));
    }

    void anEmptyPanelInvitesTheFirstStory()
    {
        ui::StoriesPanel panel(db());
        showActive(panel);
        QVERIFY(panel.findChild<QLabel *>(QStringLiteral("storiesEmpty"))->isVisible());
        QCOMPARE(labelText(&panel, QStringLiteral("storyProgress")), QStringLiteral("No stories yet: aim for 6 to 8."));
        QVERIFY(!panel.editor()->isVisible());
        const QString folder = qEnvironmentVariable("REHEARSE_GRAB_DIR");
        if (!folder.isEmpty())
            panel.grab().save(folder + QStringLiteral("/empty.png"));

        QTest::keyClick(&panel, Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(TestData::count(db(), QStringLiteral("stories")), 1);
        QVERIFY(panel.editor()->isVisible());
        QCOMPARE(QApplication::focusWidget(), panel.editor()->titleEdit());
        QCOMPARE(labelText(&panel, QStringLiteral("storyProgress")),
                 QStringLiteral("0 of 6–8 stories complete. 1 draft still has an empty part."));
    }

    void autosaveWaitsForThePauseAfterTyping()
    {
        ui::StoriesPanel panel(db());
        showActive(panel);
        const qint64 id = panel.newStory();
        ui::SaveTimer *timer = panel.editor()->saveTimer();
        QVERIFY(!timer->isPending());
        QVERIFY(timer->delayMs() > 0 && timer->delayMs() <= 1000);

        QTest::keyClicks(part(panel, StoryPart::Situation), QStringLiteral("The night before launch"));
        QVERIFY(timer->isPending());
        QVERIFY(panel.editor()->hasPendingChanges());
        QCOMPARE(stored(id, QStringLiteral("situation")), QString());
        timer->fire();
        QCOMPARE(stored(id, QStringLiteral("situation")), QStringLiteral("The night before launch"));
        QVERIFY(!panel.editor()->hasPendingChanges());
        QCOMPARE(labelText(&panel, QStringLiteral("storyStatus")), QStringLiteral("All changes saved."));

        // More typing starts the pause again; nothing is written until it ends.
        QTest::keyClicks(part(panel, StoryPart::Situation), QStringLiteral(", in March"));
        QVERIFY(timer->isPending());
        QCOMPARE(stored(id, QStringLiteral("situation")), QStringLiteral("The night before launch"));
        timer->fire();
        QCOMPARE(stored(id, QStringLiteral("situation")), QStringLiteral("The night before launch, in March"));
    }

    void leavingAFieldSavesIt()
    {
        ui::StoriesPanel panel(db());
        showActive(panel);
        const qint64 id = panel.newStory();
        QPlainTextEdit *task = part(panel, StoryPart::Task);
        task->setFocus();
        QTest::keyClicks(task, QStringLiteral("Keep orders flowing"));
        QCOMPARE(stored(id, QStringLiteral("task")), QString());
        part(panel, StoryPart::Action)->setFocus();
        QCOMPARE(stored(id, QStringLiteral("task")), QStringLiteral("Keep orders flowing"));
        QVERIFY(!panel.editor()->saveTimer()->isPending());
    }

    void switchingStoriesKeepsPendingText()
    {
        const qint64 first = sampleStory(QStringLiteral("First"), {}, {}, {}, {});
        const qint64 second = sampleStory(QStringLiteral("Second"), {}, {}, {}, {});
        ui::StoriesPanel panel(db());
        showActive(panel);
        QVERIFY(panel.showStory(first));
        QTest::keyClicks(part(panel, StoryPart::Action), QStringLiteral("I paged the owner"));
        QVERIFY(panel.editor()->saveTimer()->isPending());
        QVERIFY(panel.showStory(second));
        QCOMPARE(stored(first, QStringLiteral("action")), QStringLiteral("I paged the owner"));
        QCOMPARE(part(panel, StoryPart::Action)->toPlainText(), QString());
        QVERIFY(!panel.editor()->saveTimer()->isPending());

        // Alt+Down and Alt+Up walk the list.
        QTest::keyClick(&panel, Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(panel.currentStory(), first);
        QCOMPARE(part(panel, StoryPart::Action)->toPlainText(), QStringLiteral("I paged the owner"));
        QTest::keyClick(&panel, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(panel.currentStory(), second);
    }

    void hidingAndClosingSave()
    {
        auto panel = std::make_unique<ui::StoriesPanel>(db());
        showActive(*panel);
        const qint64 id = panel->newStory();
        QTest::keyClicks(part(*panel, StoryPart::Result), QStringLiteral("Saved on hide"));
        panel->hide();
        QCOMPARE(stored(id, QStringLiteral("result")), QStringLiteral("Saved on hide"));

        showActive(*panel);
        QTest::keyClicks(part(*panel, StoryPart::Result), QStringLiteral(", and on close"));
        QVERIFY(panel->editor()->saveTimer()->isPending());
        panel.reset();
        QCOMPARE(stored(id, QStringLiteral("result")), QStringLiteral("Saved on hide, and on close"));
    }

    void aFailedSaveKeepsTheTextAndTheStory()
    {
        const qint64 other = sampleStory(QStringLiteral("Other"), {}, {}, {}, {});
        ui::StoriesPanel panel(db());
        showActive(panel);
        const qint64 id = panel.newStory();
        QSqlQuery(db()).exec(QStringLiteral("CREATE TRIGGER refuse BEFORE UPDATE ON stories "
                                            "BEGIN SELECT RAISE(ABORT, 'disk full'); END"));
        QTest::keyClicks(part(panel, StoryPart::Action), QStringLiteral("I kept going"));
        panel.editor()->saveTimer()->fire();
        QVERIFY(panel.editor()->hasPendingChanges());
        QVERIFY(labelText(&panel, QStringLiteral("storyStatus")).startsWith(QStringLiteral("Not saved: disk full")));
        QVERIFY(panel.message().contains(QStringLiteral("Your text is still here")));

        // Another story is not shown while this one's text cannot be saved.
        QVERIFY(!panel.showStory(other));
        QCOMPARE(panel.currentStory(), id);
        QCOMPARE(part(panel, StoryPart::Action)->toPlainText(), QStringLiteral("I kept going"));
        QCOMPARE(panel.list()->currentIndex().row(), panel.model()->rowOf(id));

        QSqlQuery(db()).exec(QStringLiteral("DROP TRIGGER refuse"));
        QTest::keyClicks(part(panel, StoryPart::Action), QStringLiteral("."));
        panel.editor()->saveTimer()->fire();
        QCOMPARE(stored(id, QStringLiteral("action")), QStringLiteral("I kept going."));
        QVERIFY(panel.showStory(other));
    }

    void undoAndRedoStayInTheirField()
    {
        const qint64 other = sampleStory(QStringLiteral("Other"), QStringLiteral("Loaded text"), {}, {}, {});
        ui::StoriesPanel panel(db());
        showActive(panel);
        const qint64 id = panel.newStory();
        QPlainTextEdit *situation = part(panel, StoryPart::Situation);
        QPlainTextEdit *task = part(panel, StoryPart::Task);
        QTest::keyClicks(situation, QStringLiteral("abc"));
        QTest::keyClicks(task, QStringLiteral("xyz"));
        situation->setFocus();
        QTest::keyClick(situation, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(situation->toPlainText(), QString());
        QCOMPARE(task->toPlainText(), QStringLiteral("xyz"));
        QTest::keyClick(situation, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(situation->toPlainText(), QStringLiteral("abc"));
        // Undo in the title works too, and what undo leaves is what is saved.
        QLineEdit *title = panel.editor()->titleEdit();
        QTest::keyClicks(title, QStringLiteral("Oops"));
        QTest::keyClick(title, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(title->text(), QString());
        QVERIFY(panel.editor()->save());
        QCOMPARE(stored(id, QStringLiteral("title")), QString());
        QCOMPARE(stored(id, QStringLiteral("situation")), QStringLiteral("abc"));

        // Loading a story is not an edit: nothing to undo, nothing to save.
        QVERIFY(panel.showStory(other));
        QCOMPARE(part(panel, StoryPart::Situation)->toPlainText(), QStringLiteral("Loaded text"));
        QVERIFY(!part(panel, StoryPart::Situation)->document()->isUndoAvailable());
        QVERIFY(!panel.editor()->titleEdit()->isUndoAvailable());
        QVERIFY(!panel.editor()->hasPendingChanges());
        QVERIFY(!panel.editor()->saveTimer()->isPending());
    }

    void guidanceFollowsTheTyping()
    {
        ui::StoriesPanel panel(db());
        showActive(panel);
        panel.newStory();
        ui::StoryGuidance *guidance = panel.guidance();
        QVERIFY(guidance->hintsLabel()->text().contains(QStringLiteral("Start with the Situation")));

        QTest::keyClicks(part(panel, StoryPart::Situation), QStringLiteral("Payments failed on launch night"));
        QTest::keyClicks(part(panel, StoryPart::Task), QStringLiteral("Restore billing"));
        QTest::keyClicks(part(panel, StoryPart::Action),
                         QStringLiteral("We rolled back, we paged the owner and I wrote the notes"));
        QTest::keyClicks(part(panel, StoryPart::Result), QStringLiteral("Billing was back quickly"));
        QCOMPARE(labelText(&panel, QStringLiteral("storyWordsSituation")), QStringLiteral("5"));
        QCOMPARE(labelText(&panel, QStringLiteral("storyWordsAction")), QStringLiteral("12"));
        QCOMPARE(labelText(&panel, QStringLiteral("storyWordsTotal")), QStringLiteral("23"));
        QCOMPARE(guidance->timeLabel()->text(), QStringLiteral("0:10 of 2:00"));
        const QString hints = guidance->hintsLabel()->text();
        QVERIFY2(hints.contains(QStringLiteral("• The Result has no number in it")), qPrintable(hints));
        QVERIFY2(hints.contains(QStringLiteral("“we” more often than “I” (2 to 1)")), qPrintable(hints));
        QVERIFY(guidance->balanceBar()->summary().contains(QStringLiteral("Action: 52% (aim for 50–60%)")));

        // A slower pace: more time, in the guidance and the list, and remembered.
        guidance->paceBox()->setValue(70);
        QCOMPARE(guidance->timeLabel()->text(), QStringLiteral("0:20 of 2:00"));
        QCOMPARE(panel.model()->index(0, core::StoryListModel::Time).data().toString(), QStringLiteral("0:00"));
        QVERIFY(panel.editor()->save());
        QCOMPARE(panel.model()->index(0, core::StoryListModel::Time).data().toString(), QStringLiteral("0:20"));
        QCOMPARE(QSettings().value(QStringLiteral("stories/wordsPerMinute")).toInt(), 70);
        QVERIFY(!guidance->timeLabel()->text().isEmpty());
    }

    void overTheLimitTurnsTheTimeRed()
    {
        ui::StoriesPanel panel(db());
        showActive(panel);
        panel.newStory();
        part(panel, StoryPart::Action)->setPlainText(QStringLiteral("word ").repeated(300));
        QCOMPARE(panel.guidance()->timeLabel()->text(), QStringLiteral("2:09 of 2:00"));
        QCOMPARE(labelText(&panel, QStringLiteral("storyTimeNote")),
                 QStringLiteral("0:09 over the limit: cut until it fits."));
        QVERIFY(panel.guidance()->hintsLabel()->text().contains(QStringLiteral("over the 2:00 limit")));
    }

    void linkAndUnlinkQuestions()
    {
        ui::StoriesPanel panel(db());
        showActive(panel);
        const qint64 id = panel.newStory();
        ui::StoryLinks *links = panel.links();
        QCOMPARE(links->resultList()->count(), 3);

        QTest::keyClick(&panel, Qt::Key_L, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), links->searchBox());
        QTest::keyClicks(links->searchBox(), QStringLiteral("own problem"));
        QCOMPARE(texts(links->resultList()), QStringList{QStringLiteral("When did you own a problem end to end?")});
        QTest::keyClick(links->searchBox(), Qt::Key_Return);
        QCOMPARE(texts(links->linkedList()), QStringList{QStringLiteral("When did you own a problem end to end?")});
        QCOMPARE(TestData::count(db(), QStringLiteral("story_questions"),
                                 QStringLiteral("story_id = %1 AND question_id = %2")
                                     .arg(id)
                                     .arg(m_profile->questionId(QStringLiteral("q-owned")))),
                 1);
        QCOMPARE(links->resultList()->count(), 0); // the only match is linked now
        QCOMPARE(panel.model()->index(0, core::StoryListModel::Questions).data().toInt(), 1);

        // The cue card Practice shows comes from the linked story.
        QTest::keyClicks(part(panel, StoryPart::Situation), QStringLiteral("Payments failed. It was late."));
        panel.editor()->save();
        const std::optional<core::StoryCue> cue
            = core::QuestionRepository(db()).cueFor(m_profile->questionId(QStringLiteral("q-owned")));
        QVERIFY(cue);
        QCOMPARE(cue->points, QStringList{QStringLiteral("Situation: Payments failed.")});

        links->linkedList()->setFocus();
        links->linkedList()->setCurrentRow(0);
        QTest::keyClick(links->linkedList(), Qt::Key_Delete);
        QCOMPARE(TestData::count(db(), QStringLiteral("story_questions")), 0);
        QCOMPARE(links->linkedList()->item(0)->flags(), Qt::NoItemFlags); // the "none yet" line
    }

    void qualitiesAndCoverage()
    {
        const qint64 first = sampleStory(QStringLiteral("Outage"), {}, {}, {}, {});
        ui::StoriesPanel panel(db());
        showActive(panel);
        QVERIFY(panel.showStory(first));
        QListWidget *qualities = panel.qualities()->list();
        QCOMPARE(texts(qualities), (QStringList{QStringLiteral("Ownership"), QStringLiteral("Curiosity")}));
        qualities->item(0)->setCheckState(Qt::Checked);
        QCOMPARE(core::StoryRepository(db()).qualityIds(first), QList<qint64>{quality(QStringLiteral("ownership"))});

        QTest::keyClick(&panel, Qt::Key_C, Qt::AltModifier);
        ui::CoverageView *coverage = panel.coverage();
        QVERIFY(coverage->isVisible());
        QCOMPARE(coverage->missingLabel()->text(), QStringLiteral("1 quality has no story yet: Curiosity."));
        QCOMPARE(coverage->progressLabel()->text(),
                 QStringLiteral("0 of 6–8 stories complete. 1 draft still has an empty part."));
        QVERIFY(coverage->model()->setShows(first, quality(QStringLiteral("curiosity")), true));
        QCOMPARE(coverage->missingLabel()->text(), QStringLiteral("✓ Every quality has at least one story."));
        QCOMPARE(qualities->item(1)->checkState(), Qt::Checked); // the editor follows the matrix

        QTest::keyClick(&panel, Qt::Key_W, Qt::AltModifier);
        QVERIFY(panel.editor()->isVisible());
    }

    void deleteAStory()
    {
        const qint64 id = sampleStory(QStringLiteral("Gone soon"), QStringLiteral("x"), {}, {}, {});
        ui::StoriesPanel panel(db());
        showActive(panel);
        QCOMPARE(panel.currentStory(), id);
        QVERIFY(panel.removeStory(id));
        QCOMPARE(TestData::count(db(), QStringLiteral("stories")), 0);
        QCOMPARE(panel.currentStory(), 0);
        QCOMPARE(panel.message(), QStringLiteral("Deleted “Gone soon”."));
        QVERIFY(panel.findChild<QLabel *>(QStringLiteral("storiesEmpty"))->isVisible());
    }

    void exportMarkdownAndPdfThenImport()
    {
        const qint64 id = sampleStory(QStringLiteral("Billing outage"), QStringLiteral("Payments failed."),
                                      QStringLiteral("Restore billing."), QStringLiteral("I rolled back."),
                                      QStringLiteral("Back in 12 minutes."));
        core::StoryRepository(db()).setQuality(id, quality(QStringLiteral("ownership")), true);
        core::StoryRepository(db()).link(id, m_profile->questionId(QStringLiteral("q-owned")));
        sampleStory(QStringLiteral("Mentoring"), QStringLiteral("A new hire."), {}, {}, {});
        QTemporaryDir out;
        const QString markdown = out.filePath(QStringLiteral("stories.md"));
        const QString pdf = out.filePath(QStringLiteral("stories.pdf"));
        {
            ui::StoriesPanel panel(db());
            QSignalSpy finished(&panel, &ui::StoriesPanel::transferFinished);
            panel.exportStories(markdown);
            QVERIFY(finished.wait());
            QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
            QCOMPARE(panel.message(), QStringLiteral("Exported 2 stories to %1.").arg(markdown));
            panel.exportStories(pdf);
            QVERIFY(finished.wait());
            QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
        }
        const QByteArray bytes = TestData::read(pdf);
        QVERIFY(bytes.startsWith("%PDF-"));
        QCOMPARE(bytes.count("/Type /Page\n"), 2); // one story a page
        QVERIFY(TestData::read(markdown).contains("## Billing outage\n\n### Situation\n\nPayments failed.\n"));

        test::TempProfile other;
        ui::StoriesPanel panel(other.connection());
        QSignalSpy finished(&panel, &ui::StoriesPanel::transferFinished);
        panel.importStories(markdown);
        QVERIFY(finished.wait());
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
        QCOMPARE(panel.message(), QStringLiteral("Imported 2 stories."));
        QCOMPARE(panel.model()->rowCount(), 2);
        QCOMPARE(TestData::count(other.connection(), QStringLiteral("story_qualities")), 1);
        QCOMPARE(TestData::count(other.connection(), QStringLiteral("story_questions")), 1);
    }

    void aMalformedFileIsRefusedWithItsLine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.md"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("## Outage\n\n### Lessons\n\nNone.\n");
        file.close();
        ui::StoriesPanel panel(db());
        QSignalSpy finished(&panel, &ui::StoriesPanel::transferFinished);
        panel.importStories(path);
        QVERIFY(finished.wait());
        QVERIFY(!finished.last().at(0).toBool());
        const QStringList lines = panel.message().split(QLatin1Char('\n'));
        QCOMPARE(lines.value(0), QStringLiteral("The file has a malformed line, so nothing was imported."));
        QVERIFY2(lines.value(1).startsWith(QStringLiteral("Line 3: Unknown section “Lessons”")),
                 qPrintable(lines.value(1)));
        QCOMPARE(TestData::count(db(), QStringLiteral("stories")), 0);
    }

    // At the size of the screenshot in the README nothing is clipped. Set
    // REHEARSE_GRAB_DIR to keep the picture.
    void readableAt1100x700()
    {
        m_profile = std::make_unique<test::TempProfile>(test::TempProfile::MiniPack | test::TempProfile::ShippedPacks);
        const qint64 id = sampleStory(
            QStringLiteral("Billing outage on launch night"),
            QStringLiteral("On our biggest launch night, payments started failing at 9pm for every customer in the "
                           "EU, while most of the team was already offline."),
            QStringLiteral("I was on call, so restoring billing without losing orders was mine to solve."),
            QStringLiteral("I checked the dashboards and saw the errors began with the 8:45 release. I rolled it "
                           "back, paged the owner of the payment service and posted updates on the status page every "
                           "ten minutes. We replayed the failed payments from the queue, and I wrote a check that "
                           "now blocks a release when payment errors rise."),
            QStringLiteral("Billing was back in 12 minutes and no order was lost."));
        core::StoryRepository(db()).setQuality(id, quality(QStringLiteral("ownership")), true);
        core::StoryRepository(db()).link(id, m_profile->questionId(QStringLiteral("q-owned")));
        sampleStory(QStringLiteral("Mentoring a new hire"), QStringLiteral("A new hire struggled."), {}, {}, {});
        ui::StoriesPanel panel(db());
        showActive(panel);
        QVERIFY(panel.showStory(id));
        QApplication::processEvents();
        // The picture first, so that a failing check below still leaves one to look at.
        const QString folder = qEnvironmentVariable("REHEARSE_GRAB_DIR");
        if (!folder.isEmpty())
            panel.grab().save(folder + QStringLiteral("/stories.png"));
        for (const QLabel *label : panel.findChildren<QLabel *>()) {
            if (!label->isVisible() || label->wordWrap() || label->text().isEmpty())
                continue;
            QVERIFY2(label->width() >= label->sizeHint().width(),
                     qPrintable(QStringLiteral("clipped: %1 (%2 < %3)")
                                    .arg(label->text())
                                    .arg(label->width())
                                    .arg(label->sizeHint().width())));
        }
        // Each part shows three lines at least, and the Action gets the most room.
        for (StoryPart p : core::StarParts) {
            QVERIFY2(part(panel, p)->viewport()->height() >= part(panel, p)->fontMetrics().lineSpacing() * 3,
                     qPrintable(core::partKey(p)));
            if (p != StoryPart::Action)
                QVERIFY(part(panel, StoryPart::Action)->height() > part(panel, p)->height());
        }
        QVERIFY(panel.guidance()->balanceBar()->width() >= panel.guidance()->balanceBar()->minimumSizeHint().width());
        if (!folder.isEmpty()) {
            panel.showPage(ui::StoriesPanel::CoveragePage);
            panel.grab().save(folder + QStringLiteral("/coverage.png"));
        }
    }
};

QTEST_MAIN(TestStoriesPanel)
#include "tst_storiespanel.moc"
