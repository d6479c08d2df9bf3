#pragma once

#include "core/StoryMarkdown.h"

#include <QCoreApplication>

namespace rehearse::ui {

// Stories as a printable PDF: one story a page, each part under its heading, with the
// qualities and questions. html() reads nothing but its arguments and write() touches no
// widget, so both run off the GUI thread.
class StoryPdf final {
    Q_DECLARE_TR_FUNCTIONS(StoryPdf)

public:
    static QString html(const QList<core::StoryEntry> &entries, int wordsPerMinute, int limitSeconds);
    // Writes the file whole or not at all.
    static bool write(const QString &html, const QString &path, QString *error);
};

} // namespace rehearse::ui
