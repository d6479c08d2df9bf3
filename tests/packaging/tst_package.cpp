#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QMimeDatabase>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

const auto AppId = QStringLiteral("org.rehearse.Rehearse");

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
    QString all() const { return out + err; }
};

Run run(const QString &program, const QStringList &arguments, int timeoutMs = 60'000,
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForStarted())
        return {-1, {}, QStringLiteral("%1 did not start (not installed?)").arg(program)};
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {-1, {}, QStringLiteral("%1 timed out").arg(program)};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromLocal8Bit(process.readAllStandardOutput()),
            QString::fromLocal8Bit(process.readAllStandardError())};
}

// The `run` group of the one package list.
QStringList runPackages()
{
    QFile file(QStringLiteral(REHEARSE_SOURCE_DIR "/packaging/debian-packages.txt"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QStringList packages;
    while (!file.atEnd()) {
        const QStringList fields = QString::fromUtf8(file.readLine()).simplified().split(QLatin1Char(' '));
        if (fields.size() == 2 && fields[0] == QLatin1String("run"))
            packages << fields[1];
    }
    return packages;
}

} // namespace

// The Debian package as a user gets it: built by CPack from this build, unpacked with
// dpkg-deb, every file at its FHS path, its metadata valid, its Depends naming what
// recording and playback load at run time, and its binary running.
class TestPackage : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_deb;
    QString m_root;

    QString installed(const QString &path) const { return m_root + QLatin1Char('/') + path; }

    QString field(const QString &name) const
    {
        return run(QStringLiteral("dpkg-deb"), {QStringLiteral("--field"), m_deb, name}).out.trimmed();
    }

    // The desktop entry's keys of its main group.
    QHash<QString, QString> desktopEntry() const
    {
        QHash<QString, QString> keys;
        QFile file(installed(QStringLiteral("usr/share/applications/%1.desktop").arg(AppId)));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return keys;
        bool main = false;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            if (line.startsWith(QLatin1Char('[')))
                main = line == QLatin1String("[Desktop Entry]");
            else if (main && line.contains(QLatin1Char('=')))
                keys.insert(line.section(QLatin1Char('='), 0, 0), line.section(QLatin1Char('='), 1));
        }
        return keys;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QElapsedTimer timer;
        timer.start();
        const Run cpack = run(QStringLiteral(REHEARSE_CPACK),
                              {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("--config"),
                               QStringLiteral(REHEARSE_CPACK_CONFIG), QStringLiteral("-B"), m_dir.path()},
                              240'000);
        QVERIFY2(cpack.exitCode == 0, qPrintable(cpack.all()));
        const QStringList debs = QDir(m_dir.path()).entryList({QStringLiteral("*.deb")}, QDir::Files);
        QCOMPARE(debs.size(), 1);
        const QString arch = run(QStringLiteral("dpkg"), {QStringLiteral("--print-architecture")}).out.trimmed();
        QCOMPARE(debs.first(),
                 QStringLiteral("rehearse_%1_%2.deb").arg(QStringLiteral(REHEARSE_PROJECT_VERSION), arch));
        m_deb = QDir(m_dir.path()).filePath(debs.first());
        m_root = m_dir.filePath(QStringLiteral("root"));
        const Run unpack = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-x"), m_deb, m_root});
        QVERIFY2(unpack.exitCode == 0, qPrintable(unpack.all()));
        qInfo("built %s (%lld KiB) in %.1f s", qPrintable(debs.first()), QFileInfo(m_deb).size() / 1024,
              timer.elapsed() / 1000.0);
    }

    void theControlFieldsNameRehearse()
    {
        QCOMPARE(field(QStringLiteral("Package")), QStringLiteral("rehearse"));
        QCOMPARE(field(QStringLiteral("Version")), QStringLiteral(REHEARSE_PROJECT_VERSION));
        QCOMPARE(field(QStringLiteral("Section")), QStringLiteral("education"));
        QVERIFY(field(QStringLiteral("Description")).startsWith(QLatin1String("Practise job interviews on camera")));
    }

    // The libraries the binary links (from dpkg-shlibdeps) and the plugins Qt loads for
    // recording, playback and storage (the run group), which no library names.
    void dependsNamesWhatRecordingNeeds()
    {
        const QString depends = field(QStringLiteral("Depends"));
        qInfo("Depends: %s", qPrintable(depends));
        QStringList names;
        for (const QString &entry : depends.split(QLatin1Char(','), Qt::SkipEmptyParts))
            names << entry.trimmed().section(QLatin1Char(' '), 0, 0);
        const QStringList needed = runPackages();
        QVERIFY(needed.contains(QStringLiteral("gstreamer1.0-plugins-good")));
        for (const QString &package : needed)
            QVERIFY2(names.contains(package), qPrintable(package + QStringLiteral(" missing from ") + depends));
        for (const char *library :
             {"libc6", "libqt6core6", "libqt6widgets6", "libqt6multimedia6", "libqt6sql6", "libqt6charts6"})
            QVERIFY2(names.contains(QLatin1String(library)), qPrintable(QString::fromLatin1(library)));
        QVERIFY2(depends.contains(QRegularExpression(QStringLiteral("libqt6core6 \\(>= 6"))), qPrintable(depends));
    }

    void everyFileIsAtItsPath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("binary") << QStringLiteral("usr/bin/rehearse");
        QTest::newRow("desktop entry") << QStringLiteral("usr/share/applications/%1.desktop").arg(AppId);
        QTest::newRow("metainfo") << QStringLiteral("usr/share/metainfo/%1.metainfo.xml").arg(AppId);
        QTest::newRow("mime type") << QStringLiteral("usr/share/mime/packages/%1.xml").arg(AppId);
        QTest::newRow("icon svg") << QStringLiteral("usr/share/icons/hicolor/scalable/apps/%1.svg").arg(AppId);
        QTest::newRow("copyright") << QStringLiteral("usr/share/doc/rehearse/copyright");
        for (int size : {48, 128, 256})
            QTest::newRow(qPrintable(QStringLiteral("icon %1").arg(size)))
                << QStringLiteral("usr/share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(AppId);
    }

    void everyFileIsAtItsPath()
    {
        QFETCH(QString, path);
        const QFileInfo info(installed(path));
        QVERIFY2(info.isFile(), qPrintable(path));
        QVERIFY(info.size() > 0);
        if (path.startsWith(QLatin1String("usr/bin/")))
            QVERIFY(info.isExecutable());
        if (path.endsWith(QLatin1String(".png"))) {
            const int size = path.section(QLatin1Char('/'), 4, 4).section(QLatin1Char('x'), 0, 0).toInt();
            QCOMPARE(QImage(info.filePath()).size(), QSize(size, size));
        }
    }

    // Nothing of the build (tests, benchmarks, helpers) comes along.
    void thePackageHoldsOnlyThoseFiles()
    {
        const Run listing = run(QStringLiteral("dpkg-deb"), {QStringLiteral("--contents"), m_deb});
        QCOMPARE(listing.exitCode, 0);
        QStringList files;
        for (const QString &line : listing.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (!line.startsWith(QLatin1Char('d')))
                files << line.section(QLatin1Char(' '), -1).mid(2); // "./usr/..." -> "usr/..."
        }
        files.sort();
        const QStringList expected = {QStringLiteral("usr/bin/rehearse"),
                                      QStringLiteral("usr/share/applications/%1.desktop").arg(AppId),
                                      QStringLiteral("usr/share/doc/rehearse/copyright"),
                                      QStringLiteral("usr/share/icons/hicolor/128x128/apps/%1.png").arg(AppId),
                                      QStringLiteral("usr/share/icons/hicolor/256x256/apps/%1.png").arg(AppId),
                                      QStringLiteral("usr/share/icons/hicolor/48x48/apps/%1.png").arg(AppId),
                                      QStringLiteral("usr/share/icons/hicolor/scalable/apps/%1.svg").arg(AppId),
                                      QStringLiteral("usr/share/metainfo/%1.metainfo.xml").arg(AppId),
                                      QStringLiteral("usr/share/mime/packages/%1.xml").arg(AppId)};
        QCOMPARE(files, expected);
    }

    void theUnpackedBinaryRuns()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        const Run version
            = run(installed(QStringLiteral("usr/bin/rehearse")), {QStringLiteral("--version")}, 30'000, environment);
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out.trimmed(), QStringLiteral("rehearse " REHEARSE_PROJECT_VERSION));
    }

    void theDesktopEntryIsValid()
    {
        const QString path = installed(QStringLiteral("usr/share/applications/%1.desktop").arg(AppId));
        const Run validate = run(QStringLiteral("desktop-file-validate"), {path});
        QVERIFY2(validate.exitCode == 0, qPrintable(validate.all()));
        QVERIFY2(!validate.all().contains(QLatin1String("error")) && !validate.all().contains(QLatin1String("warning")),
                 qPrintable(validate.all()));
        const QHash<QString, QString> keys = desktopEntry();
        QCOMPARE(keys.value(QStringLiteral("Exec")), QStringLiteral("rehearse %f"));
        QCOMPARE(keys.value(QStringLiteral("Icon")), AppId);
        QCOMPARE(keys.value(QStringLiteral("Categories")), QStringLiteral("Education;Office;"));
        QCOMPARE(keys.value(QStringLiteral("MimeType")), QStringLiteral("application/x-rehearse-pack;"));
        // Qt's WM_CLASS on X11 is the application name main() sets; on Wayland the app id
        // is the desktop file name it sets (org.rehearse.Rehearse).
        QCOMPARE(keys.value(QStringLiteral("StartupWMClass")), QStringLiteral("rehearse"));
        for (const char *key : {"Name", "GenericName", "Comment", "Keywords"})
            QVERIFY2(!keys.value(QLatin1String(key)).isEmpty(), key);
    }

    void theMetainfoIsValid()
    {
        const QString path = installed(QStringLiteral("usr/share/metainfo/%1.metainfo.xml").arg(AppId));
        const Run validate
            = run(QStringLiteral("appstreamcli"),
                  {QStringLiteral("validate"), QStringLiteral("--no-net"), QStringLiteral("--no-color"), path});
        QVERIFY2(validate.exitCode == 0, qPrintable(validate.all()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QStringList releases;
        QString launchable;
        int screenshots = 0;
        bool rated = false;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == QLatin1String("release"))
                releases << xml.attributes().value(QLatin1String("version")).toString();
            else if (xml.name() == QLatin1String("launchable"))
                launchable = xml.readElementText();
            else if (xml.name() == QLatin1String("screenshot"))
                ++screenshots;
            else if (xml.name() == QLatin1String("content_rating"))
                rated = xml.attributes().value(QLatin1String("type")) == QLatin1String("oars-1.1");
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(releases.value(0), QStringLiteral(REHEARSE_PROJECT_VERSION));
        QCOMPARE(launchable, AppId + QStringLiteral(".desktop"));
        QCOMPARE(screenshots, 3);
        QVERIFY(rated);
    }

    // A shared pack named *.rehearse-pack.json is a Rehearse pack (and still JSON); any
    // other .json stays plain JSON. Read with the package's MIME file alone in the
    // shared-mime-info search path, as the desktop reads it once installed.
    void packFilesAreTheirOwnType()
    {
        qputenv("XDG_DATA_DIRS", installed(QStringLiteral("usr/share")).toLocal8Bit() + ":/usr/share");
        const QMimeDatabase mime;
        const QMimeType pack
            = mime.mimeTypeForFile(QStringLiteral("acme-engineer.rehearse-pack.json"), QMimeDatabase::MatchExtension);
        QCOMPARE(pack.name(), QStringLiteral("application/x-rehearse-pack"));
        QVERIFY(pack.inherits(QStringLiteral("application/json")));
        QCOMPARE(pack.comment(), QStringLiteral("Rehearse interview pack"));
        QCOMPARE(mime.mimeTypeForFile(QStringLiteral("notes.json"), QMimeDatabase::MatchExtension).name(),
                 QStringLiteral("application/json"));
    }
};

QTEST_GUILESS_MAIN(TestPackage)
#include "tst_package.moc"
