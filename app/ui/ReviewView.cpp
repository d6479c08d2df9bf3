#include "ui/ReviewView.h"

#include "core/AttemptHistoryModel.h"
#include "core/AttemptRepository.h"
#include "core/QuestionRepository.h"
#include "ui/AnswerPlayer.h"
#include "ui/FocusChain.h"
#include "ui/SpeechFeedbackView.h"
#include "ui/ThemeColors.h"

#include <QButtonGroup>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace rehearse::ui {

namespace {

constexpr int BookmarkIdRole = Qt::UserRole;
constexpr int BookmarkPositionRole = Qt::UserRole + 1;

QString levelText(const QStringList &levels, int score)
{
    switch (score) {
    case 1:
        return levels.value(0);
    case 3:
        return levels.value(1);
    case 5:
        return levels.value(2);
    case 2:
        return ReviewView::tr("Between: %1 / %2").arg(levels.value(0), levels.value(1));
    case 4:
        return ReviewView::tr("Between: %1 / %2").arg(levels.value(1), levels.value(2));
    default:
        return {};
    }
}

QFont scaled(QFont font, qreal factor, bool bold)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

} // namespace

ReviewView::ReviewView(QSqlDatabase db, QString dataDir, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_dataDir(std::move(dataDir))
    , m_player(new AnswerPlayer(this))
    , m_speech(new SpeechFeedbackView(m_db, m_dataDir, m_player, this))
    , m_question(new QLabel(this))
    , m_meta(new QLabel(this))
    , m_tip(new QLabel(this))
    , m_rubricLayout(new QVBoxLayout)
    , m_suggestion(new QLabel(this))
    , m_notes(new QPlainTextEdit(this))
    , m_notesTimer(new QTimer(this))
    , m_bookmarkText(new QLineEdit(this))
    , m_bookmarks(new QListWidget(this))
    , m_error(new QLabel(this))
{
    auto *back = new QPushButton(tr("← History (Esc)"), this);
    back->setObjectName(QStringLiteral("backButton"));
    m_question->setObjectName(QStringLiteral("reviewQuestion"));
    m_question->setWordWrap(true);
    m_question->setTextFormat(Qt::PlainText);
    m_question->setFont(scaled(m_question->font(), 1.4, true));
    m_meta->setObjectName(QStringLiteral("reviewMeta"));
    ThemeColors::applyTone(m_meta, ThemeColors::Tone::Secondary);
    m_tip->setWordWrap(true);
    m_tip->setTextFormat(Qt::PlainText);
    m_error->setObjectName(QStringLiteral("reviewError"));
    m_error->setWordWrap(true);
    ThemeColors::applyBox(m_error, ThemeColors::Tone::Problem);
    m_error->hide();

    // Left: the recording and its bookmarks.
    m_bookmarkText->setObjectName(QStringLiteral("bookmarkText"));
    m_bookmarkText->setAccessibleName(tr("Bookmark text"));
    m_bookmarkText->setPlaceholderText(tr("What happens here? (optional)"));
    auto *bookmarkButton = new QPushButton(tr("Bookmark this moment (Ctrl+B)"), this);
    bookmarkButton->setObjectName(QStringLiteral("addBookmark"));
    m_bookmarks->setObjectName(QStringLiteral("bookmarkList"));
    m_bookmarks->setAccessibleName(tr("Bookmarks"));
    m_bookmarks->setToolTip(tr("Enter or double-click jumps there; F2 edits the text; Delete removes it."));
    m_bookmarks->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_bookmarks->setMaximumHeight(150);
    auto *bookmarkRow = new QHBoxLayout;
    bookmarkRow->addWidget(m_bookmarkText, 1);
    bookmarkRow->addWidget(bookmarkButton);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_player, 1);
    leftLayout->addWidget(m_speech);
    leftLayout->addLayout(bookmarkRow);
    leftLayout->addWidget(m_bookmarks);

    // Right: the rubric, the overall score and notes.
    auto *rubric = new QWidget(this);
    auto *rubricOuter = new QVBoxLayout(rubric);
    auto *rubricTitle = new QLabel(tr("Score each part from 1 to 5"), rubric);
    rubricTitle->setFont(scaled(rubricTitle->font(), 1.1, true));
    rubricOuter->addWidget(rubricTitle);
    rubricOuter->addLayout(m_rubricLayout);
    m_suggestion->setObjectName(QStringLiteral("overallSuggestion"));
    ThemeColors::applyTone(m_suggestion, ThemeColors::Tone::Secondary);
    m_notes->setObjectName(QStringLiteral("reviewNotes"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setPlaceholderText(tr("Notes for next time: what to keep, what to change."));
    m_notes->setMinimumHeight(90);
    m_notes->setTabChangesFocus(true);
    rubricOuter->addWidget(m_suggestion);
    auto *notesTitle = new QLabel(tr("Notes"), rubric);
    notesTitle->setFont(scaled(notesTitle->font(), 1.0, true));
    rubricOuter->addWidget(notesTitle);
    rubricOuter->addWidget(m_notes);
    rubricOuter->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(rubric);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumWidth(380);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *head = new QHBoxLayout;
    head->addWidget(back, 0, Qt::AlignTop);
    auto *titles = new QVBoxLayout;
    titles->addWidget(m_question);
    titles->addWidget(m_meta);
    head->addLayout(titles, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addLayout(head);
    layout->addWidget(m_tip);
    layout->addWidget(m_error);
    layout->addWidget(splitter, 1);

    m_notesTimer->setSingleShot(true);
    m_notesTimer->setInterval(NotesSaveDelayMs);
    connect(m_notesTimer, &QTimer::timeout, this, &ReviewView::saveNotes);
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            m_notesTimer->start();
    });
    connect(back, &QPushButton::clicked, this, &ReviewView::closeRequested);
    connect(bookmarkButton, &QPushButton::clicked, this, &ReviewView::addBookmark);
    connect(m_bookmarkText, &QLineEdit::returnPressed, this, &ReviewView::addBookmark);
    connect(m_bookmarks, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { m_player->seek(item->data(BookmarkPositionRole).toLongLong()); });
    connect(m_bookmarks, &QListWidget::itemChanged, this, &ReviewView::onBookmarkEdited);

    m_player->addShortcuts(this);
    const auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_B), [this] { addBookmark(); });
    shortcut(QKeySequence(Qt::Key_Escape), [this] { emit closeRequested(); });
    auto *remove = new QShortcut(QKeySequence::Delete, m_bookmarks);
    remove->setContext(Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &ReviewView::removeSelectedBookmark);

    buildRubric();

    // Tab reads the page: back, the recording and its bookmarks on the left, then the
    // scores and the notes on the right.
    QList<QWidget *> chain{back};
    chain += m_player->controls();
    chain += m_speech->controls();
    chain += {m_bookmarkText, bookmarkButton, m_bookmarks, scroll};
    const auto scores = rubric->findChildren<QToolButton *>();
    for (QToolButton *score : scores)
        chain << score;
    chain << m_notes;
    setTabChain(chain);
}

