// The question bank at scale: imports N generated questions from CSV (default 100,000),
// opens the Questions panel on them, and types searches one key at a time. Prints the
// import time, the panel's open time, and per-keystroke search times (median, 95th
// percentile, worst), with the first page read on the GUI thread and the count on a worker.
// Usage: bench/run-bank-benchmark.sh [questions]

#include "core/DataDir.h"
#include "core/Database.h"
#include "core/PackImporter.h"
#include "core/QuestionBankModel.h"
#include "core/QuestionTransfer.h"
#include "ui/QuestionsPanel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFutureWatcher>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QtConcurrent>

#include <algorithm>
#include <cstdio>

using namespace rehearse;

namespace {

// Text with the shape of real interview questions: a common opening, then words drawn
// with a Zipf-like skew from a vocabulary of invented words, so that some words are in
// many questions and most in few.
QStringList vocabulary(QRandomGenerator &random, int size)
{
    const QStringList syllables
        = {QStringLiteral("ka"),  QStringLiteral("lo"),  QStringLiteral("mi"),  QStringLiteral("ter"),
           QStringLiteral("san"), QStringLiteral("do"),  QStringLiteral("ri"),  QStringLiteral("ven"),
           QStringLiteral("pa"),  QStringLiteral("gu"),  QStringLiteral("nor"), QStringLiteral("el"),
           QStringLiteral("ti"),  QStringLiteral("bra"), QStringLiteral("us"),  QStringLiteral("fe")};
    QStringList words;
    while (words.size() < size) {
        QString word;
        const int parts = 2 + int(random.bounded(3));
        for (int i = 0; i < parts; ++i)
            word += syllables.at(int(random.bounded(qsizetype(syllables.size()))));
        if (!words.contains(word))
            words << word;
    }
    return words;
}

QString question(QRandomGenerator &random, const QStringList &words)
{
    static const QStringList openings = {QStringLiteral("Tell me about a time you"),
                                         QStringLiteral("Describe a situation where you"),
                                         QStringLiteral("How would you design"),
                                         QStringLiteral("What would you do if"),
                                         QStringLiteral("Give an example of when you"),
                                         QStringLiteral("Why do you"),
                                         QStringLiteral("Explain how"),
                                         QStringLiteral("Walk me through")};
    QString text = openings.at(int(random.bounded(qsizetype(openings.size()))));
    const int length = 5 + int(random.bounded(8));
    for (int i = 0; i < length; ++i) {
        // Zipf-like: index = size * u^3 puts most picks on the first words.
        const double u = random.generateDouble();
        text += QLatin1Char(' ') + words.at(int(words.size() * u * u * u));
    }
    return text + QLatin1Char('?');
}

struct Figures {
    double median = 0;
    double p95 = 0;
    double worst = 0;
};

Figures figures(QList<double> values)
{
    std::sort(values.begin(), values.end());
    Figures f;
    if (values.isEmpty())
        return f;
    f.median = values.at(values.size() / 2);
    f.p95 = values.at(std::min<qsizetype>(values.size() - 1, qsizetype(values.size() * 0.95)));
    f.worst = values.last();
    return f;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 100'000;
    QTemporaryDir dir;
    const core::DataDir dataDir(dir.path());
    QString error;
    if (!dataDir.prepare(&error))
        qFatal("%s", qPrintable(error));
    core::Database database(dataDir.databasePath());
    if (!database.open(&error))
        qFatal("%s", qPrintable(error));
    core::PackImporter(database.connection()).importBundled();

    // The file.
    QRandomGenerator random(20261125);
    const QStringList words = vocabulary(random, 6000);
    const QString csv = dir.filePath(QStringLiteral("questions.csv"));
    {
        QFile file(csv);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(csv));
        QTextStream out(&file);
        out << "text,category,tags\n";
        const QStringList categories = {QStringLiteral("behavioural"), QStringLiteral("technical"),
                                        QStringLiteral("system design"), QStringLiteral("motivation")};
        for (int i = 0; i < count; ++i) {
            out << '"' << question(random, words) << " (" << i << ")\"," << categories.at(i % categories.size()) << ','
                << (i % 7 == 0 ? "hard" : "") << '\n';
        }
    }

