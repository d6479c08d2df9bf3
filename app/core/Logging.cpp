#include "core/Logging.h"

namespace rehearse::core {

Q_LOGGING_CATEGORY(logDb, "rehearse.core.db")
Q_LOGGING_CATEGORY(logPack, "rehearse.core.pack")
Q_LOGGING_CATEGORY(logPractice, "rehearse.core.practice")

} // namespace rehearse::core