ReviewView::~ReviewView()
{
    saveNotes();
}

void ReviewView::buildRubric()
{
    m_criteria = core::ReviewRepository(m_db).criteria();
    for (const core::Criterion &criterion : std::as_const(m_criteria)) {
        QButtonGroup *group = nullptr;
        m_rubricLayout->addWidget(scoreRow(QStringLiteral("score-") + criterion.slug, criterion.name,
                                           criterion.description,
                                           {criterion.level1, criterion.level3, criterion.level5}, &group));
        m_groups.insert(criterion.id, group);
        const qint64 id = criterion.id;
        connect(group, &QButtonGroup::idClicked, this,
                [this, group, id](int score) { onScoreClicked(group, id, score); });
    }
    m_rubricLayout->addSpacing(8);
    m_rubricLayout->addWidget(
        scoreRow(QStringLiteral("score-overall"), tr("Overall"),
                 tr("Your overall verdict. It decides when this question comes back."),
                 {tr("Would not pass: start again from the STAR outline."), tr("Acceptable, with clear gaps to close."),
                  tr("Ready for the real interview.")},
                 &m_overall));
    connect(m_overall, &QButtonGroup::idClicked, this, [this](int score) { onScoreClicked(m_overall, 0, score); });
}

QWidget *ReviewView::scoreRow(const QString &objectName, const QString &name, const QString &description,
                              const QStringList &levels, QButtonGroup **group)
{
    auto *row = new QWidget(this);
    row->setObjectName(objectName);
    auto *title = new QLabel(name, row);
    title->setFont(scaled(title->font(), 1.0, true));
    title->setToolTip(description);
    auto *hint = new QLabel(description, row);
    hint->setObjectName(QStringLiteral("levelHint"));
    hint->setWordWrap(true);
    hint->setTextFormat(Qt::PlainText);
    ThemeColors::applyTone(hint, ThemeColors::Tone::Secondary);
    *group = new QButtonGroup(row);
    (*group)->setExclusive(false);
    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(2);
    for (int score = 1; score <= 5; ++score) {
        auto *button = new QToolButton(row);
        button->setText(QString::number(score));
        button->setObjectName(QStringLiteral("%1-%2").arg(objectName).arg(score));
        button->setCheckable(true);
        button->setAutoRaise(false);
        button->setMinimumSize(30, 26);
        ThemeColors::keepStyleSheet(button, [](const QPalette &palette) {
            const QColor text = palette.color(QPalette::HighlightedText);
            return QStringLiteral("QToolButton:checked { background: %1; color: %2; font-weight: bold; "
                                  "border: 1px solid %3; border-radius: 3px; }")
                .arg(ThemeColors::readable(palette.color(QPalette::Highlight), text).name(), text.name(),
                     palette.color(QPalette::Dark).name());
        });
        button->setFocusPolicy(Qt::StrongFocus);
        button->setToolTip(QStringLiteral("%1: %2").arg(score).arg(levelText(levels, score)));
        button->setAccessibleName(tr("%1, score %2").arg(name).arg(score));
        (*group)->addButton(button, score);
        buttons->addWidget(button);
    }
    buttons->addStretch();
    connect(*group, &QButtonGroup::idToggled, row, [group = *group, hint, description, levels](int, bool) {
        const int chosen = group->checkedId();
        hint->setText(chosen > 0 ? QStringLiteral("%1: %2").arg(chosen).arg(levelText(levels, chosen)) : description);
    });
    auto *top = new QHBoxLayout;
    top->addWidget(title, 1);
    top->addLayout(buttons);
    auto *layout = new QVBoxLayout(row);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(hint);
    return row;
}

