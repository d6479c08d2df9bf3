#pragma once

#include "core/SpeechFigures.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace rehearse::test {

// A spoken answer with known words and silences, built at test time by
// tests/support/make-speech-sample.sh (espeak-ng, sox, ffmpeg), and the truth it was built
// from. Times in milliseconds from the start of the recording.
struct SpeechSample {
    QString webm; // Opus sound in WebM, as Practice records (with --video, a VP8 picture too)
    QString wav; // the same sound as 16-bit PCM
    qint64 durationMs = 0;
    QList<TimeSpan> speech; // each spoken part, trimmed of espeak-ng's own silence
    QList<TimeSpan> gaps; // each silence put between parts
    int words = 0; // words in the text spoken

    qint64 speakingMs() const;
    QList<TimeSpan> gapsLongerThan(qint64 ms) const;

    // parts: "say:TEXT" or "gap:SECONDS"; options: the script's (--video, --noise DBFS,
    // --gain DB, --lead S, --tail S). Writes outBase.webm, .wav and .truth. False with
    // the reason in *error (a tool missing, a bad part).
    static bool make(const QString &outBase, const QStringList &options, const QStringList &parts, SpeechSample *sample,
                     QString *error);
};

} // namespace rehearse::test
