#pragma once

#include <QLoggingCategory>

namespace rehearse::core {

Q_DECLARE_LOGGING_CATEGORY(logDb)
Q_DECLARE_LOGGING_CATEGORY(logPack)
Q_DECLARE_LOGGING_CATEGORY(logPractice)

} // namespace rehearse::core
