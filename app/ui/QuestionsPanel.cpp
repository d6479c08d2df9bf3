#include "ui/QuestionsPanel.h"

#include "core/Database.h"
#include "core/PackRepository.h"
#include "core/QuestionBankModel.h"
#include "ui/HighlightDelegate.h"
#include "ui/QuestionDialog.h"
#include "ui/ThemeColors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPromise>
#include <QPushButton>
#include <QShortcut>
#include <QShowEvent>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace rehearse::ui {

namespace {

const auto OwnOnly = QStringLiteral("\x01own");
using Practice = core::BankFilter::Practice;

} // namespace

QuestionsPanel::QuestionsPanel(core::Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_model(new core::QuestionBankModel(database, this))
    , m_highlight(new HighlightDelegate(this))
{
    buildUi();
    connect(m_model, &core::QuestionBankModel::totalChanged, this, &QuestionsPanel::updateCount);
    fillFilterChoices();
    applyFilter();
}

QuestionsPanel::~QuestionsPanel() = default;

void QuestionsPanel::buildUi()
{
    auto *title = new QLabel(tr("Questions"), this);
    title->setObjectName(QStringLiteral("panelTitle"));
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    title->setFont(font);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("questionCount"));
    ThemeColors::applyTone(m_count, ThemeColors::Tone::Secondary);
    auto *importButton = new QPushButton(tr("Import…"), this);
    importButton->setToolTip(tr("Add questions from a CSV or JSON file (Ctrl+I)"));
    auto *exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setToolTip(tr("Save the questions shown to a CSV or JSON file"));

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("questionSearch"));
    m_search->setAccessibleName(tr("Search questions"));
    m_search->setPlaceholderText(tr("Search questions and tags as you type (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    const auto combo = [this](const QString &name, const QString &label) {
        auto *box = new QComboBox(this);
        box->setObjectName(name);
        box->setAccessibleName(label);
        box->setToolTip(label);
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(8); // five in a row fit 960 px (1920 at 200 %)
        return box;
    };
    m_pack = combo(QStringLiteral("filterPack"), tr("Pack"));
    m_category = combo(QStringLiteral("filterCategory"), tr("Category"));
    m_stage = combo(QStringLiteral("filterStage"), tr("Stage"));
    m_quality = combo(QStringLiteral("filterQuality"), tr("Quality"));
    m_practice = combo(QStringLiteral("filterPractice"), tr("Practice"));
    m_practice->addItem(tr("Any practice"), int(Practice::Any));
    m_practice->addItem(tr("Never practised"), int(Practice::Never));
    m_practice->addItem(tr("Due for review"), int(Practice::Due));
    m_practice->addItem(tr("Practised"), int(Practice::Practised));
    m_hidden = new QCheckBox(tr("Hidden too"), this);
    m_hidden->setObjectName(QStringLiteral("filterHidden"));
    m_hidden->setToolTip(tr("Also list the questions you hid"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("questionTable"));
    m_table->setAccessibleName(tr("Questions"));
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move in it
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(core::QuestionBank::Text, m_highlight);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(core::QuestionBank::Text, QHeaderView::Stretch);
    header->setMinimumSectionSize(40);
    header->resizeSection(core::QuestionBank::Category, 90);
    header->resizeSection(core::QuestionBank::Stage, 95);
    header->resizeSection(core::QuestionBank::Qualities, 110);
    header->resizeSection(core::QuestionBank::Tags, 75);
    header->resizeSection(core::QuestionBank::Practised, 40);
    header->resizeSection(core::QuestionBank::LastScore, 40);
    header->resizeSection(core::QuestionBank::NextDue, 75);
    // No sort until the user asks: the bank's own order needs no sorting at all.
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("questionMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *newButton = new QPushButton(tr("New (Ctrl+N)"), this);
    newButton->setObjectName(QStringLiteral("newQuestion"));
    m_edit = new QPushButton(tr("Open (Enter)"), this);
    m_copy = new QPushButton(tr("Copy to mine"), this);
    m_copy->setObjectName(QStringLiteral("copyQuestion"));
    m_hide = new QPushButton(tr("Hide"), this);
    m_hide->setObjectName(QStringLiteral("hideQuestion"));
    m_delete = new QPushButton(tr("Delete (Del)"), this);
    m_delete->setObjectName(QStringLiteral("deleteQuestion"));
    m_practise = new QPushButton(tr("Practise it (Ctrl+Return)"), this);
    m_practise->setObjectName(QStringLiteral("practiseQuestion"));

    auto *head = new QHBoxLayout;
    head->addWidget(title);
    head->addWidget(m_count, 1, Qt::AlignBottom);
    head->addWidget(importButton);
    head->addWidget(exportButton);
    auto *filters = new QHBoxLayout;
    for (QComboBox *box : {m_pack, m_category, m_stage, m_quality, m_practice})
        filters->addWidget(box, 1);
    filters->addWidget(m_hidden);
    auto *actions = new QHBoxLayout;
    actions->addWidget(newButton);
    actions->addWidget(m_edit);
    actions->addWidget(m_copy);
    actions->addWidget(m_hide);
    actions->addWidget(m_delete);
    actions->addStretch();
    actions->addWidget(m_practise);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addLayout(head);
    layout->addWidget(m_search);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(actions);

    connect(m_search, &QLineEdit::textChanged, this, &QuestionsPanel::applyFilter);
    for (QComboBox *box : {m_pack, m_category, m_stage, m_quality, m_practice})
        connect(box, &QComboBox::currentIndexChanged, this, &QuestionsPanel::applyFilter);
    connect(m_hidden, &QCheckBox::toggled, this, &QuestionsPanel::applyFilter);
    connect(m_table, &QTableView::activated, this, &QuestionsPanel::editCurrent);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &QuestionsPanel::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &QuestionsPanel::updateActions);
    connect(newButton, &QPushButton::clicked, this, &QuestionsPanel::newQuestion);
    connect(m_edit, &QPushButton::clicked, this, &QuestionsPanel::editCurrent);
    connect(m_copy, &QPushButton::clicked, this, &QuestionsPanel::copyCurrent);
    connect(m_hide, &QPushButton::clicked, this, &QuestionsPanel::toggleHidden);
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteCurrent(true); });
    connect(m_practise, &QPushButton::clicked, this, &QuestionsPanel::practiseCurrent);
    connect(importButton, &QPushButton::clicked, this, &QuestionsPanel::chooseImport);
    connect(exportButton, &QPushButton::clicked, this, &QuestionsPanel::chooseExport);

    const auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence::Find, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_N), [this] { newQuestion(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_I), [this] { chooseImport(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { practiseCurrent(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), [this] { practiseCurrent(); });
    auto *remove = new QShortcut(QKeySequence::Delete, m_table);
    remove->setContext(Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, [this] { deleteCurrent(true); });
    // Down from the search box goes to the results.
    auto *down = new QShortcut(QKeySequence(Qt::Key_Down), m_search);
    down->setContext(Qt::WidgetShortcut);
    connect(down, &QShortcut::activated, this, [this] {
        m_table->setFocus();
        if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
            m_table->setCurrentIndex(m_model->index(0, 0));
    });
}

void QuestionsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!event->spontaneous())
        m_search->setFocus();
}

