#pragma once

#include <QString>
#include <QStringList>

namespace rehearse::core {

// A question as practice and the bank show it.
struct Question {
    qint64 id = 0;
    QString text;
    QString category;
    QString stage;
    QStringList qualities;
    QString why;
    QString tip;
    QString packSlug;
    bool own = false;
};

// A STAR story linked to a question, as short cue points for the preparation countdown.
struct StoryCue {
    qint64 storyId = 0;
    QString title;
    QStringList points; // "Situation: …", "Task: …", "Action: …", "Result: …"
};

} // namespace rehearse::core
