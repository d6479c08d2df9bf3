#pragma once

#include <QLoggingCategory>

namespace rehearse::media {

Q_DECLARE_LOGGING_CATEGORY(logCapture)
Q_DECLARE_LOGGING_CATEGORY(logDevices)

} // namespace rehearse::media
