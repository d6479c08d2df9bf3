#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace rehearse::core {

// How much room is left where recordings go, and the warning before an answer when it
// runs low. The figure comes from an injectable source, so a test can simulate a nearly
// full disk.
class FreeSpace final {
    Q_DECLARE_TR_FUNCTIONS(FreeSpace)

public:
    // Bytes the user may still write in the file system that holds folder; -1: unknown.
    using Source = std::function<qint64(const QString &folder)>;

    // Below this, a warning: 500 MB is half an hour to an hour of webcam answers.
    static constexpr qint64 DefaultLowBytes = 500'000'000;

    explicit FreeSpace(Source source = &FreeSpace::available, qint64 lowBytes = DefaultLowBytes);

    // QStorageInfo's figure for folder (or its nearest existing parent).
    static qint64 available(const QString &folder);

    qint64 lowBytes() const { return m_lowBytes; }
    // What to tell the user when less than lowBytes() is free for folder; empty when
    // there is enough, or when the figure is unknown.
    QString warning(const QString &folder) const;

private:
    Source m_source;
    qint64 m_lowBytes;
};

} // namespace rehearse::core
