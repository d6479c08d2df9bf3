#pragma once

#include <QSqlDatabase>
#include <QWidget>

#include <array>

class QLabel;
class QTableWidget;

namespace rehearse::ui {

class AnswerPlayer;

// Two attempts at the same question side by side: two players that play, pause and jump
// in step, and their scores next to each other.
class CompareView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareView)

public:
    CompareView(QSqlDatabase db, QString dataDir, QWidget *parent = nullptr);

    // Shows the two attempts, older on the left; false when one no longer exists.
    bool compare(qint64 first, qint64 second);
    AnswerPlayer *player(int side) const { return m_players.at(side); }
    QTableWidget *scoreTable() const { return m_scores; }

    void togglePlayBoth();
    void seekBothBy(qint64 ms);
    void restartBoth();

signals:
    void closeRequested();

protected:
    void hideEvent(QHideEvent *event) override;

private:
    QSqlDatabase m_db;
    QString m_dataDir;
    QLabel *m_question;
    std::array<AnswerPlayer *, 2> m_players{};
    std::array<QLabel *, 2> m_titles{};
    QTableWidget *m_scores;
};

} // namespace rehearse::ui
