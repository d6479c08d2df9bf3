#pragma once

namespace rehearse::media {

// Makes the recorder write each encoded block to the file as it comes. Qt 6.4 records
// through a GStreamer filesink, which keeps up to 64 KiB in the process before writing:
// several seconds of a recording, all lost when the process is killed (measured here:
// a file stayed at 0 bytes for the first 4 s). Qt offers no way to reach that element,
// so a GStreamer tracer hook sets every new filesink in this process to unbuffered.
// Data written is in the kernel's page cache and survives the process.
class RecordingWriteThrough final {
public:
    // Once per process, before the first recording; later calls do nothing. True when the
    // hook is in place.
    static bool install();
    static bool isInstalled();
};

} // namespace rehearse::media
