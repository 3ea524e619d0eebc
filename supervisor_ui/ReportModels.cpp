#include "supervisor_ui/ReportModels.h"

#include "supervisor_ui/ReportFormat.h"
#include "ui_common/Style.h"

#include <QBrush>
#include <QFont>

using namespace Qt::Literals::StringLiterals;

namespace antre {

ReportRowsModel::ReportRowsModel(Labels labels, QObject* parent)
    : QAbstractTableModel(parent), m_labels(labels)
{}

void ReportRowsModel::setRows(const QList<ReportRow>& rows, const std::optional<ReportStats>& total)
{
    beginResetModel();
    m_rows = rows;
    m_total = total;
    endResetModel();
}

const ReportStats& ReportRowsModel::statsAt(int row) const
{
    return row < m_rows.size() ? m_rows.at(row).stats : *m_total;
}

int ReportRowsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size()) + (m_total ? 1 : 0);
}

int ReportRowsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReportRowsModel::figure(const ReportStats& s, int column)
{
    switch (column) {
    case Issued:
        return s.issued;
    case Served:
        return s.served;
    case NoShow:
        return s.noShow;
    case Expired:
        return s.expired;
    case Cancelled:
        return s.cancelled;
    case Transferred:
        return s.transferredIn;
    case WaitMean:
        return s.waitMean;
    case WaitMedian:
        return s.waitMedian;
    case WaitP90:
        return s.waitP90;
    case WaitMax:
        return s.waitMax;
    case WithinTarget:
        return s.withinTargetPct;
    case ServiceMean:
        return s.serviceMean;
    default:
        return {};
    }
}

QString ReportRowsModel::text(const ReportStats& s, int column)
{
    switch (column) {
    case Issued:
    case Served:
    case NoShow:
    case Expired:
    case Cancelled:
    case Transferred:
        return ReportFormat::count(figure(s, column).toInt());
    case WaitMean:
    case WaitMedian:
    case WaitP90:
    case WaitMax:
        return ReportFormat::minutes(figure(s, column).toDouble(), s.waitSamples > 0);
    case WithinTarget:
        return ReportFormat::percent(s.withinTargetPct, s.waitSamples > 0);
    case ServiceMean:
        return ReportFormat::minutes(s.serviceMean, s.serviceSamples > 0);
    default:
        return {};
    }
}

QVariant ReportRowsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const bool isTotal = index.row() >= m_rows.size();
    const ReportStats& stats = statsAt(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        if (column != Name)
            return text(stats, column);
        if (isTotal)
            return tr("Total");
        if (m_labels == Labels::Day)
            return ReportFormat::weekdayDate(QDate::fromString(m_rows.at(index.row()).key, Qt::ISODate));
        return m_rows.at(index.row()).label.isEmpty() ? m_rows.at(index.row()).key
                                                      : m_rows.at(index.row()).label;
    case Qt::UserRole:
        return column == Name ? QVariant(isTotal ? QString() : m_rows.at(index.row()).key)
                              : figure(stats, column);
    case Qt::ToolTipRole:
        return column == Name && !isTotal ? QVariant(m_rows.at(index.row()).key)
                                          : QVariant(columnDescription(column));
    case Qt::TextAlignmentRole:
        return column == Name ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                              : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (isTotal) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ForegroundRole:
        // Under 80 % within target is what a supervisor should look at first.
        if (column == WithinTarget && stats.waitSamples > 0 && stats.withinTargetPct < 80.0)
            return QBrush(Style::danger());
        return {};
    default:
        return {};
    }
}

QString ReportRowsModel::columnTitle(int column)
{
    switch (column) {
    case Name:
        return tr("Name");
    case Issued:
        return tr("Issued");
    case Served:
        return tr("Served");
    case NoShow:
        return tr("No-show");
    case Expired:
        return tr("Expired");
    case Cancelled:
        return tr("Cancelled");
    case Transferred:
        return tr("Transferred");
    case WaitMean:
        return tr("Mean wait");
    case WaitMedian:
        return tr("Median wait");
    case WaitP90:
        return tr("P90 wait");
    case WaitMax:
        return tr("Max wait");
    case WithinTarget:
        return tr("Within target");
    case ServiceMean:
        return tr("Mean service");
    default:
        return {};
    }
}

QString ReportRowsModel::columnDescription(int column)
{
    switch (column) {
    case Issued:
        return tr("Tickets taken");
    case Served:
        return tr("Tickets served to the end (any outcome)");
    case NoShow:
        return tr("Called but did not come");
    case Expired:
        return tr("Still waiting when the day ended");
    case Cancelled:
        return tr("Cancelled tickets");
    case Transferred:
        return tr("Tickets moved here from another service");
    case WaitMean:
        return tr("Average minutes from taking the ticket to the first call");
    case WaitMedian:
        return tr("Half of the citizens waited at most this many minutes");
    case WaitP90:
        return tr("Nine in ten citizens waited at most this many minutes");
    case WaitMax:
        return tr("Longest wait in minutes");
    case WithinTarget:
        return tr("Share of called tickets whose wait was within the service's target");
    case ServiceMean:
        return tr("Average minutes at the booth, from start of service to finish");
    default:
        return {};
    }
}

QVariant ReportRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole)
        return columnTitle(section);
    if (role == Qt::ToolTipRole)
        return columnDescription(section);
    return {};
}

StaffingModel::StaffingModel(QObject* parent) : QAbstractTableModel(parent) {}

void StaffingModel::setRows(const QList<CounterStaffing>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int StaffingModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StaffingModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int StaffingModel::figure(const CounterStaffing& row, int column)
{
    switch (column) {
    case Scheduled:
        return row.scheduledMin;
    case Open:
        return row.openMin;
    case Break:
        return row.breakMin;
    case OpenInHours:
        return row.openInHoursMin;
    case Unstaffed:
        return row.unstaffedMin;
    default:
        return 0;
    }
}

QVariant StaffingModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CounterStaffing& row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return column == Booth ? row.name : ReportFormat::count(figure(row, column));
    case Qt::UserRole:
        return column == Booth ? QVariant(row.code) : QVariant(figure(row, column));
    case Qt::TextAlignmentRole:
        return column == Booth ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                               : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (column == Unstaffed && row.unstaffedMin > 0)
            return QBrush(Style::danger());
        return {};
    default:
        return {};
    }
}

QVariant StaffingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Booth:
        return tr("Booth");
    case Scheduled:
        return tr("Opening hours (min)");
    case Open:
        return tr("Open (min)");
    case Break:
        return tr("On break (min)");
    case OpenInHours:
        return tr("Open in hours (min)");
    case Unstaffed:
        return tr("Unstaffed (min)");
    default:
        return {};
    }
}

} // namespace antre
