#pragma once

#include "core/SpeechFigures.h"

#include <QCoreApplication>
#include <QString>

namespace rehearse::core {

// The speech figures of an answer in words, each beside its reference range (issue #10):
// what Review shows and the exported summary writes. Measurements only: no score and no
// verdict beyond the ranges. A line that cannot be measured (pace and fillers without a
// transcript) comes back empty.
class SpeechReport final {
    Q_DECLARE_TR_FUNCTIONS(SpeechReport)

public:
    // "1:32"
    static QString clock(qint64 ms);
    // "3.2 s"
    static QString seconds(qint64 ms);
    // "−23" with a true minus sign
    static QString decibels(double dbfs);

    static QString pace(const SpeechFigures &figures);
    static QString fillers(const SpeechFigures &figures);
    // "3.2 s at 0:41"
    static QString pause(const TimeSpan &pause);
    // "Pauses over 2.5 s: 1 — 3.2 s at 0:41" or "Pauses over 2.5 s: none"
    static QString pauses(const SpeechFigures &figures);
    static QString pausesHeading(const SpeechFigures &figures);
    static QString speakingTime(const SpeechFigures &figures);
    static QString loudness(const SpeechFigures &figures);
    // "Pace in each half-minute, from the start: 138, 151 words per minute"; empty with fewer
    // than two half-minutes
    static QString paceBy30s(const SpeechFigures &figures);

    // What to say instead of figures when the status is not Ok; empty when it is.
    static QString statusText(const SpeechFigures &figures);

    static QString transcriptHeading();
    // The words as heard, fillers marked *like this*.
    static QString transcriptMarkdown(const SpeechFigures &figures);
    // The whole section for an exported summary, starting with "## Speech".
    static QString markdown(const SpeechFigures &figures);
};

} // namespace rehearse::core
