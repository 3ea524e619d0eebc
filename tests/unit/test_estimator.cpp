#include "Estimator.h"
#include "TestHall.h"

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
