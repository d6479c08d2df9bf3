/* A virtual camera for tests: a GStreamer device provider that lists one "Video/Source"
 * device whose element is a live, moving videotestsrc. Qt Multimedia's GStreamer backend
 * probes every device provider, so with GST_PLUGIN_PATH pointing here the unmodified
 * application sees a camera. Built for tests only; never installed. */
#define PACKAGE "rehearse-tests"
#include <gst/gst.h>

#define REHEARSE_TYPE_VCAM_DEVICE (rehearse_vcam_device_get_type())
G_DECLARE_FINAL_TYPE(RehearseVcamDevice, rehearse_vcam_device, REHEARSE, VCAM_DEVICE, GstDevice)

struct _RehearseVcamDevice {
    GstDevice parent;
};

G_DEFINE_TYPE(RehearseVcamDevice, rehearse_vcam_device, GST_TYPE_DEVICE)

static GstElement *rehearse_vcam_device_create_element(GstDevice *device, const gchar *name)
{
    (void)device;
    GstElement *source = gst_element_factory_make("videotestsrc", name);
    if (source) {
        g_object_set(source, "is-live", TRUE, NULL);
        gst_util_set_object_arg(G_OBJECT(source), "pattern", "ball");
    }
    return source;
}

static void rehearse_vcam_device_class_init(RehearseVcamDeviceClass *klass)
{
    GST_DEVICE_CLASS(klass)->create_element = rehearse_vcam_device_create_element;
}

static void rehearse_vcam_device_init(RehearseVcamDevice *device)
{
    (void)device;
}

#define REHEARSE_TYPE_VCAM_PROVIDER (rehearse_vcam_provider_get_type())
G_DECLARE_FINAL_TYPE(RehearseVcamProvider, rehearse_vcam_provider, REHEARSE, VCAM_PROVIDER, GstDeviceProvider)

struct _RehearseVcamProvider {
    GstDeviceProvider parent;
};

G_DEFINE_TYPE(RehearseVcamProvider, rehearse_vcam_provider, GST_TYPE_DEVICE_PROVIDER)

static GList *rehearse_vcam_provider_probe(GstDeviceProvider *provider)
{
    (void)provider;
    GstCaps *caps = gst_caps_from_string("video/x-raw,format=I420,width=1280,height=720,framerate=30/1;"
                                         "video/x-raw,format=I420,width=640,height=480,framerate=30/1");
    GstStructure *properties = gst_structure_new("rehearse-vcam", "device.path", G_TYPE_STRING, "/dev/rehearse-vcam0",
                                                 "device.class", G_TYPE_STRING, "video", NULL);
    GstDevice *device = g_object_new(REHEARSE_TYPE_VCAM_DEVICE, "display-name", "Rehearse Test Camera", "device-class",
                                     "Video/Source", "caps", caps, "properties", properties, NULL);
    gst_caps_unref(caps);
    gst_structure_free(properties);
    return g_list_append(NULL, device);
}

static void rehearse_vcam_provider_class_init(RehearseVcamProviderClass *klass)
{
    GstDeviceProviderClass *provider = GST_DEVICE_PROVIDER_CLASS(klass);
    provider->probe = rehearse_vcam_provider_probe;
    gst_device_provider_class_set_static_metadata(provider, "Rehearse virtual camera", "Video/Source",
                                                  "A live moving test pattern that applications see as a camera",
                                                  "Rehearse");
}

static void rehearse_vcam_provider_init(RehearseVcamProvider *provider)
{
    (void)provider;
}

static gboolean plugin_init(GstPlugin *plugin)
{
    return gst_device_provider_register(plugin, "rehearsevcam", GST_RANK_PRIMARY, REHEARSE_TYPE_VCAM_PROVIDER);
}

GST_PLUGIN_DEFINE(GST_VERSION_MAJOR, GST_VERSION_MINOR, rehearsevcam, "Virtual camera for Rehearse tests", plugin_init,
                  "0.1", "LGPL", "rehearse", "https://rehearse.invalid")
