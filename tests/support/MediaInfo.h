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
};

} // namespace rehearse::test
