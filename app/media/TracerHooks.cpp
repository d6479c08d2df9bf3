// GStreamer before any Qt header, so that Qt's keyword macros (signals, slots) cannot
// clash with names in GLib's headers.
#include <gst/gst.h>

#include "media/TracerHooks.h"

#include "media/Logging.h"

#include <mutex>

namespace {

// GstTracer is abstract: the hooks need an instance of a type of our own.
struct RehearseTracer {
    GstTracer parent;
};
struct RehearseTracerClass {
    GstTracerClass parentClass;
};

G_DEFINE_TYPE(RehearseTracer, rehearse_tracer, GST_TYPE_TRACER)

void rehearse_tracer_class_init(RehearseTracerClass *) { }
void rehearse_tracer_init(RehearseTracer *) { }

// The tracing framework keeps a reference: the tracer lives as long as the process.
GstTracer *processTracer()
{
    static GstTracer *tracer = nullptr;
    static std::once_flag once;
    std::call_once(once, [] {
        GError *error = nullptr;
        if (!gst_init_check(nullptr, nullptr, &error)) {
            qCWarning(rehearse::media::logCapture) << "GStreamer did not start:" << (error ? error->message : "");
            g_clear_error(&error);
            return;
        }
        tracer = static_cast<GstTracer *>(g_object_new(rehearse_tracer_get_type(), nullptr));
        gst_object_ref_sink(tracer);
    });
    return tracer;
}

} // namespace

namespace rehearse::media {

bool addTracerHook(const char *hook, void (*callback)())
{
    GstTracer *tracer = processTracer();
    if (!tracer)
        return false;
    gst_tracing_register_hook(tracer, hook, callback);
    return true;
}

} // namespace rehearse::media
