#include "ui/SpeechFeedbackView.h"

#include "core/SpeechReport.h"
#include "core/SpeechRepository.h"
#include "speech/SpeechAnalyzer.h"
#include "ui/AnswerPlayer.h"
#include "ui/SpeechAnalysisQueue.h"
#include "ui/SpeechTimeline.h"
#include "ui/ThemeColors.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QScrollBar>
#include <QTextBrowser>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace rehearse::ui {

namespace {

using Report = core::SpeechReport;
using QueueState = SpeechAnalysisQueue::State;

const auto SeekScheme = QStringLiteral("seek");
const auto WordScheme = QStringLiteral("word");

QLabel *figureLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

SpeechFeedbackView::SpeechFeedbackView(QSqlDatabase db, QString dataDir, AnswerPlayer *player, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_dataDir(std::move(dataDir))
    , m_player(player)
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_action(new QPushButton(this))
    , m_scroll(new QScrollArea(this))
    , m_content(new QWidget(this))
    , m_timeline(new SpeechTimeline(this))
    , m_legend(new SpeechTimelineLegend(this))
    , m_figuresBox(new QWidget(this))
    , m_pace(figureLabel(QStringLiteral("speechPace"), m_figuresBox))
    , m_fillers(figureLabel(QStringLiteral("speechFillers"), m_figuresBox))
    , m_pauses(figureLabel(QStringLiteral("speechPauses"), m_figuresBox))
    , m_speaking(figureLabel(QStringLiteral("speechSpeakingTime"), m_figuresBox))
    , m_loudness(figureLabel(QStringLiteral("speechLoudness"), m_figuresBox))
    , m_paceBy30s(figureLabel(QStringLiteral("speechPaceBy30s"), m_figuresBox))
    , m_transcriptNote(figureLabel(QStringLiteral("speechTranscriptNote"), m_figuresBox))
    , m_transcriptToggle(new QToolButton(this))
    , m_transcript(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("speechFeedback"));
    auto *heading = new QLabel(tr("Speech"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    m_status->setObjectName(QStringLiteral("speechStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_progress->setObjectName(QStringLiteral("speechProgress"));
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(160);
    m_progress->setAccessibleName(tr("Speech analysis progress"));
    m_action->setObjectName(QStringLiteral("speechAction"));

    // Pauses are links that seek; keyboard users reach them with Tab.
    m_pauses->setTextFormat(Qt::RichText);
    m_pauses->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_pauses->setOpenExternalLinks(false);
    ThemeColors::applyTone(m_paceBy30s, ThemeColors::Tone::Secondary);
    ThemeColors::applyTone(m_transcriptNote, ThemeColors::Tone::Secondary);
    auto *figures = new QVBoxLayout(m_figuresBox);
    figures->setContentsMargins(0, 0, 0, 0);
    figures->setSpacing(2);
    for (QLabel *label : {m_pace, m_fillers, m_pauses, m_speaking, m_loudness, m_paceBy30s, m_transcriptNote})
        figures->addWidget(label);

    m_transcriptToggle->setObjectName(QStringLiteral("transcriptToggle"));
    m_transcriptToggle->setText(Report::transcriptHeading());
    m_transcriptToggle->setCheckable(true);
    m_transcriptToggle->setAutoRaise(true);
    m_transcriptToggle->setArrowType(Qt::RightArrow);
    m_transcriptToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_transcriptToggle->setToolTip(tr("Show or hide the words as the recogniser heard them; click a word to jump "
                                      "there."));
    m_transcript->setObjectName(QStringLiteral("speechTranscript"));
    m_transcript->setAccessibleName(Report::transcriptHeading());
    m_transcript->setOpenLinks(false);
    m_transcript->setOpenExternalLinks(false);
    m_transcript->setMaximumHeight(130);
    m_transcript->setTabChangesFocus(true);
    m_transcript->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(heading);
    top->addWidget(m_status, 1);
    top->addWidget(m_progress);
    top->addWidget(m_action);
    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 6, 0, 6);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_timeline);
    layout->addWidget(m_legend);
    layout->addWidget(m_figuresBox);
    layout->addWidget(m_transcriptToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_transcript);
    // Everything scrolls, so that the unfolded transcript takes no height from the player.
    m_scroll->setObjectName(QStringLiteral("speechScroll"));
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->setWidgetResizable(true);
    m_scroll->setWidget(m_content);
    m_content->installEventFilter(this);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_scroll);

    connect(m_action, &QPushButton::clicked, this, &SpeechFeedbackView::onAction);
    connect(m_timeline, &SpeechTimeline::seekRequested, this, &SpeechFeedbackView::seek);
    connect(m_pauses, &QLabel::linkActivated, this, [this](const QString &link) {
        const QUrl url(link);
        if (url.scheme() == SeekScheme)
            seek(url.path().toLongLong());
    });
    connect(m_transcript, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        const int index = url.path().toInt();
        if (url.scheme() == WordScheme && m_figures && index >= 0 && index < m_figures->words.size())
            seek(m_figures->words.at(index).startMs);
    });
    connect(m_transcriptToggle, &QToolButton::toggled, this, [this](bool open) {
        m_transcriptToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_transcript->setVisible(open);
        // As it is laid out (the scroll range grows, maybe in steps), scrolled into view,
        // until the user scrolls.
        m_revealTranscript = open;
    });
    connect(m_scroll->verticalScrollBar(), &QScrollBar::rangeChanged, this, [this] {
        if (!m_revealTranscript || !m_transcript->isVisible())
            return;
        // All of it (ensureWidgetVisible() would show only the text cursor's line).
        const QRect area(m_transcript->mapTo(m_content, QPoint(0, 0)), m_transcript->size());
        const int half = area.height() - area.height() / 2;
        m_scroll->ensureVisible(area.left(), area.top() + area.height() / 2, 0, half);
    });
    connect(m_scroll->verticalScrollBar(), &QScrollBar::actionTriggered, this, [this] { m_revealTranscript = false; });
    if (m_player) {
        connect(m_player->player(), &QMediaPlayer::positionChanged, m_timeline, &SpeechTimeline::setPosition);
    }
    clear();
}

void SpeechFeedbackView::setQueue(SpeechAnalysisQueue *queue)
{
    if (m_queue == queue)
        return;
    if (m_queue)
        m_queue->disconnect(this);
    m_queue = queue;
    if (!m_queue)
        return;
    connect(m_queue, &SpeechAnalysisQueue::stateChanged, this, [this](qint64 id) {
        if (id == m_attemptId)
            refresh();
    });
    connect(m_queue, &SpeechAnalysisQueue::progressChanged, this, [this](qint64 id, int percent) {
        if (id != m_attemptId || m_state != State::Analysing)
            return;
        m_progress->setValue(percent);
        m_status->setText(tr("Measuring the speech in this answer… %1%").arg(percent));
    });
    connect(m_queue, &SpeechAnalysisQueue::saveFailed, this, [this](qint64 id, const QString &error) {
        if (id != m_attemptId)
            return;
        m_saveError = error;
        refresh();
    });
    refresh();
}

SpeechAnalysisQueue *SpeechFeedbackView::queue()
{
    if (!m_queue)
        setQueue(new SpeechAnalysisQueue(m_db, m_dataDir, this));
    return m_queue;
}

void SpeechFeedbackView::showAttempt(qint64 attemptId)
{
    m_attemptId = attemptId;
    m_saveError.clear();
    m_transcriptToggle->setChecked(false);
    refresh();
}

void SpeechFeedbackView::clear()
{
    m_attemptId = 0;
    m_figures.reset();
    showStatus(State::Empty, QString(), QString());
}

void SpeechFeedbackView::analyse()
{
    if (m_attemptId == 0)
        return;
    m_saveError.clear();
    queue()->enqueue(m_attemptId, true);
    refresh();
}

void SpeechFeedbackView::cancel()
{
    if (m_queue && m_attemptId != 0)
        m_queue->cancel(m_attemptId);
}

void SpeechFeedbackView::onAction()
{
    if (m_state == State::Waiting || m_state == State::Analysing)
        cancel();
    else
        analyse();
}

void SpeechFeedbackView::seek(qint64 ms)
{
    m_timeline->setPosition(ms);
    if (m_player)
        m_player->seek(ms);
}

QList<QWidget *> SpeechFeedbackView::controls() const
{
    return {m_action, m_timeline, m_pauses, m_transcriptToggle, m_transcript};
}

int SpeechFeedbackView::transcriptHeight() const
{
    if (m_transcript->isHidden())
        return 0;
    QLayout *layout = m_content->layout();
    QLayoutItem *item = layout->itemAt(layout->indexOf(m_transcript));
    return item ? item->sizeHint().height() + layout->spacing() : 0;
}

int SpeechFeedbackView::foldedHeight() const
{
    // At the width it has (wrapped lines), without the transcript: that one scrolls.
    const int height = m_content->hasHeightForWidth() && width() > 0 ? m_content->heightForWidth(width()) : -1;
    return (height < 0 ? m_content->sizeHint().height() : height) - transcriptHeight();
}

QSize SpeechFeedbackView::sizeHint() const
{
    return {m_content->sizeHint().width(), foldedHeight()};
}

// Never squeezed below what it shows with the transcript folded, as before it scrolled.
QSize SpeechFeedbackView::minimumSizeHint() const
{
    return {m_content->minimumSizeHint().width(), foldedHeight()};
}

void SpeechFeedbackView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Lines wrap differently at another width.
    if (event->size().width() != event->oldSize().width())
        updateGeometry();
}

