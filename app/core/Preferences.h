#pragma once

#include <QByteArray>
#include <QString>

namespace rehearse::core {

// The user's practice settings, kept in QSettings, with their defaults and ranges.
struct Preferences {
    static constexpr int DefaultPrepSeconds = 30;
    static constexpr int MinPrepSeconds = 0;
    static constexpr int MaxPrepSeconds = 300;
    static constexpr int DefaultLimitSeconds = 120;
    static constexpr int MinLimitSeconds = 30;
    static constexpr int MaxLimitSeconds = 600;
    static constexpr int DefaultMockQuestions = 5;

    int prepSeconds = DefaultPrepSeconds;
    int limitSeconds = DefaultLimitSeconds;
    int mockQuestions = DefaultMockQuestions;
    // The chosen devices, by id with their names (the name is shown when the device is
    // missing). An empty camera id with cameraDisabled means "sound only".
    QByteArray cameraId;
    QString cameraName;
    bool cameraDisabled = false;
    QByteArray microphoneId;
    QString microphoneName;
    // The interface language ("de", "fr", "en"); empty follows the system.
    QString language;

    static Preferences load();
    void save() const;
};

} // namespace rehearse::core