void QuestionsPanel::fillFilterChoices()
{
    const auto refill = [](QComboBox *box, const QString &any, const QList<std::pair<QString, QString>> &items) {
        const QString current = box->currentData().toString();
        const QSignalBlocker blocker(box);
        box->clear();
        box->addItem(any, QString());
        for (const auto &[label, value] : items)
            box->addItem(label, value);
        box->setCurrentIndex(std::max(0, box->findData(current)));
    };
    QList<std::pair<QString, QString>> packs;
    for (const core::PackRepository::Entry &pack : core::PackRepository(m_database.connection()).installed())
        packs.append({pack.title(), pack.slug});
    packs.append({tr("My own questions"), OwnOnly});
    refill(m_pack, tr("All packs and mine"), packs);

    const core::QuestionBank bank(m_database.connection());
    QList<std::pair<QString, QString>> categories;
    for (const QString &category : bank.categories())
        categories.append({category, category});
    refill(m_category, tr("All categories"), categories);
    // Stages and qualities by name: packs that share a name share the filter.
    QList<std::pair<QString, QString>> stages;
    QStringList seen;
    for (const core::QuestionBank::Choice &stage : bank.stages()) {
        if (!seen.contains(stage.name)) {
            seen << stage.name;
            stages.append({stage.name, stage.name});
        }
    }
    refill(m_stage, tr("All stages"), stages);
    QList<std::pair<QString, QString>> qualities;
    seen.clear();
    for (const core::QuestionBank::Choice &quality : bank.qualities()) {
        if (!seen.contains(quality.name)) {
            seen << quality.name;
            qualities.append({quality.name, quality.name});
        }
    }
    refill(m_quality, tr("All qualities"), qualities);
}

