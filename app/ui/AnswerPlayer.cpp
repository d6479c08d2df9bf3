#include "ui/AnswerPlayer.h"

#include <QAudioOutput>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QStackedWidget>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>
#include <QVideoWidget>

namespace rehearse::ui {

AnswerPlayer::AnswerPlayer(QWidget *parent)
    : QWidget(parent)
    , m_player(new QMediaPlayer(this))
    , m_audio(new QAudioOutput(this))
    , m_screen(new QStackedWidget(this))
    , m_video(new QVideoWidget(this))
    , m_soundOnly(new QLabel(tr("Sound only — this answer was recorded without a camera."), this))
    , m_play(new QPushButton(this))
    , m_seek(new QSlider(Qt::Horizontal, this))
    , m_time(new QLabel(this))
{
    m_player->setAudioOutput(m_audio);
    m_player->setVideoOutput(m_video);
    m_soundOnly->setAlignment(Qt::AlignCenter);
    m_soundOnly->setWordWrap(true);
    m_screen->addWidget(m_video);
    m_screen->addWidget(m_soundOnly);
    m_screen->setMinimumSize(320, 180);

    m_play->setObjectName(QStringLiteral("playButton"));
    m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_play->setAccessibleName(tr("Play or pause"));
    m_play->setToolTip(tr("Play or pause"));
    m_seek->setObjectName(QStringLiteral("seekBar"));
    m_seek->setAccessibleName(tr("Position in the answer"));
    m_time->setObjectName(QStringLiteral("playerTime"));
    m_time->setText(formatTime(0) + QStringLiteral(" / ") + formatTime(0));

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_play);
    controls->addWidget(m_seek, 1);
    controls->addWidget(m_time);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_screen, 1);
    layout->addLayout(controls);

    connect(m_play, &QPushButton::clicked, this, &AnswerPlayer::togglePlay);
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, [this](QMediaPlayer::PlaybackState state) {
        m_play->setIcon(
            style()->standardIcon(state == QMediaPlayer::PlayingState ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    });
    connect(m_player, &QMediaPlayer::durationChanged, this, [this](qint64 duration) {
        m_seek->setRange(0, int(duration));
        updateTime();
    });
    connect(m_player, &QMediaPlayer::positionChanged, this, [this](qint64 position) {
        if (!m_seek->isSliderDown())
            m_seek->setValue(int(position));
        updateTime();
    });
    connect(m_seek, &QSlider::sliderMoved, m_player, [this](int position) { m_player->setPosition(position); });
    connect(m_seek, &QSlider::actionTriggered, this, [this] {
        if (!m_seek->isSliderDown())
            m_player->setPosition(m_seek->sliderPosition());
    });
}

QString AnswerPlayer::formatTime(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(0, ms) / 1000;
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

void AnswerPlayer::open(const QString &path, bool audioOnly)
{
    m_screen->setCurrentWidget(audioOnly ? static_cast<QWidget *>(m_soundOnly) : m_video);
    m_player->setSource(QUrl::fromLocalFile(path));
}

void AnswerPlayer::clear()
{
    m_player->stop();
    m_player->setSource({});
}

void AnswerPlayer::togglePlay()
{
    if (m_player->playbackState() == QMediaPlayer::PlayingState)
        m_player->pause();
    else
        m_player->play();
}

void AnswerPlayer::updateTime()
{
    m_time->setText(formatTime(m_player->position()) + QStringLiteral(" / ") + formatTime(m_player->duration()));
}

} // namespace rehearse::ui
