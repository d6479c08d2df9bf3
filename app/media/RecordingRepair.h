#pragma once

#include <QCoreApplication>
#include <QString>

namespace rehearse::media {

// Makes a recording that was cut off (by a crash, a hang or a full disk) playable with
// its true duration. A WebM file whose writer never finished has no duration, no cues,
// and maybe a torn block at its end; GStreamer reads it anyway, so it is remuxed
// (matroskademux ! webmmux, no re-encoding) into a temporary file beside it. The copy
// replaces the original only once it reads back with the same tracks and no less of the
// recording. When no copy can be written (a full disk, an unwritable folder), the file
// is finished in place instead (MatroskaFile::finishInPlace). Synchronous: call it on a
// worker thread.
class RecordingRepair final {
    Q_DECLARE_TR_FUNCTIONS(RecordingRepair)

public:
    struct Result {
        bool ok = false; // the file at path now plays with its duration
        bool changed = false; // it was repaired (false: it needed nothing)
        bool inPlace = false; // finished where it lies, without a copy
        qint64 durationMs = 0;
        bool hasVideo = false;
        bool hasAudio = false;
        QString error; // why not, for the user; the file is then as it was
    };

    static Result repair(const QString &path, int timeoutMs = 120'000);

    // Remuxes from into to through GStreamer; false with the reason in *error. *noRoom
    // tells that the copy could not be written (no space, too large, not writable).
    static bool remux(const QString &from, const QString &to, int timeoutMs, QString *error, bool *noRoom);
};

} // namespace rehearse::media
