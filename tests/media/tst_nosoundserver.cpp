#include "core/DataDir.h"
#include "core/Database.h"
#include "core/PackImporter.h"
#include "core/SteadyClock.h"
#include "media/AnswerRecorder.h"
#include "media/DeviceCatalog.h"
#include "media/PracticeController.h"
#include "support/TestData.h"

#include <QDir>
#include <QMediaDevices>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rehearse;
using rehearse::test::TestData;

// Runs with PULSE_SERVER pointing nowhere (see CMakeLists.txt): no audio server at all.
// Without one, Qt's recorder would "succeed" into an unplayable file; Rehearse must say
// what is missing before it starts and write nothing.
class TestNoSoundServer : public QObject {
    Q_OBJECT

private slots:
    void saysWhatIsMissingAndWritesNothing()
    {
        QVERIFY(qEnvironmentVariable("PULSE_SERVER").contains(QLatin1String("nonexistent")));
        QVERIFY(QMediaDevices::audioInputs().isEmpty());

        QTemporaryDir dir;
        QString error;
        QVERIFY(core::DataDir(dir.path()).prepare(&error));
        core::Database db(core::DataDir(dir.path()).databasePath());
        QVERIFY(db.open(&error));
        QVERIFY(
            core::PackImporter(db.connection()).importFile(TestData::dataPath(QStringLiteral("mini-pack.json"))).ok());

        core::SteadyClock clock;
        media::PracticeController practice(db.connection(), dir.path(), clock);
        media::DeviceCatalog devices;
        QVERIFY(devices.microphone("fakemic").isNull());
        practice.recorder()->setDevices(devices.camera({}), devices.microphone({}));
        QString message;
        QVERIFY(!practice.recorder()->canRecord(&message));
        QVERIFY2(message.contains(QLatin1String("no sound server is running")), qPrintable(message));

        QSignalSpy errors(&practice, &media::PracticeController::error);
        practice.session()->setSettings({0, 30'000, 15'000, 15'000});
        practice.session()->setQueue({1});
        QVERIFY(practice.session()->prepare());
        QCOMPARE(practice.session()->state(), core::PracticeSession::State::Idle);
        QCOMPARE(errors.count(), 1);
        QCOMPARE(errors.first().first().toString(), message);
        QCOMPARE(TestData::count(db.connection(), QStringLiteral("attempts")), 0);
        QVERIFY(QDir(dir.filePath(QStringLiteral("recordings"))).entryList(QDir::Files).isEmpty());
    }
};

QTEST_MAIN(TestNoSoundServer)
#include "tst_nosoundserver.moc"
