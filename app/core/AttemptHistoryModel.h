#pragma once

#include <QAbstractTableModel>
#include <QDate>
#include <QDateTime>
#include <QSortFilterProxyModel>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace rehearse::core {

// Every finished attempt, newest first, read with one query: what the History panel
// lists. Display text per column; Qt::UserRole holds the raw value that sorts.
class AttemptHistoryModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttemptHistoryModel)

public:
    enum Column { Date, Question, Category, Length, Mode, Overall, Rubric, ColumnCount };
    enum Role { SortRole = Qt::UserRole, AttemptIdRole, QuestionIdRole, CategoryRole, QualitiesRole, StartedRole };

    struct Row {
        qint64 attemptId = 0;
        qint64 questionId = 0;
        QString question;
        QString category;
        QStringList qualities;
        QDateTime startedAt;
        qint64 durationMs = 0;
        qint64 limitMs = 0;
        bool audioOnly = false;
        QString state;
        std::optional<int> overall;
        std::optional<double> rubricMean;
        int bookmarks = 0;
    };

    explicit AttemptHistoryModel(QSqlDatabase db, QObject *parent = nullptr);

    // Reads the attempts again; false (and the list left as it was) on a database error.
    bool reload();
    const Row &row(int index) const { return m_rows.at(index); }
    int rowOf(qint64 attemptId) const; // -1 when not listed
    // The categories and qualities the listed attempts have, sorted, for filter choices.
    QStringList categories() const;
    QStringList qualities() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString formatLength(qint64 ms);
    static QString formatDate(const QDateTime &when);

private:
    QSqlDatabase m_db;
    QList<Row> m_rows;
};

// Filters the history: by words in the question, one question, category, quality, a date
// range (inclusive, local dates) and a score band.
class AttemptFilterModel final : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttemptFilterModel)

public:
    enum class Score { Any, Unscored, Weak, Fair, Strong };

    explicit AttemptFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    void setQuestionId(qint64 questionId); // 0: any
    void setCategory(const QString &category); // empty: any
    void setQuality(const QString &quality); // empty: any
    void setDateRange(const QDate &from, const QDate &to); // invalid: open
    void setScore(Score score);

    qint64 questionId() const { return m_questionId; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    qint64 m_questionId = 0;
    QString m_category;
    QString m_quality;
    QDate m_from;
    QDate m_to;
    Score m_score = Score::Any;
};

} // namespace rehearse::core
