#pragma once

#include <QDateTime>
#include <QString>

#include <array>

namespace rehearse::core {

// The editable texts of a story, in the order the editor and the Markdown show them.
enum class StoryPart { Title, Situation, Task, Action, Result };

// The four STAR parts, without the title: what the analysis and the cue card read.
inline constexpr std::array<StoryPart, 4> StarParts{StoryPart::Situation, StoryPart::Task, StoryPart::Action,
                                                    StoryPart::Result};

// A STAR story as it is stored.
struct Story {
    qint64 id = 0;
    QString title;
    QString situation;
    QString task;
    QString action;
    QString result;
    QDateTime createdAt;
    QDateTime updatedAt;

    const QString &text(StoryPart part) const;
    void setText(StoryPart part, const QString &text);
    // True when all four STAR parts have some text.
    bool isComplete() const;
    bool sameText(const Story &other) const;
};

// The part's name as the editor and the cue card show it (translated).
QString partName(StoryPart part);
// The part's name in the Markdown format, never translated, so files read back anywhere.
QString partKey(StoryPart part);

} // namespace rehearse::core
