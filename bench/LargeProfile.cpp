#include "LargeProfile.h"

#include "core/Attempt.h"
#include "core/Database.h"
#include "core/PackImporter.h"
#include "core/QuestionTransfer.h"
#include "core/StoryRepository.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

namespace rehearse::bench {

namespace {

QString words(QRandomGenerator &random, int count)
{
    static const QStringList vocabulary
        = {QStringLiteral("team"),     QStringLiteral("deadline"), QStringLiteral("customer"),
           QStringLiteral("service"),  QStringLiteral("latency"),  QStringLiteral("migrated"),
           QStringLiteral("database"), QStringLiteral("cache"),    QStringLiteral("incident"),
           QStringLiteral("reviewed"), QStringLiteral("design"),   QStringLiteral("measured"),
           QStringLiteral("reduced"),  QStringLiteral("errors"),   QStringLiteral("weeks"),
           QStringLiteral("launch"),   QStringLiteral("manager"),  QStringLiteral("trade-off"),
           QStringLiteral("on-call"),  QStringLiteral("pipeline")};
    QStringList out;
    for (int i = 0; i < count; ++i)
        out << vocabulary.at(int(random.bounded(qsizetype(vocabulary.size()))));
    return out.join(QLatin1Char(' '));
}

} // namespace

QString LargeProfile::fill(core::Database &database, const QString &dataDir) const
{
    QSqlDatabase db = database.connection();
    core::PackImporter(db).importBundled();
    QRandomGenerator random(20261125);

    // Questions, through the importer.
    const QString csv = QDir(dataDir).filePath(QStringLiteral("generated-questions.csv"));
    {
        QFile file(csv);
        if (!file.open(QIODevice::WriteOnly))
            return QStringLiteral("cannot write %1").arg(csv);
        QTextStream out(&file);
        out << "text,category,tags\n";
        const QStringList openings
            = {QStringLiteral("Tell me about a time you"), QStringLiteral("How would you design"),
               QStringLiteral("Describe a situation where you"), QStringLiteral("What would you do if")};
        const QStringList categories = {QStringLiteral("behavioural"), QStringLiteral("technical"),
                                        QStringLiteral("system design"), QStringLiteral("motivation")};
        for (int i = 0; i < questions; ++i) {
            out << '"' << openings.at(i % openings.size()) << ' ' << words(random, 6 + i % 7) << " (" << i << ")?\","
                << categories.at(i % categories.size()) << ',' << (i % 9 == 0 ? "hard" : "") << '\n';
        }
    }
    core::QuestionTransfer transfer(db);
    const core::QuestionTransfer::Result imported = transfer.import(transfer.preview(csv));
    QFile::remove(csv);
    if (!imported.ok())
        return QStringLiteral("import failed: %1").arg(imported.error);

    // Attempts: a year of evenings, spread over the first 400 questions, scored.
    QList<qint64> questionIds;
    QList<qint64> criteria;
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT id FROM questions ORDER BY id LIMIT 400"));
    while (query.next())
        questionIds << query.value(0).toLongLong();
    query.exec(QStringLiteral("SELECT id FROM rubric_criteria WHERE active = 1"));
    while (query.next())
        criteria << query.value(0).toLongLong();
    if (!db.transaction())
        return db.lastError().text();
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-365);
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO attempts (question_id, started_at, prep_ms, limit_ms, duration_ms, "
                                  "file, mode, state, overall_score, notes) VALUES (?, ?, 30000, 120000, ?, ?, "
                                  "'video', 'complete', ?, ?)"));
    QSqlQuery score(db);
    score.prepare(QStringLiteral("INSERT INTO attempt_scores (attempt_id, criterion_id, score) VALUES (?, ?, ?)"));
    QSqlQuery mark(db);
    mark.prepare(QStringLiteral("INSERT INTO bookmarks (attempt_id, position_ms, text) VALUES (?, ?, ?)"));
    for (int i = 0; i < attempts; ++i) {
        const qint64 question = questionIds.at(i % questionIds.size());
        const int overall = 1 + int(random.bounded(5));
        insert.addBindValue(question);
        insert.addBindValue(start.addSecs(qint64(i) * 365 * 24 * 3600 / attempts).toString(Qt::ISODateWithMs));
        insert.addBindValue(60'000 + int(random.bounded(60'000)));
        insert.addBindValue(QStringLiteral("recordings/generated-%1.webm").arg(i));
        insert.addBindValue(overall);
        insert.addBindValue(words(random, 25));
        if (!insert.exec())
            return insert.lastError().text();
        const qint64 attempt = insert.lastInsertId().toLongLong();
        for (qint64 criterion : std::as_const(criteria)) {
            score.addBindValue(attempt);
            score.addBindValue(criterion);
            score.addBindValue(std::clamp(overall + int(random.bounded(3)) - 1, 1, 5));
            if (!score.exec())
                return score.lastError().text();
        }
        for (int b = 0; b < 2; ++b) {
            mark.addBindValue(attempt);
            mark.addBindValue(5'000 + b * 30'000);
            mark.addBindValue(words(random, 3));
            if (!mark.exec())
                return mark.lastError().text();
        }
    }
    if (!db.commit())
        return db.lastError().text();

    // Stories, linked to a quality and a question each.
    core::StoryRepository storyRepository(db);
    const QList<core::StoryQuality> qualities = storyRepository.qualities();
    for (int i = 0; i < this->stories; ++i) {
        core::Story story;
        story.title = QStringLiteral("Story %1: %2").arg(i + 1).arg(words(random, 3));
        story.situation = words(random, 40);
        story.task = words(random, 25);
        story.action = words(random, 120);
        story.result = words(random, 35) + QStringLiteral(" by 30 %");
        const qint64 id = storyRepository.create(story);
        if (id == 0)
            return QStringLiteral("cannot store a story");
        if (!qualities.isEmpty())
            storyRepository.setQuality(id, qualities.at(i % qualities.size()).id, true);
        storyRepository.link(id, questionIds.at(i % questionIds.size()));
    }
    return {};
}

} // namespace rehearse::bench
