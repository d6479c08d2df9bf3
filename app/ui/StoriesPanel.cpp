#include "ui/StoriesPanel.h"

#include "core/Preferences.h"
#include "core/StoryCoverageModel.h"
#include "core/StoryListModel.h"
#include "core/StoryRepository.h"
#include "core/StoryTransfer.h"
#include "ui/CoverageView.h"
#include "ui/StoryEditor.h"
#include "ui/StoryGuidance.h"
#include "ui/StoryLinks.h"
#include "ui/StoryPdf.h"
#include "ui/StoryQualities.h"
#include "ui/ThemeColors.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

namespace rehearse::ui {

namespace {

const auto PaceKey = QStringLiteral("stories/wordsPerMinute");
const auto FolderKey = QStringLiteral("stories/folder");
constexpr int MaxIssuesShown = 5;

struct FileRead {
    QString error;
    core::StoryMarkdown::Parsed parsed;
};

QString lastFolder()
{
    return QSettings().value(FolderKey, QDir::homePath()).toString();
}

} // namespace

StoriesPanel::StoriesPanel(QSqlDatabase db, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_model(new core::StoryListModel(m_db, this))
{
    buildUi();
    addShortcuts();
    m_guidance->setWordsPerMinute(QSettings().value(PaceKey, core::StoryAnalysis::DefaultWordsPerMinute).toInt());
    m_model->setWordsPerMinute(m_guidance->wordsPerMinute());
    updateProgress();
    selectRow(-1);
}

StoriesPanel::~StoriesPanel()
{
    // Before the children go, while the list can still follow.
    m_editor->save();
}

void StoriesPanel::buildUi()
{
    auto *title = new QLabel(tr("Stories"), this);
    title->setObjectName(QStringLiteral("panelTitle"));
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    title->setFont(font);
    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("storyProgress"));
    ThemeColors::applyTone(m_progress, ThemeColors::Tone::Secondary);

    m_newButton = new QPushButton(tr("New story (Ctrl+N)"), this);
    m_newButton->setObjectName(QStringLiteral("newStory"));
    m_deleteButton = new QPushButton(tr("Delete…"), this);
    m_deleteButton->setObjectName(QStringLiteral("deleteStory"));
    m_deleteButton->setToolTip(tr("Delete the selected story (Delete in the list); asks first"));
    m_importButton = new QPushButton(tr("Import…"), this);
    m_importButton->setObjectName(QStringLiteral("importStories"));
    m_importButton->setToolTip(tr("Add the stories of a Markdown file exported by Rehearse (Ctrl+I)"));
    m_exportButton = new QPushButton(tr("Export"), this);
    m_exportButton->setObjectName(QStringLiteral("exportStories"));
    m_exportButton->setToolTip(tr("Save every story as Markdown (Ctrl+E) or PDF (Ctrl+Shift+E)"));
    auto *exportMenu = new QMenu(m_exportButton);
    exportMenu->addAction(tr("As Markdown… (Ctrl+E)"), this, [this] { chooseExport(false); });
    exportMenu->addAction(tr("As PDF… (Ctrl+Shift+E)"), this, [this] { chooseExport(true); });
    m_exportButton->setMenu(exportMenu);

    auto *head = new QHBoxLayout;
    head->addWidget(title);
    head->addSpacing(12);
    head->addWidget(m_progress, 1, Qt::AlignBottom);
    head->addWidget(m_newButton);
    head->addWidget(m_deleteButton);
    head->addSpacing(12);
    head->addWidget(m_importButton);
    head->addWidget(m_exportButton);

    // Write: the list, the editor with its links, the guidance.
    m_list = new QTableView(this);
    m_list->setObjectName(QStringLiteral("storyList"));
    m_list->setAccessibleName(tr("Stories"));
    m_list->setTabKeyNavigation(false); // Tab goes on to the editor; arrows move in the list
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setShowGrid(false);
    m_list->setWordWrap(false);
    m_list->verticalHeader()->hide();
    for (int column : {core::StoryListModel::Words, core::StoryListModel::Qualities, core::StoryListModel::Questions})
        m_list->hideColumn(column);
    m_list->horizontalHeader()->setSectionResizeMode(core::StoryListModel::Title, QHeaderView::Stretch);
    m_list->horizontalHeader()->setSectionResizeMode(core::StoryListModel::Time, QHeaderView::ResizeToContents);
    m_list->setMinimumWidth(150);

    m_editor = new StoryEditor(m_db, this);
    m_links = new StoryLinks(m_db, this);
    m_links->setMinimumHeight(80);
    m_links->setMaximumHeight(210);
    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    auto *editing = new QWidget(this);
    auto *editingLayout = new QVBoxLayout(editing);
    editingLayout->setContentsMargins(8, 0, 8, 0);
    editingLayout->addWidget(m_editor, 1);
    editingLayout->addWidget(line);
    editingLayout->addWidget(m_links);

    auto *empty = new QLabel(tr("<h3>Write your first story</h3>"
                                "<p>Interviewers ask for examples. Prepare 6 to 8 stories from your own work, each "
                                "in four parts: the <b>Situation</b>, your <b>Task</b>, the <b>Action</b> you took "
                                "and the <b>Result</b>, with a number in it.</p>"
                                "<p>Press <b>Ctrl+N</b> to start one.</p>"),
                             this);
    empty->setObjectName(QStringLiteral("storiesEmpty"));
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignCenter);
    empty->setMargin(24);
    m_center = new QStackedWidget(this);
    m_center->addWidget(empty);
    m_center->addWidget(editing);

