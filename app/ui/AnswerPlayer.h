#pragma once

#include <QMediaPlayer>
#include <QWidget>

class QAudioOutput;
class QComboBox;
class QLabel;
class QPushButton;
class QSlider;
class QStackedWidget;
class QToolButton;
class QVideoWidget;

namespace rehearse::ui {

// Plays one recorded answer: picture (or a sound-only notice), play/pause, a seek bar
// with elapsed and total time, jumps of five seconds, speed (0.75×–2×) and volume.
class AnswerPlayer final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnswerPlayer)

public:
    static constexpr qint64 JumpMs = 5000;

    explicit AnswerPlayer(QWidget *parent = nullptr);

    void open(const QString &path, bool audioOnly);
    void clear();
    void togglePlay();
    void play();
    void seek(qint64 ms);
    void seekBy(qint64 ms);
    void setSpeed(double rate);
    double speed() const;
    void setVolume(int percent);
    QMediaPlayer *player() const { return m_player; }
    // The controls in reading order, for the Tab order of a view that holds the player.
    QList<QWidget *> controls() const;
    // Space plays or pauses, Left and Right jump by five seconds while the focus is
    // anywhere inside scope (text fields keep those keys for themselves).
    void addShortcuts(QWidget *scope);

    static QString formatTime(qint64 ms);

private:
    void updateTime();
    void applySpeed();

    QMediaPlayer *m_player;
    QAudioOutput *m_audio;
    QStackedWidget *m_screen;
    QVideoWidget *m_video;
    QLabel *m_soundOnly;
    QPushButton *m_play;
    QToolButton *m_back;
    QToolButton *m_forward;
    QSlider *m_seek;
    QLabel *m_time;
    QComboBox *m_speed;
    QSlider *m_volume;
};

} // namespace rehearse::ui