namespace {

// Checks exactly the button for score (none for 0) without emitting clicks.
void check(QButtonGroup *group, int score)
{
    for (QAbstractButton *button : group->buttons())
        button->setChecked(group->id(button) == score);
}

} // namespace

bool ReviewView::showAttempt(qint64 attemptId)
{
    saveNotes();
    const std::optional<core::Attempt> attempt = core::AttemptRepository(m_db, m_dataDir).get(attemptId);
    if (!attempt)
        return false;
    m_loading = true;
    m_attempt = *attempt;
    m_error->hide();

    const std::optional<core::Question> question = core::QuestionRepository(m_db).get(m_attempt.questionId);
    m_question->setText(question ? question->text : tr("(This question was removed.)"));
    QStringList meta{
        core::AttemptHistoryModel::formatDate(m_attempt.startedAt.toLocalTime()),
        tr("%1 of %2")
            .arg(AnswerPlayer::formatTime(m_attempt.durationMs), AnswerPlayer::formatTime(m_attempt.limitMs))};
    if (question && !question->qualities.isEmpty())
        meta << question->qualities.join(QStringLiteral(", "));
    m_meta->setText(meta.join(QStringLiteral("  ·  ")));
    m_tip->setText(question && !question->tip.isEmpty() ? tr("Tip: %1").arg(question->tip) : QString());
    m_tip->setVisible(!m_tip->text().isEmpty());

    const QString path = QDir(m_dataDir).filePath(m_attempt.file);
    if (m_attempt.file.isEmpty() || !QFileInfo::exists(path)) {
        m_player->clear();
        showError(tr("The recording %1 is missing. Its scores and notes are still here.")
                      .arg(QDir::toNativeSeparators(path)));
    } else {
        m_player->open(path, m_attempt.mode == core::Attempt::Mode::Audio);
    }
    m_speech->showAttempt(attemptId);

    const QHash<qint64, int> scores = core::ReviewRepository(m_db).scores(attemptId);
    for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it)
        check(it.value(), scores.value(it.key()));
    check(m_overall, m_attempt.overallScore.value_or(0));
    m_notes->setPlainText(m_attempt.notes);
    suggestOverall();
    loadBookmarks();
    m_loading = false;
    m_player->setFocus();
    return true;
}

void ReviewView::setSpeechQueue(SpeechAnalysisQueue *queue)
{
    m_speech->setQueue(queue);
}

void ReviewView::setScore(qint64 criterionId, int score)
{
    QButtonGroup *group = m_groups.value(criterionId);
    if (!group)
        return;
    check(group, score);
    onScoreClicked(group, criterionId, score);
}

void ReviewView::setOverall(int score)
{
    check(m_overall, score);
    onScoreClicked(m_overall, 0, score);
}

int ReviewView::overall() const
{
    return std::max(0, m_overall->checkedId());
}

void ReviewView::onScoreClicked(QButtonGroup *group, qint64 criterionId, int score)
{
    // The group is not exclusive so that a second click on the chosen score clears it.
    QAbstractButton *button = group->button(score);
    const int value = button && button->isChecked() ? score : 0;
    check(group, value);
    if (m_attempt.id == 0)
        return;
    core::ReviewRepository review(m_db);
    const bool ok
        = criterionId > 0 ? review.setScore(m_attempt.id, criterionId, value) : review.setOverall(m_attempt.id, value);
    if (!ok) {
        showError(tr("The score could not be saved: %1").arg(review.lastError()));
        return;
    }
    if (criterionId == 0)
        m_attempt.overallScore = value > 0 ? std::optional<int>(value) : std::nullopt;
    else
        suggestOverall();
    emit changed(m_attempt.id);
}

