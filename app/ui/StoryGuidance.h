#pragma once

#include "core/StoryAnalysis.h"

#include <QWidget>

#include <array>

class QLabel;
class QSpinBox;

namespace rehearse::ui {

class BalanceBar;

// Beside the editor, updated as the user types: how long the story takes to say at the
// chosen pace against the answer limit, words per part, the balance of the parts, and
// hints.
class StoryGuidance final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoryGuidance)

public:
    explicit StoryGuidance(QWidget *parent = nullptr);

    void setStory(const core::Story &story);
    void setWordsPerMinute(int wordsPerMinute);
    int wordsPerMinute() const;
    void setLimitSeconds(int seconds);
    const core::StoryAnalysis &analysis() const { return m_analysis; }

    QLabel *timeLabel() const { return m_time; }
    QLabel *hintsLabel() const { return m_hints; }
    BalanceBar *balanceBar() const { return m_balance; }
    QSpinBox *paceBox() const { return m_pace; }

signals:
    void wordsPerMinuteChanged(int wordsPerMinute);

private:
    void refresh();

    core::Story m_story;
    int m_limitSeconds = core::StoryAnalysis::DefaultLimitSeconds;
    core::StoryAnalysis m_analysis;

    QLabel *m_time;
    QLabel *m_timeNote;
    QSpinBox *m_pace;
    std::array<QLabel *, 5> m_words{}; // Situation, Task, Action, Result, total
    BalanceBar *m_balance;
    QLabel *m_balanceNote;
    QLabel *m_hints;
};

} // namespace rehearse::ui
