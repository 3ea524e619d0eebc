#pragma once

#include "core/report/YearRecap.h"

#include <QAbstractTableModel>

namespace antre {

// The year's months as rows (with the whole year last), the figures citizens and reviewers ask for.
class RecapMonthsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Month,
        Issued,
        Served,
        Completed,
        NoShow,
        WaitMean,
        WithinTarget,
        ServiceMean,
        ColumnCount
    };

    explicit RecapMonthsModel(QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(RecapMonthsModel)

    void setRecap(const YearRecap& recap);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    YearRecap m_recap;
};

// Services as rows, months as columns: tickets issued or served per service and month.
class RecapServicesModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Figure
    {
        Issued,
        Served
    };

    explicit RecapServicesModel(Figure figure, QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(RecapServicesModel)

    void setRecap(const YearRecap& recap);
    // 0 for a month with no tickets of the service (and for months that have not begun).
    int valueAt(int row, int month) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Figure m_figure;
    YearRecap m_recap;
};

} // namespace antre
