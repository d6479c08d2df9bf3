// GStreamer before any Qt header, so that Qt's keyword macros (signals, slots) cannot
// clash with names in GLib's headers.
#include <gst/gst.h>

#include "media/RecordingFlow.h"

#include "media/Logging.h"
#include "media/TracerHooks.h"

#include <atomic>
#include <mutex>

namespace {

std::atomic<qint64> audioBuffers = 0;
std::atomic<qint64> videoBuffers = 0;
std::atomic_bool installed = false;

GstPadProbeReturn countBuffer(GstPad *, GstPadProbeInfo *, gpointer counter)
{
    static_cast<std::atomic<qint64> *>(counter)->fetch_add(1, std::memory_order_relaxed);
    return GST_PAD_PROBE_OK;
}

bool isA(GstElement *element, const char *typeName)
{
    return element && g_strcmp0(G_OBJECT_TYPE_NAME(element), typeName) == 0;
}

// Qt 6.4.2's record() links "capsfilter ! encodebin", then "tee ! capsfilter", then
// starts the caps filter, then the encodebin and the file sink. Starting all three at the
// first link closes the window in which the tee's buffer is refused (see the header).
void startEncoderBranch(GstElement *capsFilter, GstElement *encoder)
{
    GstPad *encoded = gst_element_get_static_pad(encoder, "src");
    GstPad *fileSinkPad = encoded ? gst_pad_get_peer(encoded) : nullptr;
    GstElement *fileSink = fileSinkPad ? gst_pad_get_parent_element(fileSinkPad) : nullptr;
    // Downstream first, so that nothing is ever pushed into an element that is not started.
    if (fileSink)
        gst_element_sync_state_with_parent(fileSink);
    gst_element_sync_state_with_parent(encoder);
    gst_element_sync_state_with_parent(capsFilter);
    if (fileSink)
        gst_object_unref(fileSink);
    if (fileSinkPad)
        gst_object_unref(fileSinkPad);
    if (encoded)
        gst_object_unref(encoded);
}

// GstTracerHookPadLinkPost. Runs for every link in the process; acts only on a caps
// filter linked into an encodebin, which only Qt's recorder builds here.
void onPadLinkPost(GstTracer *, guint64, GstPad *source, GstPad *sink, GstPadLinkReturn result)
{
    if (result != GST_PAD_LINK_OK)
        return;
    GstElement *from = gst_pad_get_parent_element(source);
    GstElement *to = gst_pad_get_parent_element(sink);
    if (isA(from, "GstCapsFilter") && isA(to, "GstEncodeBin")) {
        const bool audio = g_str_has_prefix(GST_PAD_NAME(sink), "audio");
        const bool video = g_str_has_prefix(GST_PAD_NAME(sink), "video");
        if (audio || video) {
            gst_pad_add_probe(sink, GST_PAD_PROBE_TYPE_BUFFER, countBuffer, audio ? &audioBuffers : &videoBuffers,
                              nullptr);
        }
        startEncoderBranch(from, to);
        qCDebug(rehearse::media::logCapture) << "encoder branch started before the tee joins:" << GST_PAD_NAME(sink);
    }
    if (from)
        gst_object_unref(from);
    if (to)
        gst_object_unref(to);
}

} // namespace

namespace rehearse::media {

bool RecordingFlow::install()
{
    static std::once_flag once;
    std::call_once(once, [] { installed = addTracerHook("pad-link-post", G_CALLBACK(onPadLinkPost)); });
    return installed;
}

bool RecordingFlow::isInstalled()
{
    return installed;
}

RecordingFlow::Counts RecordingFlow::counts()
{
    return {audioBuffers.load(std::memory_order_relaxed), videoBuffers.load(std::memory_order_relaxed)};
}

} // namespace rehearse::media
