#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QWidget>

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace rehearse::core {
class AttemptFilterModel;
class AttemptHistoryModel;
} // namespace rehearse::core

namespace rehearse::ui {

class CompareView;
class ReviewView;
class SpeechAnalysisQueue;

// Every recorded answer: filter, sort, open one to replay and score it, compare two,
// export, show the file, delete. Beside the list, the questions due for practice today.
class HistoryPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryPanel)

public:
    HistoryPanel(QSqlDatabase db, QString dataDir, QWidget *parent = nullptr);

    // What "now" is, for the due list; the wall clock unless a test says otherwise.
    void setClock(std::function<QDateTime()> now);

    void reload();
    bool review(qint64 attemptId);
    bool compare(qint64 first, qint64 second);
    void showList();
    // Deletes without asking; the message line says what happened.
    bool removeAttempt(qint64 attemptId);
    bool exportAttempt(qint64 attemptId, const QString &folder);

    QList<qint64> selectedAttempts() const;
    void selectAttempt(qint64 attemptId);

    core::AttemptHistoryModel *model() const { return m_model; }
    core::AttemptFilterModel *filter() const { return m_filter; }
    QTableView *table() const { return m_table; }
    QListWidget *dueList() const { return m_due; }
    ReviewView *reviewView();
    // Review shows and starts speech analysis through this queue.
    void setSpeechQueue(SpeechAnalysisQueue *queue);
    CompareView *compareView();
    QString message() const;

signals:
    void practiseRequested(qint64 questionId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    void refreshFilterChoices();
    void applyFilters();
    void clearFilters();
    void reloadDue();
    void updateActions();
    void reviewSelected();
    void compareSelected();
    void deleteSelected();
    void exportSelected();
    void showSelectedFile();
    void editRubric();
    void showMessage(const QString &text, bool problem);

    QSqlDatabase m_db;
    QString m_dataDir;
    std::function<QDateTime()> m_now;
    core::AttemptHistoryModel *m_model;
    core::AttemptFilterModel *m_filter;
    bool m_stale = true;

    QStackedWidget *m_pages = nullptr;
    ReviewView *m_review = nullptr;
    SpeechAnalysisQueue *m_speechQueue = nullptr;
    CompareView *m_compare = nullptr;
    QLabel *m_count = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_quality = nullptr;
    QComboBox *m_score = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
    QListWidget *m_due = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_reviewButton = nullptr;
    QPushButton *m_compareButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_folderButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
};

} // namespace rehearse::ui
