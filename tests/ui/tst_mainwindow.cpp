#include "core/Database.h"
#include "core/PackImporter.h"
#include "support/TestData.h"
#include "ui/MainWindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace rehearse;
using rehearse::test::TestData;

class TestMainWindow : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<core::Database> m_db;

    core::DataDir dataDir() const { return core::DataDir(m_dir->path()); }

    static QStringList labelTexts(QWidget *root, const QString &objectName)
    {
        QStringList texts;
        const auto labels = root->findChildren<QLabel *>(objectName);
        for (const QLabel *label : labels)
            texts << label->text();
        return texts;
    }

private slots:
    void init()
    {
        QSettings().clear();
        m_dir = std::make_unique<QTemporaryDir>();
        QString error;
        QVERIFY2(dataDir().prepare(&error), qPrintable(error));
        m_db = std::make_unique<core::Database>(dataDir().databasePath());
        QVERIFY2(m_db->open(&error), qPrintable(error));
        QCOMPARE(core::PackImporter(m_db->connection()).importBundled().size(), 2);
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void theGuideShowsTheFiveAmazonStages()
    {
        ui::MainWindow window(*m_db, dataDir());
        window.show();
        QCOMPARE(window.currentPanel(), int(ui::MainWindow::Guide));
        QWidget *guide = window.panel(ui::MainWindow::Guide);
        QCOMPARE(labelTexts(guide, QStringLiteral("guideTitle")),
                 QStringList{QStringLiteral("Amazon — Software Engineer")});
        QStringList stages;
        for (const QAbstractButton *button : guide->findChildren<QAbstractButton *>(QStringLiteral("stageTitle")))
            stages << button->text();
        QCOMPARE(
            stages,
            (QStringList{QStringLiteral("Online Assessment / Phone Screen"),
                         QStringLiteral("Hiring Manager Phone Round"), QStringLiteral("Technical On-site (3–4 rounds)"),
                         QStringLiteral("Leadership Principles Bar Raiser Round"), QStringLiteral("Debrief & Offer")}));
        QCOMPARE(labelTexts(guide, QStringLiteral("qualityName")).size(), 5);
        QCOMPARE(guide->findChildren<QCheckBox *>().size(), 8);
        QCOMPARE(labelTexts(guide, QStringLiteral("checklistProgress")), QStringList{QStringLiteral("0 of 8 done")});
    }

    void everyPanelIsReachableWithItsShortcut()
    {
        ui::MainWindow window(*m_db, dataDir());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const QStringList titles = {QString(), QStringLiteral("Questions"), QStringLiteral("Stories"),
                                    QString(), QStringLiteral("History"),   QStringLiteral("Progress")};
        for (int index = ui::MainWindow::PanelCount - 1; index >= 0; --index) {
            QTest::keyClick(&window, static_cast<Qt::Key>(Qt::Key_1 + index), Qt::ControlModifier);
            QCOMPARE(window.currentPanel(), index);
            QWidget *panel = window.panel(index);
            QVERIFY(panel->isVisible());
            if (!titles[index].isEmpty())
                QCOMPARE(labelTexts(panel, QStringLiteral("panelTitle")), QStringList{titles[index]});
            if (index == ui::MainWindow::Practice) {
                const auto *primary = panel->findChild<QPushButton *>(QStringLiteral("primaryButton"));
                QVERIFY(primary);
                QCOMPARE(primary->text(), QStringLiteral("Start preparing (Ctrl+Return)"));
                QCOMPARE(labelTexts(panel, QStringLiteral("practiceClock")), QStringList{QStringLiteral("0:30")});
            }
            QVERIFY(window.windowTitle().startsWith(
                window.findChild<QListWidget *>(QStringLiteral("navigation"))->item(index)->text()));
        }
    }

    void checklistTicksAreSaved()
    {
        {
            ui::MainWindow window(*m_db, dataDir());
            window.show();
            QWidget *guide = window.panel(ui::MainWindow::Guide);
            const auto boxes = guide->findChildren<QCheckBox *>();
            QVERIFY(boxes.size() == 8);
            boxes[2]->click();
            QCOMPARE(labelTexts(guide, QStringLiteral("checklistProgress")),
                     QStringList{QStringLiteral("1 of 8 done")});
            QCOMPARE(TestData::count(m_db->connection(), QStringLiteral("checklist_ticks"),
                                     QStringLiteral("pack_slug = 'amazon-software-engineer'")),
                     1);
        }
        ui::MainWindow again(*m_db, dataDir());
        QWidget *guide = again.panel(ui::MainWindow::Guide);
        const auto boxes = guide->findChildren<QCheckBox *>();
        QVERIFY(boxes[2]->isChecked());
        QVERIFY(!boxes[0]->isChecked());
        QCOMPARE(labelTexts(guide, QStringLiteral("checklistProgress")), QStringList{QStringLiteral("1 of 8 done")});
    }

    void geometryAndLastPanelComeBack()
    {
        {
            ui::MainWindow window(*m_db, dataDir());
            window.show();
            window.resize(900, 640);
            window.showPanel(ui::MainWindow::Stories);
            window.close();
        }
        ui::MainWindow again(*m_db, dataDir());
        QCOMPARE(again.currentPanel(), int(ui::MainWindow::Stories));
        QCOMPARE(again.size(), QSize(900, 640));
    }

    void panelsAreBuiltOnlyWhenFirstShown()
    {
        ui::MainWindow window(*m_db, dataDir());
        QVERIFY(window.findChildren<QLabel *>(QStringLiteral("panelTitle")).isEmpty());
        window.showPanel(ui::MainWindow::History);
        QCOMPARE(window.findChildren<QLabel *>(QStringLiteral("panelTitle")).size(), 1);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
