#include "ui/HistoryPanel.h"

#include "core/AttemptExport.h"
#include "core/AttemptHistoryModel.h"
#include "core/AttemptRepository.h"
#include "core/ReviewRepository.h"
#include "ui/CompareView.h"
#include "ui/ReviewView.h"
#include "ui/RubricDialog.h"
#include "ui/ThemeColors.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace rehearse::ui {

namespace {

using Score = core::AttemptFilterModel::Score;
const QDate NoDate(2000, 1, 1);

// Tab leaves a date filter for the next control. Qt's date edit steps through its day,
// month and year with Tab, and while it shows "any" it never lets Tab go; arrows, digits
// and the calendar still edit it.
class DateFilter final : public QDateEdit {
public:
    using QDateEdit::QDateEdit;

protected:
    bool focusNextPrevChild(bool next) override { return QWidget::focusNextPrevChild(next); }
};

} // namespace

HistoryPanel::HistoryPanel(QSqlDatabase db, QString dataDir, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_dataDir(std::move(dataDir))
    , m_now([] { return QDateTime::currentDateTime(); })
    , m_model(new core::AttemptHistoryModel(m_db, this))
    , m_filter(new core::AttemptFilterModel(this))
{
    m_filter->setSourceModel(m_model);
    buildUi();
    reload();
}

void HistoryPanel::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
    reloadDue();
}

