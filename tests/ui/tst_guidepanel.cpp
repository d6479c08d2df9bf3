#include "core/InterviewPlan.h"
#include "core/PackReader.h"
#include "core/PackRepository.h"
#include "support/TempProfile.h"
#include "support/TestData.h"
#include "ui/GuidePanel.h"
#include "ui/MainWindow.h"
#include "ui/PacksDialog.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace rehearse;
using rehearse::test::TestData;

// The Guide shows every word of each shipped pack; packs are managed without losing user
// data; the user's interview sets the stage, the days left and the filters.
class TestGuidePanel : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TempProfile> m_profile;

    // Every text the panel shows: labels, buttons, checkboxes.
    static QString shown(QWidget *root)
    {
        QStringList texts;
        for (const QLabel *label : root->findChildren<QLabel *>())
            texts << label->text();
        for (const QAbstractButton *button : root->findChildren<QAbstractButton *>())
            texts << button->text() << button->accessibleName();
        return texts.join(QLatin1Char('\n'));
    }

    static core::Pack shippedPack(const QString &file)
    {
        return core::PackReader::read(TestData::read(TestData::sourcePath(QStringLiteral("resources/packs/") + file)))
            .pack;
    }

private slots:
    void init()
    {
        QSettings().clear();
        m_profile = std::make_unique<test::TempProfile>(test::TempProfile::MiniPack | test::TempProfile::ShippedPacks);
        QVERIFY(m_profile->isValid());
    }

    void cleanup() { m_profile.reset(); }

    void everySectionShowsAllOfEachShippedPack_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files = QDir(TestData::sourcePath(QStringLiteral("resources/packs")))
                                      .entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        QVERIFY(!files.isEmpty());
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << file;
    }

    void everySectionShowsAllOfEachShippedPack()
    {
        QFETCH(QString, file);
        const core::Pack pack = shippedPack(file);
        QVERIFY(!pack.id.isEmpty());
        ui::GuidePanel panel(m_profile->connection());
        panel.resize(1000, 700);
        panel.show();
        panel.showPack(pack.id);
        QCOMPARE(panel.packSlug(), pack.id);
        auto *openAll = panel.findChild<QAbstractButton *>(QStringLiteral("openAllStages"));
        openAll->click();

        for (int section = 0; section < ui::GuidePanel::SectionCount; ++section)
            QVERIFY2(panel.showSection(static_cast<ui::GuidePanel::Section>(section)),
                     qPrintable(QString::number(section)));
        const QString text = shown(&panel);
        QStringList expected{pack.title(), pack.summary};
        expected += pack.overview;
        for (const core::PackStage &stage : pack.stages)
            expected << stage.title << stage.what << stage.prepare << stage.duration;
        for (const core::PackQuality &quality : pack.qualities)
            expected << quality.name << quality.why << quality.how;
        for (const core::PackChecklistItem &item : pack.checklist)
            expected << item.text;
        expected += pack.mistakes;
        for (const core::PackFaq &faq : pack.faq)
            expected << faq.question << faq.answer;
        expected << pack.compensation.range << pack.compensation.summary;
        expected += pack.compensation.benefits;
        expected += pack.application;
        for (const QString &piece : std::as_const(expected)) {
            if (!piece.isEmpty())
                QVERIFY2(text.contains(piece), qPrintable(piece.left(80)));
        }
        QCOMPARE(panel.findChildren<QCheckBox *>().size(), pack.checklist.size());
        for (int i = 0; i < pack.stages.size(); ++i)
            QVERIFY(panel.isStageExpanded(i));

        // Readable at a narrow width: everything wraps, nothing needs a sideways scroll.
        panel.resize(560, 600);
        QTRY_COMPARE(panel.findChild<QScrollArea *>()->horizontalScrollBar()->maximum(), 0);
    }

    // Paragraphs become selectable when the mouse first comes over them (a selectable
    // label costs a text document; start-up lays the guide out without them), and that
    // changes neither their text nor their height.
    void paragraphsAreSelectableUnderTheMouse()
    {
        ui::GuidePanel panel(m_profile->connection());
        panel.resize(900, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QLabel *paragraph = nullptr; // the last one shown, far from where the pointer is
        for (QLabel *label : panel.findChildren<QLabel *>()) {
            if (label->isVisible() && label->wordWrap() && label->text().size() > 60 && label->objectName().isEmpty())
                paragraph = label;
        }
        QVERIFY(paragraph);
        QVERIFY(!paragraph->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));
        const QString text = paragraph->text();
        const int height = paragraph->height();
        QEvent enter(QEvent::Enter);
        QApplication::sendEvent(paragraph, &enter);
        QVERIFY(paragraph->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));
        QCOMPARE(paragraph->text(), text);
        QTest::qWait(0);
        QCOMPARE(paragraph->heightForWidth(paragraph->width()), height);
    }

    void theCurrentStageIsOpenAndMarked()
    {
        QVERIFY(core::InterviewPlanRepository(m_profile->connection())
                    .setPlan({QStringLiteral("mini-test"), QDate(2030, 1, 10), QStringLiteral("onsite")}));
        ui::GuidePanel panel(m_profile->connection());
        panel.show();
        QCOMPARE(panel.packSlug(), QStringLiteral("mini-test"));
        QVERIFY(!panel.isStageExpanded(0));
        QVERIFY(panel.isStageExpanded(1));
        QVERIFY(shown(&panel).contains(QStringLiteral("Onsite — you are here")));
        const QString plan = panel.findChild<QLabel *>(QStringLiteral("guidePlan"))->text();
        QVERIFY2(plan.contains(QStringLiteral("You are at: Onsite")), qPrintable(plan));
        QVERIFY2(plan.contains(QStringLiteral("days left")), qPrintable(plan));
        panel.setStageExpanded(0, true);
        QVERIFY(panel.isStageExpanded(0));
    }

    void qualitiesListTheUsersStories()
    {
        QSqlQuery query(m_profile->connection());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO stories (id, title, created_at, updated_at) VALUES "
                                          "(1, 'Rebuilt the deploy pipeline', '', '')")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO story_qualities SELECT 1, q.id FROM qualities q "
                                          "JOIN packs p ON p.id = q.pack_id WHERE p.slug = 'mini-test' "
                                          "AND q.slug = 'ownership'")));
        ui::GuidePanel panel(m_profile->connection());
        panel.showPack(QStringLiteral("mini-test"));
        const auto stories = [&panel](const QString &quality) {
            return panel.findChild<QWidget *>(QStringLiteral("quality-") + quality)
                ->findChild<QLabel *>(QStringLiteral("qualityStories"))
                ->text();
        };
        QCOMPARE(stories(QStringLiteral("ownership")), QStringLiteral("Your stories: Rebuilt the deploy pipeline"));
        QVERIFY(stories(QStringLiteral("curiosity")).startsWith(QStringLiteral("Your stories: none yet")));
    }

    void questionsToAskAreWrittenAndKept()
    {
        {
            ui::GuidePanel panel(m_profile->connection());
            panel.showPack(QStringLiteral("mini-test"));
            auto *progress = panel.findChild<QLabel *>(QStringLiteral("asksProgress"));
            QVERIFY(progress->text().startsWith(QStringLiteral("None written yet")));
            auto *input = panel.findChild<QLineEdit *>(QStringLiteral("newQuestionToAsk"));
            QTest::keyClicks(input, QStringLiteral("What does the team own?"));
            QTest::keyClick(input, Qt::Key_Return);
            panel.addQuestionToAsk(QStringLiteral("How is on-call shared?"));
            QCOMPARE(progress->text(), QStringLiteral("2 of at least 3 written."));
        }
        ui::GuidePanel again(m_profile->connection());
        again.showPack(QStringLiteral("mini-test"));
        auto *list = again.findChild<QListWidget *>(QStringLiteral("questionsToAsk"));
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->item(0)->text(), QStringLiteral("What does the team own?"));
    }

    void aMalformedPackInTheDialogChangesNothing()
    {
        QTemporaryDir dir;
        QJsonObject pack = TestData::miniPack();
        pack.insert(QStringLiteral("version"), 2);
        QJsonArray stages = pack.value(QStringLiteral("stages")).toArray();
        QJsonObject stage = stages.at(0).toObject();
        stage.remove(QStringLiteral("title"));
        stages.replace(0, stage);
        pack.insert(QStringLiteral("stages"), stages);
        const QString path = dir.filePath(QStringLiteral("broken.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(TestData::toJson(pack));
        file.close();

        const int packs = TestData::count(m_profile->connection(), QStringLiteral("packs"));
        const int questions = TestData::count(m_profile->connection(), QStringLiteral("questions"));
        ui::PacksDialog dialog(m_profile->connection());
        QVERIFY(!dialog.importFile(path));
        QVERIFY2(dialog.message().contains(QStringLiteral("nothing was changed")), qPrintable(dialog.message()));
        QVERIFY2(dialog.issues().contains(QStringLiteral("stages[0].title")), qPrintable(dialog.issues()));
        QCOMPARE(TestData::count(m_profile->connection(), QStringLiteral("packs")), packs);
        QCOMPARE(TestData::count(m_profile->connection(), QStringLiteral("questions")), questions);
        QCOMPARE(core::PackRepository(m_profile->connection()).load(QStringLiteral("mini-test")).version, 1);
    }

    void removeAndAddBackThroughTheDialog()
    {
        ui::PacksDialog dialog(m_profile->connection());
        QTreeWidget *list = dialog.list();
        const int installed = list->topLevelItemCount();
        QVERIFY(installed >= 2);
        QVERIFY(dialog.removePack(QStringLiteral("mini-test"), false));
        QCOMPARE(dialog.message(), QStringLiteral("Pack removed. Your stories and answers are kept."));
        QCOMPARE(list->topLevelItem(installed - 1)->text(3), QStringLiteral("Removed"));
        QCOMPARE(TestData::count(m_profile->connection(), QStringLiteral("questions"), QStringLiteral("archived = 1")),
                 3);
        QVERIFY(dialog.addBack(QStringLiteral("mini-test")));
        QCOMPARE(TestData::count(m_profile->connection(), QStringLiteral("questions"), QStringLiteral("archived = 1")),
                 0);
    }

    void theInterviewSetsDaysLeftAndFilters()
    {
        ui::MainWindow window(m_profile->database(), m_profile->dataDir());
        window.show();
        QVERIFY(window.daysLeftText().isEmpty());
        core::InterviewPlan plan{QStringLiteral("mini-test"), QDate::currentDate().addDays(12),
                                 QStringLiteral("onsite")};
        window.setPlan(plan);
        QCOMPARE(window.daysLeftText(), QStringLiteral("Minicorp interview: 12 days left"));
        QCOMPARE(core::InterviewPlanRepository(m_profile->connection()).plan(), plan);
        window.showPanel(ui::MainWindow::Questions);
        auto *questions = window.panel(ui::MainWindow::Questions);
        auto *model = questions->findChild<QAbstractItemModel *>();
        QVERIFY(model);
        QTRY_COMPARE(model->rowCount(), 2); // the two Onsite questions of the mini pack
        auto *guide = qobject_cast<ui::GuidePanel *>(window.panel(ui::MainWindow::Guide));
        QCOMPARE(guide->packSlug(), QStringLiteral("mini-test"));
        QVERIFY(guide->isStageExpanded(1));
    }
};

QTEST_MAIN(TestGuidePanel)
#include "tst_guidepanel.moc"