    // Made before what it holds, so that Tab reaches it first.
    auto *guidanceScroll = new QScrollArea(this);
    m_guidance = new StoryGuidance(this);
    m_qualities = new StoryQualities(m_db, this);
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(8, 0, 4, 0);
    sideLayout->addWidget(m_guidance);
    sideLayout->addSpacing(4);
    sideLayout->addWidget(m_qualities, 1);
    guidanceScroll->setWidget(side);
    guidanceScroll->setWidgetResizable(true);
    guidanceScroll->setFrameShape(QFrame::NoFrame);
    // It opens wide enough for what cannot wrap (the words per part, wider in German or
    // French than in English, and the percentages beside the balance); narrower, it
    // scrolls sideways rather than making the whole window wider.
    const int sideWidth
        = std::max(260, side->minimumSizeHint().width() + guidanceScroll->verticalScrollBar()->sizeHint().width() + 24);
    guidanceScroll->setMinimumWidth(260);
    guidanceScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_center);
    splitter->addWidget(guidanceScroll);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 0);
    splitter->setSizes({180, 600, std::max(280, sideWidth)});
    splitter->setChildrenCollapsible(false);

    m_coverage = new CoverageView(m_db, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("storyPages"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(splitter, tr("&Write"));
    m_tabs->addTab(m_coverage, tr("&Coverage"));
    // Tab reads the page: the buttons at the top, the Write and Coverage tabs, then the page.
    setTabOrder(m_exportButton, m_tabs);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("storyMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addLayout(head);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);

    connect(m_newButton, &QPushButton::clicked, this, &StoriesPanel::newStory);
    connect(m_deleteButton, &QPushButton::clicked, this, &StoriesPanel::deleteCurrent);
    connect(m_importButton, &QPushButton::clicked, this, &StoriesPanel::chooseImport);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onCurrentRowChanged(current.row()); });
    connect(m_model, &core::StoryListModel::countsChanged, this, &StoriesPanel::updateProgress);
    connect(m_editor, &StoryEditor::edited, m_guidance, &StoryGuidance::setStory);
    connect(m_editor, &StoryEditor::saved, this, [this](qint64 id) {
        m_model->refresh(id);
        m_coverageStale = true;
    });
    connect(m_editor, &StoryEditor::saveFailed, this, [this](const QString &text) { showMessage(text, true); });
    connect(m_links, &StoryLinks::changed, this, [this](qint64 id) {
        m_model->refresh(id);
        m_coverageStale = true;
    });
    connect(m_links, &StoryLinks::saveFailed, this, [this](const QString &text) { showMessage(text, true); });
    connect(m_qualities, &StoryQualities::changed, this, [this](qint64 id) {
        m_model->refresh(id);
        m_coverageStale = true;
    });
    connect(m_qualities, &StoryQualities::saveFailed, this, [this](const QString &text) { showMessage(text, true); });
    connect(m_coverage->model(), &core::StoryCoverageModel::linkChanged, this, [this](qint64 id) {
        m_model->refresh(id);
        if (id == currentStory())
            m_qualities->reload();
    });
    connect(m_coverage, &CoverageView::storyActivated, this, [this](qint64 id) {
        showPage(WritePage);
        showStory(id);
    });
    connect(m_guidance, &StoryGuidance::wordsPerMinuteChanged, this, [this](int pace) {
        m_model->setWordsPerMinute(pace);
        QSettings().setValue(PaceKey, pace);
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int page) {
        if (page == CoveragePage) {
            m_editor->save();
            if (m_coverageStale)
                m_coverage->reload();
            m_coverageStale = false;
        }
    });
}

