#include "core/AttemptRepository.h"
#include "media/AttemptRecovery.h"
#include "media/MatroskaFile.h"
#include "media/RecordingProbe.h"
#include "media/RecordingRepair.h"
#include "support/MediaInfo.h"
#include "support/TempProfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rehearse;
using rehearse::media::MatroskaFile;
using rehearse::media::RecordingRepair;
using rehearse::test::MediaInfo;

// The repair of recordings cut off by a crash or a full disk, on WebM files made by
// ffmpeg and cut short with `head -c`: what the cut leaves (a header that still claims
// the full length, a torn block), the remux through GStreamer, the in-place finish for a
// full disk, files that cannot be repaired, and the attempts it finishes. Checked with
// ffprobe and QMediaPlayer as second readers. The end-to-end case (a real recording, the
// process killed with SIGKILL) is tst_recordingkill.
class TestRecordingRepair : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_sources;
    QString m_video;
    QString m_sound;
    std::unique_ptr<QTemporaryDir> m_dir;

    QString source(bool video) const { return video ? m_video : m_sound; }

    static QByteArray checksum(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    }

    // The first bytes of from, as `head -c` cuts them.
    static bool head(const QString &from, const QString &to, qint64 bytes)
    {
        QProcess head;
        head.setStandardOutputFile(to);
        head.start(QStringLiteral("head"), {QStringLiteral("-c"), QString::number(bytes), from});
        return head.waitForFinished(10000) && head.exitCode() == 0 && QFileInfo(to).size() == bytes;
    }

    // The time the packets ffprobe can read span, in seconds; -1 when it reads none.
    static double packetSpan(const QString &path)
    {
        QProcess ffprobe;
        ffprobe.start(QStringLiteral("ffprobe"),
                      {QStringLiteral("-v"), QStringLiteral("quiet"), QStringLiteral("-show_entries"),
                       QStringLiteral("packet=pts_time"), QStringLiteral("-of"), QStringLiteral("csv=p=0"), path});
        if (!ffprobe.waitForFinished(30000))
            return -1;
        double first = -1;
        double last = -1;
        const QList<QByteArray> lines = ffprobe.readAllStandardOutput().split('\n');
        for (const QByteArray &line : lines) {
            bool ok = false;
            const double t = line.trimmed().toDouble(&ok);
            if (!ok)
                continue;
            first = first < 0 ? t : std::min(first, t);
            last = std::max(last, t);
        }
        return first < 0 ? -1 : last - first;
    }

    static qint64 probedDurationMs(const QString &path)
    {
        media::RecordingProbe probe;
        QSignalSpy done(&probe, &media::RecordingProbe::done);
        probe.probe(path);
        if (!done.wait(15000))
            return -1;
        const auto result = done.first().first().value<media::RecordingProbe::Result>();
        return result.ok ? result.durationMs : -1;
    }

    QStringList leftovers() const
    {
        return QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral("repair"));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_sources.isValid());
        m_video = m_sources.filePath(QStringLiteral("video.webm"));
        m_sound = m_sources.filePath(QStringLiteral("sound.webm"));
        QString error;
        QVERIFY2(MediaInfo::makeRecording(m_video, 6.0, true, &error), qPrintable(error));
        QVERIFY2(MediaInfo::makeRecording(m_sound, 6.0, false, &error), qPrintable(error));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void aCompleteRecordingIsLeftAsItIs_data()
    {
        QTest::addColumn<bool>("video");
        QTest::newRow("video and sound") << true;
        QTest::newRow("sound only") << false;
    }

    void aCompleteRecordingIsLeftAsItIs()
    {
        QFETCH(bool, video);
        const QString path = m_dir->filePath(QStringLiteral("answer.webm"));
        QVERIFY(QFile::copy(source(video), path));
        const MatroskaFile::Layout layout = MatroskaFile::read(path);
        QVERIFY2(layout.ok, qPrintable(layout.error));
        QCOMPARE(layout.hasVideo, video);
        QVERIFY(layout.hasAudio);
        QVERIFY(!layout.torn);
        QVERIFY2(qAbs(layout.durationMs - 6000) < 100, qPrintable(QString::number(layout.durationMs)));
        QVERIFY(!layout.needsRepair());

        const QByteArray before = checksum(path);
        const RecordingRepair::Result result = RecordingRepair::repair(path);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(!result.changed);
        QVERIFY(qAbs(result.durationMs - 6000) < 100);
        QCOMPARE(checksum(path), before);
    }

    void aCutRecordingIsRemuxed_data()
    {
        QTest::addColumn<bool>("video");
        QTest::addColumn<double>("share");
        QTest::newRow("video, cut at 30 %") << true << 0.3;
        QTest::newRow("video, cut at 77 %") << true << 0.77;
        QTest::newRow("sound only, cut at 50 %") << false << 0.5;
        QTest::newRow("sound only, cut at 91 %") << false << 0.91;
    }

    void aCutRecordingIsRemuxed()
    {
        QFETCH(bool, video);
        QFETCH(double, share);
        const QString path = m_dir->filePath(QStringLiteral("answer.webm"));
        QVERIFY(head(source(video), path, qint64(QFileInfo(source(video)).size() * share)));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup);

        // What the cut leaves: a header that still claims six seconds, and a torn end.
        const double span = packetSpan(path);
        QVERIFY2(span > 0.5 && span < 6.0 * share + 1.0, qPrintable(QString::number(span)));
        QVERIFY(qAbs(MediaInfo::probe(path).durationSeconds - 6.0) < 0.1);
        const MatroskaFile::Layout cut = MatroskaFile::read(path);
        QVERIFY2(cut.ok, qPrintable(cut.error));
        QVERIFY(cut.torn);
        QVERIFY(cut.needsRepair());

        const RecordingRepair::Result result = RecordingRepair::repair(path);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.changed);
        QVERIFY(!result.inPlace);
        QCOMPARE(result.hasVideo, video);
        QVERIFY(result.hasAudio);

        const MediaInfo info = MediaInfo::probe(path);
        QVERIFY2(info.ok, qPrintable(info.error));
        QCOMPARE(info.codecs,
                 video ? (QStringList{QStringLiteral("opus"), QStringLiteral("vp8")})
                       : QStringList{QStringLiteral("opus")});
        QVERIFY2(qAbs(info.durationSeconds - span) <= 0.15,
                 qPrintable(QStringLiteral("ffprobe %1 s, packets span %2 s").arg(info.durationSeconds).arg(span)));
        QVERIFY(qAbs(result.durationMs - info.durationSeconds * 1000) <= 50);
        const MatroskaFile::Layout repaired = MatroskaFile::read(path);
        QVERIFY(!repaired.needsRepair());
        QVERIFY(repaired.hasCues);
        QCOMPARE(QFile::permissions(path) & 0x0077, QFileDevice::Permissions());
        QVERIFY(leftovers().isEmpty());
        const qint64 played = probedDurationMs(path);
        QVERIFY2(qAbs(played - result.durationMs) <= 100, qPrintable(QString::number(played)));
    }

    void aCutRecordingIsFinishedInPlace_data() { aCutRecordingIsRemuxed_data(); }

    // For a full disk: no copy, the file itself is finished.
    void aCutRecordingIsFinishedInPlace()
    {
        QFETCH(bool, video);
        QFETCH(double, share);
        const QString path = m_dir->filePath(QStringLiteral("answer.webm"));
        const qint64 bytes = qint64(QFileInfo(source(video)).size() * share);
        QVERIFY(head(source(video), path, bytes));
        const double span = packetSpan(path);

        QString error;
        QVERIFY2(MatroskaFile::finishInPlace(path, &error), qPrintable(error));
        QVERIFY(QFileInfo(path).size() <= bytes);
        QVERIFY(QFileInfo(path).size() > bytes - 64 * 1024);
        const MatroskaFile::Layout finished = MatroskaFile::read(path);
        QVERIFY(!finished.torn);
        QVERIFY(!finished.needsRepair());
        const MediaInfo info = MediaInfo::probe(path);
        QVERIFY2(info.ok, qPrintable(info.error));
        QCOMPARE(info.codecs.size(), video ? 2 : 1);
        QVERIFY2(qAbs(info.durationSeconds - span) <= 0.15,
                 qPrintable(QStringLiteral("ffprobe %1 s, packets span %2 s").arg(info.durationSeconds).arg(span)));
        const qint64 played = probedDurationMs(path);
        QVERIFY2(qAbs(played - info.durationSeconds * 1000) <= 100, qPrintable(QString::number(played)));
        // Finishing a finished file changes nothing.
        const QByteArray before = checksum(path);
        QVERIFY(MatroskaFile::finishInPlace(path, &error));
        QCOMPARE(checksum(path), before);
    }

    // A full disk: the copy does not fit, so the file is finished where it lies.
    void noRoomForACopyFinishesInPlace()
    {
        const QString folder = m_dir->filePath(QStringLiteral("full"));
        QVERIFY(QDir().mkpath(folder));
        const qint64 bytes = QFileInfo(m_video).size() * 2 / 3;
        QProcess mount;
        mount.start(QStringLiteral("mount"),
                    {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                     QStringLiteral("size=%1").arg(bytes + 16 * 1024), QStringLiteral("tmpfs"), folder});
        if (!mount.waitForFinished(10000) || mount.exitStatus() != QProcess::NormalExit || mount.exitCode() != 0)
            QSKIP("a tmpfs cannot be mounted here (needs root in a container that allows it)");
        const auto unmount = qScopeGuard([&folder] { QProcess::execute(QStringLiteral("umount"), {folder}); });
        const QString path = folder + QStringLiteral("/answer.webm");
        QVERIFY(head(m_video, path, bytes));
        const double span = packetSpan(path);

        const RecordingRepair::Result result = RecordingRepair::repair(path);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.changed);
        QVERIFY(result.inPlace);
        const MediaInfo info = MediaInfo::probe(path);
        QCOMPARE(info.codecs, (QStringList{QStringLiteral("opus"), QStringLiteral("vp8")}));
        QVERIFY2(qAbs(info.durationSeconds - span) <= 0.15, qPrintable(QString::number(info.durationSeconds)));
        QVERIFY(QDir(folder).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral("repair")).isEmpty());
    }

    void aFileThatHoldsNoRecordingIsKept_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("the file is empty");
        QTest::newRow("not WebM") << QByteArray("not a recording at all\n") << QStringLiteral("it is not a WebM file");
        QTest::newRow("header only") << QByteArray() << QStringLiteral("it holds no recorded sound or picture");
    }

    void aFileThatHoldsNoRecordingIsKept()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        const QString path = m_dir->filePath(QStringLiteral("answer.webm"));
        if (QByteArray(QTest::currentDataTag()) == "header only") {
            // The header and the tracks, cut where the first cluster begins.
            QFile whole(m_video);
            QVERIFY(whole.open(QIODevice::ReadOnly));
            const qsizetype firstCluster = whole.readAll().indexOf(QByteArray::fromHex("1F43B675"));
            QVERIFY(firstCluster > 0);
            QVERIFY(head(m_video, path, firstCluster));
        } else {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        const QByteArray before = checksum(path);
        const RecordingRepair::Result result = RecordingRepair::repair(path);
        QVERIFY(!result.ok);
        QCOMPARE(result.error, reason);
        QCOMPARE(checksum(path), before);
        QVERIFY(leftovers().isEmpty());
        QString error;
        QVERIFY(!MatroskaFile::finishInPlace(path, &error));
        QCOMPARE(error, reason);
        QCOMPARE(checksum(path), before);
    }

    void recoveryFinishesTheAttempts()
    {
        test::TempProfile profile;
        QVERIFY(profile.isValid());
        core::AttemptRepository attempts(profile.connection(), profile.path());
        const auto begin = [&](const QString &name, const QString &slug) {
            core::Attempt attempt;
            attempt.questionId = profile.questionId(slug);
            attempt.startedAt = QDateTime::currentDateTimeUtc();
            attempt.limitMs = 120'000;
            attempt.file = QStringLiteral("recordings/") + name;
            return attempts.begin(attempt);
        };
        const QString recordings = profile.dataDir().recordingsPath();
        QVERIFY(head(m_video, recordings + QStringLiteral("/cut.webm"), QFileInfo(m_video).size() / 2));
        QFile(recordings + QStringLiteral("/empty.webm")).open(QIODevice::WriteOnly);
        const qint64 cut = begin(QStringLiteral("cut.webm"), QStringLiteral("q-about"));
        const qint64 missing = begin(QStringLiteral("missing.webm"), QStringLiteral("q-about"));
        const qint64 empty = begin(QStringLiteral("empty.webm"), QStringLiteral("q-about"));
        const qint64 done = begin(QStringLiteral("done.webm"), QStringLiteral("q-about"));
        // A copy left by a repair that was killed itself.
        QVERIFY(QFile::copy(m_video, recordings + QStringLiteral("/.cut-repair-AbC123.webm")));
        QVERIFY(attempts.finish(done, 4000, core::Attempt::State::Complete));

        const QList<core::Attempt> pending = media::AttemptRecovery::pending(profile.connection());
        QCOMPARE(pending.size(), 3);
        const media::AttemptRecovery::Report report
            = media::AttemptRecovery::recoverInBackground(profile.database(), profile.path(), pending).result();
        QCOMPARE(report.recovered(), 1);
        QCOMPARE(report.failed(), 2);
        QCOMPARE(report.summary(),
                 QStringLiteral("An answer cut off when Rehearse last stopped was recovered; it is in History. 2 "
                                "answers cut off when Rehearse last stopped could not be recovered; their files were "
                                "kept in the recordings folder."));

        const auto recovered = attempts.get(cut);
        QCOMPARE(recovered->state, core::Attempt::State::Recovered);
        const MediaInfo info = MediaInfo::probe(attempts.absolutePath(*recovered));
        QVERIFY(qAbs(recovered->durationMs - info.durationSeconds * 1000) <= 50);
        QVERIFY(recovered->durationMs > 1000);
        QCOMPARE(attempts.get(missing)->state, core::Attempt::State::Failed);
        QCOMPARE(attempts.get(missing)->error,
                 QStringLiteral("Cut off when Rehearse stopped; not recovered: its file is missing."));
        QCOMPARE(attempts.get(empty)->state, core::Attempt::State::Failed);
        QCOMPARE(attempts.get(empty)->error,
                 QStringLiteral("Cut off when Rehearse stopped; not recovered: the file is empty."));
        QVERIFY(QFile::exists(recordings + QStringLiteral("/empty.webm")));
        QCOMPARE(attempts.get(done)->state, core::Attempt::State::Complete);
        QCOMPARE(QDir(recordings).entryList(QDir::Files | QDir::Hidden),
                 (QStringList{QStringLiteral("cut.webm"), QStringLiteral("empty.webm")}));
        QVERIFY(media::AttemptRecovery::pending(profile.connection()).isEmpty());

        // One failure names its file.
        media::AttemptRecovery::Report one;
        one.outcomes << media::AttemptRecovery::Outcome{7, false, 0, QStringLiteral("recordings/a.webm"),
                                                        QStringLiteral("the file is empty")};
        QCOMPARE(one.summary(),
                 QStringLiteral("An answer cut off when Rehearse last stopped could not be recovered "
                                "(the file is empty); its file was kept as recordings/a.webm."));
        QVERIFY(media::AttemptRecovery::Report().summary().isEmpty());
    }
};

QTEST_MAIN(TestRecordingRepair)
#include "tst_recordingrepair.moc"
