#include "support/TempProfile.h"
#include "ui/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QTest>
#include <QTimer>
#include <QUrl>

using namespace rehearse;

// Help › About Rehearse, as a user opens it from the menu, and the application icon the
// window and the box show.
class TestAbout : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TempProfile> m_profile;

    // The icon at 16 px still shows the red record dot inside the blue speech bubble.
    static void verifyIcon(const QIcon &icon)
    {
        QVERIFY(!icon.isNull());
        const QImage small = icon.pixmap(QSize(16, 16), 1.0).toImage();
        QCOMPARE(small.size(), QSize(16, 16));
        const QColor dot = small.pixelColor(8, 7);
        QVERIFY2(dot.red() > 180 && dot.green() < 120 && dot.blue() < 120, qPrintable(dot.name()));
        const QColor bubble = small.pixelColor(2, 7);
        QVERIFY2(bubble.blue() > 120 && bubble.red() < 100, qPrintable(bubble.name()));
        QCOMPARE(small.pixelColor(0, 15).alpha(), 0); // beside the bubble's tail
    }

private slots:
    void init()
    {
        QSettings().clear();
        m_profile = std::make_unique<test::TempProfile>(test::TempProfile::MiniPack);
        QVERIFY(m_profile->isValid());
    }

    void cleanup() { m_profile.reset(); }

    void theWindowShowsTheApplicationIcon()
    {
        ui::MainWindow window(m_profile->database(), m_profile->dataDir());
        verifyIcon(window.windowIcon());
    }

    void aboutSaysTheVersionLicenceDataFolderAndComponents()
    {
        ui::MainWindow window(m_profile->database(), m_profile->dataDir());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QAction *about = nullptr;
        const auto actions = window.findChildren<QAction *>();
        for (QAction *action : actions) {
            if (action->text().remove(QLatin1Char('&')) == QLatin1String("About Rehearse"))
                about = action;
        }
        QVERIFY(about);

        QString text;
        bool opensLinks = false;
        QIcon boxIcon;
        QTimer inside;
        inside.setSingleShot(true);
        connect(&inside, &QTimer::timeout, this, [&] {
            QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
            QPointer<QMessageBox> box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            text = box->text();
            const auto *label = box->findChild<QLabel *>(QStringLiteral("qt_msgbox_label"));
            opensLinks = label && label->openExternalLinks();
            boxIcon = QIcon(box->iconPixmap());
            box->reject();
        });
        inside.start(0);
        about->trigger();

        QVERIFY2(text.contains(QStringLiteral("Rehearse " REHEARSE_PROJECT_VERSION)), qPrintable(text));
        const QString folder = QDir::toNativeSeparators(m_profile->path());
        QVERIFY2(text.contains(QStringLiteral(">%1</a>").arg(folder.toHtmlEscaped())), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("href=\"%1\"").arg(QUrl::fromLocalFile(m_profile->path()).toString())),
                 qPrintable(text));
        QVERIFY(opensLinks); // a click on the folder opens it
        QVERIFY(text.contains(QStringLiteral("Licence: GNU General Public License, version 3 or later")));
        QVERIFY(text.contains(QStringLiteral("Qt %1").arg(QString::fromLatin1(qVersion()))));
        QVERIFY(text.contains(QStringLiteral("Qt Charts GPL-3.0")));
        QVERIFY(text.contains(QStringLiteral("SQLite — public domain")));
        QVERIFY(text.contains(QStringLiteral("GStreamer and GLib — LGPL-2.1 or later")));
#ifdef REHEARSE_HAVE_POCKETSPHINX
        QVERIFY(text.contains(QStringLiteral("PocketSphinx and SphinxBase — BSD-2-Clause")));
#else
        QVERIFY(!text.contains(QStringLiteral("PocketSphinx"))); // not linked
#endif
        QVERIFY(!boxIcon.isNull());
        QCOMPARE(boxIcon.availableSizes().value(0), QSize(64, 64));
    }
};

QTEST_MAIN(TestAbout)
#include "tst_about.moc"
