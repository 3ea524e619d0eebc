#include "core/report/YearRecap.h"
#include "tests/support/TestHall.h"

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace antre;
using antre::test::TestHall;

namespace {

ReportStats statsOf(int issued, int served)
{
    ReportStats s;
    s.issued = issued;
    s.served = served;
    s.completed = served;
    s.waitMean = 4.24;
    s.withinTargetPct = 50;
    s.serviceMean = 2;
    return s;
}

Report monthOf(const QList<ReportRow>& byService)
{
    Report report;
    for (const auto& row : byService) {
        report.total.issued += row.stats.issued;
        report.total.served += row.stats.served;
    }
    report.byService = byService;
    return report;
}

} // namespace

TEST_CASE("a year recap has a report per begun month and one for the year", "[year-recap]")
{
    TestHall hall;
    hall.setLocal(QDate(2026, 10, 14), QTime(9, 0));
    REQUIRE(hall.engine->issue(u"S2"_s, false).ok());
    hall.setLocal(TestHall::monday(), QTime(9, 0));
    REQUIRE(hall.engine->issue(u"S1"_s, false).ok());
    REQUIRE(hall.engine->issue(u"S2"_s, false).ok());

    auto recap = YearRecap::build(*hall.db, 2026, hall.clock.now(), TestHall::monday());
    REQUIRE(recap.ok());
    const YearRecap& r = recap.value();
    CHECK(r.year == 2026);
    REQUIRE(r.months.size() == 12);
    CHECK(r.months.at(0).has_value());
    CHECK(r.months.at(9)->total.issued == 1);
    CHECK(r.months.at(10)->total.issued == 2);
    CHECK(r.months.at(10)->from == QDate(2026, 11, 1));
    CHECK(r.months.at(10)->to == QDate(2026, 11, 30));
    CHECK_FALSE(r.months.at(11).has_value()); // December has not begun
    CHECK(r.wholeYear.from == QDate(2026, 1, 1));
    CHECK(r.wholeYear.to == QDate(2026, 12, 31));
    CHECK(r.wholeYear.total.issued == 3);

    const QByteArray csv = YearRecap::toCsv(r);
    CHECK(csv.contains("\r\nmonths,2026-10,1,0,0,0,"));
    CHECK(csv.contains("\r\nmonths,2026-11,2,0,0,0,"));
    CHECK_FALSE(csv.contains("months,2026-12,"));
    CHECK(csv.contains("\r\nmonths,2026,3,"));
}

TEST_CASE("the recap CSV has the months, then issued and served per service, through the CSV writer",
          "[year-recap]")
{
    YearRecap recap;
    recap.year = 2026;
    const QList<ReportRow> services{{u"S1"_s, u"Izin\rkuning, \"AK/1\""_s, statsOf(3, 2)},
                                    {u"S2"_s, u"Plain"_s, statsOf(1, 1)}};
    for (int month = 1; month <= 12; ++month)
        recap.months << (month == 2 ? std::optional<Report>(monthOf(services)) : std::nullopt);
    recap.wholeYear = monthOf(services);
    recap.wholeYear.total = statsOf(4, 3);

    const QString zeros = u",0,0,0,0,0,0,0,0,0,0,"_s;
    const QString expected =
        u"section,month,issued,served,completed,no_show,expired,cancelled,wait_mean_min,within_target_pct,"
        u"service_mean_min\r\n"
        u"months,2026-02,4,3,0,0,0,0,0.0,0.0,0.0\r\n"
        u"months,2026,4,3,3,0,0,0,4.2,50.0,2.0\r\n"
        u"\r\n"
        u"section,service,name,2026-01,2026-02,2026-03,2026-04,2026-05,2026-06,2026-07,2026-08,2026-09,2026-"
        u"10,"
        u"2026-11,2026-12,2026\r\n"
        u"issued_by_service,S1,\"Izin\rkuning, \"\"AK/1\"\"\",0,3"_s +
        zeros + u"3\r\n"_s + u"issued_by_service,S2,Plain,0,1"_s + zeros + u"1\r\n"_s + u"\r\n"_s +
        u"section,service,name,2026-01,2026-02,2026-03,2026-04,2026-05,2026-06,2026-07,2026-08,2026-09,2026-"
        u"10,"
        u"2026-11,2026-12,2026\r\n"_s +
        u"served_by_service,S1,\"Izin\rkuning, \"\"AK/1\"\"\",0,2"_s + zeros + u"2\r\n"_s +
        u"served_by_service,S2,Plain,0,1"_s + zeros + u"1\r\n"_s;
    const QByteArray csv = YearRecap::toCsv(recap);
    CHECK(csv.startsWith("\xEF\xBB\xBF"));
    CHECK(QString::fromUtf8(csv.mid(3)) == expected);
}
