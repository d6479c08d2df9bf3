#pragma once

#include "core/SpeechFigures.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <vector>

namespace rehearse::speech {

struct Transcript {
    enum class Outcome { Ok, Unavailable, Failed, Cancelled };
    Outcome outcome = Outcome::Failed;
    QString error; // for the user, when Unavailable or Failed
    QList<SpokenWord> words; // in order, times in ms from the first sample; filler not set
};

// A rough transcript with PocketSphinx (when the build has it) and its US English model.
// Each span is recognised as its own utterance, fed in quarter-second blocks so that
// cancel is seen within a fraction of a second; word times are offset by the span's
// start. One decoder per call: loading the model takes about 0.3 s and 100 MB, which is
// given back when the call ends rather than kept for the whole session.
class Transcriber final {
public:
    static QString defaultModelDir(); // /usr/share/pocketsphinx/model/en-us

    // Empty when recognition can run with the model in modelDir (empty = the default);
    // otherwise why not, in one sentence for the user.
    static QString unavailableReason(const QString &modelDir);

    // samples: 16 kHz mono. progress gets 0..1 over the spans' length.
    static Transcript transcribe(const std::vector<qint16> &samples, const QList<TimeSpan> &spans,
                                 const QString &modelDir, const std::atomic_bool *cancel,
                                 const std::function<void(double fraction)> &progress);
};

} // namespace rehearse::speech
