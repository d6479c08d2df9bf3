#include "core/AttemptExport.h"

#include "core/AttemptRepository.h"
#include "core/QuestionRepository.h"
#include "core/ReviewRepository.h"
#include "core/SpeechReport.h"
#include "core/SpeechRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>

namespace rehearse::core {

namespace {

QString clock(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(0, ms) / 1000;
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

// A line of text that cannot break the Markdown around it.
QString inline_(const QString &text)
{
    return text.simplified();
}

} // namespace

AttemptExport::AttemptExport(QSqlDatabase db, QString dataDir)
    : m_db(std::move(db))
    , m_dataDir(std::move(dataDir))
{
}

QString AttemptExport::summary(qint64 attemptId) const
{
    const std::optional<Attempt> attempt = AttemptRepository(m_db, m_dataDir).get(attemptId);
    if (!attempt)
        return {};
    const std::optional<Question> question = QuestionRepository(m_db).get(attempt->questionId);
    ReviewRepository review(m_db);

    QString md;
    md += QStringLiteral("# %1\n\n").arg(inline_(question ? question->text : QObject::tr("(question removed)")));
    md += QObject::tr("- Recorded: %1\n").arg(attempt->startedAt.toLocalTime().toString(Qt::ISODate));
    md += QObject::tr("- Length: %1 of %2\n").arg(clock(attempt->durationMs), clock(attempt->limitMs));
    md += QObject::tr("- Mode: %1\n")
              .arg(attempt->mode == Attempt::Mode::Audio ? QObject::tr("sound only") : QObject::tr("video"));
    if (question && !question->category.isEmpty())
        md += QObject::tr("- Category: %1\n").arg(question->category);
    if (question && !question->qualities.isEmpty())
        md += QObject::tr("- Qualities: %1\n").arg(question->qualities.join(QStringLiteral(", ")));
    md += QObject::tr("- Overall score: %1\n")
              .arg(attempt->overallScore ? QStringLiteral("%1/5").arg(*attempt->overallScore)
                                         : QObject::tr("not scored"));

    const QHash<qint64, int> scores = review.scores(attemptId);
    md += QStringLiteral("\n## %1\n\n").arg(QObject::tr("Scores"));
    md += QStringLiteral("| %1 | %2 |\n|---|---|\n").arg(QObject::tr("Criterion"), QObject::tr("Score"));
    for (const Criterion &criterion : review.criteria()) {
        const int score = scores.value(criterion.id);
        md += QStringLiteral("| %1 | %2 |\n")
                  .arg(inline_(criterion.name).replace(QLatin1Char('|'), QLatin1Char('/')),
                       score > 0 ? QStringLiteral("%1/5").arg(score) : QStringLiteral("–"));
    }

    md += QStringLiteral("\n## %1\n\n").arg(QObject::tr("Notes"));
    md += attempt->notes.trimmed().isEmpty() ? QObject::tr("(none)") + QLatin1Char('\n')
                                             : attempt->notes.trimmed() + QLatin1Char('\n');

    md += QStringLiteral("\n## %1\n\n").arg(QObject::tr("Bookmarks"));
    const QList<Bookmark> bookmarks = review.bookmarks(attemptId);
    if (bookmarks.isEmpty())
        md += QObject::tr("(none)") + QLatin1Char('\n');
    for (const Bookmark &bookmark : bookmarks)
        md += QStringLiteral("- %1 %2\n").arg(clock(bookmark.positionMs), inline_(bookmark.text));

    // The speech figures and the rough transcript, when the answer was analysed.
    if (const std::optional<SpeechFigures> speech = SpeechRepository(m_db).load(attemptId))
        md += QLatin1Char('\n') + SpeechReport::markdown(*speech);
    return md;
}

AttemptExport::Result AttemptExport::exportTo(qint64 attemptId, const QString &folder) const
{
    Result result;
    const std::optional<Attempt> attempt = AttemptRepository(m_db, m_dataDir).get(attemptId);
    if (!attempt) {
        result.error = QObject::tr("The attempt no longer exists.");
        return result;
    }
    const QDir target(folder);
    if (!target.exists()) {
        result.error = QObject::tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder));
        return result;
    }

    // A name that says when, and that does not overwrite an earlier export.
    const QString stem = QStringLiteral("rehearse-%1-attempt-%2")
                             .arg(attempt->startedAt.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmm")))
                             .arg(attempt->id);
    const QString source = attempt->file.isEmpty() ? QString() : QDir(m_dataDir).filePath(attempt->file);
    const QString suffix = source.isEmpty() ? QString() : QFileInfo(source).suffix();
    QString base = stem;
    for (int n = 2; target.exists(base + QStringLiteral(".md"))
         || (!suffix.isEmpty() && target.exists(base + QLatin1Char('.') + suffix));
         ++n) {
        base = stem + QLatin1Char('-') + QString::number(n);
    }

    const QString summaryPath = target.filePath(base + QStringLiteral(".md"));
    QString recordingPath;
    if (!source.isEmpty()) {
        if (!QFile::exists(source)) {
            result.error = QObject::tr("The recording %1 is missing, so nothing was exported.")
                               .arg(QDir::toNativeSeparators(source));
            return result;
        }
        recordingPath = target.filePath(base + QLatin1Char('.') + suffix);
        const QString partial = recordingPath + QStringLiteral(".part");
        QFile::remove(partial);
        QFile in(source);
        if (!in.copy(partial)) {
            QFile::remove(partial);
            result.error = QObject::tr("Cannot copy the recording into %1 (%2). Nothing was exported.")
                               .arg(QDir::toNativeSeparators(folder), in.errorString());
            return result;
        }
        if (!QFile::rename(partial, recordingPath)) {
            QFile::remove(partial);
            result.error
                = QObject::tr("Cannot write %1. Nothing was exported.").arg(QDir::toNativeSeparators(recordingPath));
            return result;
        }
    }

    QSaveFile out(summaryPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(summary(attemptId).toUtf8()) < 0 || !out.commit()) {
        const QString reason = out.errorString();
        if (!recordingPath.isEmpty())
            QFile::remove(recordingPath);
        result.error = QObject::tr("Cannot write %1 (%2). Nothing was exported.")
                           .arg(QDir::toNativeSeparators(summaryPath), reason);
        return result;
    }
    result.recording = recordingPath;
    result.summary = summaryPath;
    return result;
}

} // namespace rehearse::core
