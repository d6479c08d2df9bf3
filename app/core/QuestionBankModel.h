#pragma once

#include "core/QuestionBank.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>

#include <functional>

namespace rehearse::core {

class Database;

// The question bank as a table that fetches in pages: a search or filter change reads the
// first page only, and the view asks for more as it scrolls, so typing stays instant on a
// bank of any size. How many match in all is counted on a worker thread (on its own
// connection) and arrives through totalChanged() a moment later.
class QuestionBankModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuestionBankModel)

public:
    static constexpr int PageSize = 200;
    enum Role { IdRole = Qt::UserRole, OwnRole, HiddenRole, SortRole };

    explicit QuestionBankModel(Database &database, QObject *parent = nullptr);
    ~QuestionBankModel() override;

    // What "now" is, for the due filter and column; the wall clock by default.
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

    void setFilter(const BankFilter &filter);
    const BankFilter &filter() const { return m_filter; }
    // Reads the count and the first page again (after an edit or import).
    void refresh();
    // How many questions match, of which rowCount() are fetched so far; -1 while counting.
    int total() const { return m_total; }
    // Counts on the calling thread instead, for tests and benchmarks.
    void setCountInBackground(bool background) { m_countInBackground = background; }
    const BankRow &row(int index) const { return m_rows.at(index); }
    int rowOf(qint64 id) const;
    // Every matching id in the current order, for export.
    QList<qint64> allIds() const;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void totalChanged(int total);

private:
    void startCount();

    Database &m_database;
    QuestionBank m_bank;
    QFutureWatcher<int> m_counter;
    bool m_countInBackground = true;
    bool m_countAgain = false;
    bool m_lastPageFull = false;
    bool m_notifying = false;
    std::function<QDateTime()> m_now;
    BankFilter m_filter;
    QList<BankRow> m_rows;
    int m_total = 0;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace rehearse::core
