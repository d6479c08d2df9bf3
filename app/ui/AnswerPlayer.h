#pragma once

#include <QMediaPlayer>
#include <QWidget>

class QAudioOutput;
class QLabel;
class QPushButton;
class QSlider;
class QStackedWidget;
class QVideoWidget;

namespace rehearse::ui {

// Plays one recorded answer: picture (or a sound-only notice), play/pause, a seek bar
// with elapsed and total time.
class AnswerPlayer final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnswerPlayer)

public:
    explicit AnswerPlayer(QWidget *parent = nullptr);

    void open(const QString &path, bool audioOnly);
    void clear();
    void togglePlay();
    QMediaPlayer *player() const { return m_player; }

    static QString formatTime(qint64 ms);

private:
    void updateTime();

    QMediaPlayer *m_player;
    QAudioOutput *m_audio;
    QStackedWidget *m_screen;
    QVideoWidget *m_video;
    QLabel *m_soundOnly;
    QPushButton *m_play;
    QSlider *m_seek;
    QLabel *m_time;
};

} // namespace rehearse::ui