bool SpeechFeedbackView::eventFilter(QObject *watched, QEvent *event)
{
    // What is shown changed: the height asked of the parent may have too.
    if (watched == m_content && event->type() == QEvent::LayoutRequest)
        updateGeometry();
    return QWidget::eventFilter(watched, event);
}

void SpeechFeedbackView::refresh()
{
    if (m_attemptId == 0) {
        clear();
        return;
    }
    const QueueState queued = m_queue ? m_queue->state(m_attemptId) : QueueState::Idle;
    if (queued == QueueState::Running) {
        const int percent = m_queue->progress(m_attemptId);
        m_progress->setValue(percent);
        showStatus(State::Analysing, tr("Measuring the speech in this answer… %1%").arg(percent), tr("Cancel"));
        return;
    }
    if (queued == QueueState::Queued) {
        showStatus(State::Waiting, tr("Waiting: another answer is being measured first."), tr("Cancel"));
        return;
    }
    m_figures = core::SpeechRepository(m_db).load(m_attemptId);
    if (!m_saveError.isEmpty()) {
        showStatus(State::Failed, tr("The speech figures could not be saved: %1").arg(m_saveError), tr("Try again"));
        return;
    }
    if (!m_figures) {
        showStatus(State::NotAnalysed, tr("The speech in this answer has not been measured yet."), tr("Analyse"));
        return;
    }
    switch (m_figures->status) {
    case SpeechFigures::Status::Ok:
        showFigures(*m_figures);
        return;
    case SpeechFigures::Status::NoSpeech:
        // Never a row of zeros: say what was found.
        showStatus(State::NoSpeech, tr("No speech detected in this answer."), tr("Analyse again"));
        return;
    case SpeechFigures::Status::NoAudio:
        showStatus(State::NoAudio, Report::statusText(*m_figures), QString());
        return;
    case SpeechFigures::Status::Failed:
    case SpeechFigures::Status::Cancelled:
        break;
    }
    showStatus(State::Failed, Report::statusText(*m_figures), tr("Try again"));
}