void QuestionsPanel::applyFilter()
{
    core::BankFilter filter;
    filter.search = m_search->text();
    const QString pack = m_pack->currentData().toString();
    filter.ownOnly = pack == OwnOnly;
    filter.packSlug = filter.ownOnly ? QString() : pack;
    filter.category = m_category->currentData().toString();
    filter.stage = m_stage->currentData().toString();
    filter.quality = m_quality->currentData().toString();
    filter.practice = static_cast<Practice>(m_practice->currentData().toInt());
    filter.includeHidden = m_hidden->isChecked();
    m_highlight->setWords(core::QuestionBank::searchWords(filter.search));
    m_model->setFilter(filter);
}

void QuestionsPanel::refresh()
{
    const qint64 current = currentQuestion();
    fillFilterChoices();
    m_model->refresh();
    if (current)
        selectQuestion(current);
}

void QuestionsPanel::applyPlan(const core::InterviewPlan &plan)
{
    if (!plan.isSet())
        return;
    QString stage;
    for (const core::PackStage &candidate : core::PackRepository(m_database.connection()).load(plan.packSlug).stages) {
        if (candidate.id == plan.stageSlug)
            stage = candidate.title;
    }
    {
        const QSignalBlocker packBlocker(m_pack);
        const QSignalBlocker stageBlocker(m_stage);
        m_pack->setCurrentIndex(std::max(0, m_pack->findData(plan.packSlug)));
        m_stage->setCurrentIndex(std::max(0, m_stage->findData(stage)));
    }
    applyFilter();
}

void QuestionsPanel::updateCount(int total)
{
    if (total < 0) {
        m_count->setText(tr("counting…"));
        return;
    }
    const QString number = QLocale().toString(total);
    m_count->setText(total == 1 ? tr("1 question") : tr("%1 questions").arg(number));
    if (total == 0) {
        m_message->setText(m_search->text().trimmed().isEmpty()
                               ? tr("No question matches these filters.")
                               : tr("No question has words starting with “%1”. Check the spelling or clear a filter.")
                                     .arg(m_search->text().simplified()));
        ThemeColors::applyBox(m_message, ThemeColors::Tone::Normal);
        m_message->show();
    } else if (m_message->text().startsWith(tr("No question"))) {
        m_message->hide();
    }
}

QString QuestionsPanel::countText() const
{
    return m_count->text();
}

QString QuestionsPanel::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

qint64 QuestionsPanel::currentQuestion() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.data(core::QuestionBankModel::IdRole).toLongLong() : 0;
}

void QuestionsPanel::selectQuestion(qint64 id)
{
    int row = m_model->rowOf(id);
    while (row < 0 && m_model->canFetchMore({})) {
        m_model->fetchMore({});
        row = m_model->rowOf(id);
    }
    if (row < 0)
        return;
    m_table->setCurrentIndex(m_model->index(row, 0));
    m_table->scrollTo(m_table->currentIndex());
}

void QuestionsPanel::updateActions()
{
    const QModelIndex index = m_table->currentIndex();
    const bool selected = index.isValid();
    const bool own = selected && index.data(core::QuestionBankModel::OwnRole).toBool();
    const bool hidden = selected && index.data(core::QuestionBankModel::HiddenRole).toBool();
    m_edit->setEnabled(selected);
    m_edit->setText(own || !selected ? tr("Edit (Enter)") : tr("Open (Enter)"));
    m_copy->setEnabled(selected);
    m_copy->setText(own ? tr("Duplicate") : tr("Copy to mine"));
    m_hide->setEnabled(selected);
    m_hide->setText(hidden ? tr("Show again") : tr("Hide"));
    m_delete->setEnabled(own);
    m_delete->setToolTip(own || !selected ? QString() : tr("Pack questions cannot be deleted; hide them instead."));
    m_practise->setEnabled(selected && !hidden);
}

