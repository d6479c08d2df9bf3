
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Nothing typed is lost when the app is killed: a real window gets Ctrl+3, Ctrl+N and a
// story typed into it, the process is killed with SIGKILL as soon as the autosave is in
// the database (which must take under two seconds after the last key), and the next
// start shows every word.
class TestStoryKill : public QObject {
    Q_OBJECT

private:
    static QStringList storedStory(const QString &databasePath)
    {
        QStringList fields;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
            db.setDatabaseName(databasePath);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=200"));
            if (db.open()) {
                QSqlQuery query(db);
                if (query.exec(QStringLiteral("SELECT title, situation, task, action, result FROM stories"))
                    && query.next()) {
                    for (int i = 0; i < 5; ++i)
                        fields << query.value(i).toString();
                }
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
        return fields;
    }

private slots:
    void typedTextSurvivesSigkill()
    {
        const QStringList typed{QStringLiteral("Billing outage on launch night"),
                                QStringLiteral("Payments failed at 9pm for every customer in the EU."),
                                QStringLiteral("I was on call: restore billing without losing orders."),
                                QStringLiteral("I rolled back the release, paged the owner and replayed the queue."),
                                QStringLiteral("Back in 12 minutes, no order lost — naïve café test.")};
        QTemporaryDir dir;
        const QString database = dir.filePath(QStringLiteral("rehearse.sqlite"));

        QProcess typist;
        typist.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        typist.start(QStringLiteral(STORY_TYPIST), {QStringLiteral("type"), dir.path()});
        QVERIFY(typist.waitForStarted());
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += typist.readAllStandardOutput()).contains("typed\n")
                                     || typist.state() == QProcess::NotRunning,
                                 60000);
        QVERIFY2(out.contains("typed\n"), "the typist stopped before it had typed the story");

        // The last field is saved only by the pause after typing; the others were saved
        // when Tab left them.
        QTRY_COMPARE_WITH_TIMEOUT(storedStory(database), typed, 2000);
        typist.kill();
        QVERIFY(typist.waitForFinished());
        QCOMPARE(typist.exitStatus(), QProcess::CrashExit);

        QProcess shower;
        shower.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        shower.start(QStringLiteral(STORY_TYPIST), {QStringLiteral("show"), dir.path()});
        QVERIFY(shower.waitForFinished(60000));
        QCOMPARE(shower.exitCode(), 0);
        const QJsonObject shown = QJsonDocument::fromJson(shower.readAllStandardOutput()).object();
        QCOMPARE(shown.value(QStringLiteral("title")).toString(), typed[0]);
        QCOMPARE(shown.value(QStringLiteral("situation")).toString(), typed[1]);
        QCOMPARE(shown.value(QStringLiteral("task")).toString(), typed[2]);
        QCOMPARE(shown.value(QStringLiteral("action")).toString(), typed[3]);
        QCOMPARE(shown.value(QStringLiteral("result")).toString(), typed[4]);
        QCOMPARE(storedStory(database), typed);
    }
};

QTEST_GUILESS_MAIN(TestStoryKill)
#include "tst_storykill.moc"