void HistoryPanel::buildUi()
{
    auto *list = new QWidget(this);
    auto *title = new QLabel(tr("History"), list);
    title->setObjectName(QStringLiteral("panelTitle"));
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    title->setFont(font);
    m_count = new QLabel(list);
    m_count->setObjectName(QStringLiteral("historyCount"));
    ThemeColors::applyTone(m_count, ThemeColors::Tone::Secondary);
    auto *rubric = new QPushButton(tr("Rubric…"), list);
    rubric->setToolTip(tr("Edit the criteria answers are scored on"));

    // Filters.
    m_search = new QLineEdit(list);
    m_search->setObjectName(QStringLiteral("historySearch"));
    m_search->setAccessibleName(tr("Search questions"));
    m_search->setPlaceholderText(tr("Search questions (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_category = new QComboBox(list);
    m_category->setObjectName(QStringLiteral("historyCategory"));
    m_category->setAccessibleName(tr("Category"));
    m_quality = new QComboBox(list);
    m_quality->setObjectName(QStringLiteral("historyQuality"));
    m_quality->setAccessibleName(tr("Quality"));
    m_score = new QComboBox(list);
    m_score->setObjectName(QStringLiteral("historyScore"));
    m_score->setAccessibleName(tr("Score"));
    m_score->addItem(tr("Any score"), int(Score::Any));
    m_score->addItem(tr("Not scored yet"), int(Score::Unscored));
    m_score->addItem(tr("Weak (1–2)"), int(Score::Weak));
    m_score->addItem(tr("Fair (3)"), int(Score::Fair));
    m_score->addItem(tr("Strong (4–5)"), int(Score::Strong));
    const auto dateEdit = [list](const QString &name, const QString &label) {
        auto *edit = new DateFilter(list);
        edit->setObjectName(name);
        edit->setAccessibleName(label);
        edit->setCalendarPopup(true);
        edit->setMinimumDate(NoDate);
        edit->setSpecialValueText(label + QStringLiteral(": ") + tr("any"));
        edit->setDate(NoDate);
        return edit;
    };
    m_from = dateEdit(QStringLiteral("historyFrom"), tr("From"));
    m_to = dateEdit(QStringLiteral("historyTo"), tr("To"));
    auto *clear = new QPushButton(tr("Clear filters"), list);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    filters->addWidget(m_category, 1);
    filters->addWidget(m_quality, 1);
    filters->addWidget(m_score, 1);
    filters->addWidget(m_from);
    filters->addWidget(m_to);
    filters->addWidget(clear);

    // The list, and beside it what is due.
    m_table = new QTableView(list);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setAccessibleName(tr("Your answers"));
    m_table->setTabKeyNavigation(false);
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(core::AttemptHistoryModel::Date, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // The question takes what the short columns leave.
    QHeaderView *header = m_table->horizontalHeader();
    header->setMinimumSectionSize(48);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(core::AttemptHistoryModel::Question, QHeaderView::Stretch);
    header->resizeSection(core::AttemptHistoryModel::Date, 140);
    header->resizeSection(core::AttemptHistoryModel::Category, 95);
    for (int column : {core::AttemptHistoryModel::Length, core::AttemptHistoryModel::Mode,
                       core::AttemptHistoryModel::Overall, core::AttemptHistoryModel::Rubric})
        header->resizeSection(column, 58);
    m_empty = new QLabel(list);
    m_empty->setObjectName(QStringLiteral("historyEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    ThemeColors::applyTone(m_empty, ThemeColors::Tone::Secondary);

    auto *dueBox = new QGroupBox(tr("Due for practice"), list);
    m_due = new QListWidget(dueBox);
    m_due->setObjectName(QStringLiteral("dueList"));
    m_due->setAccessibleName(tr("Due for practice"));
    m_due->setWordWrap(true);
    m_due->setSpacing(3);
    m_due->setResizeMode(QListView::Adjust);
    m_due->setAlternatingRowColors(true);
    m_due->setToolTip(tr("Questions whose review is due, from your scores. Enter or double-click to practise."));
    auto *practise = new QPushButton(tr("Practise it"), dueBox);
    auto *dueLayout = new QVBoxLayout(dueBox);
    dueLayout->addWidget(m_due, 1);
    dueLayout->addWidget(practise);
    dueBox->setMinimumWidth(180);
    dueBox->setMaximumWidth(240);

    auto *tableArea = new QWidget(list);
    auto *tableLayout = new QVBoxLayout(tableArea);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addWidget(m_empty, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, list);
    splitter->addWidget(tableArea);
    splitter->addWidget(dueBox);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    m_message = new QLabel(list);
    m_message->setObjectName(QStringLiteral("historyMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_reviewButton = new QPushButton(tr("Replay and score (Enter)"), list);
    m_reviewButton->setObjectName(QStringLiteral("reviewButton"));
    m_compareButton = new QPushButton(tr("Compare two (Ctrl+D)"), list);
    m_compareButton->setObjectName(QStringLiteral("compareButton"));
    m_exportButton = new QPushButton(tr("Export…"), list);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_folderButton = new QPushButton(tr("Show in folder"), list);
    m_deleteButton = new QPushButton(tr("Delete (Del)"), list);
    m_deleteButton->setObjectName(QStringLiteral("deleteButton"));
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_reviewButton, 2);
    actions->addWidget(m_compareButton, 1);
    actions->addWidget(m_exportButton, 1);
    actions->addWidget(m_folderButton, 1);
    actions->addWidget(m_deleteButton, 1);

    auto *head = new QHBoxLayout;
    head->addWidget(title);
    head->addWidget(m_count, 1, Qt::AlignBottom);
    head->addWidget(rubric);
    auto *layout = new QVBoxLayout(list);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addLayout(head);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    layout->addLayout(actions);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(list);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_pages);

    connect(m_search, &QLineEdit::textChanged, this, &HistoryPanel::applyFilters);
    for (QComboBox *box : {m_category, m_quality, m_score})
        connect(box, &QComboBox::currentIndexChanged, this, &HistoryPanel::applyFilters);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &HistoryPanel::applyFilters);
    connect(clear, &QPushButton::clicked, this, &HistoryPanel::clearFilters);
    connect(rubric, &QPushButton::clicked, this, &HistoryPanel::editRubric);
    connect(m_table, &QTableView::activated, this, &HistoryPanel::reviewSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HistoryPanel::updateActions);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &HistoryPanel::updateActions);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &HistoryPanel::updateActions);
    connect(m_reviewButton, &QPushButton::clicked, this, &HistoryPanel::reviewSelected);
    connect(m_compareButton, &QPushButton::clicked, this, &HistoryPanel::compareSelected);
    connect(m_exportButton, &QPushButton::clicked, this, &HistoryPanel::exportSelected);
    connect(m_folderButton, &QPushButton::clicked, this, &HistoryPanel::showSelectedFile);
    connect(m_deleteButton, &QPushButton::clicked, this, &HistoryPanel::deleteSelected);
    const auto practiseDue = [this](QListWidgetItem *item) {
        if (item && item->data(Qt::UserRole).isValid())
            emit practiseRequested(item->data(Qt::UserRole).toLongLong());
    };
    connect(practise, &QPushButton::clicked, this, [this, practiseDue] { practiseDue(m_due->currentItem()); });
    connect(m_due, &QListWidget::itemActivated, this, practiseDue);

    const auto shortcut = [list](const QKeySequence &keys, QWidget *scope, auto slot) {
        auto *s = new QShortcut(keys, scope);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        QObject::connect(s, &QShortcut::activated, list, slot);
    };
    shortcut(QKeySequence::Find, list, [this] { m_search->setFocus(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_D), list, [this] { compareSelected(); });
    shortcut(QKeySequence::Delete, m_table, [this] { deleteSelected(); });
}

ReviewView *HistoryPanel::reviewView()
{
    if (!m_review) {
        m_review = new ReviewView(m_db, m_dataDir, this);
        m_review->setSpeechQueue(m_speechQueue);
        m_pages->addWidget(m_review);
        connect(m_review, &ReviewView::closeRequested, this, &HistoryPanel::showList);
        connect(m_review, &ReviewView::changed, this, [this] { m_stale = true; });
    }
    return m_review;
}

void HistoryPanel::setSpeechQueue(SpeechAnalysisQueue *queue)
{
    m_speechQueue = queue;
    if (m_review)
        m_review->setSpeechQueue(queue);
}

CompareView *HistoryPanel::compareView()
{
    if (!m_compare) {
        m_compare = new CompareView(m_db, m_dataDir, this);
        m_pages->addWidget(m_compare);
        connect(m_compare, &CompareView::closeRequested, this, &HistoryPanel::showList);
    }
    return m_compare;
}

void HistoryPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale && m_pages->currentIndex() == 0)
        reload();
}

void HistoryPanel::reload()
{
    const QList<qint64> selected = selectedAttempts();
    if (!m_model->reload())
        showMessage(tr("The history could not be read from the database. Restart Rehearse; if it persists, "
                       "see the log in the data folder."),
                    true);
    m_stale = false;
    refreshFilterChoices();
    applyFilters();
    for (qint64 id : selected)
        selectAttempt(id);
    reloadDue();
}

void HistoryPanel::refreshFilterChoices()
{
    const auto refill = [](QComboBox *box, const QString &any, const QStringList &values) {
        const QString current = box->currentData().toString();
        const QSignalBlocker blocker(box);
        box->clear();
        box->addItem(any, QString());
        for (const QString &value : values)
            box->addItem(value, value);
        box->setCurrentIndex(std::max(0, box->findData(current)));
    };
    refill(m_category, tr("All categories"), m_model->categories());
    refill(m_quality, tr("All qualities"), m_model->qualities());
}

void HistoryPanel::applyFilters()
{
    m_filter->setText(m_search->text());
    m_filter->setCategory(m_category->currentData().toString());
    m_filter->setQuality(m_quality->currentData().toString());
    m_filter->setScore(static_cast<Score>(m_score->currentData().toInt()));
    m_filter->setDateRange(m_from->date() == NoDate ? QDate() : m_from->date(),
                           m_to->date() == NoDate ? QDate() : m_to->date());

    const int shown = m_filter->rowCount();
    const int all = m_model->rowCount();
    if (shown != all)
        m_count->setText(tr("%1 of %2 answers").arg(shown).arg(all));
    else
        m_count->setText(all == 1 ? tr("1 answer") : tr("%1 answers").arg(all));
    const bool empty = shown == 0;
    m_table->setVisible(!empty);
    m_empty->setVisible(empty);
    m_empty->setText(all == 0 ? tr("No answers yet. Record one in Practice (Ctrl+4); it appears here to replay "
                                   "and score.")
                              : tr("No answer matches these filters. Clear filters to see all %1.").arg(all));
    updateActions();
}

void HistoryPanel::clearFilters()
{
    m_search->clear();
    m_category->setCurrentIndex(0);
    m_quality->setCurrentIndex(0);
    m_score->setCurrentIndex(0);
    m_from->setDate(NoDate);
    m_to->setDate(NoDate);
    m_filter->setQuestionId(0);
    applyFilters();
}

void HistoryPanel::reloadDue()
{
    // Due today means due by the end of the local day.
    const QDateTime now = m_now();
    QDateTime endOfDay = now;
    endOfDay.setDate(now.date().addDays(1));
    endOfDay.setTime(QTime(0, 0));
    m_due->clear();
    const QList<core::DueQuestion> due = core::ReviewRepository(m_db).dueBy(endOfDay);
    for (const core::DueQuestion &question : due) {
        auto *item = new QListWidgetItem(question.text, m_due);
        item->setData(Qt::UserRole, question.questionId);
        const QDateTime at = question.dueAt.toLocalTime();
        item->setToolTip(at < now ? tr("Last score %1; due since %2")
                                        .arg(question.lastScore)
                                        .arg(QLocale().toString(at, QLocale::ShortFormat))
                                  : tr("Last score %1; due today").arg(question.lastScore));
    }
    if (due.isEmpty()) {
        auto *item = new QListWidgetItem(tr("Nothing due today. Scored answers bring their questions back here: "
                                            "weak ones soon, strong ones later."),
                                         m_due);
        item->setFlags(Qt::NoItemFlags);
    }
}

QList<qint64> HistoryPanel::selectedAttempts() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids << index.data(core::AttemptHistoryModel::AttemptIdRole).toLongLong();
    return ids;
}

