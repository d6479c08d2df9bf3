#include "ui/ShortcutsDialog.h"

#include "ui_ShortcutsDialog.h"

#include <QCoreApplication>
#include <QHeaderView>

namespace rehearse::ui {

ShortcutsDialog::ShortcutsDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ShortcutsDialog>())
{
    m_ui->setupUi(this);
    const QList<Entry> all = entries();
    m_ui->table->setRowCount(static_cast<int>(all.size()));
    for (int row = 0; row < all.size(); ++row) {
        m_ui->table->setItem(row, 0, new QTableWidgetItem(all[row].keys.toString(QKeySequence::NativeText)));
        m_ui->table->setItem(row, 1, new QTableWidgetItem(all[row].action));
    }
    m_ui->table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
}

ShortcutsDialog::~ShortcutsDialog() = default;

QKeySequence ShortcutsDialog::storiesTabKey(const char *label)
{
    return QKeySequence::mnemonic(QCoreApplication::translate("rehearse::ui::StoriesPanel", label));
}

QList<ShortcutsDialog::Entry> ShortcutsDialog::entries()
{
    return {
        {QKeySequence(Qt::CTRL | Qt::Key_1), tr("Show the interview guide")},
        {QKeySequence(Qt::CTRL | Qt::Key_2), tr("Show the question bank")},
        {QKeySequence(Qt::CTRL | Qt::Key_3), tr("Show your STAR stories")},
        {QKeySequence(Qt::CTRL | Qt::Key_4), tr("Show practice")},
        {QKeySequence(Qt::CTRL | Qt::Key_5), tr("Show the history of attempts")},
        {QKeySequence(Qt::CTRL | Qt::Key_6), tr("Show progress")},
        {QKeySequence(Qt::CTRL | Qt::Key_Return), tr("Practice: start preparing, record now, stop recording")},
        {QKeySequence(Qt::Key_Escape), tr("Practice: cancel the current attempt")},
        {QKeySequence(Qt::CTRL | Qt::Key_R), tr("Practice: retake the same question")},
        {QKeySequence(Qt::CTRL | Qt::Key_N), tr("Practice: next question")},
        {QKeySequence(Qt::CTRL | Qt::Key_E), tr("Practice: score the answer just recorded")},
        {QKeySequence(Qt::CTRL | Qt::Key_N), tr("Stories: new story")},
        {QKeySequence(Qt::CTRL | Qt::Key_S), tr("Stories: save now (stories also save as you type)")},
        {QKeySequence(Qt::ALT | Qt::Key_Up), tr("Stories: previous story")},
        {QKeySequence(Qt::ALT | Qt::Key_Down), tr("Stories: next story")},
        {QKeySequence(Qt::CTRL | Qt::Key_L), tr("Stories: find a question to link")},
        // The Stories tabs' keys are their labels' mnemonics, which each language chooses.
        {storiesTabKey("&Coverage"), tr("Stories: coverage of the qualities")},
        {storiesTabKey("&Write"), tr("Stories: back to writing")},
        {QKeySequence(Qt::CTRL | Qt::Key_E), tr("Stories: export as Markdown")},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), tr("Stories: export as PDF")},
        {QKeySequence(Qt::CTRL | Qt::Key_I), tr("Stories: import stories from Markdown")},
        {QKeySequence(QKeySequence::Find), tr("Questions and History: search")},
        {QKeySequence(Qt::Key_Down), tr("Questions and Stories: from the search box into the results")},
        {QKeySequence(Qt::CTRL | Qt::Key_N), tr("Questions: write a new question")},
        {QKeySequence(Qt::Key_Return), tr("Questions: open or edit the selected question")},
        {QKeySequence(Qt::CTRL | Qt::Key_Return), tr("Questions: practise the selected question")},
        {QKeySequence(Qt::CTRL | Qt::Key_I), tr("Questions: import a CSV or JSON file")},
        {QKeySequence(QKeySequence::Delete), tr("Questions: delete your selected question (asks first)")},
        {QKeySequence(Qt::Key_Return), tr("History: replay and score the selected answer")},
        {QKeySequence(Qt::CTRL | Qt::Key_D), tr("History: compare the two selected answers")},
        {QKeySequence(QKeySequence::Delete), tr("History: delete the selected answers (asks first)")},
        {QKeySequence(Qt::Key_Space), tr("Replay: play or pause")},
        {QKeySequence(Qt::Key_Left), tr("Replay: back five seconds")},
        {QKeySequence(Qt::Key_Right), tr("Replay: forward five seconds")},
        {QKeySequence(Qt::CTRL | Qt::Key_B), tr("Replay: bookmark the current moment")},
        {QKeySequence(Qt::Key_Left), tr("Replay, on the speech timeline: the previous pause, filler or speech")},
        {QKeySequence(Qt::Key_Right), tr("Replay, on the speech timeline: the next pause, filler or speech")},
        {QKeySequence(Qt::Key_Return), tr("Replay, on the speech timeline: jump to the chosen mark")},
        {QKeySequence(Qt::Key_Home), tr("Compare: both answers from the start")},
        {QKeySequence(Qt::Key_Escape), tr("Replay and compare: back to the list")},
        {QKeySequence(Qt::CTRL | Qt::Key_O), tr("Import a pack")},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), tr("My interview: company, date and stage")},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), tr("Manage packs")},
        {QKeySequence(Qt::CTRL | Qt::Key_Comma), tr("Settings: practice times, camera, microphone and language")},
        {QKeySequence(Qt::Key_F1), tr("Show this list")},
        {QKeySequence(Qt::CTRL | Qt::Key_Q), tr("Quit")},
    };
}

} // namespace rehearse::ui