void QuestionsPanel::newQuestion()
{
    core::QuestionBank bank(m_database.connection());
    core::QuestionDraft draft;
    draft.category = m_category->currentData().toString();
    QuestionDialog dialog(bank, draft, false, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const qint64 id = bank.add(dialog.draft());
    if (id == 0) {
        showMessage(tr("The question was not saved: %1").arg(bank.lastError()), true);
        return;
    }
    refresh();
    selectQuestion(id);
    if (currentQuestion() != id)
        showMessage(tr("Question added. The filters hide it; clear them to see it."), false);
}

void QuestionsPanel::editCurrent()
{
    const qint64 id = currentQuestion();
    if (id == 0)
        return;
    core::QuestionBank bank(m_database.connection());
    const std::optional<core::QuestionDraft> draft = bank.draft(id);
    if (!draft)
        return;
    const bool own = bank.isOwn(id);
    QuestionDialog dialog(bank, *draft, !own, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const bool saved = own ? bank.update(id, dialog.draft()) : bank.setTags(id, dialog.draft().tags);
    if (!saved) {
        showMessage(tr("The change was not saved: %1").arg(bank.lastError()), true);
        return;
    }
    refresh();
}

void QuestionsPanel::copyCurrent()
{
    const qint64 id = currentQuestion();
    if (id == 0)
        return;
    core::QuestionBank bank(m_database.connection());
    const qint64 copy = bank.copy(id);
    if (copy == 0) {
        showMessage(tr("The question was not copied: %1").arg(bank.lastError()), true);
        return;
    }
    refresh();
    selectQuestion(copy);
    showMessage(tr("Copied into your own questions; Enter edits it."), false);
}

void QuestionsPanel::deleteCurrent(bool ask)
{
    const qint64 id = currentQuestion();
    core::QuestionBank bank(m_database.connection());
    if (id == 0 || !bank.isOwn(id))
        return;
    if (ask
        && QMessageBox::question(this, tr("Delete Question"),
                                 tr("Delete this question? Its recorded answers, if any, stay in History."),
                                 QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Yes) {
        return;
    }
    const int row = m_table->currentIndex().row();
    switch (bank.remove(id)) {
    case core::QuestionBank::Removal::Deleted:
        showMessage(tr("Question deleted."), false);
        break;
    case core::QuestionBank::Removal::Archived:
        showMessage(tr("Question removed from the bank. It has recorded answers, so it is kept for History."), false);
        break;
    case core::QuestionBank::Removal::Failed:
        showMessage(tr("The question was not deleted: %1").arg(bank.lastError()), true);
        return;
    }
    refresh();
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(std::min(row, m_model->rowCount() - 1), 0));
}

void QuestionsPanel::toggleHidden()
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return;
    const bool hidden = !index.data(core::QuestionBankModel::HiddenRole).toBool();
    core::QuestionBank bank(m_database.connection());
    if (!bank.setHidden(index.data(core::QuestionBankModel::IdRole).toLongLong(), hidden)) {
        showMessage(tr("Not changed: %1").arg(bank.lastError()), true);
        return;
    }
    showMessage(hidden ? tr("Hidden: it no longer comes up in practice. Tick “Hidden too” to find it again.")
                       : tr("Shown again."),
                false);
    refresh();
}

void QuestionsPanel::practiseCurrent()
{
    const qint64 id = currentQuestion();
    if (id != 0 && m_practise->isEnabled())
        emit practiseRequested(id);
}

void QuestionsPanel::chooseImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Questions"), QDir::homePath(),
                                                      tr("Questions (*.csv *.json);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void QuestionsPanel::chooseExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Questions"),
                                                      QDir::home().filePath(QStringLiteral("questions.csv")),
                                                      tr("CSV (*.csv);;JSON (*.json)"));
    if (!path.isEmpty())
        exportTo(path);
}

void QuestionsPanel::setImportConfirmation(std::function<bool(const core::QuestionTransfer::Preview &)> confirm)
{
    m_confirm = std::move(confirm);
}

void QuestionsPanel::importFile(const QString &path)
{
    if (m_importing) {
        showMessage(tr("An import is already running."), false);
        return;
    }
    m_importing = true;
    showMessage(tr("Reading %1…").arg(QDir::toNativeSeparators(path)), false);
    auto *watcher = new QFutureWatcher<core::QuestionTransfer::Preview>(this);
    connect(watcher, &QFutureWatcher<core::QuestionTransfer::Preview>::finished, this, [this, watcher, path] {
        const core::QuestionTransfer::Preview preview = watcher->result();
        watcher->deleteLater();
        if (!preview.error.isEmpty()) {
            m_importing = false;
            showMessage(tr("Nothing was imported from %1: %2").arg(QDir::toNativeSeparators(path), preview.error),
                        true);
            return;
        }
        if (!confirmImport(preview)) {
            m_importing = false;
            showMessage(tr("Import cancelled; nothing was added."), false);
            return;
        }
        runImport(preview);
    });
    core::Database *database = &m_database;
    watcher->setFuture(QtConcurrent::run([database, path] {
        core::QuestionTransfer::Preview preview = core::QuestionTransfer(database->connection()).preview(path);
        database->releaseConnection();
        return preview;
    }));
}

