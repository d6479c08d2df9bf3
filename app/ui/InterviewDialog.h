#pragma once

#include "core/InterviewPlan.h"

#include <QDialog>
#include <QSqlDatabase>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;

namespace rehearse::ui {

// "My interview": the company pack, the interview date and the stage the user is at.
class InterviewDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InterviewDialog)

public:
    InterviewDialog(QSqlDatabase db, const core::InterviewPlan &plan, QWidget *parent = nullptr);

    core::InterviewPlan plan() const;

private:
    void fillStages();
    void updateDaysLeft();

    QSqlDatabase m_db;
    QComboBox *m_pack;
    QCheckBox *m_hasDate;
    QDateEdit *m_date;
    QLabel *m_daysLeft;
    QComboBox *m_stage;
    QString m_stageSlug;
};

} // namespace rehearse::ui
