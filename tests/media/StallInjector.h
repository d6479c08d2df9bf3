#pragma once

namespace rehearse::test {

// Makes the next recordings of this process receive nothing from the microphone, or from
// the microphone and the camera, as Qt 6.4's recorder sometimes did by itself (see
// media/RecordingFlow.h). A GStreamer tracer in the test drops every buffer between the
// capture tee and the recorder's encoder; events still pass, so stopping works. The
// application itself has no test hooks.
class StallInjector final {
public:
    enum class Streams { Sound, SoundAndPicture };

    // The next `recordings` recordings get nothing on `streams`; the ones after are left
    // alone. Installs the tracer on first use (after gst_init, which Qt or the app does).
    static void stallNext(int recordings, Streams streams);
    // Recordings stalled so far.
    static int stalled();
};

} // namespace rehearse::test