bool QuestionsPanel::confirmImport(const core::QuestionTransfer::Preview &preview)
{
    if (m_confirm)
        return m_confirm(preview);
    QStringList summary;
    summary << (preview.toAdd.size() == 1 ? tr("1 question will be added.")
                                          : tr("%1 questions will be added.").arg(preview.toAdd.size()));
    if (preview.duplicates > 0)
        summary << (preview.duplicates == 1 ? tr("1 duplicate will be skipped.")
                                            : tr("%1 duplicates will be skipped.").arg(preview.duplicates));
    if (!preview.issues.isEmpty())
        summary
            << (preview.issues.size() == 1
                    ? tr("1 row is malformed and will be left out; see the details.")
                    : tr("%1 rows are malformed and will be left out; see the details.").arg(preview.issues.size()));
    QStringList details;
    for (const core::QuestionTransfer::Issue &issue : preview.issues)
        details << issue.toString();
    for (const core::QuestionTransfer::Issue &warning : preview.warnings)
        details << warning.toString();
    QStringList first;
    for (int i = 0; i < std::min<qsizetype>(3, preview.toAdd.size()); ++i)
        first << QStringLiteral("• ") + preview.toAdd.at(i).text;
    QMessageBox box(QMessageBox::Question, tr("Import Questions"), summary.join(QLatin1Char(' ')),
                    QMessageBox::NoButton, this);
    if (!first.isEmpty())
        box.setInformativeText(tr("First to be added:\n%1").arg(first.join(QLatin1Char('\n'))));
    if (!details.isEmpty())
        box.setDetailedText(details.join(QLatin1Char('\n')));
    QPushButton *import = box.addButton(tr("Import"), QMessageBox::AcceptRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    import->setEnabled(!preview.toAdd.isEmpty());
    box.setDefaultButton(preview.toAdd.isEmpty() ? cancel : import);
    box.exec();
    return box.clickedButton() == import;
}

void QuestionsPanel::runImport(const core::QuestionTransfer::Preview &preview)
{
    auto *progress = new QProgressDialog(tr("Importing questions…"), tr("Cancel"), 0, int(preview.toAdd.size()), this);
    progress->setWindowTitle(tr("Import Questions"));
    progress->setMinimumDuration(300);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    auto *watcher = new QFutureWatcher<core::QuestionTransfer::Result>(this);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, progress, &QProgressDialog::setValue);
    connect(progress, &QProgressDialog::canceled, watcher, &QFutureWatcherBase::cancel);
    connect(watcher, &QFutureWatcher<core::QuestionTransfer::Result>::finished, this, [this, watcher, progress] {
        progress->deleteLater();
        watcher->deleteLater();
        m_importing = false;
        core::QuestionTransfer::Result result;
        if (watcher->future().resultCount() > 0)
            result = watcher->result();
        else
            result.cancelled = true;
        if (result.cancelled) {
            showMessage(tr("Import cancelled; nothing was added."), false);
        } else if (!result.error.isEmpty()) {
            showMessage(tr("Nothing was imported: %1").arg(result.error), true);
        } else {
            const QString added = result.added == 1 ? tr("Added 1 question.")
                                                    : tr("Added %1 questions.").arg(QLocale().toString(result.added));
            const QString skipped = result.duplicates == 0 ? QString()
                : result.duplicates == 1                   ? tr("Skipped 1 duplicate.")
                                         : tr("Skipped %1 duplicates.").arg(QLocale().toString(result.duplicates));
            showMessage(skipped.isEmpty() ? added : added + QLatin1Char(' ') + skipped, false);
            refresh();
        }
        emit importFinished(result);
    });
    core::Database *database = &m_database;
    watcher->setFuture(QtConcurrent::run([database, preview](QPromise<core::QuestionTransfer::Result> &promise) {
        promise.setProgressRange(0, int(preview.toAdd.size()));
        core::QuestionTransfer::Result result
            = core::QuestionTransfer(database->connection()).import(preview, [&promise](int done, int) {
                  promise.setProgressValue(done);
                  return !promise.isCanceled();
              });
        database->releaseConnection();
        promise.addResult(result);
    }));
}

bool QuestionsPanel::exportTo(const QString &path)
{
    const QList<qint64> ids = m_model->allIds();
    core::QuestionTransfer transfer(m_database.connection());
    QString error;
    const bool json = path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive);
    if (!(json ? transfer.exportJson(ids, path, &error) : transfer.exportCsv(ids, path, &error))) {
        showMessage(tr("Nothing was exported: %1").arg(error), true);
        return false;
    }
    showMessage(ids.size() == 1
                    ? tr("Exported 1 question to %1.").arg(QDir::toNativeSeparators(path))
                    : tr("Exported %1 questions to %2.").arg(ids.size()).arg(QDir::toNativeSeparators(path)),
                false);
    return true;
}

void QuestionsPanel::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    ThemeColors::applyBox(m_message, problem ? ThemeColors::Tone::Problem : ThemeColors::Tone::Normal);
    m_message->show();
}

} // namespace rehearse::ui
