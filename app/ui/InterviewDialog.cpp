#include "ui/InterviewDialog.h"

#include "core/PackRepository.h"
#include "ui/ThemeColors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace rehearse::ui {

InterviewDialog::InterviewDialog(QSqlDatabase db, const core::InterviewPlan &plan, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_pack(new QComboBox(this))
    , m_hasDate(new QCheckBox(tr("I have a date:"), this))
    , m_date(new QDateEdit(this))
    , m_daysLeft(new QLabel(this))
    , m_stage(new QComboBox(this))
    , m_stageSlug(plan.stageSlug)
{
    setWindowTitle(tr("My Interview"));
    m_pack->setObjectName(QStringLiteral("planPack"));
    for (const core::PackRepository::Entry &entry : core::PackRepository(m_db).installed())
        m_pack->addItem(entry.title(), entry.slug);
    m_pack->setCurrentIndex(std::max(0, m_pack->findData(plan.packSlug)));
    m_hasDate->setObjectName(QStringLiteral("planHasDate"));
    m_hasDate->setChecked(plan.date.isValid());
    m_date->setObjectName(QStringLiteral("planDate"));
    m_date->setAccessibleName(tr("Interview date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::LongFormat));
    m_date->setDate(plan.date.isValid() ? plan.date : QDate::currentDate().addDays(21));
    m_date->setEnabled(m_hasDate->isChecked());
    m_daysLeft->setObjectName(QStringLiteral("planDaysLeft"));
    m_stage->setObjectName(QStringLiteral("planStage"));

    auto *dateRow = new QHBoxLayout;
    dateRow->addWidget(m_hasDate);
    dateRow->addWidget(m_date, 1);
    dateRow->addWidget(m_daysLeft);
    auto *form = new QFormLayout;
    form->addRow(tr("&Company and role:"), m_pack);
    form->addRow(tr("Interview date:"), dateRow);
    form->addRow(tr("&Stage you are at:"), m_stage);
    auto *note = new QLabel(tr("The window counts the days; the Guide opens at your stage; Questions and Practice "
                               "start with this company's questions."),
                            this);
    note->setWordWrap(true);
    ThemeColors::applyTone(note, ThemeColors::Tone::Secondary);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);

    connect(m_pack, &QComboBox::currentIndexChanged, this, &InterviewDialog::fillStages);
    connect(m_stage, &QComboBox::activated, this, [this] { m_stageSlug = m_stage->currentData().toString(); });
    connect(m_hasDate, &QCheckBox::toggled, m_date, &QWidget::setEnabled);
    connect(m_hasDate, &QCheckBox::toggled, this, &InterviewDialog::updateDaysLeft);
    connect(m_date, &QDateEdit::dateChanged, this, &InterviewDialog::updateDaysLeft);
    fillStages();
    updateDaysLeft();
    resize(560, sizeHint().height());
}

void InterviewDialog::fillStages()
{
    m_stage->clear();
    m_stage->addItem(tr("Not started yet"), QString());
    const core::Pack pack = core::PackRepository(m_db).load(m_pack->currentData().toString());
    for (const core::PackStage &stage : pack.stages)
        m_stage->addItem(stage.title, stage.id);
    m_stage->setCurrentIndex(std::max(0, m_stage->findData(m_stageSlug)));
}

void InterviewDialog::updateDaysLeft()
{
    m_daysLeft->setText(m_hasDate->isChecked() ? core::InterviewPlan::describeDaysLeft(core::InterviewPlan::daysLeft(
                            m_date->date(), QDateTime::currentDateTime(), QTimeZone::systemTimeZone()))
                                               : QString());
}

core::InterviewPlan InterviewDialog::plan() const
{
    core::InterviewPlan plan;
    plan.packSlug = m_pack->currentData().toString();
    plan.date = m_hasDate->isChecked() ? m_date->date() : QDate();
    plan.stageSlug = m_stage->currentData().toString();
    return plan;
}

} // namespace rehearse::ui
