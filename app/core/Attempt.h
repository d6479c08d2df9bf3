#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace rehearse::core {

// One recording of one question, and its review.
struct Attempt {
    enum class Mode { Video, Audio };
    enum class State { Recording, Complete, Recovered, Failed };

    qint64 id = 0;
    qint64 questionId = 0;
    QDateTime startedAt;
    qint64 prepMs = 0;
    qint64 limitMs = 0;
    qint64 durationMs = 0;
    QString file; // relative to the data folder, e.g. "recordings/20261125-101500-42.webm"
    Mode mode = Mode::Video;
    State state = State::Recording;
    QString camera;
    QString microphone;
    qint64 storyId = 0;
    QString mockId;
    std::optional<int> overallScore;
    QString notes;
    QString error;

    static QString modeName(Mode mode)
    {
        return mode == Mode::Video ? QStringLiteral("video") : QStringLiteral("audio");
    }
    static QString stateName(State state);
    static State stateFromName(const QString &name);
};

} // namespace rehearse::core
