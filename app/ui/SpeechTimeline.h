#pragma once

#include "core/SpeechFigures.h"

#include <QColor>
#include <QList>
#include <QWidget>

class QLabel;

namespace rehearse::ui {

// A bar over the length of a recording: the stretches of speech, the pauses longer than
// 2.5 s (with their length written above them), filler words as ticks, and the playhead.
// A click seeks to that moment, or to the start of the pause or filler clicked. From the
// keyboard, Left and Right (Home, End) choose a mark and Enter seeks to it. Colours come
// from the palette, so it reads on light and dark themes alike.
class SpeechTimeline final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpeechTimeline)

public:
    struct Mark {
        enum class Kind { Speech, Pause, Filler };
        Kind kind = Kind::Speech;
        qint64 startMs = 0;
        qint64 endMs = 0;
        QString word; // fillers: what was heard
    };

    explicit SpeechTimeline(QWidget *parent = nullptr);

    void setFigures(const SpeechFigures &figures);
    void clear();
    void setPosition(qint64 ms);
    qint64 position() const { return m_position; }
    qint64 duration() const { return m_duration; }

    // Every mark in time order (speech, pauses and fillers interleaved).
    const QList<Mark> &marks() const { return m_marks; }
    int currentMark() const { return m_current; }
    void setCurrentMark(int index);
    // Where a mark is drawn, in widget coordinates; a point inside it hits it.
    QRect markRect(int index) const;
    // "Pause of 3.2 s at 0:41", for the screen reader and the tooltip.
    static QString describe(const Mark &mark);

    // The colours the bar is drawn in, from a palette; the legend uses the same.
    struct Colours {
        QColor silence;
        QColor frame;
        QColor speech;
        QColor pause;
        QColor filler;
    };
    static Colours colours(const QPalette &palette);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void seekRequested(qint64 ms);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QRect barRect() const;
    int xFor(qint64 ms) const;
    qint64 timeAt(int x) const;
    int markAt(const QPoint &point) const;
    void updateDescription();

    QList<Mark> m_marks;
    qint64 m_duration = 0;
    qint64 m_position = 0;
    int m_current = -1;
};

// One line under the timeline: its start (0:00) at the left, its length at the right, and
// between them what the colours mean, each beside a swatch drawn like the bar draws it.
class SpeechTimelineLegend final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpeechTimelineLegend)

public:
    explicit SpeechTimelineLegend(QWidget *parent = nullptr);

    // The length at the right; the filler key only when there is a transcript to find them in.
    void setFigures(const SpeechFigures &figures);

private:
    QLabel *m_start;
    QLabel *m_end;
    QWidget *m_fillerKey;
};

} // namespace rehearse::ui