void StoriesPanel::addShortcuts()
{
    // Window-wide while the panel is visible, so they work straight after Ctrl+3.
    const auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WindowShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_N), [this] { newStory(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_S), [this] {
        if (m_editor->save() && currentStory() != 0)
            showMessage(tr("Saved. (Stories also save by themselves as you type.)"), false);
    });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_E), [this] { chooseExport(false); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), [this] { chooseExport(true); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_I), [this] { chooseImport(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_L), [this] {
        showPage(WritePage);
        if (currentStory() != 0)
            m_links->focusSearch();
    });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Up), [this] { step(-1); });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Down), [this] { step(1); });
    auto *remove = new QShortcut(QKeySequence::Delete, m_list);
    remove->setContext(Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &StoriesPanel::deleteCurrent);
}

void StoriesPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_guidance->setLimitSeconds(core::Preferences::load().limitSeconds);
    if (!m_shownBefore) {
        m_shownBefore = true;
        // Back where the user left off: the story changed last.
        if (currentStory() == 0) {
            const int row = m_model->rowOf(core::StoryRepository(m_db).lastEdited());
            selectRow(row >= 0 ? row : (m_model->rowCount() > 0 ? 0 : -1));
        }
        m_list->setFocus();
    }
}

qint64 StoriesPanel::currentStory() const
{
    return m_editor->storyId();
}

void StoriesPanel::selectRow(int row)
{
    if (row < 0) {
        m_list->selectionModel()->clearSelection();
        m_list->setCurrentIndex({});
        onCurrentRowChanged(-1);
        return;
    }
    m_list->setCurrentIndex(m_model->index(row, core::StoryListModel::Title));
}

void StoriesPanel::onCurrentRowChanged(int row)
{
    const qint64 id = m_model->idAt(row);
    if (id != currentStory() && !m_editor->setStory(id)) {
        // The text shown could not be saved: stay with it rather than lose it.
        const QSignalBlocker blocker(m_list->selectionModel());
        m_list->setCurrentIndex(m_model->index(m_model->rowOf(currentStory()), core::StoryListModel::Title));
        return;
    }
    m_selectedRow = row;
    m_links->setStory(id);
    m_qualities->setStory(id);
    m_center->setCurrentIndex(m_model->rowCount() == 0 ? 0 : 1);
    m_deleteButton->setEnabled(id != 0);
}

bool StoriesPanel::showStory(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    selectRow(row);
    return currentStory() == id;
}

qint64 StoriesPanel::newStory()
{
    showPage(WritePage);
    if (!m_editor->save()) // the text of the story shown comes first
        return 0;
    const int row = m_model->addStory();
    if (row < 0) {
        showMessage(tr("A new story could not be stored: %1").arg(m_model->lastError()), true);
        return 0;
    }
    selectRow(row);
    m_coverageStale = true;
    m_editor->focusTitle();
    return currentStory();
}

void StoriesPanel::step(int delta)
{
    if (m_model->rowCount() == 0)
        return;
    const int row = std::clamp(m_selectedRow + delta, 0, m_model->rowCount() - 1);
    selectRow(row);
}

bool StoriesPanel::removeStory(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    const QString title = m_model->index(row, core::StoryListModel::Title).data().toString();
    if (id == currentStory())
        selectRow(-1);
    if (!m_model->removeStory(id)) {
        showMessage(tr("“%1” could not be deleted: %2").arg(title, m_model->lastError()), true);
        return false;
    }
    m_coverageStale = true;
    if (m_model->rowCount() > 0)
        selectRow(std::min(row, m_model->rowCount() - 1));
    else
        selectRow(-1);
    showMessage(tr("Deleted “%1”.").arg(title), false);
    return true;
}

