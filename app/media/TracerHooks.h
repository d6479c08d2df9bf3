#pragma once

namespace rehearse::media {

// Adds a callback for one of GStreamer's tracer hooks ("element-new", "pad-link-post", …)
// for the rest of the process, on one tracer object that Rehearse registers once.
// Qt 6.4 gives no way to reach the elements of its recorder; these hooks do. Pass the
// callback with G_CALLBACK(). Returns false when GStreamer does not start.
bool addTracerHook(const char *hook, void (*callback)());

} // namespace rehearse::media
