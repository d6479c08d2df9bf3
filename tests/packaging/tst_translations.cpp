// The translations are complete: lupdate run over today's sources finds no string that a
// .ts file lacks, leaves nothing unfinished or obsolete, and every translation keeps its
// source's placeholders. And a chosen language really shows.
#include "core/Languages.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using rehearse::core::Languages;

namespace {

struct Message {
    QString context;
    QString source;
    QString type; // "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or one per numerus form
};

QList<Message> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            current = Message{context, {}, {}, {}};
        } else if (xml.name() == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            // A plain translation is text; a numerus one holds <numerusform> children.
            bool numerus = false;
            QString text;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                    numerus = true;
                    current.translations.append(xml.readElementText());
                } else if (xml.isCharacters() && !numerus) {
                    text += xml.text();
                }
            }
            if (!numerus)
                current.translations.append(text);
            messages.append(current);
        }
    }
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d+|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(0).remove(QLatin1Char('L')));
    found.sort();
    found.removeDuplicates();
    return found;
}

QString tsPath(const QString &language)
{
    return QStringLiteral(REHEARSE_SOURCE_DIR "/translations/rehearse_%1.ts").arg(language);
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    void complete_data();
    void complete();
    void placeholdersKept_data() { complete_data(); }
    void placeholdersKept();
    void chosenLanguageShows();
    void availableLanguages();
};

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("French") << QStringLiteral("fr");
}

void TestTranslations::complete()
{
    QFETCH(QString, language);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("check.ts"));
    QVERIFY(QFile::copy(tsPath(language), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    // The same sources as the build's lupdate, but keeping obsolete entries so they show.
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(REHEARSE_LUPDATE),
                  {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral(REHEARSE_SOURCE_DIR "/app"),
                   QStringLiteral(REHEARSE_SOURCE_DIR "/forms"), QStringLiteral("-ts"), copy});
    QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());

    QStringList problems;
    const QList<Message> messages = readTs(copy);
    QVERIFY2(messages.size() > 500, qPrintable(QStringLiteral("only %1 messages read").arg(messages.size())));
    for (const Message &message : messages) {
        if (message.type == QLatin1String("unfinished"))
            problems.append(QStringLiteral("unfinished or missing: %1 \"%2\"").arg(message.context, message.source));
        else if (message.type == QLatin1String("vanished") || message.type == QLatin1String("obsolete"))
            problems.append(QStringLiteral("obsolete: %1 \"%2\"").arg(message.context, message.source));
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 problem(s) in rehearse_%2.ts (run lupdate and translate):\n%3")
                            .arg(problems.size())
                            .arg(language, problems.mid(0, 40).join(QLatin1Char('\n')))));
}

void TestTranslations::placeholdersKept()
{
    QFETCH(QString, language);
    const QList<Message> messages = readTs(tsPath(language));
    QVERIFY(!messages.isEmpty());
    QStringList problems;
    for (const Message &message : messages) {
        if (!message.type.isEmpty())
            continue; // reported by complete()
        const QStringList expected = placeholders(message.source);
        for (const QString &translation : message.translations) {
            // Every numerus form too: French uses its singular for 0 as well, so "%n" stays.
            if (translation.isEmpty() || placeholders(translation) != expected)
                problems.append(QStringLiteral("%1 \"%2\" → \"%3\"").arg(message.context, message.source, translation));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 40).join(QLatin1Char('\n'))));
}

void TestTranslations::chosenLanguageShows()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess lrelease;
    lrelease.setProcessChannelMode(QProcess::MergedChannels);
    lrelease.start(
        QStringLiteral(REHEARSE_LRELEASE),
        {tsPath(QStringLiteral("de")), QStringLiteral("-qm"), dir.filePath(QStringLiteral("rehearse_de.qm"))});
    QVERIFY2(lrelease.waitForFinished(60000) && lrelease.exitCode() == 0, lrelease.readAll().constData());

    // What the German file says for the Settings dialog's title, read from the file itself.
    QString expected;
    for (const Message &message : readTs(tsPath(QStringLiteral("de")))) {
        if (message.context == QLatin1String("SettingsDialog") && message.source == QLatin1String("Settings")
            && message.type.isEmpty())
            expected = message.translations.value(0);
    }
    QVERIFY2(!expected.isEmpty() && expected != QLatin1String("Settings"), qPrintable(expected));

    QCOMPARE(Languages::localeFor(QStringLiteral("de"), dir.path()).language(), QLocale::German);
    QVERIFY(Languages::install(QCoreApplication::instance(), QLocale(QStringLiteral("de")), dir.path()));
    QCOMPARE(QCoreApplication::translate("SettingsDialog", "Settings"), expected);
    QCOMPARE(QLocale().language(), QLocale::German);
}

void TestTranslations::availableLanguages()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const char *name : {"rehearse_fr.qm", "rehearse_de.qm", "notes.txt"}) {
        QFile file(dir.filePath(QString::fromLatin1(name)));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    QStringList listed;
    for (const Languages::Language &language : Languages::available(dir.path()))
        listed.append(language.code + QLatin1Char('=') + language.nativeName);
    QCOMPARE(listed,
             (QStringList{QStringLiteral("de=Deutsch"), QStringLiteral("en=English"), QStringLiteral("fr=Français")}));
    // A preference for a language that is not there falls back to the system's.
    QCOMPARE(Languages::localeFor(QStringLiteral("xx"), dir.path()), QLocale::system());
    QCOMPARE(Languages::localeFor(QString(), dir.path()), QLocale::system());
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
