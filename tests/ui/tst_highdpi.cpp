#include "support/TempProfile.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QScreen>
#include <QSettings>
#include <QTest>

using namespace rehearse;

// Rehearse at 200 % on a 1920x1080 screen: QT_SCALE_FACTOR=2 on an offscreen screen of
// that size (tests/data/screen-1920x1080.json), which leaves 960x540 logical pixels. The
// window opens inside the screen and every panel still fits when the window fills it.
class TestHighDpi : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TempProfile> m_profile;

    static QSize available() { return QGuiApplication::primaryScreen()->availableGeometry().size(); }

private slots:
    void initTestCase()
    {
        QCOMPARE(qgetenv("QT_SCALE_FACTOR"), QByteArray("2"));
        QCOMPARE(QGuiApplication::primaryScreen()->devicePixelRatio(), 2.0);
        QCOMPARE(QGuiApplication::primaryScreen()->geometry().size(), QSize(960, 540));
        QSettings().clear();
        m_profile = std::make_unique<test::TempProfile>(test::TempProfile::ShippedPacks);
        QVERIFY(m_profile->isValid());
    }

    void cleanupTestCase() { m_profile.reset(); }

    void aNewWindowOpensInsideTheScreen()
    {
        ui::MainWindow window(m_profile->database(), m_profile->dataDir());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY2(window.width() <= available().width() && window.height() <= available().height(),
                 qPrintable(QStringLiteral("%1x%2").arg(window.width()).arg(window.height())));
    }

    void everyPanelFitsTheScreen_data()
    {
        QTest::addColumn<int>("panel");
        const char *names[] = {"guide", "questions", "stories", "practice", "history", "progress"};
        for (int panel = 0; panel < ui::MainWindow::PanelCount; ++panel)
            QTest::newRow(names[panel]) << panel;
    }

    // The smallest the window can be with the panel shown fits 960x540, and a window
    // that fills the screen stays that size.
    void everyPanelFitsTheScreen()
    {
        QFETCH(int, panel);
        ui::MainWindow window(m_profile->database(), m_profile->dataDir());
        window.showPanel(panel);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QSize smallest = window.minimumSizeHint().expandedTo(window.minimumSize());
        QVERIFY2(smallest.width() <= available().width() && smallest.height() <= available().height(),
                 qPrintable(QStringLiteral("needs at least %1x%2").arg(smallest.width()).arg(smallest.height())));
        window.resize(available());
        QTRY_COMPARE(window.size(), available());
        QWidget *shown = window.panel(panel);
        QVERIFY(shown->isVisible());
        QVERIFY2(
            shown->width() >= shown->minimumSizeHint().width() || shown->minimumSizeHint().width() <= 0,
            qPrintable(QStringLiteral("%1 wide, needs %2").arg(shown->width()).arg(shown->minimumSizeHint().width())));
    }

    // Icons come out sharp: the window icon has a pixmap for two device pixels a point.
    void theIconIsDrawnForTheScale()
    {
        ui::MainWindow window(m_profile->database(), m_profile->dataDir());
        const QPixmap pixmap = window.windowIcon().pixmap(QSize(32, 32), window.devicePixelRatioF());
        QCOMPARE(window.devicePixelRatioF(), 2.0);
        QCOMPARE(pixmap.size(), QSize(64, 64));
    }
};

QTEST_MAIN(TestHighDpi)
#include "tst_highdpi.moc"
