// Settings › Interface: the language list and what choosing one saves.
#include "core/Preferences.h"
#include "media/DeviceCatalog.h"
#include "ui/SettingsDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QTest>

using namespace rehearse;

class TestSettingsDialog : public QObject {
    Q_OBJECT

private slots:
    void init() { QSettings().clear(); }

    void languageListStartsWithTheSystemsAndSavesTheChoice()
    {
        media::DeviceCatalog devices;
        core::Preferences preferences;
        ui::SettingsDialog dialog(preferences, &devices);
        auto *language = dialog.findChild<QComboBox *>(QStringLiteral("language"));
        QVERIFY(language);
        const QString system = QLocale::system().nativeLanguageName();
        QCOMPARE(language->itemText(0),
                 system.isEmpty() ? QStringLiteral("System default")
                                  : QStringLiteral("System default (%1)").arg(system));
        QVERIFY(!language->itemText(0).contains(QLatin1String("()")));
        QCOMPARE(language->itemData(0).toString(), QString());
        QCOMPARE(language->currentIndex(), 0);
        // The test binary has no translations built in: English is the one other choice.
        QCOMPARE(language->findData(QStringLiteral("en")), 1);
        QCOMPARE(language->itemText(1), QStringLiteral("English"));
        QCOMPARE(language->accessibleName(), QStringLiteral("Language"));
        auto *note = dialog.findChild<QLabel *>(QStringLiteral("languageNote"));
        QVERIFY(note);
        QVERIFY(note->text().contains(QStringLiteral("when Rehearse next starts")));

        language->setCurrentIndex(1);
        const core::Preferences chosen = dialog.preferences();
        QCOMPARE(chosen.language, QStringLiteral("en"));
        chosen.save();
        QCOMPARE(core::Preferences::load().language, QStringLiteral("en"));
        QCOMPARE(QSettings().value(QStringLiteral("interface/language")).toString(), QStringLiteral("en"));
    }

    void aSavedLanguageThatIsNotBuiltInShowsTheSystemDefault()
    {
        media::DeviceCatalog devices;
        core::Preferences preferences;
        preferences.language = QStringLiteral("xx");
        ui::SettingsDialog dialog(preferences, &devices);
        auto *language = dialog.findChild<QComboBox *>(QStringLiteral("language"));
        QCOMPARE(language->currentIndex(), 0);
        QCOMPARE(dialog.preferences().language, QString());
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
