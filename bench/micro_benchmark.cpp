// Micro figures with Google Benchmark (libbenchmark-dev): the pure computations and the
// queries behind the panels, on the large profile (bench/LargeProfile).
// Usage: micro_benchmark --profile=DIR [Google Benchmark flags]; bench/run-all.sh runs it.

#include "core/AttemptHistoryModel.h"
#include "core/Csv.h"
#include "core/Database.h"
#include "core/QuestionBank.h"
#include "core/QuestionRepository.h"
#include "core/Schedule.h"
#include "core/Story.h"
#include "core/StoryAnalysis.h"
#include "core/StoryRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QTimeZone>

#include <benchmark/benchmark.h>

#include <cstring>
#include <memory>

using namespace rehearse;

namespace {

std::unique_ptr<core::Database> g_database;

QSqlDatabase db()
{
    return g_database->connection();
}

// 2,000 scored attempts over a year, replayed into one schedule entry each, as the
// schedule is rebuilt when a score changes.
void scheduleReplay(benchmark::State &state)
{
    const QDateTime start(QDate(2025, 11, 25), QTime(9, 0), Qt::UTC);
    for (auto _ : state) {
        core::ScheduleEntry entry;
        for (int i = 0; i < 2000; ++i)
            entry = entry.next(1 + (i * 7) % 5, start.addSecs(qint64(i) * 15'000));
        benchmark::DoNotOptimize(entry);
    }
}
BENCHMARK(scheduleReplay)->Name("schedule: 2,000 scored attempts replayed")->Unit(benchmark::kMicrosecond);

// A 10,000-row question file, parsed.
void csvParse(benchmark::State &state)
{
    QString text = QStringLiteral("text,category,tags\n");
    for (int i = 0; i < 10'000; ++i)
        text
            += QStringLiteral("\"Tell me about a time you, the team, met a deadline (%1)?\",behavioural,hard\n").arg(i);
    for (auto _ : state)
        benchmark::DoNotOptimize(core::Csv::parse(text));
    state.SetItemsProcessed(state.iterations() * 10'000);
}
BENCHMARK(csvParse)->Name("CSV: 10,000 rows parsed")->Unit(benchmark::kMillisecond);

// The guidance of a 300-word STAR story, as recomputed on each keystroke in Stories.
void storyAnalysis(benchmark::State &state)
{
    core::Story story;
    story.title = QStringLiteral("Payments outage");
    story.situation = QStringLiteral("Our payments service failed every night at midnight. ").repeated(6);
    story.task = QStringLiteral("I owned the fix and the report to the customers. ").repeated(5);
    story.action = QStringLiteral("I measured the latency, reviewed the cache and migrated the queue. ").repeated(12);
    story.result = QStringLiteral("Errors fell by 92 percent within two weeks. ").repeated(5);
    for (auto _ : state)
        benchmark::DoNotOptimize(core::StoryAnalysis(story).hints().size());
}
BENCHMARK(storyAnalysis)->Name("story analysis: 300 words")->Unit(benchmark::kMicrosecond);

// The Questions panel's search: one page of 100 matches, and the count.
void questionSearch(benchmark::State &state)
{
    const core::QuestionBank bank(db());
    core::BankFilter filter;
    filter.search = QStringLiteral("team dead");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (auto _ : state)
        benchmark::DoNotOptimize(bank.rows(filter, now, core::QuestionBank::Text, Qt::AscendingOrder, 0, 100));
}
BENCHMARK(questionSearch)->Name("question search: first page of 100")->Unit(benchmark::kMillisecond);

void questionCount(benchmark::State &state)
{
    const core::QuestionBank bank(db());
    core::BankFilter filter;
    filter.search = QStringLiteral("team dead");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (auto _ : state)
        benchmark::DoNotOptimize(bank.count(filter, now));
}
BENCHMARK(questionCount)->Name("question search: match count")->Unit(benchmark::kMillisecond);

// Practice's chooser: the next-up order over every question, first 300.
void nextUp(benchmark::State &state)
{
    const core::QuestionRepository repository(db());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (auto _ : state)
        benchmark::DoNotOptimize(repository.nextUp(300, now));
}
BENCHMARK(nextUp)->Name("next-up order: first 300 questions")->Unit(benchmark::kMillisecond);

// History: every attempt with its scores, qualities and bookmark count.
void historyReload(benchmark::State &state)
{
    core::AttemptHistoryModel model(db());
    for (auto _ : state)
        benchmark::DoNotOptimize(model.reload());
}
BENCHMARK(historyReload)->Name("history: 2,000 attempts read")->Unit(benchmark::kMillisecond);

// Stories: questions to link, unfiltered and with a word.
void storyLinkSearch(benchmark::State &state)
{
    const core::StoryRepository stories(db());
    const QString text = state.range(0) ? QStringLiteral("deadline") : QString();
    for (auto _ : state)
        benchmark::DoNotOptimize(stories.findQuestions(1, text));
}
BENCHMARK(storyLinkSearch)->Name("story links: questions to link")->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString profile;
    std::vector<char *> rest;
    for (int i = 0; i < argc; ++i) {
        if (std::strncmp(argv[i], "--profile=", 10) == 0)
            profile = QString::fromLocal8Bit(argv[i] + 10);
        else
            rest.push_back(argv[i]);
    }
    if (profile.isEmpty()) {
        std::fprintf(stderr, "usage: micro_benchmark --profile=DIR [benchmark flags]\n");
        return 2;
    }
    g_database = std::make_unique<core::Database>(QDir(profile).filePath(QStringLiteral("rehearse.sqlite")));
    QString error;
    if (!g_database->open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    int count = int(rest.size());
    benchmark::Initialize(&count, rest.data());
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    g_database.reset();
    return 0;
}