    // Import on a worker thread, as the panel does, while the GUI thread runs its event
    // loop: the longest gap between two 10 ms timer ticks is how long the window would
    // stall.
    QElapsedTimer timer;
    timer.start();
    qint64 previewMs = 0;
    int progressCalls = 0;
    QFuture<core::QuestionTransfer::Result> future
        = QtConcurrent::run([&database, &csv, &previewMs, &progressCalls, &timer] {
              core::QuestionTransfer transfer(database.connection());
              const core::QuestionTransfer::Preview preview = transfer.preview(csv);
              previewMs = timer.elapsed();
              core::QuestionTransfer::Result result = transfer.import(preview, [&progressCalls](int, int) {
                  ++progressCalls;
                  return true;
              });
              database.releaseConnection();
              return result;
          });
    QElapsedTimer tick;
    tick.start();
    qint64 longestStall = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&] { longestStall = std::max(longestStall, tick.restart()); });
    ticker.start(10);
    QFutureWatcher<core::QuestionTransfer::Result> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    loop.exec();
    ticker.stop();
    const qint64 importMs = timer.elapsed();
    const core::QuestionTransfer::Result imported = future.result();
    if (!imported.error.isEmpty())
        qFatal("import failed: %s", qPrintable(imported.error));

    // The panel, from construction to its first page on screen.
    timer.restart();
    ui::QuestionsPanel panel(database);
    panel.resize(1100, 700);
    panel.show();
    QApplication::processEvents();
    const qint64 openMs = timer.elapsed();
    QSignalSpy counted(panel.model(), &core::QuestionBankModel::totalChanged);
    counted.wait(5000);

    // Typing: each key sets the search text, as QLineEdit does, and the first page is
    // read before the call returns; the count arrives later from the worker.
    const QStringList typed = {QStringLiteral("tell me about a time you"), QStringLiteral("design"),
                               words.at(3) + QLatin1Char(' ') + words.at(40), words.at(2500),
                               QStringLiteral("walk me through ") + words.at(10)};
    QList<double> keys;
    QList<double> painted;
    QList<double> counts;
    for (const QString &phrase : typed) {
        for (int i = 1; i <= phrase.size(); ++i) {
            counted.clear();
            QElapsedTimer key;
            key.start();
            panel.searchBox()->setText(phrase.left(i));
            keys << key.nsecsElapsed() / 1e6;
            panel.table()->viewport()->repaint();
            painted << key.nsecsElapsed() / 1e6;
            if (panel.model()->total() < 0 && counted.wait(5000))
                counts << key.nsecsElapsed() / 1e6;
            QApplication::processEvents();
        }
    }
    const Figures key = figures(keys);
    const Figures paint = figures(painted);
    const Figures total = figures(counts);
    std::printf("questions in the bank: %d (imported %d, %d duplicates skipped)\n", count + 38, imported.added,
                imported.duplicates);
    std::printf("import of %d CSV rows: %.2f s (preview %.2f s, write %.2f s, %d progress reports)\n", count,
                importMs / 1000.0, previewMs / 1000.0, (importMs - previewMs) / 1000.0, progressCalls);
    std::printf("  longest GUI-thread stall while importing: %lld ms (timer every 10 ms)\n", longestStall);
    std::printf("Questions panel open with the first page: %lld ms\n", openMs);
    std::printf("search per keystroke, %lld keys: median %.1f ms, 95th percentile %.1f ms, worst %.1f ms\n",
                qsizetype(keys.size()), key.median, key.p95, key.worst);
    std::printf("  the same with the table repainted: median %.1f ms, 95th percentile %.1f ms, worst %.1f ms\n",
                paint.median, paint.p95, paint.worst);
    std::printf("match count on the worker thread, %lld counts: median %.1f ms, worst %.1f ms\n",
                qsizetype(counts.size()), total.median, total.worst);
    std::fflush(stdout);
    return 0;
}
