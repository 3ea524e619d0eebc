#include "core/report/CsvWriter.h"
#include "core/report/ReportExport.h"

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace antre;
using namespace antre::report;

namespace {

// A day with one service whose name needs quoting, a booth and no tickets after 08:00.
Report smallReport()
{
    Report report;
    report.siteName = u"Hall, \"North\""_s;
    report.timezone = u"Asia/Jakarta"_s;
    report.from = report.to = QDate(2026, 11, 23);
    report.asOf = QDateTime(QDate(2026, 11, 23), QTime(2, 0), Qt::UTC);
    ReportStats s;
    s.issued = 2;
    s.served = 1;
    s.waitSamples = 2;
    s.waitMean = 8.25;
    s.withinTargetPct = 100.0 * 2 / 3;
    report.total = s;
    report.byService = {{u"S1"_s, u"Izin\rkuning"_s, s}};
    report.staffing = {{u"L1"_s, u"Loket 1"_s, 60, 30, 5, 25, 30}};
    report.waitHistogram = {1, 1, 0, 0, 0, 0};
    report.servedByHour = QList<int>(24, 0);
    report.servedByHour[8] = 1;
    return report;
}

} // namespace

TEST_CASE("figures are rounded to one decimal, half away from zero, and printed with a point",
          "[report-export]")
{
    CHECK(rounded(8.25) == 8.3);
    CHECK(rounded(-0.25) == -0.3);
    CHECK(rounded(66.66666) == 66.7);
    CHECK(rounded(3) == 3);
    CHECK(cellText(QJsonValue(3.0), Kind::Integer) == u"3"_s);
    CHECK(cellText(QJsonValue(8.3), Kind::Decimal) == u"8.3"_s);
    CHECK(cellText(QJsonValue(2.0), Kind::Decimal) == u"2.0"_s);
    CHECK(cellText(QJsonValue(u"S1"_s), Kind::Text) == u"S1"_s);
    // No figure in a number column (the Ombudsman report's "All services" row has no target): empty, not 0.
    CHECK(cellText(QJsonValue(u""_s), Kind::Integer).isEmpty());
    CHECK(cellText(QJsonValue(), Kind::Decimal).isEmpty());
}

TEST_CASE("every export has the same sections in the same order", "[report-export]")
{
    const Report report = smallReport();
    CHECK(metaSection(report).key == u"report"_s);
    CHECK(metaSection(report).single);
    QStringList keys;
    for (const Section& section : bodySections(report))
        keys << section.key;
    CHECK(keys == QStringList{u"total"_s, u"by_service"_s, u"by_agency"_s, u"by_counter"_s, u"by_officer"_s,
                              u"by_hour"_s, u"by_day"_s, u"staffing"_s, u"wait_histogram"_s,
                              u"served_by_hour"_s});
    const QJsonObject json = toJson(report);
    for (const QString& key : keys)
        CHECK(json.contains(key));
    CHECK(json.value(u"report"_s).toObject().value(u"as_of"_s).toString() == u"2026-11-23T09:00:00+07:00"_s);
    CHECK(json.value(u"total"_s).toObject().value(u"wait_mean_min"_s).toDouble() == 8.3);
}

TEST_CASE("a CSV section is its key, its column keys and its rows, quoted by the CSV writer",
          "[report-export]")
{
    const Report report = smallReport();
    CsvWriter csv;
    addCsvSection(csv, bodySections(report).at(7)); // staffing
    CHECK(csv.text() ==
          u"staffing\r\ncode,name,scheduled_min,open_min,break_min,open_in_hours_min,unstaffed_min\r\n"
          u"L1,Loket 1,60,30,5,25,30\r\n"_s);

    const QByteArray bytes = toCsv(report);
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.contains(
        "report\r\nsite,timezone,from,to,as_of\r\n"
        "\"Hall, \"\"North\"\"\",Asia/Jakarta,2026-11-23,2026-11-23,2026-11-23T09:00:00+07:00\r\n"
        "\r\ntotal\r\n"));
    CHECK(bytes.contains("S1,\"Izin\rkuning\",2,1,"));
    CHECK(bytes.endsWith("23,0\r\n"));
}

TEST_CASE("the text export shows main columns, elides long names and says when a section is empty",
          "[report-export]")
{
    Report report = smallReport();
    report.byService.first().label = QString(40, u'x');
    const QString text = toText(report);
    CHECK(text.startsWith(
        u"Hall, \"North\" — queue report 2026-11-23\nTimes in minutes; local time Asia/Jakarta; "
        u"as of 2026-11-23 09.00.\n"_s));
    CHECK(text.contains(QString(31, u'x') + u'…'));
    CHECK_FALSE(text.contains(QString(32, u'x')));
    CHECK(text.contains(u"By officer\n  Staff ID  Name"_s));
    CHECK(text.contains(u"  (none)\n"_s));
    // Served by hour skips the hours without any.
    const Section served = bodySections(report).at(9);
    const QString table = textTable(served);
    CHECK(table.count(u'\n') == 3); // title, header, hour 08
    CHECK(table.endsWith(u"\n  08"_s + QString(9, u' ') + u"1\n"_s));
}
