#include "ui/SpeechAnalysisQueue.h"

#include "core/AttemptRepository.h"
#include "core/SpeechRepository.h"
#include "speech/SpeechAnalyzer.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QPromise>
#include <QSemaphore>
#include <QTimer>
#include <QtConcurrent>

#include <algorithm>
#include <exception>

namespace rehearse::ui {

namespace {

Q_LOGGING_CATEGORY(logSpeech, "rehearse.ui.speech")

} // namespace

// What the worker and the queue share: the cancel flag the analyser polls, and a token
// the worker gives back when it is done, so that shutdown can wait a bounded time.
struct SpeechAnalysisQueue::Shared {
    std::atomic_bool cancel{false};
    QSemaphore done;
};

SpeechAnalysisQueue::SpeechAnalysisQueue(QSqlDatabase db, QString dataDir, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_dataDir(std::move(dataDir))
    , m_analyzer(defaultAnalyzer())
{
}

SpeechAnalysisQueue::~SpeechAnalysisQueue()
{
    shutdown();
}

SpeechAnalysisQueue::Analyzer SpeechAnalysisQueue::defaultAnalyzer()
{
    return [](const QString &path, const std::atomic_bool *cancel, const Progress &progress) {
        return speech::SpeechAnalyzer::analyze(path, speech::SpeechAnalyzer::Options{}, cancel, progress);
    };
}

void SpeechAnalysisQueue::setAnalyzer(Analyzer analyzer)
{
    m_analyzer = std::move(analyzer);
}

void SpeechAnalysisQueue::enqueue(qint64 attemptId, bool first)
{
    if (attemptId <= 0 || attemptId == m_running)
        return;
    if (m_queue.contains(attemptId)) {
        if (!first || m_queue.constFirst() == attemptId)
            return;
        m_queue.removeOne(attemptId);
    }
    if (first)
        m_queue.prepend(attemptId);
    else
        m_queue.append(attemptId);
    emit stateChanged(attemptId);
    emit statusChanged();
    // An answer just recorded waits a moment: right after a recording the camera and
    // microphone start again on the GUI thread, and GStreamer's decoder starting beside
    // them stalled the window for 40-70 ms (3 of 4 practice benchmark runs, against 0 of 5
    // with the wait). One asked for from Review starts at once.
    if (first || m_startDelayMs <= 0)
        startNext();
    else
        QTimer::singleShot(m_startDelayMs, this, &SpeechAnalysisQueue::startNext);
}

void SpeechAnalysisQueue::cancel(qint64 attemptId)
{
    if (m_queue.removeOne(attemptId)) {
        emit stateChanged(attemptId);
        emit cancelled(attemptId);
        emit statusChanged();
        return;
    }
    // The running analysis ends early with Status::Cancelled; onFinished reports it.
    if (attemptId == m_running && m_shared)
        m_shared->cancel = true;
}

bool SpeechAnalysisQueue::shutdown(int ms)
{
    m_queue.clear();
    if (!m_shared)
        return true;
    m_shared->cancel = true;
    if (m_watcher)
        m_watcher->disconnect(this);
    const bool ended = m_shared->done.tryAcquire(1, ms);
    if (!ended)
        qCWarning(logSpeech) << "the speech analysis of attempt" << m_running << "did not stop within" << ms << "ms";
    m_shared.reset();
    m_running = 0;
    m_progress = 0;
    return ended;
}

SpeechAnalysisQueue::State SpeechAnalysisQueue::state(qint64 attemptId) const
{
    if (attemptId > 0 && attemptId == m_running)
        return State::Running;
    return m_queue.contains(attemptId) ? State::Queued : State::Idle;
}

int SpeechAnalysisQueue::progress(qint64 attemptId) const
{
    return attemptId == m_running ? m_progress : 0;
}

qint64 SpeechAnalysisQueue::running() const
{
    return m_running;
}

QString SpeechAnalysisQueue::statusText() const
{
    if (m_running == 0)
        return {};
    QString text = tr("Analysing speech: %1%").arg(m_progress);
    if (!m_queue.isEmpty())
        text += QLatin1Char(' ') + tr("(%n more waiting)", nullptr, int(m_queue.size()));
    return text;
}

void SpeechAnalysisQueue::startNext()
{
    while (m_running == 0 && !m_queue.isEmpty()) {
        const qint64 id = m_queue.takeFirst();
        const std::optional<core::Attempt> attempt = core::AttemptRepository(m_db, m_dataDir).get(id);
        if (!attempt) { // deleted while it waited
            emit stateChanged(id);
            emit cancelled(id);
            continue;
        }
        const QString path = QDir(m_dataDir).filePath(attempt->file);
        if (attempt->file.isEmpty() || !QFileInfo(path).isFile()) {
            SpeechFigures missing;
            missing.status = SpeechFigures::Status::Failed;
            missing.error = tr("The recording %1 is missing.").arg(QDir::toNativeSeparators(path));
            finish(id, missing);
            continue;
        }

        m_running = id;
        m_progress = 0;
        m_shared = std::make_shared<Shared>();
        // A watcher per analysis: one that was disconnected at shutdown never reports.
        // Deleted later: this may run inside the previous watcher's finished().
        if (m_watcher) {
            m_watcher->disconnect(this);
            m_watcher->deleteLater();
        }
        m_watcher = new QFutureWatcher<SpeechFigures>(this);
        connect(m_watcher, &QFutureWatcher<SpeechFigures>::progressValueChanged, this, [this](int percent) {
            if (m_running == 0 || percent == m_progress)
                return;
            m_progress = percent;
            emit progressChanged(m_running, percent);
            emit statusChanged();
        });
        connect(m_watcher, &QFutureWatcher<SpeechFigures>::finished, this, &SpeechAnalysisQueue::onFinished);
        qCInfo(logSpeech) << "analysing attempt" << id << path;
        // The worker gets copies only: it never touches the queue, which may be gone
        // before it ends.
        m_watcher->setFuture(
            QtConcurrent::run([analyzer = m_analyzer, path, shared = m_shared](QPromise<SpeechFigures> &promise) {
                promise.setProgressRange(0, 100);
                SpeechFigures figures;
                try {
                    figures = analyzer(path, &shared->cancel, [&promise](int percent) {
                        promise.setProgressValue(std::clamp(percent, 0, 100));
                    });
                } catch (const std::exception &error) {
                    figures.status = SpeechFigures::Status::Failed;
                    figures.error = QString::fromLocal8Bit(error.what());
                }
                if (shared->cancel && figures.status != SpeechFigures::Status::Cancelled)
                    figures.status = SpeechFigures::Status::Cancelled;
                promise.addResult(std::move(figures));
                shared->done.release();
            }));
        emit stateChanged(id);
        emit statusChanged();
    }
}

void SpeechAnalysisQueue::onFinished()
{
    const qint64 id = m_running;
    SpeechFigures figures;
    if (m_watcher->future().resultCount() > 0) {
        figures = m_watcher->result();
    } else {
        figures.status = SpeechFigures::Status::Failed;
        figures.error = tr("The analysis ended without a result.");
    }
    m_running = 0;
    m_progress = 0;
    m_shared.reset();
    finish(id, figures);
    startNext();
}

void SpeechAnalysisQueue::finish(qint64 attemptId, const SpeechFigures &figures)
{
    if (figures.status == SpeechFigures::Status::Cancelled) {
        qCInfo(logSpeech) << "cancelled the analysis of attempt" << attemptId;
        emit stateChanged(attemptId);
        emit cancelled(attemptId);
        emit statusChanged();
        return;
    }
    QString error;
    if (!core::SpeechRepository(m_db).save(attemptId, figures, &error)) {
        qCWarning(logSpeech) << "speech figures of attempt" << attemptId << "not saved:" << error;
        emit stateChanged(attemptId);
        emit saveFailed(attemptId, error);
        emit statusChanged();
        return;
    }
    emit stateChanged(attemptId);
    emit analysed(attemptId);
    emit statusChanged();
}

} // namespace rehearse::ui
