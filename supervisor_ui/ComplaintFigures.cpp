#include "supervisor_ui/ComplaintFigures.h"

#include "report_pdf/PdfDocument.h"
#include "supervisor_ui/ReportFormat.h"

#include <QLocale>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {

using Row = TextTableModel::Row;

QList<QStringList> textsOf(const QList<Row>& rows)
{
    QList<QStringList> out;
    for (const Row& row : rows) {
        QStringList line;
        for (const auto& cell : row)
            line << cell.text;
        out << line;
    }
    return out;
}

QString dayOrDash(QDate day)
{
    return day.isValid() ? QLocale().toString(day, u"dd/MM/yyyy"_s) : ReportFormat::dash();
}

} // namespace

QString ComplaintFigures::title()
{
    return tr("Monthly complaint report");
}

QString ComplaintFigures::days(const std::optional<double>& value)
{
    return value ? tr("%1 days").arg(QLocale().toString(*value, 'f', 1)) : ReportFormat::dash();
}

QList<ComplaintFigure> ComplaintFigures::summary(const ComplaintReport& r)
{
    return {
        {u"received"_s, tr("Received"), ReportFormat::count(r.received),
         tr("Complaints received in the period")},
        {u"answered"_s, tr("Answered"), ReportFormat::count(r.answered),
         tr("Complaints of the period given an answer, whatever their status now")},
        {u"rejected"_s, tr("Rejected"), ReportFormat::count(r.rejected),
         tr("Complaints rejected with a reason")},
        {u"open"_s, tr("Open"), ReportFormat::count(r.open), tr("Not yet closed or rejected")},
        {u"overdue"_s, tr("Overdue"), ReportFormat::count(r.overdue),
         tr("Not answered by their due day, as of the report's date")},
        {u"median_days"_s, tr("Median time to answer"), days(r.medianDaysToAnswer),
         tr("Calendar days from receipt to the first answer, the middle value")},
        {u"within_sla"_s, tr("Answered within the SLA"),
         ReportFormat::percent(r.percentWithinSla.value_or(0), r.percentWithinSla.has_value()),
         tr("%1 of %2 complaints whose SLA is decided (answered, or past the due day)")
             .arg(ReportFormat::count(r.withinSla), ReportFormat::count(r.slaDecided))},
    };
}

QString ComplaintFigures::asOfLine(const ComplaintReport& r)
{
    return tr("Complaints received %1, as of %2; statuses and overdue as of that day.")
        .arg(ReportFormat::period(r.from, r.to), ReportFormat::date(r.asOf));
}

QStringList ComplaintFigures::countHeader(const QString& groupTitle)
{
    return {groupTitle, tr("Complaints")};
}

QList<Row> ComplaintFigures::countRows(const QList<ComplaintCount>& counts,
                                       const QHash<QString, QString>& names)
{
    QList<Row> rows;
    int total = 0;
    for (const ComplaintCount& c : counts) {
        total += c.count;
        QString label = c.label;
        if (c.key.isEmpty() && !names.isEmpty())
            label = tr("(no agency)");
        else if (names.contains(c.key))
            label = names.value(c.key);
        rows << Row{{label, c.key}, {ReportFormat::count(c.count), c.count}};
    }
    rows << Row{{tr("Total"), u"total"_s}, {ReportFormat::count(total), total}};
    return rows;
}

QStringList ComplaintFigures::listHeader()
{
    return {tr("Reference"), tr("Received"), tr("Channel"),  tr("Category"),   tr("Agency"),
            tr("Status"),    tr("Due"),      tr("Answered"), tr("Within SLA"), tr("Complaint")};
}

QList<Row> ComplaintFigures::listRows(const ComplaintReport& r)
{
    QList<Row> rows;
    for (const Complaint& c : r.complaints) {
        const QString agency = c.assignedAgency.isEmpty() ? c.agency : c.assignedAgency;
        QString sla = ReportFormat::dash();
        if (c.answeredDay.isValid())
            sla = c.answeredWithinSla() ? tr("yes") : tr("no");
        else if (c.isOverdue(r.asOf))
            sla = tr("overdue");
        rows << Row{{c.reference, c.reference},
                    {dayOrDash(c.receivedDay), c.receivedDay},
                    {ComplaintLabels::channel(c.channel), toKey(c.channel)},
                    {ComplaintLabels::category(c.category), toKey(c.category)},
                    {agency.isEmpty() ? ReportFormat::dash() : agency, agency},
                    {ComplaintLabels::status(c.status), toKey(c.status)},
                    {dayOrDash(c.dueDay), c.dueDay},
                    {dayOrDash(c.answeredDay), c.answeredDay},
                    {sla, {}},
                    {QString(c.text).replace(u'\n', u' '), {}}};
    }
    return rows;
}

Status ComplaintFigures::writeCsv(const ComplaintReport& report, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(ComplaintReportBuilder::toCsv(report)) < 0 ||
        !file.commit())
        return makeError(ErrorKind::Internal, ErrorCode::ExportFailed,
                         tr("Could not write %1: %2").arg(path, file.errorString()));
    return Done{};
}

Status ComplaintFigures::writePdf(const ComplaintReport& r, const QString& siteName,
                                  const QHash<QString, QString>& agencyNames, const QString& path)
{
    PdfDocument pdf(siteName, title(),
                    {siteName, tr("Period: %1").arg(ReportFormat::period(r.from, r.to)), asOfLine(r)},
                    QPageLayout::Landscape);
    pdf.addHeading(tr("Summary"));
    QList<QStringList> figures;
    for (const ComplaintFigure& f : summary(r))
        figures << QStringList{f.label, f.text, f.description};
    pdf.addTable({tr("Figure"), tr("Value"), tr("Meaning")}, figures, {25, 15, 60}, {0, 2});
    const auto counts = [&](const QString& heading, const QList<ComplaintCount>& list,
                            const QHash<QString, QString>& names = {}) {
        const QList<Row> rows = countRows(list, names);
        pdf.addHeading(heading);
        pdf.addTable(countHeader(heading), textsOf(rows), {40, 15}, {0}, {int(rows.size()) - 1});
    };
    counts(tr("By category"), r.byCategory);
    counts(tr("By channel"), r.byChannel);
    counts(tr("By agency"), r.byAgency, agencyNames);
    counts(tr("By status"), r.byStatus);
    pdf.addHeading(tr("Complaints"));
    if (r.complaints.isEmpty())
        pdf.addParagraph(tr("No complaints were received in this period."));
    else
        pdf.addTable(listHeader(), textsOf(listRows(r)), {11, 8, 9, 11, 7, 9, 8, 8, 6, 23},
                     {0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
    return pdf.write(path);
}

} // namespace antre
