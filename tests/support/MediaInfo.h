#pragma once

#include <QString>
#include <QStringList>

namespace rehearse::test {

// What ffprobe, a reader independent of Qt, says about a media file.
struct MediaInfo {
    bool ok = false;
    double durationSeconds = 0;
    QStringList codecs; // one per stream, e.g. {"opus", "vp8"}
    int width = 0;
    int height = 0;
    QString error;

    static MediaInfo probe(const QString &path);
    // Writes a WebM file like the ones Practice records (VP8 picture when video, Opus
    // sound) with ffmpeg's test sources; false with the reason in *error.
    static bool makeRecording(const QString &path, double seconds, bool video, QString *error = nullptr);
};

} // namespace rehearse::test
