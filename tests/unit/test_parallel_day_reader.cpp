#include "core/report/ParallelDayReader.h"
#include "core/report/ReadSnapshot.h"
#include "tests/support/TestHall.h"
#include "tests/support/TicketFixtures.h"

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace antre;
using namespace antre::report;
using antre::test::fillTickets;
using antre::test::TestHall;

namespace {

DayToRead dayOf(qint64 tickets, bool over, bool summarised = false)
{
    DayToRead day;
    day.frame.over = over;
    if (summarised)
        day.summary = QByteArray(qsizetype(tickets) * kRecordBytes, '\0');
    else
        day.extent.tickets = tickets;
    return day;
}

} // namespace

TEST_CASE("a second reader takes about half the work, of days that are over only", "[parallel-reader]")
{
    std::vector<DayToRead> small{dayOf(5000, true), dayOf(5000, true)};
    CHECK(daysForSecondReader(small) == 0); // below kParallelMinCost
    std::vector<DayToRead> week;
    for (int i = 0; i < 8; ++i)
        week.push_back(dayOf(5000, i < 7));
    CHECK(daysForSecondReader(week) == 4);
    std::vector<DayToRead> today{dayOf(50'000, false), dayOf(50'000, true)};
    CHECK(daysForSecondReader(today) == 0); // today stays with the main snapshot
    std::vector<DayToRead> summarised{dayOf(80'000, true, true), dayOf(20'000, true), dayOf(20'000, true)};
    CHECK(summarised.front().cost() == 10'000);
    CHECK(daysForSecondReader(summarised) == 2);
}

TEST_CASE("days read by two connections add up to the same figures as by one", "[parallel-reader]")
{
    TestHall hall;
    const QDate first = TestHall::monday().addDays(-14);
    const int days = 8;
    fillTickets(hall, first, days, 4000);
    hall.setLocal(TestHall::monday(), QTime(9, 0));
    auto catalog = loadCatalog(hall.db->sql());
    REQUIRE(catalog.ok());
    const auto plan = [&] {
        std::vector<DayToRead> list;
        for (int i = 0; i < days; ++i) {
            DayToRead day;
            day.frame = dayFrame(first.addDays(i), TestHall::zone(), TestHall::monday());
            day.index = i;
            auto extentQuery = prepareDayExtent(hall.db->sql());
            REQUIRE(extentQuery.ok());
            auto extent = dayExtent(extentQuery.value(), day.frame.key);
            REQUIRE(extent.ok());
            day.extent = extent.value();
            day.summarise = true;
            list.push_back(std::move(day));
        }
        return list;
    };
    std::vector<DayToRead> split = plan();
    REQUIRE(daysForSecondReader(split) > 0);
    std::vector<DayToRead> single = plan();
    Report a;
    Report b;
    a.from = b.from = first;
    {
        const ReadSnapshot snapshot(hall.db->sql());
        ParallelDayReader reader(*hall.db, catalog.value());
        auto read = reader.read(split);
        REQUIRE(read.ok());
        // A file or a server: both are read by a second connection (not an in-memory database).
        CHECK(reader.daysReadBySecond() == daysForSecondReader(split));
        read.value().fill(a);
        Accumulator one(catalog.value(), days);
        REQUIRE(readDays(hall.db->sql(), hall.db->dialect(), one, single).ok());
        one.fill(b);
    }
    CHECK(a.total.issued == days * 4000);
    CHECK(ReportBuilder::toCsv(a) == ReportBuilder::toCsv(b));
    for (int i = 0; i < days; ++i) {
        INFO("day " << i);
        CHECK(split[size_t(i)].records == single[size_t(i)].records);
        CHECK(split[size_t(i)].records.size() == 4000 * kRecordBytes);
    }
}
