#include "core/report/ReportAccumulator.h"
#include "tests/support/TestHall.h"

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace antre;
using namespace antre::report;
using antre::test::TestHall;

namespace {

constexpr qint32 kMin = qint32(kMsPerMin);

// Two agencies, S1 (AG1, target 10 min) and S2 (AG2, target 5 min), booth L1, officer OFF1.
Catalog smallCatalog()
{
    Catalog c;
    REQUIRE(c.agencies.add({1, u"AG1"_s, u"Agency One"_s, true, 0, 0}));
    REQUIRE(c.agencies.add({2, u"AG2"_s, u"Agency Two"_s, true, 0, 0}));
    REQUIRE(c.services.add({1, u"S1"_s, u"Service One"_s, true, 1, 10 * kMsPerMin}));
    REQUIRE(c.services.add({2, u"S2"_s, u"Service Two"_s, true, 2, 5 * kMsPerMin}));
    REQUIRE(c.counters.add({1, u"L1"_s, u"Loket 1"_s, true, 0, 0}));
    REQUIRE(c.staff.add({1, u"OFF1"_s, u"Officer One"_s, true, 0, 0}));
    c.linkAgencies();
    return c;
}

quint32 services(int final, int original)
{
    return quint32(final * kIdBase + original);
}

QByteArray summaryOf(const QList<Record>& records)
{
    QByteArray out;
    for (const Record& r : records)
        appendRecord(out, r);
    return out;
}

// Monday: S1 completed at L1 (wait 4, service 6), a ticket of S1 transferred to S2 and left waiting
// (expires). Tuesday: an S1 no-show at L1 after 12 min.
const QList<Record> kMonday{
    {8 + kFateBase * Completed, services(1, 1), services(1, 1), 4 * kMin, 6 * kMin, 8},
    {9 + kFateBase * Queued, services(2, 1), 0, -1, -1, -1}};
const QList<Record> kTuesday{{8 + kFateBase * NoShow, services(1, 1), services(1, 1), 12 * kMin, -1, -1}};

const ReportRow& row(const QList<ReportRow>& rows, const QString& key)
{
    for (const auto& r : rows)
        if (r.key == key)
            return r;
    FAIL("no row " << key.toStdString());
    return rows.constFirst();
}

Report filled(const Accumulator& accumulator)
{
    Report report;
    report.from = TestHall::monday();
    accumulator.fill(report);
    return report;
}

} // namespace

TEST_CASE("the accumulator adds each ticket to one group of every grouping", "[report-accumulator]")
{
    const Catalog catalog = smallCatalog();
    const QDate monday = TestHall::monday();
    const QDate today = monday.addDays(5);
    Accumulator accumulator(catalog, 2);
    REQUIRE(accumulator.addSummary(summaryOf(kMonday), dayFrame(monday, TestHall::zone(), today), 0).ok());
    REQUIRE(
        accumulator.addSummary(summaryOf(kTuesday), dayFrame(monday.addDays(1), TestHall::zone(), today), 1)
            .ok());
    const Report report = filled(accumulator);

    CHECK(report.total.issued == 3);
    CHECK(report.total.served == 1);
    CHECK(report.total.expired == 1); // waiting on a day that is over
    CHECK(report.total.noShow == 1);
    CHECK(report.total.transferredIn == 1);
    CHECK(report.total.waitMedian == Approx(8));
    CHECK(report.total.withinTargetPct == Approx(50));

    // Issued where they were issued, the rest where they ended.
    CHECK(row(report.byService, u"S1"_s).stats.issued == 3);
    CHECK(row(report.byService, u"S1"_s).stats.served == 1);
    CHECK(row(report.byService, u"S2"_s).stats.issued == 0);
    CHECK(row(report.byService, u"S2"_s).stats.expired == 1);
    CHECK(row(report.byService, u"S2"_s).stats.transferredIn == 1);
    CHECK(row(report.byAgency, u"AG2"_s).stats.transferredIn == 1);
    CHECK(row(report.byAgency, u"AG1"_s).stats.issued == 3);
    REQUIRE(report.byCounter.size() == 1);
    CHECK(report.byCounter.at(0).stats.served == 1);
    CHECK(report.byCounter.at(0).stats.noShow == 1);
    REQUIRE(report.byOfficer.size() == 1);
    CHECK(report.byOfficer.at(0).label == u"Officer One"_s);
    REQUIRE(report.byHour.size() == 2);
    CHECK(report.byHour.at(0).key == u"08"_s);
    CHECK(report.byHour.at(0).stats.issued == 2);
    CHECK(report.byHour.at(1).label == u"09.00–10.00"_s);
    REQUIRE(report.byDay.size() == 2);
    CHECK(report.byDay.at(0).key == u"2026-11-23"_s);
    CHECK(report.byDay.at(0).stats.waitMedian == Approx(4));
    CHECK(report.byDay.at(1).stats.waitMedian == Approx(12));
    CHECK(report.waitHistogram == QList<int>{1, 0, 1, 0, 0, 0});
    QList<int> served(24, 0);
    served[8] = 1;
    CHECK(report.servedByHour == served);
}

TEST_CASE("an idle officer has no row, an idle active service or booth has one", "[report-accumulator]")
{
    const Catalog catalog = smallCatalog();
    Accumulator accumulator(catalog, 2);
    for (int day = 0; day < 2; ++day)
        REQUIRE(
            accumulator
                .addSummary(
                    {}, dayFrame(TestHall::monday().addDays(day), TestHall::zone(), TestHall::monday()), day)
                .ok());
    const Report report = filled(accumulator);
    CHECK(report.byService.size() == 2);
    CHECK(report.byAgency.size() == 2);
    CHECK(report.byCounter.size() == 1);
    CHECK(report.byOfficer.isEmpty());
    CHECK(report.byHour.isEmpty());
    CHECK(report.byDay.size() == 2);
}

TEST_CASE("accumulators of consecutive days append to the same figures", "[report-accumulator]")
{
    const Catalog catalog = smallCatalog();
    const QDate monday = TestHall::monday();
    const QDate today = monday.addDays(5);
    const DayFrame first = dayFrame(monday, TestHall::zone(), today);
    const DayFrame second = dayFrame(monday.addDays(1), TestHall::zone(), today);
    Accumulator whole(catalog, 2);
    REQUIRE(whole.addSummary(summaryOf(kMonday), first, 0).ok());
    REQUIRE(whole.addSummary(summaryOf(kTuesday), second, 1).ok());
    Accumulator earlier(catalog, 2);
    REQUIRE(earlier.addSummary(summaryOf(kMonday), first, 0).ok());
    Accumulator later(catalog, 2);
    REQUIRE(later.addSummary(summaryOf(kTuesday), second, 1).ok());
    earlier.append(later);
    const Report a = filled(whole);
    const Report b = filled(earlier);
    CHECK(ReportBuilder::toCsv(a) == ReportBuilder::toCsv(b));
}

TEST_CASE("a ticket of an unknown service is an error", "[report-accumulator]")
{
    const Catalog catalog = smallCatalog();
    Accumulator accumulator(catalog, 1);
    const QList<Record> bad{{8, services(7, 1), 0, -1, -1, -1}};
    const auto s = accumulator.addSummary(
        summaryOf(bad), dayFrame(TestHall::monday(), TestHall::zone(), TestHall::monday()), 0);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().kind == ErrorKind::Internal);
    CHECK(s.error().message.contains(u"2026-11-23"_s));
}
