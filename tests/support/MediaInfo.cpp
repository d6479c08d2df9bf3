#include "support/MediaInfo.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace rehearse::test {

MediaInfo MediaInfo::probe(const QString &path)
{
    MediaInfo info;
    QProcess ffprobe;
    ffprobe.start(QStringLiteral("ffprobe"),
                  {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-show_entries"),
                   QStringLiteral("stream=codec_name,width,height:format=duration"), QStringLiteral("-of"),
                   QStringLiteral("json"), path});
    if (!ffprobe.waitForFinished(30000) || ffprobe.exitCode() != 0) {
        info.error = QString::fromLocal8Bit(ffprobe.readAllStandardError());
        return info;
    }
    const QJsonObject root = QJsonDocument::fromJson(ffprobe.readAllStandardOutput()).object();
    info.durationSeconds
        = root.value(QStringLiteral("format")).toObject().value(QStringLiteral("duration")).toString().toDouble();
    const QJsonArray streams = root.value(QStringLiteral("streams")).toArray();
    for (const QJsonValue &stream : streams) {
        const QJsonObject object = stream.toObject();
        info.codecs << object.value(QStringLiteral("codec_name")).toString();
        if (object.contains(QStringLiteral("width"))) {
            info.width = object.value(QStringLiteral("width")).toInt();
            info.height = object.value(QStringLiteral("height")).toInt();
        }
    }
    info.codecs.sort();
    info.ok = true;
    return info;
}

bool MediaInfo::makeRecording(const QString &path, double seconds, bool video, QString *error)
{
    const QString length = QString::number(seconds);
    QStringList args{QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y")};
    if (video) {
        args << QStringLiteral("-f") << QStringLiteral("lavfi") << QStringLiteral("-i")
             << QStringLiteral("testsrc=size=320x240:rate=15:duration=") + length;
    }
    args << QStringLiteral("-f") << QStringLiteral("lavfi") << QStringLiteral("-i")
         << QStringLiteral("sine=frequency=440:sample_rate=48000:duration=") + length;
    if (video)
        args << QStringLiteral("-c:v") << QStringLiteral("libvpx") << QStringLiteral("-b:v") << QStringLiteral("300k");
    args << QStringLiteral("-c:a") << QStringLiteral("libopus") << QStringLiteral("-f") << QStringLiteral("webm")
         << path;
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral("ffmpeg"), args);
    if (!ffmpeg.waitForFinished(60000) || ffmpeg.exitStatus() != QProcess::NormalExit || ffmpeg.exitCode() != 0) {
        if (error)
            *error = ffmpeg.errorString() + QLatin1Char(' ') + QString::fromLocal8Bit(ffmpeg.readAllStandardError());
        return false;
    }
    return true;
}

} // namespace rehearse::test
