#include "core/HallStore.h"
#include "core/Schedule.h"
#include "core/report/ReportBasics.h"
#include "core/report/ReportCatalog.h"
#include "tests/support/ErrorCodeStringMaker.h"
#include "tests/support/TestHall.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace antre;
using namespace antre::report;
using antre::test::TestHall;

namespace {

QStringList codes(const EntityList& list)
{
    QStringList out;
    for (const Entity& e : list.items)
        out << e.code;
    return out;
}

HallConfig renamed(const QString& name)
{
    HallConfig config = TestHall::smallConfig();
    config.site.name = name;
    return config;
}

} // namespace

TEST_CASE("an entity list maps small ids to places and refuses others", "[report-catalog]")
{
    EntityList list;
    CHECK(list.add({7, u"B"_s, u"Bee"_s, true, 0, 0}));
    CHECK(list.add({2, u"A"_s, u"Ay"_s, false, 0, 0}));
    CHECK_FALSE(list.add({0, u"Z"_s, {}, true, 0, 0}));
    CHECK_FALSE(list.add({kIdBase, u"Z"_s, {}, true, 0, 0}));
    CHECK(list.add({kIdBase - 1, u"M"_s, {}, true, 0, 0}));
    CHECK(list.indexOf(7) == 0);
    CHECK(list.indexOf(2) == 1);
    CHECK(list.indexOf(kIdBase - 1) == 2);
    CHECK(list.indexOf(3) == -1);
    CHECK(list.indexOf(0) == -1);
    CHECK(list.indexOf(-4) == -1);
    CHECK(list.indexOf(kIdBase + 10) == -1);
    CHECK(codes(list) == QStringList{u"B"_s, u"A"_s, u"M"_s});
}

TEST_CASE("the catalog lists every agency, service, booth and staff member in configuration order",
          "[report-catalog]")
{
    TestHall hall;
    auto catalog = loadCatalog(hall.db->sql());
    REQUIRE(catalog.ok());
    const Catalog& c = catalog.value();
    CHECK(codes(c.services) == QStringList{u"S1"_s, u"S2"_s, u"S3"_s});
    CHECK(codes(c.counters) == QStringList{u"L1"_s, u"L2"_s, u"L3"_s});
    CHECK(codes(c.staff) == QStringList{u"OFF1"_s, u"OFF2"_s, u"SPV"_s});
    CHECK(c.agencies.items.size() == 2);
    REQUIRE(c.serviceAgency.size() == 3);
    for (size_t i = 0; i < 3; ++i)
        CHECK(c.agencies.items.at(c.serviceAgency[i]).id == c.services.items.at(qsizetype(i)).agencyId);
    CHECK(c.services.items.at(1).name == u"Service Two"_s);
    CHECK(c.services.items.at(1).targetMs == 10 * kMsPerMin);
    CHECK(c.services.items.at(1).active);
    for (qsizetype i = 0; i < c.services.items.size(); ++i)
        CHECK(c.services.indexOf(c.services.items.at(i).id) == i);
}

TEST_CASE("a service of an unknown agency counts in the first", "[report-catalog]")
{
    Catalog c;
    REQUIRE(c.agencies.add({1, u"AG1"_s, {}, true, 0, 0}));
    REQUIRE(c.agencies.add({2, u"AG2"_s, {}, true, 0, 0}));
    REQUIRE(c.services.add({1, u"S1"_s, {}, true, 2, 0}));
    REQUIRE(c.services.add({2, u"S2"_s, {}, true, 9, 0}));
    c.linkAgencies();
    CHECK(c.serviceAgency == std::vector<int>{1, 0});
}

TEST_CASE("the site is read, and a hall not set up is refused", "[report-catalog]")
{
    TestHall hall;
    auto site = loadSite(hall.db->sql());
    REQUIRE(site.ok());
    CHECK(site.value().name == u"Test Hall"_s);
    CHECK(site.value().timezone == u"Asia/Jakarta"_s);

    QTemporaryDir dir;
    auto empty = Database::open(dir.filePath(u"empty.db"_s));
    REQUIRE(empty.ok());
    auto none = loadSite(empty.value()->sql());
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().kind == ErrorKind::BadInput);
    CHECK(none.error().code == ErrorCode::NotInitialized);
}

TEST_CASE("the configuration of a day is the last one imported before the day ended", "[report-catalog]")
{
    const ConfigTimeline onlyCurrent(renamed(u"now"_s));
    CHECK(onlyCurrent.at(0).site.name == u"now"_s);

    const ConfigTimeline timeline(renamed(u"now"_s),
                                  {{100, renamed(u"first"_s)}, {200, renamed(u"second"_s)}});
    CHECK(timeline.at(50).site.name == u"first"_s); // before the first record: the earliest
    CHECK(timeline.at(100).site.name == u"first"_s);
    CHECK(timeline.at(101).site.name == u"first"_s);
    CHECK(timeline.at(200).site.name == u"first"_s); // imported at the very end of the day: the next day's
    CHECK(timeline.at(201).site.name == u"second"_s);
    CHECK(timeline.at(1'000'000).site.name == u"second"_s);
}

TEST_CASE("the configuration history is read from the database", "[report-catalog]")
{
    TestHall hall;
    const QDate monday = TestHall::monday();
    const QTimeZone zone = TestHall::zone();
    hall.setLocal(monday.addDays(2), QTime(12, 0));
    REQUIRE(HallStore(*hall.db, hall.clock).import(renamed(u"Wednesday's hall"_s)).ok());
    const HallConfig current = renamed(u"current"_s);
    auto timeline = ConfigTimeline::load(hall.db->sql(), current, monday, monday.addDays(6), zone);
    REQUIRE(timeline.ok());
    const auto endOf = [&](int day) {
        return Schedule::dayEndUtc(monday.addDays(day), zone).toMSecsSinceEpoch();
    };
    CHECK(timeline.value().at(endOf(0)).site.name == u"Test Hall"_s);
    CHECK(timeline.value().at(endOf(1)).site.name == u"Test Hall"_s);
    // The one in force now is not parsed again: the caller's is used.
    CHECK(timeline.value().at(endOf(2)).site.name == u"current"_s);
    CHECK(timeline.value().at(endOf(6)).site.name == u"current"_s);
}
