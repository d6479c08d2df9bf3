#include "media/Logging.h"

namespace rehearse::media {

Q_LOGGING_CATEGORY(logCapture, "rehearse.media.capture")
Q_LOGGING_CATEGORY(logDevices, "rehearse.media.devices")

} // namespace rehearse::media
