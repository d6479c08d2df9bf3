#include "core/Story.h"

#include <QCoreApplication>

namespace rehearse::core {

namespace {

// The member that holds a part, for a const or a mutable story alike.
template<typename S> auto &member(S &story, StoryPart part)
{
    switch (part) {
    case StoryPart::Title:
        return story.title;
    case StoryPart::Situation:
        return story.situation;
    case StoryPart::Task:
        return story.task;
    case StoryPart::Action:
        return story.action;
    case StoryPart::Result:
        break;
    }
    return story.result;
}

} // namespace

const QString &Story::text(StoryPart part) const
{
    return member(*this, part);
}

void Story::setText(StoryPart part, const QString &text)
{
    member(*this, part) = text;
}

bool Story::isComplete() const
{
    for (StoryPart part : StarParts) {
        if (text(part).trimmed().isEmpty())
            return false;
    }
    return true;
}

bool Story::sameText(const Story &other) const
{
    return title == other.title && situation == other.situation && task == other.task && action == other.action
        && result == other.result;
}

QString partName(StoryPart part)
{
    switch (part) {
    case StoryPart::Title:
        return QCoreApplication::translate("rehearse::core::Story", "Title");
    case StoryPart::Situation:
        return QCoreApplication::translate("rehearse::core::Story", "Situation");
    case StoryPart::Task:
        return QCoreApplication::translate("rehearse::core::Story", "Task");
    case StoryPart::Action:
        return QCoreApplication::translate("rehearse::core::Story", "Action");
    case StoryPart::Result:
        break;
    }
    return QCoreApplication::translate("rehearse::core::Story", "Result");
}

QString partKey(StoryPart part)
{
    switch (part) {
    case StoryPart::Title:
        return QStringLiteral("Title");
    case StoryPart::Situation:
        return QStringLiteral("Situation");
    case StoryPart::Task:
        return QStringLiteral("Task");
    case StoryPart::Action:
        return QStringLiteral("Action");
    case StoryPart::Result:
        break;
    }
    return QStringLiteral("Result");
}

} // namespace rehearse::core
