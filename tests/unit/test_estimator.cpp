#include "core/Estimator.h"
#include "core/HallStore.h"
#include "tests/support/TestHall.h"

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace antre;
using antre::test::TestHall;

TEST_CASE("estimate follows the observed pace of calls", "[estimator]")
{
    TestHall hall;
    REQUIRE(hall.engine->openCounter(u"L3"_s, u"OFF2"_s).ok());
    for (int i = 0; i < 20; ++i)
        REQUIRE(hall.engine->issue(u"S2"_s, false).ok());
    // Before any call: default service time per open booth.
    auto early = hall.engine->issue(u"S2"_s, false);
    REQUIRE(early.ok());
    CHECK(early.value().ahead == 20);
    CHECK(early.value().estimatedWaitMin == int(Estimator::kDefaultServiceMin * 20));
    // Serve 6 citizens, one every 4 minutes: the pace is 4 minutes per citizen.
    for (int i = 0; i < 6; ++i) {
        REQUIRE(hall.engine->callNext(u"L3"_s).ok());
        REQUIRE(hall.engine->startServing(u"L3"_s).ok());
        hall.clock.advanceSecs(4 * 60);
        REQUIRE(hall.engine->finish(u"L3"_s, Outcome::Completed).ok());
    }
    auto later = hall.engine->issue(u"S2"_s, false);
    REQUIRE(later.ok());
    CHECK(later.value().ahead == 15);
    CHECK(later.value().estimatedWaitMin == 60);
}

TEST_CASE("a wait past the end of a range waits out the break, from the loaded hours", "[estimator]")
{
    // S1 is open 08:00-12:00 and 13:00-15:00 on Mondays (here without quota and cutoff); L2 serves S1 only,
    // L1 (closed) S1 and S2.
    HallConfig config = TestHall::smallConfig();
    for (auto& service : config.services) {
        if (service.code == u"S1"_s) {
            service.dailyQuota.reset();
            service.cutoffMin = 0;
        }
    }
    TestHall hall(config);
    hall.setLocal(QTime(11, 0));
    REQUIRE(hall.engine->openCounter(u"L2"_s, u"OFF1"_s).ok());
    for (int i = 0; i < 4; ++i)
        REQUIRE(hall.engine->issue(u"S1"_s, false).ok());
    // 4 ahead × 6 minutes on one booth: called at 11:24, inside the range.
    auto before = hall.engine->issue(u"S1"_s, false);
    REQUIRE(before.ok());
    CHECK(before.value().estimatedWaitMin == 24);
    // At 11:40 the same line runs past 12:00, and the hour of lunch is added.
    hall.setLocal(QTime(11, 40));
    auto across = hall.engine->issue(u"S1"_s, false);
    REQUIRE(across.ok());
    CHECK(across.value().ahead == 5);
    CHECK(across.value().estimatedWaitMin == 30 + 60);
}

TEST_CASE("an import starts the estimate over with the new booths", "[estimator]")
{
    // Booth L1 serves S1 and S2, so S2's line is also S1's.
    TestHall hall;
    REQUIRE(hall.engine->openCounter(u"L3"_s, u"OFF2"_s).ok());
    for (int i = 0; i < 5; ++i)
        REQUIRE(hall.engine->issue(u"S1"_s, false).ok());
    for (int i = 0; i < 10; ++i)
        REQUIRE(hall.engine->issue(u"S2"_s, false).ok());
    auto shared = hall.engine->issue(u"S2"_s, false);
    REQUIRE(shared.ok());
    CHECK(shared.value().ahead == 10);
    CHECK(shared.value().othersAhead == 5); // S1's line at L1 is in the estimate, and the ticket says so
    CHECK(shared.value().estimatedWaitMin == 15 * 6);

    // Another process imports a configuration where L1 serves S1 only: this engine notices the new version,
    // and S2's line is its own.
    HallConfig config = TestHall::smallConfig();
    for (auto& counter : config.counters)
        if (counter.code == u"L1"_s)
            counter.services = {u"S1"_s};
    REQUIRE(HallStore(*hall.db, hall.clock).import(config).ok());
    auto own = hall.engine->issue(u"S2"_s, false);
    REQUIRE(own.ok());
    CHECK(own.value().ahead == 11);
    CHECK(own.value().othersAhead == 0);
    CHECK(own.value().estimatedWaitMin == 11 * 6);
}

TEST_CASE("nobody ahead for the service, but the shared booths are busy: the ticket counts the others",
          "[estimator]")
{
    // Booth L1 serves S1 and S2; twelve citizens wait for S1, none for S2. S1 without its quota of ten.
    HallConfig config = TestHall::smallConfig();
    for (auto& service : config.services)
        if (service.code == u"S1"_s)
            service.dailyQuota.reset();
    TestHall hall(config);
    REQUIRE(hall.engine->openCounter(u"L1"_s, u"OFF1"_s).ok());
    for (int i = 0; i < 12; ++i)
        REQUIRE(hall.engine->issue(u"S1"_s, false).ok());
    auto first = hall.engine->issue(u"S2"_s, false);
    REQUIRE(first.ok());
    CHECK(first.value().ahead == 0);
    CHECK(first.value().estimatedWaitMin > 0);
    CHECK(first.value().othersAhead == 12);
}
