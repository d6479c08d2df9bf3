#pragma once

#include <QMetaType>
#include <QString>

namespace rehearse::media {

// How a recording ended, once the recorder has let go of the file.
struct RecordingOutcome {
    bool ok = false; // the file exists and is not empty
    QString file;
    qint64 durationMs = 0; // as the recorder counted it
    qint64 bytes = 0;
    bool audioOnly = false;
    bool stoppedByItself = false; // a device was lost or the disk filled up
    bool unfinished = false; // the recorder failed mid-recording: the file was never finished
    QString message; // what went wrong, for the user; empty when nothing did
};

} // namespace rehearse::media

Q_DECLARE_METATYPE(rehearse::media::RecordingOutcome)
