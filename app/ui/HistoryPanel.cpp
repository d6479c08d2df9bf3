#include "ui/HistoryPanel.h"

namespace rehearse::ui {

HistoryPanel::HistoryPanel(QWidget *parent)
    : PlaceholderPanel(tr("History"),
                       tr("Coming soon. Every recorded answer with its date, length and scores: replay it, score it "
                          "against the rubric, add notes and bookmarks, and compare two attempts side by side."),
                       parent)
{
}

} // namespace rehearse::ui
