#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QTableView;

namespace rehearse::core {
class RubricModel;
}

namespace rehearse::ui {

// Edits the scoring rubric in place: names, what each means, what a 1, a 3 and a 5 look
// like, and which criteria are in use. Changes are saved as they are made.
class RubricDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RubricDialog)

public:
    explicit RubricDialog(QSqlDatabase db, QWidget *parent = nullptr);

    core::RubricModel *model() const { return m_model; }

private:
    void addCriterion();

    core::RubricModel *m_model;
    QTableView *m_table;
};

} // namespace rehearse::ui
