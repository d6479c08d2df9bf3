#include "ui/StoryLinks.h"

#include "core/DataStamp.h"
#include "core/StoryRepository.h"

#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace rehearse::ui {

namespace {

constexpr int IdRole = Qt::UserRole;

QLabel *heading(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QString questionLine(const core::StoryQuestion &question)
{
    return question.text.simplified();
}

} // namespace

StoryLinks::StoryLinks(QSqlDatabase db, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_title(heading(this))
    , m_linked(new QListWidget(this))
    , m_unlink(new QPushButton(tr("Unlink"), this))
    , m_search(new QLineEdit(this))
    , m_results(new QListWidget(this))
    , m_link(new QPushButton(tr("Link"), this))
{
    m_linked->setObjectName(QStringLiteral("storyQuestions"));
    m_linked->setAccessibleName(tr("Questions this story answers"));
    m_linked->setToolTip(tr("Practice shows the story as a cue card for these questions. Delete unlinks one."));
    m_linked->setWordWrap(true);
    // Room for three linked questions; the search results get the rest.
    m_linked->setMaximumHeight(m_linked->fontMetrics().lineSpacing() * 3 + 2 * m_linked->frameWidth() + 6);
    m_title->setBuddy(m_linked);
    m_unlink->setObjectName(QStringLiteral("unlinkQuestion"));
    m_unlink->setToolTip(tr("Unlink the selected question (Delete)"));
    m_search->setObjectName(QStringLiteral("questionSearch"));
    m_search->setAccessibleName(tr("Find a question to link"));
    m_search->setPlaceholderText(tr("Find a question to link (Ctrl+L), then Enter"));
    m_search->setClearButtonEnabled(true);
    m_results->setObjectName(QStringLiteral("questionResults"));
    m_results->setAccessibleName(tr("Questions to link"));
    m_results->setWordWrap(true);
    m_results->setAlternatingRowColors(true);
    m_link->setObjectName(QStringLiteral("linkQuestion"));
    m_link->setToolTip(tr("Link the selected question to this story (Enter)"));

    auto *head = new QHBoxLayout;
    head->addWidget(m_title, 1);
    head->addWidget(m_unlink);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_link);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(head);
    layout->addWidget(m_linked);
    layout->addLayout(searchRow);
    layout->addWidget(m_results, 1);

    connect(m_search, &QLineEdit::textChanged, this, &StoryLinks::search);
    connect(m_search, &QLineEdit::returnPressed, this, &StoryLinks::linkCurrentResult);
    connect(m_results, &QListWidget::itemActivated, this, &StoryLinks::linkCurrentResult);
    connect(m_link, &QPushButton::clicked, this, &StoryLinks::linkCurrentResult);
    connect(m_unlink, &QPushButton::clicked, this, &StoryLinks::unlinkCurrent);
    auto *remove = new QShortcut(QKeySequence::Delete, m_linked);
    remove->setContext(Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &StoryLinks::unlinkCurrent);
    auto *down = new QShortcut(QKeySequence(Qt::Key_Down), m_search);
    down->setContext(Qt::WidgetShortcut);
    connect(down, &QShortcut::activated, this, [this] {
        m_results->setFocus();
        if (!m_results->currentItem() && m_results->count() > 0)
            m_results->setCurrentRow(0);
    });

    setStory(0);
}

void StoryLinks::setStory(qint64 id)
{
    m_storyId = id;
    setEnabled(id != 0);
    reload();
}

void StoryLinks::reload()
{
    fillLinked();
    search();
}

void StoryLinks::fillLinked()
{
    m_linked->clear();
    for (const core::StoryQuestion &question : core::StoryRepository(m_db).questions(m_storyId)) {
        auto *item = new QListWidgetItem(questionLine(question), m_linked);
        item->setData(IdRole, question.id);
        item->setToolTip(question.text);
    }
    if (m_linked->count() == 0 && m_storyId != 0) {
        auto *item = new QListWidgetItem(tr("None yet. Link the questions this story answers: Practice then shows "
                                            "it as a cue card."),
                                         m_linked);
        item->setFlags(Qt::NoItemFlags);
    }
    m_unlink->setEnabled(m_linked->count() > 0 && m_linked->item(0)->data(IdRole).isValid());
    updateTitle();
}

void StoryLinks::search()
{
    const int generation = ++m_searchGeneration;
    if (m_storyId == 0) {
        showResults({});
        return;
    }
    m_searchPending = true;
    m_found = QtConcurrent::run([path = m_db.databaseName(), story = m_storyId, text = m_search->text()] {
        const core::WorkerConnection connection(path);
        return core::StoryRepository(connection.database()).findQuestions(story, text);
    });
    auto *watcher = new QFutureWatcher<QList<core::StoryQuestion>>(this);
    connect(watcher, &QFutureWatcher<QList<core::StoryQuestion>>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_searchGeneration && m_searchPending)
            showResults(m_found.result());
    });
    watcher->setFuture(m_found);
}

void StoryLinks::waitForSearch()
{
    if (m_searchPending)
        showResults(m_found.result()); // result() waits
}

QListWidget *StoryLinks::resultList()
{
    waitForSearch();
    return m_results;
}

void StoryLinks::showResults(const QList<core::StoryQuestion> &found)
{
    m_searchPending = false;
    m_results->clear();
    for (const core::StoryQuestion &question : found) {
        auto *item = new QListWidgetItem(questionLine(question), m_results);
        item->setData(IdRole, question.id);
        item->setToolTip(question.category.isEmpty() ? question.text
                                                     : QStringLiteral("%1 (%2)").arg(question.text, question.category));
    }
    if (m_results->count() > 0)
        m_results->setCurrentRow(0);
    m_link->setEnabled(m_results->count() > 0);
}

void StoryLinks::updateTitle()
{
    int linked = 0;
    for (int row = 0; row < m_linked->count(); ++row) {
        if (m_linked->item(row)->data(IdRole).isValid())
            ++linked;
    }
    m_title->setText(linked == 0 ? tr("Q&uestions it answers") : tr("Q&uestions it answers (%1)").arg(linked));
}

bool StoryLinks::link(qint64 questionId)
{
    core::StoryRepository stories(m_db);
    if (m_storyId == 0 || !stories.link(m_storyId, questionId)) {
        emit saveFailed(tr("The question could not be linked: %1").arg(stories.lastError()));
        return false;
    }
    fillLinked();
    search();
    emit changed(m_storyId);
    return true;
}

bool StoryLinks::unlink(qint64 questionId)
{
    core::StoryRepository stories(m_db);
    if (m_storyId == 0 || !stories.unlink(m_storyId, questionId)) {
        emit saveFailed(tr("The question could not be unlinked: %1").arg(stories.lastError()));
        return false;
    }
    fillLinked();
    search();
    emit changed(m_storyId);
    return true;
}

void StoryLinks::linkCurrentResult()
{
    waitForSearch(); // Enter right after typing links what was typed for
    QListWidgetItem *item = m_results->currentItem();
    if (!item && m_results->count() > 0)
        item = m_results->item(0);
    if (item)
        link(item->data(IdRole).toLongLong());
}

void StoryLinks::unlinkCurrent()
{
    QListWidgetItem *item = m_linked->currentItem();
    if (!item && m_linked->count() == 1)
        item = m_linked->item(0);
    if (item && item->data(IdRole).isValid())
        unlink(item->data(IdRole).toLongLong());
}

void StoryLinks::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

} // namespace rehearse::ui
