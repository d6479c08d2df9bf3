#include "ui/CompareView.h"

#include "core/AttemptRepository.h"
#include "core/QuestionRepository.h"
#include "core/ReviewRepository.h"
#include "ui/AnswerPlayer.h"

#include <QDir>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rehearse::ui {

CompareView::CompareView(QSqlDatabase db, QString dataDir, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_dataDir(std::move(dataDir))
    , m_question(new QLabel(this))
    , m_scores(new QTableWidget(this))
{
    auto *back = new QPushButton(tr("← History (Esc)"), this);
    auto *playBoth = new QPushButton(tr("Play both (Space)"), this);
    playBoth->setObjectName(QStringLiteral("playBoth"));
    auto *restart = new QPushButton(tr("Both from the start (Home)"), this);
    m_question->setObjectName(QStringLiteral("compareQuestion"));
    m_question->setWordWrap(true);
    m_question->setTextFormat(Qt::PlainText);
    QFont font = m_question->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    m_question->setFont(font);

    auto *grid = new QGridLayout;
    for (int side = 0; side < 2; ++side) {
        m_titles[side] = new QLabel(this);
        m_titles[side]->setObjectName(QStringLiteral("compareTitle%1").arg(side));
        m_players[side] = new AnswerPlayer(this);
        grid->addWidget(m_titles[side], 0, side);
        grid->addWidget(m_players[side], 1, side);
        grid->setColumnStretch(side, 1);
    }
    grid->setRowStretch(1, 1);

    m_scores->setObjectName(QStringLiteral("compareScores"));
    m_scores->setAccessibleName(tr("Scores side by side"));
    m_scores->setTabKeyNavigation(false);
    m_scores->setColumnCount(2);
    m_scores->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_scores->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_scores->setMaximumHeight(240);

    auto *head = new QHBoxLayout;
    head->addWidget(back);
    head->addWidget(m_question, 1);
    head->addWidget(restart);
    head->addWidget(playBoth);
    setTabOrder(restart, playBoth);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addLayout(head);
    layout->addLayout(grid, 1);
    layout->addWidget(m_scores);

    connect(back, &QPushButton::clicked, this, &CompareView::closeRequested);
    connect(playBoth, &QPushButton::clicked, this, &CompareView::togglePlayBoth);
    connect(restart, &QPushButton::clicked, this, &CompareView::restartBoth);
    const auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::Key_Space), [this] { togglePlayBoth(); });
    shortcut(QKeySequence(Qt::Key_Left), [this] { seekBothBy(-AnswerPlayer::JumpMs); });
    shortcut(QKeySequence(Qt::Key_Right), [this] { seekBothBy(AnswerPlayer::JumpMs); });
    shortcut(QKeySequence(Qt::Key_Home), [this] { restartBoth(); });
    shortcut(QKeySequence(Qt::Key_Escape), [this] { emit closeRequested(); });
}

bool CompareView::compare(qint64 first, qint64 second)
{
    core::AttemptRepository attempts(m_db, m_dataDir);
    std::optional<core::Attempt> a = attempts.get(first);
    std::optional<core::Attempt> b = attempts.get(second);
    if (!a || !b)
        return false;
    if (b->startedAt < a->startedAt)
        std::swap(a, b);
    const std::array<core::Attempt, 2> pair = {*a, *b};

    const std::optional<core::Question> question = core::QuestionRepository(m_db).get(a->questionId);
    m_question->setText(question ? question->text : QString());
    core::ReviewRepository review(m_db);
    const QList<core::Criterion> criteria = review.criteria();
    m_scores->clear();
    m_scores->setRowCount(int(criteria.size()) + 1);
    QStringList rows;
    for (const core::Criterion &criterion : criteria)
        rows << criterion.name;
    rows << tr("Overall");
    m_scores->setVerticalHeaderLabels(rows);

    QStringList headers;
    for (int side = 0; side < 2; ++side) {
        const core::Attempt &attempt = pair.at(side);
        const QString when = QLocale().toString(attempt.startedAt.toLocalTime(), QLocale::ShortFormat);
        headers << when;
        m_titles[side]->setText(tr("%1 · %2 long").arg(when, AnswerPlayer::formatTime(attempt.durationMs)));
        m_players[side]->open(QDir(m_dataDir).filePath(attempt.file), attempt.mode == core::Attempt::Mode::Audio);
        const QHash<qint64, int> scores = review.scores(attempt.id);
        for (int row = 0; row < criteria.size(); ++row) {
            const int score = scores.value(criteria.at(row).id);
            m_scores->setItem(row, side, new QTableWidgetItem(score > 0 ? QString::number(score) : tr("–")));
        }
        m_scores->setItem(
            int(criteria.size()), side,
            new QTableWidgetItem(attempt.overallScore ? QString::number(*attempt.overallScore) : tr("–")));
    }
    m_scores->setHorizontalHeaderLabels(headers);
    setFocus();
    return true;
}

void CompareView::togglePlayBoth()
{
    const bool playing = m_players[0]->player()->playbackState() == QMediaPlayer::PlayingState
        || m_players[1]->player()->playbackState() == QMediaPlayer::PlayingState;
    for (AnswerPlayer *player : m_players) {
        if (playing)
            player->player()->pause();
        else
            player->play();
    }
}

void CompareView::seekBothBy(qint64 ms)
{
    for (AnswerPlayer *player : m_players)
        player->seekBy(ms);
}

void CompareView::restartBoth()
{
    for (AnswerPlayer *player : m_players) {
        player->seek(0);
        player->play();
    }
}

void CompareView::hideEvent(QHideEvent *event)
{
    for (AnswerPlayer *player : m_players)
        player->player()->pause();
    QWidget::hideEvent(event);
}

} // namespace rehearse::ui
