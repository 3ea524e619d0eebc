#include "report_pdf/OmbudsmanPdf.h"

#include "report_pdf/PdfDocument.h"

#include <QJsonArray>
#include <QLocale>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {

using report::Section;

// A section as a PDF table: its column titles, its cells as the CSV shows them (figures right-aligned).
void addSection(PdfDocument& pdf, const Section& section, const QList<qreal>& widths)
{
    pdf.addHeading(section.title);
    if (section.rows.isEmpty()) {
        pdf.addParagraph(OmbudsmanPdf::tr("None in this period."));
        return;
    }
    QStringList header;
    QList<int> textColumns;
    for (qsizetype c = 0; c < section.columns.size(); ++c) {
        header << section.columns[c].title;
        if (section.columns[c].kind == report::Kind::Text)
            textColumns << int(c);
    }
    QList<QStringList> rows;
    for (const auto& row : section.rows) {
        QStringList cells;
        for (qsizetype c = 0; c < section.columns.size(); ++c)
            cells << report::cellText(row.at(c), section.columns[c].kind);
        rows << cells;
    }
    pdf.addTable(header, rows, widths, textColumns);
}

QString dateText(QDate date)
{
    return QLocale().toString(date, QLocale::LongFormat);
}

// Counts of one grouping of the complaints as rows (label, count), those with none left out.
QList<QStringList> countRows(const QList<ComplaintCount>& counts)
{
    QList<QStringList> rows;
    for (const auto& c : counts)
        if (c.count > 0)
            rows << QStringList{c.label.isEmpty() ? OmbudsmanPdf::tr("not recorded") : c.label,
                                QString::number(c.count)};
    return rows;
}

void addComplaints(PdfDocument& pdf, const ComplaintReport& c)
{
    pdf.addHeading(OmbudsmanPdf::tr("Complaints"));
    pdf.addParagraph(OmbudsmanPdf::tr("Received %1, answered %2, rejected %3, still open %4, overdue %5.")
                         .arg(c.received)
                         .arg(c.answered)
                         .arg(c.rejected)
                         .arg(c.open)
                         .arg(c.overdue));
    pdf.addParagraph(
        OmbudsmanPdf::tr("Median time to answer: %1. Answered within the SLA: %2 (%3 of %4 decided).")
            .arg(c.medianDaysToAnswer ? OmbudsmanPdf::tr("%1 days").arg(report::cellText(
                                            report::rounded(*c.medianDaysToAnswer), report::Kind::Decimal))
                                      : u"–"_s,
                 c.percentWithinSla ? report::cellText(*c.percentWithinSla, report::Kind::Decimal) + u" %"_s
                                    : u"–"_s)
            .arg(c.withinSla)
            .arg(c.slaDecided));
    const QList<std::pair<QString, QList<ComplaintCount>>> groups{
        {OmbudsmanPdf::tr("Category"), c.byCategory},
        {OmbudsmanPdf::tr("Channel"), c.byChannel},
        {OmbudsmanPdf::tr("Agency"), c.byAgency},
        {OmbudsmanPdf::tr("Status"), c.byStatus}};
    for (const auto& [title, counts] : groups) {
        const QList<QStringList> rows = countRows(counts);
        if (!rows.isEmpty())
            pdf.addTable({title, OmbudsmanPdf::tr("Complaints")}, rows, {60, 40});
    }
}

} // namespace

Status OmbudsmanPdf::write(const OmbudsmanReport& r, const QString& path)
{
    const IkmGroup& ikm = r.ikmByService.total;
    PdfDocument pdf(r.siteName, tr("Public service compliance report (Ombudsman)"),
                    {tr("Period: %1 – %2").arg(dateText(r.from), dateText(r.to)),
                     tr("Made on %1")
                         .arg(QLocale().toString(r.asOf.toTimeZone(QTimeZone(r.waits.timezone.toUtf8())),
                                                 QLocale::ShortFormat))});

    pdf.addHeading(tr("Key figures"));
    int scheduled = 0;
    int empty = 0;
    for (const auto& booth : r.waits.staffing) {
        scheduled += booth.scheduledMin;
        empty += booth.unstaffedMin;
    }
    const QString pct = [](double v) {
        return report::cellText(report::rounded(v), report::Kind::Decimal);
    }(r.waits.total.withinTargetPct);
    pdf.addTable(
        {tr("Figure"), tr("Value")},
        {{tr("Tickets issued"), QString::number(r.waits.total.issued)},
         {tr("Citizens served"), QString::number(r.waits.total.served)},
         {tr("Called within the wait target"), pct + u" %"_s},
         {tr("Booths empty during opening hours (minutes)"), tr("%1 of %2").arg(empty).arg(scheduled)},
         {tr("IKM of the hall"),
          ikm.responses() > 0 ? u"%1 (%2, %3)"_s.arg(Ikm::decimal(ikm.ikmHundredths()),
                                                     Ikm::bandLetter(ikm.band()), Ikm::bandName(ikm.band()))
                              : u"–"_s},
         {tr("Survey responses"), tr("%1 of %2 needed").arg(ikm.responses()).arg(ikm.sampleNeeded())},
         {tr("Complaints received"), QString::number(r.complaints.received)},
         {tr("Complaints answered within the SLA"),
          r.complaints.percentWithinSla
              ? report::cellText(*r.complaints.percentWithinSla, report::Kind::Decimal) + u" %"_s
              : u"–"_s}},
        {55, 45});

    addSection(pdf, OmbudsmanReportBuilder::servicesSection(r), {9, 31, 9, 9, 10, 10, 10, 12});
    addSection(pdf, OmbudsmanReportBuilder::emptyBoothsSection(r), {12, 40, 10, 13, 13, 12});
    addSection(pdf,
               OmbudsmanReportBuilder::ikmSection(r.ikmByService, u"ikm_by_service"_s, tr("IKM per service")),
               {9, 31, 11, 11, 9, 9, 7, 13});
    addSection(pdf,
               OmbudsmanReportBuilder::ikmSection(r.ikmByAgency, u"ikm_by_agency"_s, tr("IKM per agency")),
               {9, 31, 11, 11, 9, 9, 7, 13});
    addSection(pdf, OmbudsmanReportBuilder::nrrSection(r), {20, 65, 15});
    addComplaints(pdf, r.complaints);
    return pdf.write(path);
}

} // namespace antre
