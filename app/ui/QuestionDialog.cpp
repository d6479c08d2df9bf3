#include "ui/QuestionDialog.h"

#include "ui/ThemeColors.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rehearse::ui {

QuestionDialog::QuestionDialog(const core::QuestionBank &bank, const core::QuestionDraft &draft, bool readOnly,
                               QWidget *parent)
    : QDialog(parent)
    , m_readOnly(readOnly)
    , m_text(new QPlainTextEdit(this))
    , m_category(new QComboBox(this))
    , m_stage(new QComboBox(this))
    , m_qualities(new QListWidget(this))
    , m_tags(new QLineEdit(this))
    , m_tip(new QPlainTextEdit(this))
    , m_why(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(readOnly                   ? tr("Question from a Pack")
                       : draft.text.isEmpty() ? tr("New Question")
                                              : tr("Edit Question"));
    m_text->setObjectName(QStringLiteral("questionText"));
    m_text->setPlainText(draft.text);
    m_text->setTabChangesFocus(true);
    m_text->setMaximumHeight(80);
    m_category->setObjectName(QStringLiteral("questionCategory"));
    m_category->setEditable(true);
    m_category->addItems(bank.categories());
    m_category->setCurrentText(draft.category);
    m_stage->setObjectName(QStringLiteral("questionStage"));
    m_stage->addItem(tr("(none)"), 0);
    for (const core::QuestionBank::Choice &stage : bank.stages())
        m_stage->addItem(QStringLiteral("%1 — %2").arg(stage.name, stage.pack), stage.id);
    m_stage->setCurrentIndex(std::max(0, m_stage->findData(draft.stageId)));
    m_qualities->setObjectName(QStringLiteral("questionQualities"));
    m_qualities->setAccessibleName(tr("Qualities it probes"));
    m_qualities->setMaximumHeight(110);
    for (const core::QuestionBank::Choice &quality : bank.qualities()) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(quality.name, quality.pack), m_qualities);
        item->setData(Qt::UserRole, quality.id);
        item->setCheckState(draft.qualityIds.contains(quality.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_tags->setObjectName(QStringLiteral("questionTags"));
    m_tags->setText(draft.tags);
    m_tags->setPlaceholderText(tr("Words separated by spaces, e.g. hard warm-up"));
    for (QPlainTextEdit *edit : {m_tip, m_why}) {
        edit->setTabChangesFocus(true);
        edit->setMaximumHeight(70);
    }
    m_tip->setPlainText(draft.tip);
    m_why->setPlainText(draft.why);
    m_error->setObjectName(QStringLiteral("questionError"));
    ThemeColors::applyTone(m_error, ThemeColors::Tone::Problem);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Question:"), m_text);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("&Stage:"), m_stage);
    form->addRow(tr("&Qualities it probes:"), m_qualities);
    form->addRow(readOnly ? tr("&Your tags:") : tr("&Tags:"), m_tags);
    form->addRow(tr("T&ip:"), m_tip);
    form->addRow(tr("&Why it is asked:"), m_why);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    if (readOnly) {
        auto *note = new QLabel(tr("This question comes from a pack and is read only; you can add your own tags. "
                                   "To change it, copy it into your own questions."),
                                this);
        note->setWordWrap(true);
        layout->addWidget(note);
        for (QWidget *widget : std::initializer_list<QWidget *>{m_text, m_tip, m_why})
            static_cast<QPlainTextEdit *>(widget)->setReadOnly(true);
        m_category->setEnabled(false);
        m_stage->setEnabled(false);
        m_qualities->setEnabled(false);
    }
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(620, 520);
    (readOnly ? static_cast<QWidget *>(m_tags) : m_text)->setFocus();
}

core::QuestionDraft QuestionDialog::draft() const
{
    core::QuestionDraft draft;
    draft.text = m_text->toPlainText().trimmed();
    draft.category = m_category->currentText().trimmed();
    draft.stageId = m_stage->currentData().toLongLong();
    for (int i = 0; i < m_qualities->count(); ++i) {
        if (m_qualities->item(i)->checkState() == Qt::Checked)
            draft.qualityIds << m_qualities->item(i)->data(Qt::UserRole).toLongLong();
    }
    draft.tags = m_tags->text().simplified();
    draft.tip = m_tip->toPlainText().trimmed();
    draft.why = m_why->toPlainText().trimmed();
    return draft;
}

void QuestionDialog::accept()
{
    if (!m_readOnly && m_text->toPlainText().trimmed().isEmpty()) {
        m_error->setText(tr("Write the question first."));
        m_error->show();
        m_text->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace rehearse::ui
