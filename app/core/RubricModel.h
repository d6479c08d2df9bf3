#pragma once

#include "core/ReviewRepository.h"

#include <QAbstractTableModel>

namespace rehearse::core {

// The rubric, editable in place: every change is written at once. Criteria are switched
// off rather than deleted, so that the scores already given to them stay.
class RubricModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RubricModel)

public:
    enum Column { Name, Description, Level1, Level3, Level5, ColumnCount };

    explicit RubricModel(QSqlDatabase db, QObject *parent = nullptr);

    void reload();
    // Appends a criterion; returns its row, -1 when it cannot be stored.
    int addCriterion(const QString &name);
    const Criterion &criterion(int row) const { return m_criteria.at(row); }
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void saveFailed(const QString &message);

private:
    QSqlDatabase m_db;
    QList<Criterion> m_criteria;
    QString m_error;
};

} // namespace rehearse::core
