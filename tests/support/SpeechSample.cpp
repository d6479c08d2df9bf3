#include "support/SpeechSample.h"

#include "support/TestData.h"

#include <QFile>
#include <QProcess>

namespace rehearse::test {

qint64 SpeechSample::speakingMs() const
{
    qint64 total = 0;
    for (const TimeSpan &span : speech)
        total += span.lengthMs();
    return total;
}

QList<TimeSpan> SpeechSample::gapsLongerThan(qint64 ms) const
{
    QList<TimeSpan> longer;
    for (const TimeSpan &gap : gaps) {
        if (gap.lengthMs() > ms)
            longer.append(gap);
    }
    return longer;
}

bool SpeechSample::make(const QString &outBase, const QStringList &options, const QStringList &parts,
                        SpeechSample *sample, QString *error)
{
    QProcess script;
    script.start(QStringLiteral("bash"),
                 QStringList{TestData::sourcePath(QStringLiteral("tests/support/make-speech-sample.sh"))} + options
                     + QStringList{outBase} + parts);
    if (!script.waitForFinished(120000) || script.exitStatus() != QProcess::NormalExit || script.exitCode() != 0) {
        *error = script.errorString() + QLatin1Char(' ') + QString::fromLocal8Bit(script.readAllStandardError());
        return false;
    }
    QFile truth(outBase + QStringLiteral(".truth"));
    if (!truth.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = truth.errorString();
        return false;
    }
    *sample = {};
    sample->webm = outBase + QStringLiteral(".webm");
    sample->wav = outBase + QStringLiteral(".wav");
    const auto ms = [](const QString &seconds) { return qRound64(seconds.toDouble() * 1000.0); };
    while (!truth.atEnd()) {
        const QStringList fields = QString::fromUtf8(truth.readLine()).simplified().split(QLatin1Char(' '));
        if (fields.value(0) == QLatin1String("speech")) {
            sample->speech.append({ms(fields.value(1)), ms(fields.value(2))});
            sample->words += fields.value(3).toInt();
        } else if (fields.value(0) == QLatin1String("gap")) {
            sample->gaps.append({ms(fields.value(1)), ms(fields.value(2))});
        } else if (fields.value(0) == QLatin1String("duration")) {
            sample->durationMs = ms(fields.value(1));
        }
    }
    return true;
}

} // namespace rehearse::test
