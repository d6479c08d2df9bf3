#pragma once

#include <QSqlDatabase>
#include <QWidget>

QT_FORWARD_DECLARE_CLASS(QChart)
QT_FORWARD_DECLARE_CLASS(QChartView)
QT_FORWARD_DECLARE_CLASS(QGridLayout)
QT_FORWARD_DECLARE_CLASS(QLabel)
QT_FORWARD_DECLARE_CLASS(QStackedWidget)

namespace rehearse::ui {

class SpeechProgressChart;

// How practice is going, in four charts: the average score per rubric criterion week by
// week, answers per week, answer length against the time limit, and for each quality of
// the installed packs how many of its questions were practised and how they scored.
// Before the first answer it says how to get there instead.
class ProgressPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressPanel)

public:
    explicit ProgressPanel(QSqlDatabase db, QWidget *parent = nullptr);

    // Reads everything again; also done each time the panel is shown.
    void refresh();
    // The chart of the view with this object name (criteriaChart, weeklyChart,
    // lengthChart, qualityChart), or nullptr.
    QChart *chart(const QString &objectName) const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    // A titled chart with room for a legend under it, or in its place a note saying why
    // there is nothing to draw yet.
    struct Card {
        QStackedWidget *stack = nullptr;
        QWidget *page = nullptr;
        QChartView *view = nullptr;
        QLabel *legend = nullptr;
        QLabel *note = nullptr;
        void show(bool chart) const;
    };

    Card addCard(QGridLayout *grid, int row, int column, const QString &title, const QString &name);

    QSqlDatabase m_db;
    QString m_stamp; // core::DataStamp at the last refresh
    QLabel *m_summary;
    QLabel *m_empty;
    QWidget *m_charts;
    Card m_criteria;
    Card m_weekly;
    Card m_lengths;
    Card m_qualities;
    SpeechProgressChart *m_speech;
};

} // namespace rehearse::ui
