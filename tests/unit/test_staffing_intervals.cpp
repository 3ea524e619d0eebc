#include "core/Schedule.h"
#include "core/report/ReportCatalog.h"
#include "core/report/StaffingIntervals.h"
#include "tests/support/TestHall.h"

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace antre;
using namespace antre::report;
using antre::test::TestHall;

namespace {
constexpr qint64 kMin = 60'000;
}

TEST_CASE("intervals are normalized, measured, intersected and joined", "[staffing]")
{
    const Intervals messy{{50, 60}, {0, 10}, {5, 20}, {30, 30}, {40, 35}, {20, 25}};
    const Intervals clean = normalized(messy);
    CHECK(clean == Intervals{{0, 25}, {50, 60}}); // touching ones joined, empty and reversed dropped
    CHECK(lengthOf(clean) == 35);
    CHECK(lengthOf({}) == 0);
    CHECK(overlapOf(clean, normalized({{10, 55}})) == 20);
    CHECK(overlapOf(clean, {}) == 0);
    CHECK(overlapOf(normalized({{0, 5}, {10, 15}, {20, 25}}), normalized({{3, 22}})) == 2 + 5 + 2);
    CHECK(before(clean, 52) == Intervals{{0, 25}, {50, 52}});
    CHECK(before(clean, 0).empty());
    CHECK(unionOf({{0, 5}}, {{3, 8}, {10, 12}}) == Intervals{{0, 8}, {10, 12}});
}

TEST_CASE("a booth's staffing is whole minutes within its opening hours", "[staffing]")
{
    const Entity booth{1, u"L1"_s, u"Loket 1"_s, true, 0, 0};
    const Intervals scheduled{{0, 60 * kMin}};
    const Intervals open{{-10 * kMin, 20 * kMin}};
    const Intervals onBreak{{20 * kMin, 30 * kMin + 29'999}};
    const CounterStaffing s = staffingOf(booth, scheduled, open, onBreak);
    CHECK(s.code == u"L1"_s);
    CHECK(s.name == u"Loket 1"_s);
    CHECK(s.scheduledMin == 60);
    CHECK(s.openMin == 30);
    CHECK(s.breakMin == 10); // 10 min 29.999 s rounds down
    CHECK(s.openInHoursMin == 20);
    CHECK(s.unstaffedMin == 30); // 60 − 30 min 29.999 s
}

TEST_CASE("scheduled hours follow each day's configuration and the booth's services", "[staffing]")
{
    const HallConfig config = TestHall::smallConfig();
    HallConfig withoutL2 = config;
    withoutL2.counters.removeIf([](const CounterConfig& c) { return c.code == u"L2"; });
    const QDate monday = TestHall::monday();
    const QTimeZone zone = TestHall::zone();
    // L1 serves S1 and S2: S2 covers 08:00–16:00 on Monday. L2 serves S1 only: 08:00–12:00, 13:00–15:00.
    const Intervals l1 = scheduledFor(u"L1"_s, {&config}, monday, zone);
    REQUIRE(l1.size() == 1);
    CHECK(l1.front().from == TestHall::local(monday, QTime(8, 0)).toMSecsSinceEpoch());
    CHECK(lengthOf(l1) == 8 * 60 * kMin);
    CHECK(lengthOf(scheduledFor(u"L2"_s, {&config}, monday, zone)) == 6 * 60 * kMin);
    // On the second day L2 is not in the configuration.
    CHECK(lengthOf(scheduledFor(u"L2"_s, {&config, &withoutL2}, monday, zone)) == 6 * 60 * kMin);
    CHECK(scheduledFor(u"NONE"_s, {&config}, monday, zone).empty());
}

TEST_CASE("booth states are read as open and break intervals, an open one up to now", "[staffing]")
{
    TestHall hall;
    const QDate monday = TestHall::monday();
    hall.setLocal(monday, QTime(8, 0));
    REQUIRE(hall.engine->openCounter(u"L3"_s, u"OFF2"_s).ok());
    hall.setLocal(QTime(8, 30));
    REQUIRE(hall.engine->startBreak(u"L3"_s, u"prayer"_s).ok());
    hall.setLocal(QTime(8, 45));
    REQUIRE(hall.engine->resumeCounter(u"L3"_s).ok());
    hall.setLocal(QTime(9, 0));
    const QTimeZone zone = TestHall::zone();
    const Interval day{Schedule::dayStartUtc(monday, zone).toMSecsSinceEpoch(),
                       Schedule::dayEndUtc(monday, zone).toMSecsSinceEpoch()};
    const auto spans = loadStateSpans(hall.db->sql(), day, hall.clock.now().toMSecsSinceEpoch(), zone);
    REQUIRE(spans.ok());
    auto catalog = loadCatalog(hall.db->sql());
    REQUIRE(catalog.ok());
    const auto& counters = catalog.value().counters.items;
    const auto l3 =
        std::find_if(counters.begin(), counters.end(), [](const Entity& e) { return e.code == u"L3"; });
    REQUIRE(l3 != counters.end());
    CHECK(lengthOf(spans.value().open.value(l3->id)) == 45 * kMin); // 08:00–08:30, 08:45–09:00 (now)
    CHECK(lengthOf(spans.value().onBreak.value(l3->id)) == 15 * kMin);
    CHECK(spans.value().open.value(l3->id).size() == 2);
}
