#include "ui/RubricDialog.h"

#include "core/RubricModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace rehearse::ui {

RubricDialog::RubricDialog(QSqlDatabase db, QWidget *parent)
    : QDialog(parent)
    , m_model(new core::RubricModel(std::move(db), this))
    , m_table(new QTableView(this))
{
    setWindowTitle(tr("Scoring Rubric"));
    auto *intro = new QLabel(tr("Double-click a cell to change it; untick a criterion to stop scoring it (its "
                                "earlier scores stay). Changes apply to reviews from now on."),
                             this);
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("rubricTable"));
    m_table->setAccessibleName(tr("Rubric criteria"));
    m_table->setTabKeyNavigation(false); // arrows move between cells, F2 edits
    m_table->setModel(m_model);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(core::RubricModel::Name, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *add = buttons->addButton(tr("&Add a Criterion…"), QDialogButtonBox::ActionRole);
    connect(add, &QPushButton::clicked, this, &RubricDialog::addCriterion);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_model, &core::RubricModel::saveFailed, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Not saved"), tr("The change was not saved: %1").arg(message));
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(980, 520);
}

void RubricDialog::addCriterion()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add a Criterion"), tr("Name:"), QLineEdit::Normal, {}, &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    const int row = m_model->addCriterion(name);
    if (row >= 0) {
        m_table->setCurrentIndex(m_model->index(row, core::RubricModel::Description));
        m_table->edit(m_table->currentIndex());
    }
}

} // namespace rehearse::ui
