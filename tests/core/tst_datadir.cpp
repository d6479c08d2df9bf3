#include "core/DataDir.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace rehearse;

// What the data folder looks like on disk: private where Rehearse decides.
class TestDataDir : public QObject {
    Q_OBJECT

private:
    static constexpr QFileDevice::Permissions OwnerOnly
        = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    static QFileDevice::Permissions mode(const QString &path)
    {
        return QFile::permissions(path) & 0x7077;
    } // owner, group, other

private slots:
    void createsPrivateFolders()
    {
        QTemporaryDir scratch;
        const core::DataDir dataDir(scratch.filePath(QStringLiteral("a/b/data")));
        QString error;
        QVERIFY2(dataDir.prepare(&error), qPrintable(error));
        QCOMPARE(mode(dataDir.path()), OwnerOnly);
        QCOMPARE(mode(dataDir.recordingsPath()), OwnerOnly);
        QCOMPARE(dataDir.backupsPath(), dataDir.path() + QStringLiteral("/backups"));
        QCOMPARE(QDir(dataDir.path()).entryList(QDir::Files | QDir::Hidden), QStringList()); // no probe left
    }

    void makesACopiedRecordingsFolderPrivateAgain()
    {
        QTemporaryDir scratch;
        const core::DataDir dataDir(scratch.filePath(QStringLiteral("copied")));
        QVERIFY(QDir().mkpath(dataDir.recordingsPath()));
        const QFileDevice::Permissions open = OwnerOnly | QFileDevice::ReadGroup | QFileDevice::ExeGroup
            | QFileDevice::ReadOther | QFileDevice::ExeOther;
        QVERIFY(QFile::setPermissions(dataDir.path(), open));
        QVERIFY(QFile::setPermissions(dataDir.recordingsPath(), open));
        QString error;
        QVERIFY2(dataDir.prepare(&error), qPrintable(error));
        QCOMPARE(mode(dataDir.recordingsPath()), OwnerOnly);
        // A folder the user chose for --data-dir is theirs to share or not.
        QCOMPARE(mode(dataDir.path()), open);
    }
};

QTEST_GUILESS_MAIN(TestDataDir)
#include "tst_datadir.moc"