void SpeechFeedbackView::showStatus(State state, const QString &text, const QString &action)
{
    m_state = state;
    setVisible(state != State::Empty);
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    ThemeColors::applyTone(m_status, state == State::Failed ? ThemeColors::Tone::Problem : ThemeColors::Tone::Normal);
    m_progress->setVisible(state == State::Analysing);
    m_action->setText(action);
    m_action->setVisible(!action.isEmpty());
    const bool measured = state == State::Measured;
    m_timeline->setVisible(measured);
    m_legend->setVisible(measured);
    m_figuresBox->setVisible(measured);
    if (!measured) {
        m_timeline->clear();
        m_legend->setFigures({});
        m_transcriptToggle->hide();
        m_transcript->hide();
    }
}

void SpeechFeedbackView::showFigures(const SpeechFigures &figures)
{
    // Figures from an older method of measuring can be measured again.
    const bool old = figures.analyzerVersion < SpeechFigures{}.analyzerVersion;
    showStatus(State::Measured, old ? tr("Measured with an older method.") : QString(),
               old ? tr("Analyse again") : QString());
    m_timeline->setFigures(figures);
    m_legend->setFigures(figures);
    if (m_player)
        m_timeline->setPosition(m_player->player()->position());

    const auto set = [](QLabel *label, const QString &text) {
        label->setText(text);
        label->setVisible(!text.isEmpty());
    };
    set(m_pace, Report::pace(figures));
    set(m_fillers, Report::fillers(figures));
    QStringList links;
    for (const TimeSpan &pause : figures.pauses) {
        links << QStringLiteral("<a href=\"%1:%2\">%3</a>")
                     .arg(SeekScheme)
                     .arg(pause.startMs)
                     .arg(Report::pause(pause).toHtmlEscaped());
    }
    const QString heading = Report::pausesHeading(figures).toHtmlEscaped();
    m_pauses->setText(links.isEmpty() ? heading : tr("%1 — %2").arg(heading, links.join(QStringLiteral(", "))));
    m_pauses->setToolTip(links.isEmpty() ? QString() : tr("Click a pause to jump to it."));
    m_pauses->setFocusPolicy(links.isEmpty() ? Qt::NoFocus : Qt::StrongFocus);
    set(m_speaking, Report::speakingTime(figures));
    set(m_loudness, Report::loudness(figures));
    set(m_paceBy30s, Report::paceBy30s(figures));

    QString note;
    if (!figures.transcriptAvailable) {
        const QString reason = speech::SpeechAnalyzer::transcriptionUnavailableReason();
        note = reason.isEmpty()
            ? tr("Pace and filler words need a rough transcript, and none was made when this answer was measured. "
                 "Analyse it again to get one.")
            : tr("Pace and filler words need a rough transcript, which is not available: %1").arg(reason);
        if (reason.isEmpty()) {
            m_action->setText(tr("Analyse again"));
            m_action->show();
        }
    }
    set(m_transcriptNote, note);
    m_transcriptToggle->setVisible(figures.transcriptAvailable);
    m_transcript->setVisible(figures.transcriptAvailable && m_transcriptToggle->isChecked());
    renderTranscript();
}

