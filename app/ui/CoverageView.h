#pragma once

#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QProgressBar;
class QTableView;

namespace rehearse::core {
class StoryCoverageModel;
}

namespace rehearse::ui {

// Progress toward 6–8 complete stories, and the qualities × stories matrix: a tick says
// the story shows the quality (click or Space to change it); a quality without any story
// is highlighted.
class CoverageView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoverageView)

public:
    static constexpr int FewestStories = 6;
    static constexpr int MostStories = 8;

    explicit CoverageView(QSqlDatabase db, QWidget *parent = nullptr);

    void reload();
    // Stories in all, and those with all four parts written.
    void setProgress(int stories, int complete);

    core::StoryCoverageModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLabel *progressLabel() const { return m_progressText; }
    QLabel *missingLabel() const { return m_missing; }

    static QString progressText(int stories, int complete);

signals:
    void storyActivated(qint64 storyId);

private:
    void updateMissing();

    core::StoryCoverageModel *m_model;
    QLabel *m_progressText;
    QProgressBar *m_progress;
    QLabel *m_missing;
    QTableView *m_table;
};

} // namespace rehearse::ui
