#pragma once

#include <QSqlDatabase>
#include <QWidget>

QT_FORWARD_DECLARE_CLASS(QChart)
QT_FORWARD_DECLARE_CLASS(QChartView)
QT_FORWARD_DECLARE_CLASS(QLabel)

namespace rehearse::ui {

// Progress in how answers sound: pace (words per minute) and filler words per minute of
// each analysed answer, oldest first, each over its reference (the band of about 120–160
// words per minute, the line at about 5 fillers per minute). Before the first analysed
// answer, or without transcripts, a note says why there is nothing to draw.
class SpeechProgressChart final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpeechProgressChart)

public:
    explicit SpeechProgressChart(QSqlDatabase db, QWidget *parent = nullptr);

    // Reads the figures again and redraws; nothing is drawn before the first call.
    void refresh();
    QChart *paceChart() const;
    QChart *fillerChart() const;
    QString note() const;

private:
    QSqlDatabase m_db;
    QWidget *m_charts;
    QChartView *m_pace;
    QChartView *m_fillers;
    QLabel *m_note;
};

} // namespace rehearse::ui
