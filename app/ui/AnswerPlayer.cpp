#include "ui/AnswerPlayer.h"

#include "ui/FocusChain.h"

#include <QAudioOutput>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSlider>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <QVideoWidget>

namespace rehearse::ui {

namespace {

const QList<double> Speeds = {0.75, 1.0, 1.25, 1.5, 1.75, 2.0};

} // namespace

AnswerPlayer::AnswerPlayer(QWidget *parent)
    : QWidget(parent)
    , m_player(new QMediaPlayer(this))
    , m_audio(new QAudioOutput(this))
    , m_screen(new QStackedWidget(this))
    , m_video(new QVideoWidget(this))
    , m_soundOnly(new QLabel(tr("Sound only — this answer was recorded without a camera."), this))
    , m_play(new QPushButton(this))
    , m_back(new QToolButton(this))
    , m_forward(new QToolButton(this))
    , m_seek(new QSlider(Qt::Horizontal, this))
    , m_time(new QLabel(this))
    , m_speed(new QComboBox(this))
    , m_volume(new QSlider(Qt::Horizontal, this))
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
    m_play->setToolTip(tr("Play or pause (Space)"));
    m_back->setIcon(style()->standardIcon(QStyle::SP_MediaSeekBackward));
    m_back->setAccessibleName(tr("Back five seconds"));
    m_back->setToolTip(tr("Back five seconds (Left)"));
    m_forward->setIcon(style()->standardIcon(QStyle::SP_MediaSeekForward));
    m_forward->setAccessibleName(tr("Forward five seconds"));
    m_forward->setToolTip(tr("Forward five seconds (Right)"));
    m_seek->setObjectName(QStringLiteral("seekBar"));
    m_seek->setAccessibleName(tr("Position in the answer"));
    m_time->setObjectName(QStringLiteral("playerTime"));
    m_time->setText(formatTime(0) + QStringLiteral(" / ") + formatTime(0));
    m_speed->setObjectName(QStringLiteral("speedBox"));
    m_speed->setAccessibleName(tr("Playback speed"));
    m_speed->setToolTip(tr("Playback speed"));
    for (double rate : Speeds)
        m_speed->addItem(QStringLiteral("%1×").arg(QLocale().toString(rate)), rate);
    m_speed->setCurrentIndex(int(Speeds.indexOf(1.0)));
    m_volume->setObjectName(QStringLiteral("volumeSlider"));
    m_volume->setRange(0, 100);
    m_volume->setValue(100);
    m_volume->setMaximumWidth(90);
    m_volume->setAccessibleName(tr("Volume"));
    m_volume->setToolTip(tr("Volume"));
    auto *volumeIcon = new QLabel(this);
    volumeIcon->setPixmap(style()->standardIcon(QStyle::SP_MediaVolume).pixmap(16, 16));

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_back);
    controls->addWidget(m_play);
    controls->addWidget(m_forward);
    controls->addWidget(m_seek, 1);
    controls->addWidget(m_time);
    controls->addWidget(m_speed);
    controls->addWidget(volumeIcon);
    controls->addWidget(m_volume);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_screen, 1);
    layout->addLayout(controls);
    setTabChain(this->controls());

    connect(m_play, &QPushButton::clicked, this, &AnswerPlayer::togglePlay);
    connect(m_back, &QToolButton::clicked, this, [this] { seekBy(-JumpMs); });
    connect(m_forward, &QToolButton::clicked, this, [this] { seekBy(JumpMs); });
    connect(m_speed, &QComboBox::currentIndexChanged, this, &AnswerPlayer::applySpeed);
    connect(m_volume, &QSlider::valueChanged, this, [this](int value) { m_audio->setVolume(value / 100.0f); });
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
    // At the end the backend may report position 0; show the answer as played through.
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus status) {
        if (status != QMediaPlayer::EndOfMedia)
            return;
        m_seek->setValue(m_seek->maximum());
        m_time->setText(formatTime(m_player->duration()) + QStringLiteral(" / ") + formatTime(m_player->duration()));
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

QList<QWidget *> AnswerPlayer::controls() const
{
    return {m_back, m_play, m_forward, m_seek, m_speed, m_volume};
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
        play();
}

void AnswerPlayer::play()
{
    m_player->play();
    // The speed is applied once playing: Qt 6.4's GStreamer backend can end a sound-only
    // file at once when its rate is changed before the first play.
    applySpeed();
}

void AnswerPlayer::applySpeed()
{
    const double rate = m_speed->currentData().toDouble();
    if (m_player->playbackState() == QMediaPlayer::PlayingState && !qFuzzyCompare(m_player->playbackRate(), rate))
        m_player->setPlaybackRate(rate);
}

void AnswerPlayer::seek(qint64 ms)
{
    const qint64 duration = m_player->duration();
    m_player->setPosition(std::clamp<qint64>(ms, 0, duration > 0 ? duration : std::max<qint64>(0, ms)));
    updateTime();
}

void AnswerPlayer::seekBy(qint64 ms)
{
    seek(m_player->position() + ms);
}

void AnswerPlayer::setSpeed(double rate)
{
    int best = 0;
    for (int i = 1; i < Speeds.size(); ++i) {
        if (std::abs(Speeds.at(i) - rate) < std::abs(Speeds.at(best) - rate))
            best = i;
    }
    m_speed->setCurrentIndex(best);
}

double AnswerPlayer::speed() const
{
    return m_speed->currentData().toDouble();
}

void AnswerPlayer::setVolume(int percent)
{
    m_volume->setValue(percent);
}

void AnswerPlayer::addShortcuts(QWidget *scope)
{
    const auto add = [this, scope](Qt::Key key, auto slot) {
        auto *shortcut = new QShortcut(QKeySequence(key), scope);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    add(Qt::Key_Space, [this] { togglePlay(); });
    add(Qt::Key_Left, [this] { seekBy(-JumpMs); });
    add(Qt::Key_Right, [this] { seekBy(JumpMs); });
}

void AnswerPlayer::updateTime()
{
    m_time->setText(formatTime(m_player->position()) + QStringLiteral(" / ") + formatTime(m_player->duration()));
}

} // namespace rehearse::ui
