#include "core/Attempt.h"

namespace rehearse::core {

QString Attempt::stateName(State state)
{
    switch (state) {
    case State::Recording:
        return QStringLiteral("recording");
    case State::Complete:
        return QStringLiteral("complete");
    case State::Recovered:
        return QStringLiteral("recovered");
    case State::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

Attempt::State Attempt::stateFromName(const QString &name)
{
    if (name == QLatin1String("complete"))
        return State::Complete;
    if (name == QLatin1String("recovered"))
        return State::Recovered;
    if (name == QLatin1String("failed"))
        return State::Failed;
    return State::Recording;
}

} // namespace rehearse::core
