#include "speech/Logging.h"

namespace rehearse::speech {

Q_LOGGING_CATEGORY(logSpeech, "rehearse.speech")

} // namespace rehearse::speech
