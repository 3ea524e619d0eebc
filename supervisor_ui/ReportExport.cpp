#include "supervisor_ui/ReportExport.h"

#include "core/Schedule.h"
#include "report_pdf/PdfDocument.h"
#include "supervisor_ui/ReportCharts.h"
#include "supervisor_ui/ReportFormat.h"
#include "supervisor_ui/ReportModels.h"

#include <QChart>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace antre {

QList<Figure> ReportExport::summary(const ReportStats& t)
{
    using M = ReportRowsModel;
    const auto figure = [&](const QString& key, int column) {
        return Figure{key, M::columnTitle(column), M::text(t, column), M::columnDescription(column)};
    };
    return {figure(u"issued"_s, M::Issued),           figure(u"served"_s, M::Served),
            figure(u"no_show"_s, M::NoShow),          figure(u"expired"_s, M::Expired),
            figure(u"cancelled"_s, M::Cancelled),     figure(u"wait_mean"_s, M::WaitMean),
            figure(u"wait_median"_s, M::WaitMedian),  figure(u"wait_p90"_s, M::WaitP90),
            figure(u"wait_max"_s, M::WaitMax),        figure(u"within_target"_s, M::WithinTarget),
            figure(u"service_mean"_s, M::ServiceMean)};
}

QString ReportExport::title()
{
    return tr("Wait-time report");
}

QString ReportExport::periodLine(const Report& report)
{
    return tr("Period: %1").arg(ReportFormat::period(report.from, report.to));
}

QString ReportExport::asOfLine(const Report& report)
{
    const QTimeZone zone = Schedule::zone(report.timezone);
    const QString at = ReportFormat::dateTime(report.asOf, zone);
    const QDate today = Schedule::businessDay(report.asOf, zone);
    if (today >= report.from && today <= report.to)
        return tr("As of %1; today's figures are still running.").arg(at);
    return tr("As of %1.").arg(at);
}

QString ReportExport::headLine(const Report& report)
{
    return report.head ? report.head->text(Schedule::zone(report.timezone)) : QString();
}

Status ReportExport::writeCsv(const Report& report, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(ReportBuilder::toCsv(report)) < 0 || !file.commit())
        return makeError(ErrorKind::Internal, ErrorCode::ExportFailed,
                         tr("Could not write %1: %2").arg(path, file.errorString()));
    return Done{};
}

Status ReportExport::writePdf(const Report& report, const QString& path)
{
    QStringList subtitle{report.siteName, periodLine(report), asOfLine(report)};
    // Whoever holds the paper can check it against the log it came from (docs/RELIABILITY.md).
    if (const QString head = headLine(report); !head.isEmpty())
        subtitle << head;
    subtitle << tr("Waits in minutes from taking the ticket to the first call; service time from start of "
                   "service to finish.");
    PdfDocument pdf(report.siteName, title(), subtitle, QPageLayout::Landscape);

    pdf.addHeading(tr("Summary"));
    QList<QStringList> figures;
    for (const auto& f : summary(report.total))
        figures << QStringList{f.label, f.text, f.description};
    pdf.addTable({tr("Figure"), tr("Value"), tr("Meaning")}, figures, {20, 12, 68}, {0, 2});

    std::vector<std::unique_ptr<QChart>> row;
    row.push_back(ReportCharts::hourly(report));
    row.push_back(ReportCharts::waitDistribution(report));
    pdf.addChartRow(std::move(row), 0.5);
    pdf.addChart(ReportCharts::trend(report), 0.3);

    const auto table = [&](const QString& heading, const QList<ReportRow>& rows, bool withTotal,
                           ReportRowsModel::Labels labels = ReportRowsModel::Labels::Name) {
        ReportRowsModel model(labels);
        model.setRows(rows, withTotal ? std::optional<ReportStats>(report.total) : std::nullopt);
        pdf.addHeading(heading);
        pdf.addTable(model, 22);
    };
    table(tr("By service"), report.byService, true);
    table(tr("By agency"), report.byAgency, true);
    table(tr("By booth"), report.byCounter, false);
    table(tr("By officer"), report.byOfficer, false);
    table(tr("By hour of day"), report.byHour, true);
    table(tr("By day"), report.byDay, true, ReportRowsModel::Labels::Day);

    StaffingModel staffing;
    staffing.setRows(report.staffing);
    pdf.addHeading(tr("Booth staffing"));
    pdf.addParagraph(
        tr("Minutes within the opening hours of each booth's services; unstaffed means neither open "
           "nor on break while its services were open."));
    pdf.addTable(staffing, 25);
    return pdf.write(path);
}

} // namespace antre