void HistoryPanel::selectAttempt(qint64 attemptId)
{
    const int sourceRow = m_model->rowOf(attemptId);
    if (sourceRow < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return;
    m_table->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    m_table->scrollTo(index);
}

void HistoryPanel::updateActions()
{
    const QList<qint64> selected = selectedAttempts();
    m_reviewButton->setEnabled(selected.size() == 1);
    m_exportButton->setEnabled(selected.size() == 1);
    m_folderButton->setEnabled(selected.size() == 1);
    m_deleteButton->setEnabled(!selected.isEmpty());
    bool sameQuestion = false;
    if (selected.size() == 2) {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        sameQuestion = rows.at(0).data(core::AttemptHistoryModel::QuestionIdRole)
            == rows.at(1).data(core::AttemptHistoryModel::QuestionIdRole);
    }
    m_compareButton->setEnabled(sameQuestion);
    m_compareButton->setToolTip(sameQuestion ? tr("Play the two answers side by side")
                                             : tr("Select two answers to the same question (Ctrl+click)"));
}

bool HistoryPanel::review(qint64 attemptId)
{
    if (!reviewView()->showAttempt(attemptId)) {
        showMessage(tr("That answer no longer exists."), true);
        return false;
    }
    m_pages->setCurrentWidget(m_review);
    return true;
}

bool HistoryPanel::compare(qint64 first, qint64 second)
{
    if (!compareView()->compare(first, second)) {
        showMessage(tr("One of the two answers no longer exists."), true);
        return false;
    }
    m_pages->setCurrentWidget(m_compare);
    return true;
}

void HistoryPanel::showList()
{
    if (m_review)
        m_review->saveNotes();
    m_pages->setCurrentIndex(0);
    if (m_stale)
        reload();
    m_table->setFocus();
}

void HistoryPanel::reviewSelected()
{
    const QList<qint64> selected = selectedAttempts();
    if (selected.size() == 1)
        review(selected.first());
    else if (m_table->currentIndex().isValid())
        review(m_table->currentIndex().data(core::AttemptHistoryModel::AttemptIdRole).toLongLong());
}

void HistoryPanel::compareSelected()
{
    const QList<qint64> selected = selectedAttempts();
    if (selected.size() == 2 && m_compareButton->isEnabled())
        compare(selected.at(0), selected.at(1));
}

void HistoryPanel::deleteSelected()
{
    const QList<qint64> selected = selectedAttempts();
    if (selected.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Delete Answers"),
        selected.size() == 1
            ? tr("Delete this answer with its recording, scores, notes and bookmarks? This cannot be undone.")
            : tr("Delete these %1 answers with their recordings, scores, notes and bookmarks? This cannot be undone.")
                  .arg(selected.size()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    for (qint64 id : selected) {
        if (!removeAttempt(id))
            break;
    }
}

bool HistoryPanel::removeAttempt(qint64 attemptId)
{
    QString error;
    const bool removed = core::AttemptRepository(m_db, m_dataDir).remove(attemptId, &error);
    reload();
    if (removed)
        showMessage(tr("Answer deleted."), false);
    else
        showMessage(error, true);
    return removed;
}

void HistoryPanel::exportSelected()
{
    const QList<qint64> selected = selectedAttempts();
    if (selected.size() != 1)
        return;
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export to Folder"), QDir::homePath());
    if (!folder.isEmpty())
        exportAttempt(selected.first(), folder);
}

bool HistoryPanel::exportAttempt(qint64 attemptId, const QString &folder)
{
    const core::AttemptExport::Result result = core::AttemptExport(m_db, m_dataDir).exportTo(attemptId, folder);
    if (!result.ok()) {
        showMessage(result.error, true);
        return false;
    }
    showMessage(result.recording.isEmpty()
                    ? tr("Exported %1.").arg(QDir::toNativeSeparators(result.summary))
                    : tr("Exported %1 and %2.")
                          .arg(QDir::toNativeSeparators(result.recording), QDir::toNativeSeparators(result.summary)),
                false);
    return true;
}

void HistoryPanel::showSelectedFile()
{
    const QList<qint64> selected = selectedAttempts();
    if (selected.size() != 1)
        return;
    const std::optional<core::Attempt> attempt = core::AttemptRepository(m_db, m_dataDir).get(selected.first());
    if (!attempt)
        return;
    const QFileInfo file(QDir(m_dataDir).filePath(attempt->file));
    if (!file.exists()) {
        showMessage(tr("The recording %1 is missing.").arg(QDir::toNativeSeparators(file.filePath())), true);
        return;
    }
    // File managers differ in how they select a file; opening its folder works everywhere.
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(file.absolutePath())))
        showMessage(tr("No file manager could open %1.").arg(QDir::toNativeSeparators(file.absolutePath())), true);
}

void HistoryPanel::editRubric()
{
    RubricDialog dialog(m_db, this);
    dialog.exec();
    reload();
}

void HistoryPanel::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    ThemeColors::applyBox(m_message, problem ? ThemeColors::Tone::Problem : ThemeColors::Tone::Normal);
    m_message->show();
}

QString HistoryPanel::message() const
{
    return m_message->isVisible() || !m_message->text().isEmpty() ? m_message->text() : QString();
}

} // namespace rehearse::ui
