#pragma once

#include <QLoggingCategory>

namespace rehearse::speech {

Q_DECLARE_LOGGING_CATEGORY(logSpeech)

} // namespace rehearse::speech
