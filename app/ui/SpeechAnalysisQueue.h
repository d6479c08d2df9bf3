#pragma once

#include "core/SpeechFigures.h"

#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

template<typename T> class QFutureWatcher;

namespace rehearse::ui {

// Measures the speech of recorded answers in the background, one at a time, in the order
// they were asked for: the analysis runs in QtConcurrent, its progress and result come
// back through a QFutureWatcher owned by the queue, and the figures are saved (on the
// thread that owns the queue, through its connection) before analysed() is emitted. A
// cancelled analysis stores nothing. Destroying the queue cancels what runs and waits for
// it at most ShutdownWaitMs; the worker touches no database and nothing of the queue.
class SpeechAnalysisQueue final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpeechAnalysisQueue)

public:
    using Progress = std::function<void(int percent)>;
    // What measures one recording: blocking, called on a worker thread; polls *cancel.
    using Analyzer
        = std::function<SpeechFigures(const QString &path, const std::atomic_bool *cancel, const Progress &progress)>;
    enum class State { Idle, Queued, Running };
    static constexpr int ShutdownWaitMs = 2000;

    SpeechAnalysisQueue(QSqlDatabase db, QString dataDir, QObject *parent = nullptr);
    ~SpeechAnalysisQueue() override;

    // SpeechAnalyzer::analyze with its default options unless a test says otherwise.
    void setAnalyzer(Analyzer analyzer);
    // How long an answer just recorded waits before its analysis starts (see enqueue).
    void setStartDelay(int ms) { m_startDelayMs = ms; }
    static Analyzer defaultAnalyzer();

    // Queues an answer: last, or next when first (asked for from Review). Nothing happens
    // when it is already queued or being analysed.
    void enqueue(qint64 attemptId, bool first = false);
    // Takes a queued answer off the queue, or stops its running analysis.
    void cancel(qint64 attemptId);
    // Cancels everything and waits up to ms for the running analysis to end; true when
    // nothing runs any more.
    bool shutdown(int ms = ShutdownWaitMs);

    State state(qint64 attemptId) const;
    int progress(qint64 attemptId) const; // percent while running, else 0
    qint64 running() const;
    QList<qint64> queued() const { return m_queue; }
    // "Analysing speech: 40%", with how many wait; empty when idle.
    QString statusText() const;

signals:
    void stateChanged(qint64 attemptId);
    void progressChanged(qint64 attemptId, int percent);
    void analysed(qint64 attemptId); // figures saved
    void cancelled(qint64 attemptId); // nothing saved
    void saveFailed(qint64 attemptId, const QString &error);
    void statusChanged();

private:
    struct Shared;
    void startNext();
    void onFinished();
    void finish(qint64 attemptId, const SpeechFigures &figures);

    QSqlDatabase m_db;
    QString m_dataDir;
    Analyzer m_analyzer;
    QList<qint64> m_queue;
    qint64 m_running = 0;
    int m_startDelayMs = 1500;
    int m_progress = 0;
    std::shared_ptr<Shared> m_shared;
    QFutureWatcher<SpeechFigures> *m_watcher = nullptr;
};

} // namespace rehearse::ui
