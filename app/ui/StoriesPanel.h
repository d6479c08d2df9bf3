#pragma once

#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace rehearse::core {
class StoryListModel;
}

namespace rehearse::ui {

class CoverageView;
class StoryEditor;
class StoryGuidance;
class StoryLinks;
class StoryQualities;

// The STAR story workshop: the stories; the editor of the selected one with the questions
// it answers; beside it guidance and the qualities it shows; coverage of the qualities;
// export to Markdown or PDF and import from Markdown.
class StoriesPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoriesPanel)

public:
    enum Page { WritePage, CoveragePage };

    explicit StoriesPanel(QSqlDatabase db, QWidget *parent = nullptr);
    ~StoriesPanel() override;

    // Creates an empty story, shows it and puts the cursor in its title; 0 on failure.
    qint64 newStory();
    bool showStory(qint64 id);
    qint64 currentStory() const;
    // Deletes without asking; the message line says what happened.
    bool removeStory(qint64 id);
    void showPage(Page page);

    // Both run off the GUI thread and end with transferFinished(). A path ending in .pdf
    // is written as PDF, anything else as Markdown.
    void exportStories(const QString &path);
    void importStories(const QString &path);
    QString message() const;

    core::StoryListModel *model() const { return m_model; }
    QTableView *list() const { return m_list; }
    StoryEditor *editor() const { return m_editor; }
    StoryLinks *links() const { return m_links; }
    StoryQualities *qualities() const { return m_qualities; }
    StoryGuidance *guidance() const { return m_guidance; }
    CoverageView *coverage() const { return m_coverage; }

signals:
    void transferFinished(bool ok, const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    void addShortcuts();
    void onCurrentRowChanged(int row);
    void selectRow(int row);
    void step(int delta);
    void updateProgress();
    void chooseExport(bool pdf);
    void chooseImport();
    void deleteCurrent();
    void setBusy(bool busy);
    void showMessage(const QString &text, bool problem);

    QSqlDatabase m_db;
    core::StoryListModel *m_model;
    bool m_shownBefore = false;
    bool m_coverageStale = true;
    int m_selectedRow = -1;

    QLabel *m_progress = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_list = nullptr;
    QStackedWidget *m_center = nullptr;
    StoryEditor *m_editor = nullptr;
    StoryLinks *m_links = nullptr;
    StoryQualities *m_qualities = nullptr;
    StoryGuidance *m_guidance = nullptr;
    CoverageView *m_coverage = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace rehearse::ui
