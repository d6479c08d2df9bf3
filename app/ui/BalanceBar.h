#pragma once

#include "core/StoryAnalysis.h"

#include <QWidget>

namespace rehearse::ui {

// One bar per share of a story (Situation + Task, Action, Result): how much of the story
// it takes, drawn over a shaded band for the share interviewers expect. Green inside the
// band, amber close to it, red far from it; grey while the story is too short to judge.
class BalanceBar final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BalanceBar)

public:
    explicit BalanceBar(QWidget *parent = nullptr);

    void setAnalysis(const core::StoryAnalysis &analysis);
    // What the bars show, in words (also the accessible description).
    QString summary() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Row {
        QString name;
        int percent = 0;
        core::StoryAnalysis::Target target;
        core::StoryAnalysis::Fit fit = core::StoryAnalysis::Fit::InTarget;
    };
    int rowHeight() const;
    int labelWidth() const;

    std::array<Row, 3> m_rows;
    bool m_empty = true;
    bool m_tooShort = true;
};

} // namespace rehearse::ui
