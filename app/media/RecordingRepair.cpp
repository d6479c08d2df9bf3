// GStreamer before any Qt header, so that Qt's keyword macros (signals, slots) cannot
// clash with names in GLib's headers.
#include <gst/gst.h>

#include "media/RecordingRepair.h"

#include "media/Logging.h"
#include "media/MatroskaFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <mutex>
#include <vector>

namespace rehearse::media {

namespace {

constexpr int FileSinkFullyBuffered = 0; // GstFileSinkBufferMode "full"

// The remux pipeline; the demuxer's pads are linked from its streaming thread.
struct Remux {
    GstElement *pipeline = nullptr;
    GstElement *muxer = nullptr;
    std::mutex mutex;
    std::vector<GstPad *> inputs; // the queues' sink pads, to end them by hand
    int streams = 0;

    ~Remux()
    {
        for (GstPad *pad : inputs)
            gst_object_unref(pad);
    }
};

void onPadAdded(GstElement *, GstPad *pad, gpointer data)
{
    auto *remux = static_cast<Remux *>(data);
    GstCaps *caps = gst_pad_get_current_caps(pad);
    if (!caps)
        caps = gst_pad_query_caps(pad, nullptr);
    const gchar *media
        = caps && !gst_caps_is_empty(caps) ? gst_structure_get_name(gst_caps_get_structure(caps, 0)) : "";
    const char *muxerPad = g_str_has_prefix(media, "video/") ? "video_%u"
        : g_str_has_prefix(media, "audio/")                  ? "audio_%u"
                                                             : nullptr;
    if (caps)
        gst_caps_unref(caps);

    // Anything but sound and picture is dropped.
    GstElement *next = gst_element_factory_make(muxerPad ? "queue" : "fakesink", nullptr);
    if (!next)
        return;
    gst_bin_add(GST_BIN(remux->pipeline), next);
    if (muxerPad) {
        GstPad *out = gst_element_get_static_pad(next, "src");
        GstPad *in = gst_element_request_pad_simple(remux->muxer, muxerPad);
        if (in) {
            gst_pad_link(out, in);
            gst_object_unref(in);
        }
        gst_object_unref(out);
    }
    gst_element_sync_state_with_parent(next);
    GstPad *input = gst_element_get_static_pad(next, "sink");
    gst_pad_link(pad, input);
    std::lock_guard lock(remux->mutex);
    if (muxerPad) {
        remux->inputs.push_back(input);
        ++remux->streams;
    } else {
        gst_object_unref(input);
    }
}

QString describe(GError *error)
{
    return error ? QString::fromUtf8(error->message) : RecordingRepair::tr("an unknown GStreamer error");
}

} // namespace

bool RecordingRepair::remux(const QString &from, const QString &to, int timeoutMs, QString *error, bool *noRoom)
{
    *noRoom = false;
    GError *initError = nullptr;
    if (!gst_init_check(nullptr, nullptr, &initError)) {
        *error = describe(initError);
        g_clear_error(&initError);
        return false;
    }
    Remux remux;
    remux.pipeline = gst_pipeline_new("rehearse-repair");
    GstElement *source = gst_element_factory_make("filesrc", nullptr);
    GstElement *demuxer = gst_element_factory_make("matroskademux", nullptr);
    remux.muxer = gst_element_factory_make("webmmux", nullptr);
    GstElement *sink = gst_element_factory_make("filesink", nullptr);
    if (!source || !demuxer || !remux.muxer || !sink) {
        for (GstElement *element : {source, demuxer, remux.muxer, sink}) {
            if (element)
                gst_object_unref(gst_object_ref_sink(element));
        }
        gst_object_unref(remux.pipeline);
        *error = tr("GStreamer's Matroska elements are missing (install gstreamer1.0-plugins-good)");
        return false;
    }
    g_object_set(source, "location", QFile::encodeName(from).constData(), nullptr);
    g_object_set(sink, "location", QFile::encodeName(to).constData(), "buffer-mode", FileSinkFullyBuffered, nullptr);
    gst_bin_add_many(GST_BIN(remux.pipeline), source, demuxer, remux.muxer, sink, nullptr);
    gst_element_link(source, demuxer);
    gst_element_link(remux.muxer, sink);
    g_signal_connect(demuxer, "pad-added", G_CALLBACK(onPadAdded), &remux);

    GstBus *bus = gst_element_get_bus(remux.pipeline);
    gst_element_set_state(remux.pipeline, GST_STATE_PLAYING);
    bool ok = false;
    bool endedByHand = false;
    const gint64 deadline = g_get_monotonic_time() + gint64(timeoutMs) * 1000;
    for (;;) {
        const gint64 left = deadline - g_get_monotonic_time();
        GstMessage *message = left > 0 ? gst_bus_timed_pop_filtered(bus, GstClockTime(left) * 1000,
                                                                    GstMessageType(GST_MESSAGE_EOS | GST_MESSAGE_ERROR))
                                       : nullptr;
        if (!message) {
            *error = tr("the repair took longer than %1 s").arg(timeoutMs / 1000);
            break;
        }
        if (GST_MESSAGE_TYPE(message) == GST_MESSAGE_EOS) {
            gst_message_unref(message);
            ok = true;
            break;
        }
        GError *gstError = nullptr;
        gst_message_parse_error(message, &gstError, nullptr);
        const bool fromSink = GST_MESSAGE_SRC(message) == GST_OBJECT(sink);
        const QString text = describe(gstError);
        qCInfo(logCapture) << "repair:" << GST_OBJECT_NAME(GST_MESSAGE_SRC(message)) << text;
        gst_message_unref(message);
        if (fromSink) {
            *noRoom = gstError && gstError->domain == GST_RESOURCE_ERROR
                && (gstError->code == GST_RESOURCE_ERROR_NO_SPACE_LEFT || gstError->code == GST_RESOURCE_ERROR_WRITE
                    || gstError->code == GST_RESOURCE_ERROR_OPEN_WRITE);
            g_clear_error(&gstError);
            *error = text;
            break;
        }
        g_clear_error(&gstError);
        // The reader gave up on the damaged end of the file: what it passed on so far is
        // the recording, so the streams end here and the muxer finishes the copy.
        std::lock_guard lock(remux.mutex);
        if (endedByHand || remux.streams == 0) {
            *error = text;
            break;
        }
        endedByHand = true;
        for (GstPad *input : remux.inputs)
            gst_pad_send_event(input, gst_event_new_eos());
    }
    gst_element_set_state(remux.pipeline, GST_STATE_NULL);
    gst_object_unref(bus);
    gst_object_unref(remux.pipeline);
    return ok;
}

RecordingRepair::Result RecordingRepair::repair(const QString &path, int timeoutMs)
{
    Result result;
    const MatroskaFile::Layout before = MatroskaFile::read(path);
    if (!before.ok) {
        result.error = before.error;
        return result;
    }
    const auto succeed = [&result](const MatroskaFile::Layout &layout) {
        result.ok = true;
        result.durationMs = qRound64(layout.durationMs);
        result.hasVideo = layout.hasVideo;
        result.hasAudio = layout.hasAudio;
        return result;
    };
    if (!before.needsRepair())
        return succeed(before);
    result.changed = true;

    // A copy beside the original, in the same file system, so that it can replace it.
    const QFileInfo info(path);
    QTemporaryFile copy(info.dir().filePath(QStringLiteral(".%1-repair-XXXXXX.webm").arg(info.completeBaseName())));
    QString reason;
    bool noRoom = false;
    if (!copy.open()) {
        noRoom = true;
        reason = copy.errorString();
    } else {
        copy.close();
        const QStorageInfo storage(info.absolutePath());
        if (storage.isValid() && storage.bytesAvailable() < before.fileSize + 1024 * 1024) {
            noRoom = true;
            reason = tr("there is not enough free space for a repaired copy");
        } else if (remux(path, copy.fileName(), timeoutMs, &reason, &noRoom)) {
            const MatroskaFile::Layout after = MatroskaFile::read(copy.fileName());
            if (!after.ok || after.needsRepair() || after.hasAudio != before.hasAudio
                || after.hasVideo != before.hasVideo || after.contentMs() + 1000 < before.contentMs()) {
                qCWarning(logCapture) << "repaired copy rejected:" << after.error << after.durationMs << "ms of"
                                      << before.contentMs() << "ms";
                reason = tr("the repaired copy did not read back whole");
            } else {
                QFile::setPermissions(copy.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
                if (std::rename(QFile::encodeName(copy.fileName()).constData(), QFile::encodeName(path).constData())
                    == 0) {
                    copy.setAutoRemove(false);
                    qCInfo(logCapture) << "repaired" << path << after.durationMs << "ms";
                    return succeed(after);
                }
                reason = QString::fromLocal8Bit(std::strerror(errno));
            }
        }
    }
    if (noRoom) {
        qCInfo(logCapture) << "no room for a repaired copy of" << path << "(" << reason << "): finishing it in place";
        QString inPlaceError;
        if (MatroskaFile::finishInPlace(path, &inPlaceError)) {
            result.inPlace = true;
            return succeed(MatroskaFile::read(path));
        }
        reason = inPlaceError;
    }
    result.error = reason;
    qCWarning(logCapture) << "cannot repair" << path << reason;
    return result;
}

} // namespace rehearse::media
