// GStreamer before any Qt header, so that Qt's keyword macros (signals, slots) cannot
// clash with names in GLib's headers.
#include <gst/gst.h>

#include "media/RecordingWriteThrough.h"

#include "media/Logging.h"

#include <atomic>
#include <mutex>

namespace {

// GstTracer is abstract: the hook needs an instance of a type of our own.
struct WriteThroughTracer {
    GstTracer parent;
};
struct WriteThroughTracerClass {
    GstTracerClass parentClass;
};

G_DEFINE_TYPE(WriteThroughTracer, write_through_tracer, GST_TYPE_TRACER)

void write_through_tracer_class_init(WriteThroughTracerClass *) { }
void write_through_tracer_init(WriteThroughTracer *) { }

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
        GError *error = nullptr;
        if (!gst_init_check(nullptr, nullptr, &error)) {
            qCWarning(logCapture) << "GStreamer did not start:" << (error ? error->message : "");
            g_clear_error(&error);
            return;
        }
        // The tracing framework keeps a reference; the hook lives as long as the process.
        auto *tracer = static_cast<GstTracer *>(g_object_new(write_through_tracer_get_type(), nullptr));
        gst_object_ref_sink(tracer);
        gst_tracing_register_hook(tracer, "element-new", G_CALLBACK(onElementNew));
        gst_tracing_register_hook(tracer, "pad-link-post", G_CALLBACK(onPadLinkPost));
        gst_object_unref(tracer);
        installed = true;
    });
    return installed;
}

bool RecordingWriteThrough::isInstalled()
{
    return installed;
}

} // namespace rehearse::media
