#pragma once

#include "core/Story.h"

#include <QCoreApplication>
#include <QList>

namespace rehearse::core {

// A story as the Markdown file holds it: its texts, and its qualities and questions by
// name, so that the file can be read into another profile.
struct StoryEntry {
    struct Item {
        QString text; // a quality as "Name (Company — Role)", a question as its text
        int line = 0; // where the file has it; 0 when it was not read from a file
        bool operator==(const Item &other) const { return text == other.text; }
    };

    Story story;
    QList<Item> qualities;
    QList<Item> questions;
    int line = 0; // of the title

    // "Name (Company — Role)", and back; the pack is empty when the text names none.
    static QString qualityText(const QString &name, const QString &pack);
    static std::pair<QString, QString> splitQuality(const QString &text);
};

// The Markdown that Rehearse writes for stories and reads back exactly:
//
//   ## Title
//   ### Situation | Task | Action | Result   the part's text, as written
//   ### Qualities                            "- Name (Company — Role)" per quality
//   ### Questions                            "- question text" per question
//
// Anything before the first "## " line is a preamble and is ignored. A line of a part
// that starts with "#" or "\" (after spaces) is written with a "\" in front, which
// Markdown viewers hide and the reader removes. Blank lines around a part, and spaces
// around a title, are not kept. The section names are never translated.
class StoryMarkdown final {
    Q_DECLARE_TR_FUNCTIONS(StoryMarkdown)

public:
    struct Issue {
        int line = 0;
        QString reason;
        QString toString() const;
    };
    struct Parsed {
        QList<StoryEntry> entries;
        QList<Issue> issues;
        bool ok() const { return issues.isEmpty(); }
    };

    // preamble: paragraphs written after the "# " heading, before the first story.
    static QString write(const QList<StoryEntry> &entries, const QString &preamble = {});
    static Parsed parse(const QString &markdown);
};

} // namespace rehearse::core
