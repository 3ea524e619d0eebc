#include "supervisor_ui/RecapModels.h"

#include "supervisor_ui/ReportFormat.h"
#include "supervisor_ui/ReportModels.h"

#include <QFont>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {
QVariant alignment(int column)
{
    return column == 0 ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                       : QVariant(Qt::AlignRight | Qt::AlignVCenter);
}

QVariant boldFont()
{
    QFont font;
    font.setBold(true);
    return font;
}
} // namespace

RecapMonthsModel::RecapMonthsModel(QObject* parent) : QAbstractTableModel(parent) {}

void RecapMonthsModel::setRecap(const YearRecap& recap)
{
    beginResetModel();
    m_recap = recap;
    endResetModel();
}

int RecapMonthsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || m_recap.year == 0 ? 0 : 13;
}

int RecapMonthsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecapMonthsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const int row = index.row();
    const bool isYear = row == 12;
    const std::optional<Report>& month =
        isYear ? std::optional<Report>(m_recap.wholeYear) : m_recap.months.value(row);
    const int column = index.column();
    if (role == Qt::TextAlignmentRole)
        return alignment(column);
    if (role == Qt::FontRole && isYear)
        return boldFont();
    if (role != Qt::DisplayRole && role != Qt::UserRole)
        return {};
    if (column == Month)
        return isYear ? tr("Year %1").arg(m_recap.year)
                      : QLocale().toString(QDate(m_recap.year, row + 1, 1), u"MMMM"_s);
    if (!month)
        return role == Qt::DisplayRole ? QVariant(ReportFormat::dash()) : QVariant();
    const ReportStats& s = month->total;
    using R = ReportRowsModel;
    const int reportColumn = column == Issued         ? R::Issued
                             : column == Served       ? R::Served
                             : column == NoShow       ? R::NoShow
                             : column == WaitMean     ? R::WaitMean
                             : column == WithinTarget ? R::WithinTarget
                             : column == ServiceMean  ? R::ServiceMean
                                                      : -1;
    if (column == Completed)
        return role == Qt::DisplayRole ? QVariant(ReportFormat::count(s.completed)) : QVariant(s.completed);
    return role == Qt::DisplayRole ? QVariant(R::text(s, reportColumn)) : R::figure(s, reportColumn);
}

QVariant RecapMonthsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Month:
        return tr("Month");
    case Issued:
        return tr("Visitors (tickets)");
    case Served:
        return tr("Served");
    case Completed:
        return tr("Completed");
    case NoShow:
        return tr("No-show");
    case WaitMean:
        return tr("Mean wait (min)");
    case WithinTarget:
        return tr("Within target");
    case ServiceMean:
        return tr("Mean service (min)");
    default:
        return {};
    }
}

RecapServicesModel::RecapServicesModel(Figure figure, QObject* parent)
    : QAbstractTableModel(parent), m_figure(figure)
{}

void RecapServicesModel::setRecap(const YearRecap& recap)
{
    beginResetModel();
    m_recap = recap;
    endResetModel();
}

int RecapServicesModel::valueAt(int row, int month) const
{
    const QString code = m_recap.wholeYear.byService.value(row).key;
    const std::optional<Report>& report = m_recap.months.value(month - 1);
    if (!report)
        return 0;
    for (const auto& r : report->byService)
        if (r.key == code)
            return m_figure == Figure::Served ? r.stats.served : r.stats.issued;
    return 0;
}

int RecapServicesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || m_recap.year == 0 ? 0 : int(m_recap.wholeYear.byService.size()) + 1;
}

int RecapServicesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 14; // service, twelve months, year
}

QVariant RecapServicesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const int row = index.row();
    const bool isTotal = row == m_recap.wholeYear.byService.size();
    const int column = index.column();
    if (role == Qt::TextAlignmentRole)
        return alignment(column);
    if (role == Qt::FontRole && (isTotal || column == 13))
        return boldFont();
    if (role != Qt::DisplayRole && role != Qt::UserRole)
        return {};
    if (column == 0) {
        if (isTotal)
            return tr("Total");
        const ReportRow& r = m_recap.wholeYear.byService.at(row);
        return r.label.isEmpty() ? r.key : r.label;
    }
    int value = 0;
    if (column == 13) {
        const ReportStats& s = isTotal ? m_recap.wholeYear.total : m_recap.wholeYear.byService.at(row).stats;
        value = m_figure == Figure::Served ? s.served : s.issued;
    } else if (isTotal) {
        const std::optional<Report>& month = m_recap.months.value(column - 1);
        if (!month)
            return role == Qt::DisplayRole ? QVariant(ReportFormat::dash()) : QVariant();
        value = m_figure == Figure::Served ? month->total.served : month->total.issued;
    } else {
        if (!m_recap.months.value(column - 1))
            return role == Qt::DisplayRole ? QVariant(ReportFormat::dash()) : QVariant();
        value = valueAt(row, column);
    }
    return role == Qt::DisplayRole ? QVariant(ReportFormat::count(value)) : QVariant(value);
}

QVariant RecapServicesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == 0)
        return tr("Service");
    if (section == 13)
        return QString::number(m_recap.year);
    return QLocale().toString(QDate(2000, section, 1), u"MMM"_s);
}

} // namespace antre
