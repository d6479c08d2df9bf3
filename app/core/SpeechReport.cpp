#include "core/SpeechReport.h"

#include <QLocale>
#include <QStringList>

#include <cmath>

namespace rehearse::core {

namespace {

// Where the average level of speech recorded close to a microphone usually sits (RMS over
// the speech, as measured): a plain reference, not a target.
constexpr double kTypicalSpeechLowDbfs = -30.0;
constexpr double kTypicalSpeechHighDbfs = -15.0;

QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

} // namespace

QString SpeechReport::clock(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(0, ms) / 1000;
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString SpeechReport::seconds(qint64 ms)
{
    return tr("%1 s").arg(number(double(ms) / 1000.0, 1));
}

QString SpeechReport::decibels(double dbfs)
{
    const long rounded = std::lround(dbfs);
    if (rounded < 0)
        return QChar(0x2212) + QLocale().toString(qlonglong(-rounded));
    return QLocale().toString(qlonglong(rounded));
}

QString SpeechReport::pace(const SpeechFigures &figures)
{
    if (!figures.hasSpeech() || !figures.transcriptAvailable)
        return {};
    return tr("Pace: %1 words per minute (about %2–%3 is easy to follow)")
        .arg(QLocale().toString(qlonglong(std::lround(figures.wordsPerMinute))))
        .arg(int(SpeechFigures::kPaceLowWpm))
        .arg(int(SpeechFigures::kPaceHighWpm));
}

QString SpeechReport::fillers(const SpeechFigures &figures)
{
    if (!figures.hasSpeech() || !figures.transcriptAvailable)
        return {};
    // Zero would read as perfect, but the recogniser misses many fillers.
    if (figures.fillerCount == 0)
        return tr("Filler words: none detected (the detection is rough)");
    return tr("Filler words: %1 per minute (fewer than about %2)")
        .arg(number(figures.fillersPerMinute, 1))
        .arg(int(SpeechFigures::kFillersPerMinuteHigh));
}

QString SpeechReport::pause(const TimeSpan &pause)
{
    return tr("%1 at %2").arg(seconds(pause.lengthMs()), clock(pause.startMs));
}

QString SpeechReport::pausesHeading(const SpeechFigures &figures)
{
    const QString over = seconds(SpeechFigures::kLongPauseMs);
    if (figures.pauses.isEmpty())
        return tr("Pauses over %1: none").arg(over);
    return tr("Pauses over %1: %2").arg(over).arg(figures.pauses.size());
}

QString SpeechReport::pauses(const SpeechFigures &figures)
{
    if (!figures.hasSpeech())
        return {};
    if (figures.pauses.isEmpty())
        return pausesHeading(figures);
    QStringList each;
    for (const TimeSpan &span : figures.pauses)
        each << pause(span);
    return tr("%1 — %2").arg(pausesHeading(figures), each.join(QStringLiteral(", ")));
}

QString SpeechReport::speakingTime(const SpeechFigures &figures)
{
    if (!figures.hasSpeech())
        return {};
    return tr("Speaking time: %1 of %2").arg(clock(figures.speakingMs), clock(figures.durationMs));
}

QString SpeechReport::loudness(const SpeechFigures &figures)
{
    if (!figures.hasSpeech())
        return {};
    const QString clipping = figures.clippedPercent > 0.0
        ? tr("peaks too loud in %1% of the speech")
              .arg(number(figures.clippedPercent, figures.clippedPercent < 0.1 ? 2 : 1))
        : tr("no peaks too loud");
    return tr("Loudness: %1 dBFS average (speech usually sits around %2 to %3 dBFS); %4")
        .arg(decibels(figures.loudnessDbfs), decibels(kTypicalSpeechLowDbfs), decibels(kTypicalSpeechHighDbfs),
             clipping);
}

QString SpeechReport::paceBy30s(const SpeechFigures &figures)
{
    if (!figures.hasSpeech() || !figures.transcriptAvailable || figures.wordsPerMinuteBy30s.size() < 2)
        return {};
    QStringList windows;
    for (const double wpm : figures.wordsPerMinuteBy30s)
        windows << QLocale().toString(qlonglong(std::lround(wpm)));
    return tr("Pace in each half-minute, from the start: %1 words per minute").arg(windows.join(QStringLiteral(", ")));
}

QString SpeechReport::statusText(const SpeechFigures &figures)
{
    switch (figures.status) {
    case SpeechFigures::Status::Ok:
        return {};
    case SpeechFigures::Status::NoSpeech:
        return tr("No speech detected in this answer.");
    case SpeechFigures::Status::NoAudio:
        return tr("This answer has no sound to analyse.");
    case SpeechFigures::Status::Cancelled:
        return tr("The analysis was cancelled.");
    case SpeechFigures::Status::Failed:
        break;
    }
    return figures.error.isEmpty() ? tr("The speech analysis failed.")
                                   : tr("The speech analysis failed: %1").arg(figures.error);
}

QString SpeechReport::transcriptHeading()
{
    return tr("Rough transcript (automatic, often wrong)");
}

QString SpeechReport::transcriptMarkdown(const SpeechFigures &figures)
{
    QStringList words;
    for (const SpokenWord &word : figures.words) {
        // Only letters, digits and apostrophes: a word cannot break the Markdown around it.
        QString text;
        for (const QChar c : word.text) {
            if (c.isLetterOrNumber() || c == QLatin1Char('\''))
                text += c;
        }
        if (!text.isEmpty())
            words << (word.filler ? QStringLiteral("*%1*").arg(text) : text);
    }
    return words.join(QLatin1Char(' '));
}

QString SpeechReport::markdown(const SpeechFigures &figures)
{
    QString md = QStringLiteral("## %1\n\n").arg(tr("Speech"));
    if (!figures.hasSpeech())
        return md + statusText(figures) + QLatin1Char('\n');
    for (const QString &line : {pace(figures), fillers(figures), pauses(figures), speakingTime(figures),
                                loudness(figures), paceBy30s(figures)}) {
        if (!line.isEmpty())
            md += QStringLiteral("- %1\n").arg(line);
    }
    if (figures.transcriptAvailable) {
        const QString transcript = transcriptMarkdown(figures);
        md += QStringLiteral("\n## %1\n\n%2\n")
                  .arg(transcriptHeading(), transcript.isEmpty() ? tr("(no words recognised)") : transcript);
    }
    return md;
}

} // namespace rehearse::core
