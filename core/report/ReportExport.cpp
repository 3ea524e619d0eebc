#include "core/report/ReportExport.h"

#include "core/Schedule.h"
#include "core/report/CsvWriter.h"
#include "core/report/ReportBasics.h"
#include "core/report/ReportStatistics.h"

#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <variant>

using namespace Qt::Literals::StringLiterals;

namespace antre::report {

namespace {

struct StatField
{
    Column column;
    std::variant<int ReportStats::*, double ReportStats::*> field;
};

QList<StatField> statFields()
{
    using R = ReportStats;
    const auto integer = [](const char16_t* key, const QString& title, int R::*field, bool inText = true) {
        return StatField{{QString::fromUtf16(key), title, Kind::Integer, inText}, field};
    };
    const auto decimal = [](const char16_t* key, const QString& title, double R::*field, bool inText = true) {
        return StatField{{QString::fromUtf16(key), title, Kind::Decimal, inText}, field};
    };
    return {
        integer(u"issued", ReportBuilder::tr("Issued"), &R::issued),
        integer(u"served", ReportBuilder::tr("Served"), &R::served),
        integer(u"completed", ReportBuilder::tr("Completed"), &R::completed, false),
        integer(u"no_show", ReportBuilder::tr("No-show"), &R::noShow),
        integer(u"expired", ReportBuilder::tr("Expired"), &R::expired),
        integer(u"cancelled", ReportBuilder::tr("Cancelled"), &R::cancelled),
        integer(u"transferred_in", ReportBuilder::tr("Transferred in"), &R::transferredIn, false),
        integer(u"wait_samples", ReportBuilder::tr("Called"), &R::waitSamples, false),
        decimal(u"wait_mean_min", ReportBuilder::tr("Wait mean"), &R::waitMean),
        decimal(u"wait_median_min", ReportBuilder::tr("Median"), &R::waitMedian),
        decimal(u"wait_p90_min", ReportBuilder::tr("P90"), &R::waitP90),
        decimal(u"wait_max_min", ReportBuilder::tr("Max"), &R::waitMax),
        decimal(u"within_target_pct", ReportBuilder::tr("In target %"), &R::withinTargetPct),
        integer(u"service_samples", ReportBuilder::tr("Service samples"), &R::serviceSamples, false),
        decimal(u"service_mean_min", ReportBuilder::tr("Service mean"), &R::serviceMean),
        decimal(u"service_median_min", ReportBuilder::tr("Service median"), &R::serviceMedian, false),
        decimal(u"service_p90_min", ReportBuilder::tr("Service P90"), &R::serviceP90, false),
    };
}

Section statSection(const QString& key, const QString& title, const QString& keyTitle,
                    const QList<ReportRow>& rows)
{
    // Without a key title (the totals) the terminal shows the label only.
    Section section{key,
                    title,
                    {{u"key"_s, keyTitle, Kind::Text, !keyTitle.isEmpty()},
                     {u"label"_s, ReportBuilder::tr("Name"), Kind::Text}},
                    {}};
    const QList<StatField> fields = statFields();
    for (const auto& f : fields)
        section.columns << f.column;
    for (const auto& row : rows) {
        QJsonArray cells{row.key, row.label};
        for (const auto& f : fields)
            cells << std::visit([&](auto member) { return rounded(double(row.stats.*member)); }, f.field);
        section.rows << cells;
    }
    return section;
}

Section staffingSection(const QList<CounterStaffing>& staffing)
{
    Section section{u"staffing"_s,
                    ReportBuilder::tr("Booth staffing (minutes)"),
                    {{u"code"_s, ReportBuilder::tr("Booth"), Kind::Text},
                     {u"name"_s, ReportBuilder::tr("Name"), Kind::Text},
                     {u"scheduled_min"_s, ReportBuilder::tr("Scheduled")},
                     {u"open_min"_s, ReportBuilder::tr("Open")},
                     {u"break_min"_s, ReportBuilder::tr("Break")},
                     {u"open_in_hours_min"_s, ReportBuilder::tr("Open in hours")},
                     {u"unstaffed_min"_s, ReportBuilder::tr("Unstaffed")}},
                    {}};
    for (const auto& s : staffing)
        section.rows << QJsonArray{s.code,     s.name,           s.scheduledMin, s.openMin,
                                   s.breakMin, s.openInHoursMin, s.unstaffedMin};
    return section;
}

Section histogramSection(const Report& report)
{
    Section section{u"wait_histogram"_s,
                    ReportBuilder::tr("Wait distribution (called tickets)"),
                    {{u"bucket_min"_s, ReportBuilder::tr("Minutes"), Kind::Text},
                     {u"tickets"_s, ReportBuilder::tr("Tickets")}},
                    {}};
    const QStringList labels = histogramLabels();
    for (qsizetype i = 0; i < labels.size(); ++i)
        section.rows << QJsonArray{labels.at(i), report.waitHistogram.value(i)};
    return section;
}

Section servedByHourSection(const Report& report)
{
    Section section{
        u"served_by_hour"_s,
        ReportBuilder::tr("Served by hour of first call"),
        {{u"hour"_s, ReportBuilder::tr("Hour"), Kind::Text}, {u"served"_s, ReportBuilder::tr("Served")}},
        {}};
    section.textSkipsZeroRows = true;
    for (int hour = 0; hour < kHours; ++hour)
        section.rows << QJsonArray{u"%1"_s.arg(hour, 2, 10, QLatin1Char('0')),
                                   report.servedByHour.value(hour)};
    return section;
}

QJsonObject jsonRecord(const Section& section, const QJsonArray& row)
{
    QJsonObject record;
    for (qsizetype i = 0; i < section.columns.size(); ++i)
        record.insert(section.columns.at(i).key, row.at(i));
    return record;
}

bool isZeroRow(const QJsonArray& row)
{
    return std::all_of(row.begin(), row.end(),
                       [](const QJsonValue& cell) { return !cell.isDouble() || cell.toDouble() == 0; });
}

// Long names (a service name can be a sentence) would push the figures off a terminal line.
QString elided(const QString& text)
{
    constexpr qsizetype kMaxWidth = 32;
    return text.size() <= kMaxWidth ? text : QString(text.left(kMaxWidth - 1) + u'…');
}

// The terminal's cells of a section: the header line, then one line per row, main columns only.
QList<QStringList> textCells(const Section& section, const QList<qsizetype>& shown)
{
    QList<QStringList> lines{{}};
    for (qsizetype i : shown)
        lines.first() << section.columns.at(i).title;
    for (const auto& row : section.rows) {
        if (section.textSkipsZeroRows && isZeroRow(row))
            continue;
        QStringList cells;
        for (qsizetype i : shown)
            cells << elided(cellText(row.at(i), section.columns.at(i).kind));
        lines << cells;
    }
    return lines;
}

} // namespace

double rounded(double value)
{
    return std::round(value * 10) / 10;
}

Section metaSection(const Report& report)
{
    const QDateTime asOf = report.asOf.toTimeZone(Schedule::zone(report.timezone));
    return {u"report"_s,
            ReportBuilder::tr("Report"),
            {{u"site"_s, ReportBuilder::tr("Site"), Kind::Text},
             {u"timezone"_s, ReportBuilder::tr("Time zone"), Kind::Text},
             {u"from"_s, ReportBuilder::tr("From"), Kind::Text},
             {u"to"_s, ReportBuilder::tr("To"), Kind::Text},
             {u"as_of"_s, ReportBuilder::tr("As of"), Kind::Text}},
            {QJsonArray{report.siteName, report.timezone, report.from.toString(Qt::ISODate),
                        report.to.toString(Qt::ISODate), asOf.toString(Qt::ISODate)}},
            true};
}

// The report's sections after the heading, in the order every export shows them.
QList<Section> bodySections(const Report& report)
{
    Section total = statSection(u"total"_s, ReportBuilder::tr("All tickets"), {},
                                {{u"total"_s, ReportBuilder::tr("All"), report.total}});
    total.single = true;
    return {total,
            statSection(u"by_service"_s, ReportBuilder::tr("By service"), ReportBuilder::tr("Service"),
                        report.byService),
            statSection(u"by_agency"_s, ReportBuilder::tr("By agency"), ReportBuilder::tr("Agency"),
                        report.byAgency),
            statSection(u"by_counter"_s, ReportBuilder::tr("By booth"), ReportBuilder::tr("Booth"),
                        report.byCounter),
            statSection(u"by_officer"_s, ReportBuilder::tr("By officer"), ReportBuilder::tr("Staff ID"),
                        report.byOfficer),
            statSection(u"by_hour"_s, ReportBuilder::tr("By hour of issue"), ReportBuilder::tr("Hour"),
                        report.byHour),
            statSection(u"by_day"_s, ReportBuilder::tr("By day"), ReportBuilder::tr("Date"), report.byDay),
            staffingSection(report.staffing),
            histogramSection(report),
            servedByHourSection(report)};
}

QString cellText(const QJsonValue& cell, Kind kind)
{
    // A number column's cell with no figure (a totals row has no single target) stays empty, not "0".
    if (kind != Kind::Text && !cell.isDouble())
        return cell.toString();
    switch (kind) {
    case Kind::Text:
        return cell.toString();
    case Kind::Integer:
        return QString::number(qint64(cell.toDouble()));
    case Kind::Decimal:
        return QString::number(cell.toDouble(), 'f', 1); // always '.', whatever the locale
    }
    return {};
}

// A plain-text table: text columns left-aligned, numbers right-aligned, two spaces between columns.
QString textTable(const Section& section)
{
    QList<qsizetype> shown;
    for (qsizetype i = 0; i < section.columns.size(); ++i)
        if (section.columns.at(i).inText)
            shown << i;
    const QList<QStringList> lines = textCells(section, shown);
    QList<qsizetype> widths(shown.size(), 0);
    for (const auto& line : lines)
        for (qsizetype c = 0; c < line.size(); ++c)
            widths[c] = std::max(widths[c], line.at(c).size());
    QString out = section.title + u'\n';
    for (const auto& line : lines) {
        QString text;
        for (qsizetype c = 0; c < line.size(); ++c) {
            const bool left = section.columns.at(shown.at(c)).kind == Kind::Text;
            text +=
                u"  "_s + (left ? line.at(c).leftJustified(widths[c]) : line.at(c).rightJustified(widths[c]));
        }
        while (text.endsWith(u' '))
            text.chop(1);
        out += text + u'\n';
    }
    if (lines.size() == 1)
        out += u"  "_s + ReportBuilder::tr("(none)") + u'\n';
    return out;
}

void addCsvSection(CsvWriter& csv, const Section& section)
{
    QStringList keys;
    for (const auto& column : section.columns)
        keys << column.key;
    csv.addRow({section.key});
    csv.addRow(keys);
    for (const auto& row : section.rows) {
        QStringList cells;
        for (qsizetype i = 0; i < section.columns.size(); ++i)
            cells << cellText(row.at(i), section.columns.at(i).kind);
        csv.addRow(cells);
    }
}

QByteArray toCsv(const Report& report)
{
    CsvWriter csv;
    addCsvSection(csv, metaSection(report));
    for (const auto& section : bodySections(report)) {
        csv.addBlankLine();
        addCsvSection(csv, section);
    }
    return csv.toUtf8();
}

QJsonObject toJson(const Report& report)
{
    QList<Section> sections{metaSection(report)};
    sections << bodySections(report);
    QJsonObject root;
    for (const auto& section : sections) {
        if (section.single) {
            root.insert(section.key, jsonRecord(section, section.rows.constFirst()));
            continue;
        }
        QJsonArray records;
        for (const auto& row : section.rows)
            records << jsonRecord(section, row);
        root.insert(section.key, records);
    }
    if (report.head)
        root.insert(u"audit_head"_s, report.head->toJson());
    return root;
}

QString toText(const Report& report)
{
    const QString period = report.from == report.to
                               ? report.from.toString(Qt::ISODate)
                               : ReportBuilder::tr("%1 to %2")
                                     .arg(report.from.toString(Qt::ISODate), report.to.toString(Qt::ISODate));
    const QDateTime asOf = report.asOf.toTimeZone(Schedule::zone(report.timezone));
    QStringList parts{QString(
        ReportBuilder::tr("%1 — queue report %2").arg(report.siteName, period) + u'\n' +
        ReportBuilder::tr("Times in minutes; local time %1; as of %2.")
            .arg(report.timezone, asOf.toString(u"yyyy-MM-dd HH.mm"_s)) +
        u'\n' + (report.head ? report.head->text(Schedule::zone(report.timezone)) + u'\n' : QString()))};
    for (const auto& section : bodySections(report))
        parts << textTable(section);
    return parts.join(u'\n');
}

} // namespace antre::report
