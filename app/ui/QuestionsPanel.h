#pragma once

#include "core/InterviewPlan.h"
#include "core/QuestionBank.h"
#include "core/QuestionTransfer.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace rehearse::core {
class Database;
class QuestionBankModel;
} // namespace rehearse::core

namespace rehearse::ui {

class HighlightDelegate;

// The question bank (Ctrl+2): search as you type, filters, sorting, the user's own
// questions, tags, hiding, import and export.
class QuestionsPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuestionsPanel)

public:
    explicit QuestionsPanel(core::Database &database, QWidget *parent = nullptr);
    ~QuestionsPanel() override;

    core::QuestionBankModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchBox() const { return m_search; }
    QString countText() const;
    QString message() const;

    // The selected question; 0 when none.
    qint64 currentQuestion() const;
    void selectQuestion(qint64 id);
    void refresh();
    // Starts the bank at the user's interview: its pack and stage.
    void applyPlan(const core::InterviewPlan &plan);

    // Actions on the selection (the buttons and shortcuts call these).
    void newQuestion();
    void editCurrent();
    void copyCurrent();
    void deleteCurrent(bool ask = true);
    void toggleHidden();
    void practiseCurrent();
    // Reads the file off the GUI thread, shows what will be added, then imports it in one
    // transaction off the GUI thread with a progress bar that can cancel.
    void importFile(const QString &path);
    bool exportTo(const QString &path);
    // Whether to import after the preview; asks the user unless a test says otherwise.
    void setImportConfirmation(std::function<bool(const core::QuestionTransfer::Preview &)> confirm);
    bool isImporting() const { return m_importing; }

signals:
    void practiseRequested(qint64 questionId);
    void importFinished(const core::QuestionTransfer::Result &result);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    void fillFilterChoices();
    void applyFilter();
    void updateCount(int total);
    void updateActions();
    void chooseImport();
    void chooseExport();
    void showMessage(const QString &text, bool problem);
    bool confirmImport(const core::QuestionTransfer::Preview &preview);
    void runImport(const core::QuestionTransfer::Preview &preview);

    core::Database &m_database;
    core::QuestionBankModel *m_model;
    HighlightDelegate *m_highlight;
    std::function<bool(const core::QuestionTransfer::Preview &)> m_confirm;
    bool m_importing = false;

    QLabel *m_count = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_pack = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_stage = nullptr;
    QComboBox *m_quality = nullptr;
    QComboBox *m_practice = nullptr;
    QCheckBox *m_hidden = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_hide = nullptr;
    QPushButton *m_practise = nullptr;
};

} // namespace rehearse::ui