void SpeechFeedbackView::renderTranscript()
{
    if (!m_figures || !m_figures->transcriptAvailable) {
        m_transcript->clear();
        return;
    }
    const QPalette &pal = m_transcript->palette();
    const QColor text = pal.color(QPalette::Text);
    const QColor mark = ThemeColors::attentionBackground(pal);
    const QColor fillerText = ThemeColors::toneColor(pal, ThemeColors::Tone::Problem, mark);
    m_transcript->document()->setDefaultStyleSheet(
        QStringLiteral("a { text-decoration: none; color: %1; }").arg(text.name()));
    QStringList words;
    for (qsizetype i = 0; i < m_figures->words.size(); ++i) {
        const SpokenWord &word = m_figures->words.at(i);
        const QString style = word.filler
            ? QStringLiteral(" style=\"color: %1; background-color: %2; font-weight: bold;\"")
                  .arg(fillerText.name(), mark.name())
            : QString();
        words << QStringLiteral("<a href=\"%1:%2\"%3 title=\"%4\">%5</a>")
                     .arg(WordScheme)
                     .arg(i)
                     .arg(style, Report::clock(word.startMs), word.text.toHtmlEscaped());
    }
    m_transcript->setHtml(words.isEmpty() ? tr("(no words recognised)").toHtmlEscaped() : words.join(QLatin1Char(' ')));
}

void SpeechFeedbackView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        renderTranscript();
}

} // namespace rehearse::ui
