#include "core/AttemptRepository.h"
#include "core/SpeechRepository.h"
#include "support/TempProfile.h"
#include "support/TestData.h"
#include "ui/SpeechAnalysisQueue.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QWaitCondition>

using namespace rehearse;
using rehearse::test::TestData;
using QueueState = ui::SpeechAnalysisQueue::State;

namespace {

// An analyser the test drives: each call records the file it was given, reports 10 %,
// then waits until the test releases that file (or the queue cancels), and measures the
// "answer" as lasting as many seconds as its file name says.
struct Gate {
    QMutex mutex;
    QWaitCondition changed;
    QSet<QString> released;
    QStringList order;
    int running = 0;
    int mostAtOnce = 0;
    bool ignoreCancel = false;

    void release(const QString &name)
    {
        QMutexLocker lock(&mutex);
        released.insert(name);
        changed.wakeAll();
    }
    QStringList calls()
    {
        QMutexLocker lock(&mutex);
        return order;
    }
    int runningNow()
    {
        QMutexLocker lock(&mutex);
        return running;
    }
};

ui::SpeechAnalysisQueue::Analyzer gated(const std::shared_ptr<Gate> &gate)
{
    return
        [gate](const QString &path, const std::atomic_bool *cancel, const ui::SpeechAnalysisQueue::Progress &progress) {
            const QString name = QFileInfo(path).baseName();
            {
                QMutexLocker lock(&gate->mutex);
                gate->order << name;
                gate->mostAtOnce = std::max(gate->mostAtOnce, ++gate->running);
            }
            progress(10);
            SpeechFigures figures;
            QMutexLocker lock(&gate->mutex);
            while (!gate->released.contains(name) && (gate->ignoreCancel || !*cancel))
                gate->changed.wait(&gate->mutex, 5);
            --gate->running;
            if (!gate->released.contains(name)) {
                figures.status = SpeechFigures::Status::Cancelled;
                return figures;
            }
            progress(100);
            figures.status = SpeechFigures::Status::Ok;
            figures.durationMs = name.mid(1).toLongLong() * 1000;
            figures.speakingMs = figures.durationMs / 2;
            figures.speech = {{0, figures.speakingMs}};
            return figures;
        };
}

} // namespace

