#include "core/InterviewType.h"

namespace rehearse::core {

QStringList categoriesFor(InterviewType type)
{
    switch (type) {
    case InterviewType::TellMeAboutYourself:
        return {QStringLiteral("intro")};
    case InterviewType::Behavioural:
        return {QStringLiteral("behavioural")};
    case InterviewType::Technical:
        return {QStringLiteral("technical"), QStringLiteral("coding")};
    case InterviewType::SystemDesign:
        return {QStringLiteral("system-design")};
    case InterviewType::Mixed:
        break;
    }
    return {};
}

} // namespace rehearse::core