void StoriesPanel::deleteCurrent()
{
    const qint64 id = currentStory();
    if (id == 0)
        return;
    const QString title = m_model->index(m_model->rowOf(id), core::StoryListModel::Title).data().toString();
    const auto answer = QMessageBox::question(
        this, tr("Delete story?"),
        tr("Delete “%1”? Its four parts, qualities and links to questions are deleted. Answers recorded with it as a "
           "cue keep their recording.")
            .arg(title),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        removeStory(id);
}

void StoriesPanel::showPage(Page page)
{
    m_tabs->setCurrentIndex(page);
}

void StoriesPanel::updateProgress()
{
    const int stories = m_model->rowCount();
    const int complete = m_model->completeCount();
    m_progress->setText(CoverageView::progressText(stories, complete));
    m_coverage->setProgress(stories, complete);
    m_center->setCurrentIndex(stories == 0 ? 0 : 1);
    m_exportButton->setEnabled(stories > 0 && m_importButton->isEnabled());
}

void StoriesPanel::chooseExport(bool pdf)
{
    m_editor->save();
    if (m_model->rowCount() == 0) {
        showMessage(tr("There are no stories to export yet."), false);
        return;
    }
    const QString name = pdf ? QStringLiteral("stories.pdf") : QStringLiteral("stories.md");
    const QString path = QFileDialog::getSaveFileName(this, pdf ? tr("Export Stories as PDF") : tr("Export Stories"),
                                                      QDir(lastFolder()).filePath(name),
                                                      pdf ? tr("PDF (*.pdf)") : tr("Markdown (*.md)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(FolderKey, QFileInfo(path).absolutePath());
    exportStories(path);
}

void StoriesPanel::exportStories(const QString &path)
{
    m_editor->save();
    const bool pdf = path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive);
    // The database is read here; the worker only formats and writes.
    const core::StoryTransfer transfer(m_db);
    const QString payload = pdf
        ? StoryPdf::html(transfer.entries(), m_guidance->wordsPerMinute(), core::Preferences::load().limitSeconds)
        : transfer.markdown();
    const int count = m_model->rowCount();
    setBusy(true);
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path, count] {
        const QString error = watcher->result();
        watcher->deleteLater();
        setBusy(false);
        const QString text = !error.isEmpty() ? error
            : count == 1                      ? tr("Exported 1 story to %1.").arg(QDir::toNativeSeparators(path))
                         : tr("Exported %1 stories to %2.").arg(count).arg(QDir::toNativeSeparators(path));
        showMessage(text, !error.isEmpty());
        emit transferFinished(error.isEmpty(), text);
    });
    watcher->setFuture(QtConcurrent::run([payload, path, pdf] {
        QString error;
        const bool ok = pdf ? StoryPdf::write(payload, path, &error)
                            : core::StoryTransfer::writeFile(path, payload.toUtf8(), &error);
        return ok ? QString() : error;
    }));
}

void StoriesPanel::chooseImport()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Stories"), lastFolder(),
                                                      tr("Markdown (*.md *.markdown *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(FolderKey, QFileInfo(path).absolutePath());
    importStories(path);
}

void StoriesPanel::importStories(const QString &path)
{
    m_editor->save();
    setBusy(true);
    auto *watcher = new QFutureWatcher<FileRead>(this);
    connect(watcher, &QFutureWatcher<FileRead>::finished, this, [this, watcher, path] {
        const FileRead read = watcher->result();
        watcher->deleteLater();
        setBusy(false);
        core::StoryTransfer::Result result;
        if (!read.error.isEmpty())
            result.error = read.error;
        else if (!read.parsed.ok())
            result.issues = read.parsed.issues;
        else
            result = core::StoryTransfer(m_db).import(read.parsed.entries);

        QStringList lines{result.summary()};
        for (const core::StoryMarkdown::Issue &issue : result.issues.mid(0, MaxIssuesShown))
            lines << issue.toString();
        lines << result.warnings.mid(0, MaxIssuesShown);
        if (!result.ok())
            lines << tr("Fix the file (%1) and import it again.").arg(QDir::toNativeSeparators(path));
        const QString text = lines.join(QLatin1Char('\n'));
        if (result.ok() && result.imported > 0) {
            const qint64 shown = currentStory();
            m_model->reload();
            m_coverageStale = true;
            if (m_tabs->currentIndex() == CoveragePage)
                m_coverage->reload();
            selectRow(shown != 0 ? m_model->rowOf(shown) : m_model->rowCount() - 1);
        }
        showMessage(text, !result.ok() || !result.warnings.isEmpty());
        emit transferFinished(result.ok(), text);
    });
    watcher->setFuture(QtConcurrent::run([path] {
        FileRead read;
        read.parsed = core::StoryTransfer::readFile(path, &read.error);
        return read;
    }));
}

void StoriesPanel::setBusy(bool busy)
{
    m_importButton->setEnabled(!busy);
    m_exportButton->setEnabled(!busy && m_model->rowCount() > 0);
}

QString StoriesPanel::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void StoriesPanel::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    ThemeColors::applyBox(m_message, problem ? ThemeColors::Tone::Problem : ThemeColors::Tone::Normal);
    m_message->show();
}

} // namespace rehearse::ui
