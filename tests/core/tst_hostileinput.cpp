#include "core/PackImporter.h"
#include "core/PackReader.h"
#include "support/TempProfile.h"
#include "support/TestData.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rehearse;
using rehearse::test::TempProfile;
using rehearse::test::TestData;

// Input written to look like something else. The pack format names no files (see
// resources/packs/README.md): a field that looks like a path is text, and nothing outside
// the data folder is read or written because of it.
class TestHostileInput : public QObject {
    Q_OBJECT

private:
    // Every file under a folder with its size and time, to see that nothing changed.
    static QStringList snapshot(const QString &folder)
    {
        QStringList entries;
        QDirIterator it(folder, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            entries << QStringLiteral("%1 %2 %3")
                           .arg(it.filePath())
                           .arg(it.fileInfo().size())
                           .arg(it.fileInfo().lastModified().toMSecsSinceEpoch());
        }
        entries.sort();
        return entries;
    }

    static QJsonObject withPaths()
    {
        QJsonObject pack = TestData::miniPack();
        pack[QStringLiteral("summary")] = QStringLiteral("../../../../etc/passwd");
        QJsonArray questions = pack[QStringLiteral("questions")].toArray();
        QJsonObject first = questions[0].toObject();
        first[QStringLiteral("text")] = QStringLiteral("../sibling/secret.txt");
        first[QStringLiteral("tip")] = QStringLiteral("file:///etc/shadow");
        first[QStringLiteral("tags")] = QJsonArray{QStringLiteral("../x"), QStringLiteral("/tmp")};
        questions[0] = first;
        pack[QStringLiteral("questions")] = questions;
        return pack;
    }

private slots:
    void aFieldThatLooksLikeAPathStaysText()
    {
        QTemporaryDir outside;
        QVERIFY(QDir(outside.path()).mkpath(QStringLiteral("packs")));
        QVERIFY(QDir(outside.path()).mkpath(QStringLiteral("sibling")));
        const QString file = outside.filePath(QStringLiteral("packs/pack.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(TestData::toJson(withPaths()));
        out.close();

        const core::PackReader::Result read = core::PackReader::readFile(file);
        QVERIFY2(read.ok(), qPrintable(read.issues.value(0).toString()));
        QCOMPARE(read.pack.summary, QStringLiteral("../../../../etc/passwd"));
        QCOMPARE(read.pack.questions.first().text, QStringLiteral("../sibling/secret.txt"));

        TempProfile profile(0);
        QVERIFY(profile.isValid());
        const QStringList before = snapshot(outside.path());
        const core::PackImporter::Result result = core::PackImporter(profile.connection()).importFile(file);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(snapshot(outside.path()), before);
        QCOMPARE(TestData::count(profile.connection(), QStringLiteral("questions"),
                                 QStringLiteral("text = '../sibling/secret.txt' AND tip = 'file:///etc/shadow' "
                                                "AND tags = '../x /tmp'")),
                 1);
    }

    void anIdThatLooksLikeAPathIsRefused_data()
    {
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("path");
        QTest::newRow("pack") << QString() << QStringLiteral("$.id");
        QTest::newRow("stage") << QStringLiteral("stages") << QStringLiteral("$.stages[0].id");
        QTest::newRow("question") << QStringLiteral("questions") << QStringLiteral("$.questions[0].id");
    }

    void anIdThatLooksLikeAPathIsRefused()
    {
        QFETCH(QString, where);
        QFETCH(QString, path);
        QJsonObject pack = TestData::miniPack();
        const QString id = QStringLiteral("../../etc");
        if (where.isEmpty()) {
            pack[QStringLiteral("id")] = id;
        } else {
            QJsonArray items = pack[where].toArray();
            QJsonObject item = items[0].toObject();
            item[QStringLiteral("id")] = id;
            items[0] = item;
            pack[where] = items;
        }
        const core::PackReader::Result read = core::PackReader::read(TestData::toJson(pack));
        QVERIFY(!read.ok());
        const bool reported = std::any_of(read.issues.cbegin(), read.issues.cend(), [&](const core::PackIssue &issue) {
            return issue.path == path && issue.message.contains(QStringLiteral("may hold only a-z, 0-9 and -"));
        });
        QVERIFY2(reported, qPrintable(read.issues.value(0).toString()));
    }

    // Found by the fuzzer: 1e300 made the whole-number check convert out of range
    // (undefined behaviour, reported by UBSan).
    void aNumberOutOfRangeIsReported_data()
    {
        QTest::addColumn<double>("version");
        QTest::newRow("1e300") << 1e300;
        QTest::newRow("-1e300") << -1e300;
        QTest::newRow("above 1e9") << 1e10;
        QTest::newRow("2^63") << 9223372036854775808.0;
        QTest::newRow("a fraction") << 2.5;
        QTest::newRow("zero") << 0.0;
    }

    void aNumberOutOfRangeIsReported()
    {
        QFETCH(double, version);
        QJsonObject pack = TestData::miniPack();
        pack[QStringLiteral("version")] = version;
        const core::PackReader::Result read = core::PackReader::read(TestData::toJson(pack));
        QCOMPARE(read.issues.size(), 1);
        QCOMPARE(read.issues.first().path, QStringLiteral("$.version"));
        QCOMPARE(read.issues.first().message, QStringLiteral("expected a whole number of at least 1, found a number"));
    }
};

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
