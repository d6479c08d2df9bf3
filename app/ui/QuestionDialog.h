#pragma once

#include "core/QuestionBank.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace rehearse::ui {

// Writes or edits an own question: text, category, stage, the qualities it probes, tags,
// a tip and why interviewers ask it. A pack question opens read only, except its tags.
class QuestionDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuestionDialog)

public:
    QuestionDialog(const core::QuestionBank &bank, const core::QuestionDraft &draft, bool readOnly,
                   QWidget *parent = nullptr);

    core::QuestionDraft draft() const;

    void accept() override;

private:
    bool m_readOnly;
    QPlainTextEdit *m_text;
    QComboBox *m_category;
    QComboBox *m_stage;
    QListWidget *m_qualities;
    QLineEdit *m_tags;
    QPlainTextEdit *m_tip;
    QPlainTextEdit *m_why;
    QLabel *m_error;
};

} // namespace rehearse::ui
