#include "core/FreeSpace.h"

#include <QDir>
#include <QLocale>
#include <QStorageInfo>

namespace rehearse::core {

FreeSpace::FreeSpace(Source source, qint64 lowBytes)
    : m_source(std::move(source))
    , m_lowBytes(lowBytes)
{
}

qint64 FreeSpace::available(const QString &folder)
{
    const QStorageInfo storage(folder);
    return storage.isValid() && storage.isReady() ? storage.bytesAvailable() : -1;
}

QString FreeSpace::warning(const QString &folder) const
{
    const qint64 free = m_source ? m_source(folder) : -1;
    if (free < 0 || free >= m_lowBytes)
        return {};
    // Rounded down to whole megabytes, so that 499.9 MB does not read "500 MB".
    const qint64 shown = free >= 1'000'000 ? free - free % 1'000'000 : free;
    return tr("Only %1 is free on the disk that holds your recordings (%2). If it fills up during an answer, the "
              "recording stops there and what was recorded is kept. Free some space to be safe.")
        .arg(QLocale().formattedDataSize(shown, 0, QLocale::DataSizeSIFormat), QDir::toNativeSeparators(folder));
}

} // namespace rehearse::core
