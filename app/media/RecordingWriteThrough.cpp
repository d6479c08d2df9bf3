// GStreamer before any Qt header, so that Qt's keyword macros (signals, slots) cannot
// clash with names in GLib's headers.
#include <gst/gst.h>

#include "media/RecordingWriteThrough.h"

#include "media/Logging.h"
#include "media/TracerHooks.h"

#include <atomic>
#include <mutex>

namespace {

constexpr int FileSinkUnbuffered = 2; // GstFileSinkBufferMode "unbuffered"

// GstTracerHookElementNew: runs right after an element is created, before its
// creator sets any property.
void onElementNew(GstTracer *, guint64, GstElement *element)
{
    if (g_strcmp0(G_OBJECT_TYPE_NAME(element), "GstFileSink") == 0)
        g_object_set(element, "buffer-mode", FileSinkUnbuffered, nullptr);
}

bool isMuxer(GstElement *element)
{
    if (!element)
        return false;
    GstElementFactory *factory = gst_element_get_factory(element);
    return factory && gst_element_factory_list_is_type(factory, GST_ELEMENT_FACTORY_TYPE_MUXER);
}

// GstTracerHookPadLinkPost: a queue that feeds the muxer gets no size limit. The muxer
// waits until every stream has data; when the sound comes late (a busy machine, a sound
// server that hands out large blocks) the picture's queue fills, its thread blocks while
// holding the camera's tee, and Qt 6.4's stop(), which unlinks that tee, waits forever.
// Encoded picture is about 1 Mbit/s, so even a minute of lag is a few MB.
void onPadLinkPost(GstTracer *, guint64, GstPad *source, GstPad *sink, GstPadLinkReturn result)
{
    if (result != GST_PAD_LINK_OK)
        return;
    GstElement *from = gst_pad_get_parent_element(source);
    GstElement *to = gst_pad_get_parent_element(sink);
    if (from && g_strcmp0(G_OBJECT_TYPE_NAME(from), "GstQueue") == 0 && isMuxer(to)) {
        g_object_set(from, "max-size-buffers", 0u, "max-size-bytes", 0u, "max-size-time", guint64(0), nullptr);
        qCInfo(rehearse::media::logCapture) << "unbounded queue before the muxer:" << GST_ELEMENT_NAME(from);
    }
    if (from)
        gst_object_unref(from);
    if (to)
        gst_object_unref(to);
}

std::atomic_bool installed = false;

} // namespace

namespace rehearse::media {

bool RecordingWriteThrough::install()
{
    static std::once_flag once;
    std::call_once(once, [] {
        installed = addTracerHook("element-new", G_CALLBACK(onElementNew))
            && addTracerHook("pad-link-post", G_CALLBACK(onPadLinkPost));
    });
    return installed;
}

bool RecordingWriteThrough::isInstalled()
{
    return installed;
}

} // namespace rehearse::media