void ReviewView::suggestOverall()
{
    int sum = 0;
    int count = 0;
    for (QButtonGroup *group : std::as_const(m_groups)) {
        if (group->checkedId() > 0) {
            sum += group->checkedId();
            ++count;
        }
    }
    if (count == 0) {
        m_suggestion->setText(tr("Score the parts above, then give an overall score."));
        return;
    }
    const double mean = double(sum) / count;
    m_suggestion->setText(tr("Average of the parts: %1").arg(QLocale().toString(mean, 'f', 1)));
    // When every part is scored and no overall score was given, the average becomes it,
    // so the question is scheduled without another click.
    if (!m_loading && count == m_groups.size() && overall() == 0)
        setOverall(int(std::lround(mean)));
}

void ReviewView::saveNotes()
{
    m_notesTimer->stop();
    if (m_attempt.id == 0 || m_notes->toPlainText() == m_attempt.notes)
        return;
    core::ReviewRepository review(m_db);
    if (!review.setNotes(m_attempt.id, m_notes->toPlainText())) {
        showError(
            tr("The notes could not be saved: %1. They are still in the box; try again.").arg(review.lastError()));
        return;
    }
    m_attempt.notes = m_notes->toPlainText();
    emit changed(m_attempt.id);
}

void ReviewView::addBookmark()
{
    if (m_attempt.id == 0)
        return;
    const qint64 position = m_player->player()->position();
    QString text = m_bookmarkText->text().simplified();
    core::ReviewRepository review(m_db);
    if (review.addBookmark(m_attempt.id, position, text) == 0) {
        showError(tr("The bookmark could not be saved: %1").arg(review.lastError()));
        return;
    }
    m_bookmarkText->clear();
    loadBookmarks();
    emit changed(m_attempt.id);
}

void ReviewView::loadBookmarks()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    m_bookmarks->clear();
    for (const core::Bookmark &bookmark : core::ReviewRepository(m_db).bookmarks(m_attempt.id)) {
        auto *item = new QListWidgetItem(m_bookmarks);
        item->setData(BookmarkIdRole, bookmark.id);
        item->setData(BookmarkPositionRole, bookmark.positionMs);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        item->setToolTip(tr("At %1").arg(AnswerPlayer::formatTime(bookmark.positionMs)));
        item->setData(Qt::AccessibleTextRole, AnswerPlayer::formatTime(bookmark.positionMs));
        item->setText(QStringLiteral("%1  %2").arg(AnswerPlayer::formatTime(bookmark.positionMs), bookmark.text));
    }
    if (m_bookmarks->count() == 0) {
        auto *item = new QListWidgetItem(tr("No bookmarks yet. Pause at a moment worth keeping and press Ctrl+B."),
                                         m_bookmarks);
        item->setFlags(Qt::NoItemFlags);
    }
    m_loading = wasLoading;
}

void ReviewView::onBookmarkEdited(QListWidgetItem *item)
{
    if (m_loading || !item->data(BookmarkIdRole).isValid())
        return;
    // The list shows "m:ss  text"; only the text is the user's.
    const QString time = AnswerPlayer::formatTime(item->data(BookmarkPositionRole).toLongLong());
    QString text = item->text().trimmed();
    if (text.startsWith(time))
        text = text.mid(time.size()).trimmed();
    core::ReviewRepository review(m_db);
    if (!review.setBookmarkText(item->data(BookmarkIdRole).toLongLong(), text))
        showError(tr("The bookmark could not be saved: %1").arg(review.lastError()));
    QTimer::singleShot(0, this, &ReviewView::loadBookmarks);
    emit changed(m_attempt.id);
}

void ReviewView::removeSelectedBookmark()
{
    QListWidgetItem *item = m_bookmarks->currentItem();
    if (!item || !item->data(BookmarkIdRole).isValid())
        return;
    core::ReviewRepository review(m_db);
    if (!review.removeBookmark(item->data(BookmarkIdRole).toLongLong())) {
        showError(tr("The bookmark could not be removed: %1").arg(review.lastError()));
        return;
    }
    loadBookmarks();
    emit changed(m_attempt.id);
}

void ReviewView::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
}

void ReviewView::hideEvent(QHideEvent *event)
{
    saveNotes();
    m_player->player()->pause();
    QWidget::hideEvent(event);
}

} // namespace rehearse::ui
