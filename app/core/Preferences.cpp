#include "core/Preferences.h"

#include <QSettings>

namespace rehearse::core {

Preferences Preferences::load()
{
    QSettings settings;
    Preferences p;
    p.prepSeconds = std::clamp(settings.value(QStringLiteral("practice/prepSeconds"), DefaultPrepSeconds).toInt(),
                               MinPrepSeconds, MaxPrepSeconds);
    p.limitSeconds = std::clamp(settings.value(QStringLiteral("practice/limitSeconds"), DefaultLimitSeconds).toInt(),
                                MinLimitSeconds, MaxLimitSeconds);
    p.mockQuestions
        = std::clamp(settings.value(QStringLiteral("practice/mockQuestions"), DefaultMockQuestions).toInt(), 1, 20);
    p.cameraId = settings.value(QStringLiteral("devices/cameraId")).toByteArray();
    p.cameraName = settings.value(QStringLiteral("devices/cameraName")).toString();
    p.cameraDisabled = settings.value(QStringLiteral("devices/cameraDisabled"), false).toBool();
    p.microphoneId = settings.value(QStringLiteral("devices/microphoneId")).toByteArray();
    p.microphoneName = settings.value(QStringLiteral("devices/microphoneName")).toString();
    p.language = settings.value(QStringLiteral("interface/language")).toString();
    return p;
}

void Preferences::save() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("practice/prepSeconds"), std::clamp(prepSeconds, MinPrepSeconds, MaxPrepSeconds));
    settings.setValue(QStringLiteral("practice/limitSeconds"),
                      std::clamp(limitSeconds, MinLimitSeconds, MaxLimitSeconds));
    settings.setValue(QStringLiteral("practice/mockQuestions"), mockQuestions);
    settings.setValue(QStringLiteral("devices/cameraId"), cameraId);
    settings.setValue(QStringLiteral("devices/cameraName"), cameraName);
    settings.setValue(QStringLiteral("devices/cameraDisabled"), cameraDisabled);
    settings.setValue(QStringLiteral("devices/microphoneId"), microphoneId);
    settings.setValue(QStringLiteral("devices/microphoneName"), microphoneName);
    settings.setValue(QStringLiteral("interface/language"), language);
}

} // namespace rehearse::core
