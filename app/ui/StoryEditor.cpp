#include "ui/StoryEditor.h"

#include "core/StoryRepository.h"
#include "ui/SaveTimer.h"
#include "ui/ThemeColors.h"

#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace rehearse::ui {

namespace {

using core::StoryPart;

int partIndex(StoryPart part)
{
    return int(part) - int(StoryPart::Situation);
}

QString labelText(StoryPart part)
{
    switch (part) {
    case StoryPart::Situation:
        return StoryEditor::tr("&Situation");
    case StoryPart::Task:
        return StoryEditor::tr("&Task");
    case StoryPart::Action:
        return StoryEditor::tr("&Action");
    default:
        return StoryEditor::tr("&Result");
    }
}

QString prompt(StoryPart part)
{
    switch (part) {
    case StoryPart::Situation:
        return StoryEditor::tr("Where and when? Set the scene in two or three sentences.");
    case StoryPart::Task:
        return StoryEditor::tr("What were you responsible for, or what had to be solved?");
    case StoryPart::Action:
        return StoryEditor::tr("What did you do, step by step, and why? Say “I”.");
    default:
        return StoryEditor::tr("How did it end? A number, and what you learned.");
    }
}

} // namespace

StoryEditor::StoryEditor(QSqlDatabase db, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_title(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_timer(new SaveTimer(SaveDelayMs, this))
{
    m_title->setObjectName(QStringLiteral("storyTitle"));
    m_title->setAccessibleName(tr("Story title"));
    m_title->setPlaceholderText(tr("Title, e.g. “Billing outage on launch night”"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->installEventFilter(this);
    connect(m_title, &QLineEdit::textChanged, this, [this] { onChanged(StoryPart::Title); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    QWidget *previous = m_title;
    for (StoryPart part : core::StarParts) {
        auto *edit = new QPlainTextEdit(this);
        edit->setObjectName(QStringLiteral("story") + core::partKey(part));
        edit->setAccessibleName(core::partName(part));
        edit->setPlaceholderText(prompt(part));
        edit->setTabChangesFocus(true);
        // Two lines at least, so the panel fits a 640 px high window; they grow with it.
        edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * 2 + 2 * edit->frameWidth() + 8);
        edit->installEventFilter(this);
        connect(edit, &QPlainTextEdit::textChanged, this, [this, part] { onChanged(part); });
        m_parts[partIndex(part)] = edit;

        auto *label = new QLabel(labelText(part), this);
        label->setBuddy(edit);
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
        layout->addSpacing(4);
        layout->addWidget(label);
        // The Action is the heart of the story and gets the most room.
        layout->addWidget(edit, part == StoryPart::Action ? 3 : 2);
        setTabOrder(previous, edit);
        previous = edit;
    }
    m_status->setObjectName(QStringLiteral("storyStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    ThemeColors::applyTone(m_status, ThemeColors::Tone::Secondary);
    layout->addWidget(m_status);

    connect(m_timer, &SaveTimer::timeout, this, &StoryEditor::save);
    setEnabled(false);
}

StoryEditor::~StoryEditor()
{
    // The receivers of the signals may be half destroyed by now; the text still counts.
    const QSignalBlocker blocker(this);
    save();
}

QPlainTextEdit *StoryEditor::partEdit(StoryPart part) const
{
    return part == StoryPart::Title ? nullptr : m_parts[partIndex(part)];
}

QString StoryEditor::shownText(StoryPart part) const
{
    return part == StoryPart::Title ? m_title->text() : m_parts[partIndex(part)]->toPlainText();
}

core::Story StoryEditor::story() const
{
    core::Story story = m_saved;
    story.title = shownText(StoryPart::Title);
    for (StoryPart part : core::StarParts)
        story.setText(part, shownText(part));
    return story;
}

bool StoryEditor::hasPendingChanges() const
{
    return std::find(m_dirty.cbegin(), m_dirty.cend(), true) != m_dirty.cend();
}

bool StoryEditor::setStory(qint64 id)
{
    if (!save())
        return false;
    std::optional<core::Story> story;
    if (id != 0) {
        story = core::StoryRepository(m_db).get(id);
        if (!story)
            return false;
    }
    m_loading = true;
    m_saved = story.value_or(core::Story{});
    m_dirty = {};
    // setText and setPlainText start each field's undo history afresh.
    m_title->setText(m_saved.title);
    for (StoryPart part : core::StarParts)
        m_parts[partIndex(part)]->setPlainText(m_saved.text(part));
    m_loading = false;
    setEnabled(id != 0);
    showStatus({}, false);
    emit edited(this->story());
    return true;
}

bool StoryEditor::save()
{
    m_timer->stop();
    if (m_saved.id == 0 || !hasPendingChanges())
        return true;
    core::StoryRepository stories(m_db);
    bool ok = true;
    bool wrote = false;
    for (StoryPart part :
         {StoryPart::Title, StoryPart::Situation, StoryPart::Task, StoryPart::Action, StoryPart::Result}) {
        if (!m_dirty[int(part)])
            continue;
        const QString text = shownText(part);
        if (text != m_saved.text(part)) {
            if (!stories.setText(m_saved.id, part, text)) {
                ok = false;
                continue;
            }
            m_saved.setText(part, text);
            wrote = true;
        }
        m_dirty[int(part)] = false;
    }
    if (!ok) {
        const QString message = tr("Not saved: %1. Your text is still here; Rehearse tries again when you type or "
                                   "leave the field.")
                                    .arg(stories.lastError());
        showStatus(message, true);
        emit saveFailed(message);
        return false;
    }
    if (wrote) {
        showStatus(tr("All changes saved."), false);
        emit saved(m_saved.id);
    }
    return true;
}

void StoryEditor::focusTitle()
{
    m_title->setFocus(Qt::ShortcutFocusReason);
    m_title->selectAll();
}

void StoryEditor::onChanged(StoryPart part)
{
    if (m_loading || m_saved.id == 0)
        return;
    m_dirty[int(part)] = true;
    m_timer->start();
    emit edited(story());
}

void StoryEditor::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    ThemeColors::applyTone(m_status, problem ? ThemeColors::Tone::Problem : ThemeColors::Tone::Secondary);
}

bool StoryEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut)
        save();
    return QWidget::eventFilter(watched, event);
}

void StoryEditor::hideEvent(QHideEvent *event)
{
    save();
    QWidget::hideEvent(event);
}

} // namespace rehearse::ui
