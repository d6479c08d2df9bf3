#include <gst/gst.h>

#include "StallInjector.h"

#include "media/TracerHooks.h"

#include <atomic>
#include <mutex>

namespace {

std::atomic_int remaining = 0;
std::atomic_int stalledCount = 0;
std::atomic_bool pictureToo = false;

constexpr const char *Decision = "rehearse-test-stall"; // set on each recorder's encodebin
constexpr gintptr Stall = 1;
constexpr gintptr Pass = 2;

GstPadProbeReturn drop(GstPad *, GstPadProbeInfo *, gpointer)
{
    return GST_PAD_PROBE_DROP;
}

bool isA(GstElement *element, const char *typeName)
{
    return element && g_strcmp0(G_OBJECT_TYPE_NAME(element), typeName) == 0;
}

// Qt 6.4 links "capsfilter ! encodebin" for each stream of a recording, then the tee to
// the caps filter: a probe on the caps filter's input drops what the tee sends.
void onPadLinkPost(GstTracer *, guint64, GstPad *source, GstPad *sink, GstPadLinkReturn result)
{
    if (result != GST_PAD_LINK_OK)
        return;
    GstElement *from = gst_pad_get_parent_element(source);
    GstElement *to = gst_pad_get_parent_element(sink);
    if (isA(from, "GstCapsFilter") && isA(to, "GstEncodeBin")) {
        auto decision = gintptr(g_object_get_data(G_OBJECT(to), Decision));
        if (decision == 0) { // the first stream of a new recording
            int left = remaining.load();
            while (left > 0 && !remaining.compare_exchange_weak(left, left - 1)) { }
            decision = left > 0 ? Stall : Pass;
            if (decision == Stall)
                ++stalledCount;
            g_object_set_data(G_OBJECT(to), Decision, gpointer(decision));
        }
        const bool sound = g_str_has_prefix(GST_PAD_NAME(sink), "audio");
        if (decision == Stall && (sound || pictureToo)) {
            GstPad *input = gst_element_get_static_pad(from, "sink");
            gst_pad_add_probe(input, GstPadProbeType(GST_PAD_PROBE_TYPE_BUFFER | GST_PAD_PROBE_TYPE_BUFFER_LIST), drop,
                              nullptr, nullptr);
            gst_object_unref(input);
        }
    }
    if (from)
        gst_object_unref(from);
    if (to)
        gst_object_unref(to);
}

void install()
{
    static std::once_flag once;
    std::call_once(once, [] { rehearse::media::addTracerHook("pad-link-post", G_CALLBACK(onPadLinkPost)); });
}

} // namespace

namespace rehearse::test {

void StallInjector::stallNext(int recordings, Streams streams)
{
    install();
    pictureToo = streams == Streams::SoundAndPicture;
    remaining = recordings;
}

int StallInjector::stalled()
{
    return stalledCount;
}

} // namespace rehearse::test