class TestSpeechQueue : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TempProfile> m_profile;
    std::shared_ptr<Gate> m_gate;

    QSqlDatabase db() const { return m_profile->connection(); }

    // A finished answer whose recording is recordings/NAME.webm (an empty stand-in).
    qint64 answer(const QString &name, bool withFile = true)
    {
        core::Attempt a;
        a.questionId = m_profile->questionId(QStringLiteral("q-owned"));
        a.startedAt = QDateTime::currentDateTimeUtc();
        a.file = QStringLiteral("recordings/%1.webm").arg(name);
        if (withFile) {
            QFile file(QDir(m_profile->path()).filePath(a.file));
            if (!file.open(QIODevice::WriteOnly))
                qFatal("cannot write %s", qPrintable(file.fileName()));
        }
        core::AttemptRepository attempts(db(), m_profile->path());
        const qint64 id = attempts.begin(a);
        attempts.finish(id, 10'000, core::Attempt::State::Complete);
        return id;
    }

    std::unique_ptr<ui::SpeechAnalysisQueue> queue()
    {
        auto queue = std::make_unique<ui::SpeechAnalysisQueue>(db(), m_profile->path());
        queue->setAnalyzer(gated(m_gate));
        queue->setStartDelay(0);
        return queue;
    }

    qint64 storedDuration(qint64 attemptId) const
    {
        const auto figures = core::SpeechRepository(db()).load(attemptId);
        return figures ? figures->durationMs : -1;
    }

private slots:
    void init()
    {
        m_profile = std::make_unique<test::TempProfile>();
        QVERIFY(m_profile->isValid());
        m_gate = std::make_shared<Gate>();
    }

    void cleanup() { m_profile.reset(); }

    // An answer just recorded waits before its analysis starts (the camera and
    // microphone restart meanwhile); one asked for from Review starts at once.
    void anAnswerJustRecordedWaitsItsTurn()
    {
        const qint64 a = answer(QStringLiteral("a21"));
        const qint64 b = answer(QStringLiteral("b22"));
        auto q = queue();
        q->setStartDelay(300);
        QSignalSpy analysed(q.get(), &ui::SpeechAnalysisQueue::analysed);
        q->enqueue(a);
        QCOMPARE(q->state(a), QueueState::Queued);
        QTRY_COMPARE_WITH_TIMEOUT(q->state(a), QueueState::Running, 5000);
        m_gate->release(QStringLiteral("a21"));
        QTRY_COMPARE_WITH_TIMEOUT(analysed.count(), 1, 5000);
        QVERIFY(storedDuration(a) > 0);

        auto fromReview = queue();
        fromReview->setStartDelay(60'000);
        fromReview->enqueue(b, true);
        QCOMPARE(fromReview->state(b), QueueState::Running);
    }

    // One at a time, in the order asked, except an answer asked for from Review, which
    // goes next; each result is a row.
    void analysesOneAtATimeInOrder()
    {
        const qint64 a = answer(QStringLiteral("a11"));
        const qint64 b = answer(QStringLiteral("b12"));
        const qint64 c = answer(QStringLiteral("c13"));
        const qint64 d = answer(QStringLiteral("d14"));
        auto q = queue();
        QSignalSpy analysed(q.get(), &ui::SpeechAnalysisQueue::analysed);
        QSignalSpy progress(q.get(), &ui::SpeechAnalysisQueue::progressChanged);
        q->enqueue(a);
        q->enqueue(b);
        q->enqueue(c);
        q->enqueue(b); // already waiting: nothing changes
        QCOMPARE(q->state(a), QueueState::Running);
        QCOMPARE(q->queued(), (QList<qint64>{b, c}));
        QTRY_COMPARE(q->progress(a), 10);
        QCOMPARE(progress.first(), (QVariantList{a, 10}));
        QCOMPARE(q->statusText(), QStringLiteral("Analysing speech: 10% (2 more waiting)"));
        QCOMPARE(TestData::count(db(), QStringLiteral("speech_figures")), 0);

        m_gate->release(QStringLiteral("a11"));
        QTRY_COMPARE(analysed.size(), 1);
        QCOMPARE(analysed.first().first().toLongLong(), a);
        QCOMPARE(storedDuration(a), 11'000);
        QCOMPARE(q->state(b), QueueState::Running);
        q->enqueue(d, true); // from Review: next, ahead of c
        QCOMPARE(q->queued(), (QList<qint64>{d, c}));

        for (const char *name : {"b12", "c13", "d14"})
            m_gate->release(QString::fromLatin1(name));
        QTRY_COMPARE(analysed.size(), 4);
        QCOMPARE(m_gate->calls(), QString::fromLatin1("a11 b12 d14 c13").split(QLatin1Char(' ')));
        QCOMPARE(m_gate->mostAtOnce, 1);
        QCOMPARE(TestData::count(db(), QStringLiteral("speech_figures")), 4);
        QCOMPARE(storedDuration(b), 12'000);
        QCOMPARE(storedDuration(c), 13'000);
        QCOMPARE(storedDuration(d), 14'000);
        QCOMPARE(q->running(), 0);
        QVERIFY(q->statusText().isEmpty());

        // Analysing again replaces the row.
        q->enqueue(a);
        QTRY_COMPARE(analysed.size(), 5);
        QCOMPARE(TestData::count(db(), QStringLiteral("speech_figures")), 4);
    }

    // Cancel stops the running analysis or takes a waiting one off; neither stores anything.
    void cancelStoresNothing()
    {
        const qint64 a = answer(QStringLiteral("a5"));
        const qint64 b = answer(QStringLiteral("b6"));
        const qint64 c = answer(QStringLiteral("c7"));
        auto q = queue();
        QSignalSpy cancelled(q.get(), &ui::SpeechAnalysisQueue::cancelled);
        QSignalSpy analysed(q.get(), &ui::SpeechAnalysisQueue::analysed);
        q->enqueue(a);
        q->enqueue(b);
        q->enqueue(c);
        q->cancel(b);
        QCOMPARE(cancelled.size(), 1);
        QCOMPARE(q->queued(), (QList<qint64>{c}));
        QTRY_COMPARE(m_gate->runningNow(), 1);
        q->cancel(a);
        QTRY_COMPARE(cancelled.size(), 2);
        QCOMPARE(cancelled.last().first().toLongLong(), a);
        QCOMPARE(TestData::count(db(), QStringLiteral("speech_figures")), 0);
        QCOMPARE(q->state(c), QueueState::Running);
        m_gate->release(QStringLiteral("c7"));
        QTRY_COMPARE(analysed.size(), 1);
        QCOMPARE(m_gate->calls(), QString::fromLatin1("a5 c7").split(QLatin1Char(' '))); // b never ran
        QCOMPARE(TestData::count(db(), QStringLiteral("speech_figures")), 1);
        QCOMPARE(storedDuration(c), 7'000);
    }

    // A recording that is gone is a failure with its reason, without running the
    // analyser; an answer deleted during its analysis gets no row.
    void missingFilesAndDeletedAnswers()
    {
        const qint64 missing = answer(QStringLiteral("m9"), false);
        const qint64 deleted = answer(QStringLiteral("x8"));
        auto q = queue();
        QSignalSpy failed(q.get(), &ui::SpeechAnalysisQueue::saveFailed);
        q->enqueue(missing);
        const auto figures = core::SpeechRepository(db()).load(missing);
        QVERIFY(figures);
        QCOMPARE(figures->status, SpeechFigures::Status::Failed);
        QVERIFY2(figures->error.startsWith(QStringLiteral("The recording "))
                     && figures->error.endsWith(QStringLiteral("m9.webm is missing.")),
                 qPrintable(figures->error));

        q->enqueue(deleted);
        QTRY_COMPARE(m_gate->runningNow(), 1);
        QString error;
        QVERIFY2(core::AttemptRepository(db(), m_profile->path()).remove(deleted, &error), qPrintable(error));
        m_gate->release(QStringLiteral("x8"));
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(1).toString(),
                 QStringLiteral("The answer no longer exists, so its speech figures were not saved."));
        QCOMPARE(m_gate->calls(), QStringList{QStringLiteral("x8")});
        QCOMPARE(TestData::count(db(), QStringLiteral("speech_figures")), 1);
    }

    // Quitting cancels what runs and waits for it, a bounded time.
    void shutdownCancelsAndWaitsBriefly()
    {
        const qint64 a = answer(QStringLiteral("a3"));
        const qint64 b = answer(QStringLiteral("b4"));
        {
            auto q = queue();
            q->enqueue(a);
            q->enqueue(b);
            QTRY_COMPARE(m_gate->runningNow(), 1);
        } // destroyed: the analysis saw the cancel and ended before the queue was gone
        QCOMPARE(m_gate->runningNow(), 0);
        QCOMPARE(m_gate->calls(), QStringList{QStringLiteral("a3")});
        QCOMPARE(TestData::count(db(), QStringLiteral("speech_figures")), 0);

        // An analyser that does not listen is waited for no longer than asked.
        m_gate->ignoreCancel = true;
        auto q = queue();
        q->enqueue(b);
        QTRY_COMPARE(m_gate->runningNow(), 1);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!q->shutdown(200));
        QVERIFY2(timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(q->state(b), QueueState::Idle);
        m_gate->release(QStringLiteral("b4"));
        QTRY_COMPARE(m_gate->runningNow(), 0);
        QCoreApplication::processEvents(); // the late result is never delivered or saved
        QCOMPARE(TestData::count(db(), QStringLiteral("speech_figures")), 0);
    }
};

QTEST_GUILESS_MAIN(TestSpeechQueue)
#include "tst_speechqueue.moc"
