#pragma once

#include <QCoreApplication>
#include <QString>

namespace rehearse::media {

// The structure of a WebM (Matroska) recording, read without GStreamer: its tracks, the
// duration its header declares, the time its blocks span, and whether it ends cleanly.
// A recording cut off by a crash (as GStreamer's matroskamux leaves it) declares a
// duration of 0, has no cues, a last cluster of unknown size and possibly a torn block
// at the end; a file cut short by a full disk ends inside a block.
class MatroskaFile final {
    Q_DECLARE_TR_FUNCTIONS(MatroskaFile)

public:
    struct Layout {
        bool ok = false; // a Matroska header, a segment, tracks and at least one block
        QString error; // why not, for the user
        bool hasVideo = false;
        bool hasAudio = false;
        double durationMs = 0; // as declared in the header; 0 when missing or unset
        qint64 firstMs = -1; // the first and last block timestamps
        qint64 lastMs = -1;
        qint64 blocks = 0;
        bool hasCues = false;
        bool torn = false; // the file ends inside an element
        qint64 cleanEnd = 0; // the end of the last complete element
        qint64 fileSize = 0;

        qint64 contentMs() const { return blocks > 0 ? lastMs - firstMs : 0; }
        // The declared duration is missing or disagrees with the blocks by more than a
        // second, or the file ends inside an element.
        bool needsRepair() const;

        // Where the fields an in-place fix rewrites are (file offsets; -1: none).
        qint64 durationOffset = -1;
        int durationSize = 0;
        double timecodeScaleNs = 1'000'000;
        qint64 segmentSizeOffset = -1;
        int segmentSizeLength = 0;
        qint64 segmentDataStart = 0;
        qint64 lastClusterSizeOffset = -1;
        int lastClusterSizeLength = 0;
        qint64 lastClusterDataStart = 0;
        qint64 seekHeadOffset = -1;
        qint64 seekHeadLength = 0;
        bool seekHeadStale = false; // points at nothing, or past the end
    };

    static Layout read(const QString &path);

    // Finishes a cut-off recording where it lies, for when no copy can be written (a full
    // disk, an unwritable folder): cuts a torn element off the end, sets the segment and
    // last cluster sizes to what is there, writes the duration the blocks span into the
    // header, and blanks a seek index that points at nothing. Needs no free space. The
    // file keeps no cues (players then seek by scanning).
    static bool finishInPlace(const QString &path, QString *error);
};

} // namespace rehearse::media
