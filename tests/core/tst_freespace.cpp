#include "core/FreeSpace.h"

#include <QTemporaryDir>
#include <QTest>

using rehearse::core::FreeSpace;

// The warning before an answer when the disk that holds the recordings runs low, with
// the free space simulated (data-driven at the edges) and read from the real disk.
class TestFreeSpace : public QObject {
    Q_OBJECT

private slots:
    void warnsBelowTheThreshold_data()
    {
        QTest::addColumn<qint64>("free");
        QTest::addColumn<QString>("shown"); // empty: no warning
        QTest::newRow("none left") << qint64(0) << QStringLiteral("0 bytes");
        QTest::newRow("312 MB") << qint64(312'000'000) << QStringLiteral("312 MB");
        QTest::newRow("just under") << qint64(499'999'999) << QStringLiteral("499 MB");
        QTest::newRow("exactly 500 MB") << qint64(500'000'000) << QString();
        QTest::newRow("2 GB") << qint64(2'000'000'000) << QString();
        QTest::newRow("unknown") << qint64(-1) << QString();
    }

    void warnsBelowTheThreshold()
    {
        QFETCH(qint64, free);
        QFETCH(QString, shown);
        QString asked;
        const FreeSpace space([&](const QString &folder) {
            asked = folder;
            return free;
        });
        QCOMPARE(space.lowBytes(), 500'000'000);
        const QString warning = space.warning(QStringLiteral("/data/recordings"));
        QCOMPARE(asked, QStringLiteral("/data/recordings"));
        if (shown.isEmpty()) {
            QVERIFY2(warning.isEmpty(), qPrintable(warning));
            return;
        }
        QCOMPARE(warning,
                 QStringLiteral("Only %1 is free on the disk that holds your recordings (/data/recordings). If it "
                                "fills up during an answer, the recording stops there and what was recorded is "
                                "kept. Free some space to be safe.")
                     .arg(shown));
    }

    void readsTheRealDisk()
    {
        QTemporaryDir dir;
        const qint64 free = FreeSpace::available(dir.path());
        QVERIFY(free > 0);
        QVERIFY(FreeSpace(&FreeSpace::available, 0).warning(dir.path()).isEmpty());
        QVERIFY(!FreeSpace(&FreeSpace::available, free + 1'000'000'000).warning(dir.path()).isEmpty());
        QCOMPARE(FreeSpace::available(dir.filePath(QStringLiteral("missing/folder"))), qint64(-1));
    }
};

QTEST_GUILESS_MAIN(TestFreeSpace)
#include "tst_freespace.moc"
