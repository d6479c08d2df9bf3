#pragma once

#include <QtGlobal>

namespace rehearse::media {

// What flows into Qt 6.4's recorder, and a fix for what stopped it flowing.
//
// Qt 6.4.2 joins its encoder to the running capture pipeline in this order: it links the
// camera's and the microphone's tee to the encoder, and only then starts the encoder. A
// buffer that reaches the encoder in between (a few milliseconds; the microphone sends
// one every 10 ms) is refused as "flushing"; the tee passes that back to the source, and a
// GStreamer source that is refused stops for good. The recorder still reports that it
// records, but that stream never arrives: measured here, 4 of 8 runs of tst_recording's
// retake test lost an answer, without sound or (when the camera stopped too) as a bare
// 410-byte header. A GStreamer tracer hook starts the encoder branch (file sink, encoder,
// its caps filter) as soon as Qt links it, before the tee is linked: 0 stalls in 80
// recordings since.
//
// The same hook counts the buffers each stream hands to the encoder, so CaptureWorker
// can tell a recording that flows from one that only says so (a refused source may hand
// on one buffer before it stops: RecordingWatchdog wants the count to keep growing).
class RecordingFlow final {
public:
    struct Counts {
        qint64 audio = 0;
        qint64 video = 0;
    };

    // Once per process, before the first recording; later calls do nothing. True when the
    // hook is in place.
    static bool install();
    static bool isInstalled();
    // Buffers handed to a recorder's encoder in this process so far, per kind of stream.
    static Counts counts();
};

} // namespace rehearse::media
