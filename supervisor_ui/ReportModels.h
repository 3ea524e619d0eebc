#pragma once

#include "core/Report.h"

#include <QAbstractTableModel>

#include <optional>

namespace antre {

// One grouping of a report (by service, agency, booth, officer, hour or day) as a table. The display
// text is what the screen and the PDF show; Qt::UserRole holds the figure exactly as the report has it.
class ReportRowsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Issued,
        Served,
        NoShow,
        Expired,
        Cancelled,
        Transferred,
        WaitMean,
        WaitMedian,
        WaitP90,
        WaitMax,
        WithinTarget,
        ServiceMean,
        ColumnCount
    };
    enum class Labels
    {
        Name,
        Day
    };

    explicit ReportRowsModel(Labels labels = Labels::Name, QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(ReportRowsModel)

    // The total row (the whole report) is shown last when given.
    void setRows(const QList<ReportRow>& rows, const std::optional<ReportStats>& total);
    const ReportStats& statsAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QVariant figure(const ReportStats& stats, int column);
    static QString text(const ReportStats& stats, int column);
    static QString columnTitle(int column);
    static QString columnDescription(int column);

private:
    Labels m_labels;
    QList<ReportRow> m_rows;
    std::optional<ReportStats> m_total;
};

// Minutes each booth was open, on break and unstaffed during its opening hours.
class StaffingModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Booth,
        Scheduled,
        Open,
        Break,
        OpenInHours,
        Unstaffed,
        ColumnCount
    };

    explicit StaffingModel(QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(StaffingModel)

    void setRows(const QList<CounterStaffing>& rows);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static int figure(const CounterStaffing& row, int column);

private:
    QList<CounterStaffing> m_rows;
};

} // namespace antre
