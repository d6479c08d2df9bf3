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
