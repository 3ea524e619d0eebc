#include "core/Schedule.h"
#include "core/report/OfficerDay.h"
#include "tests/support/TestHall.h"

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace antre;
using antre::test::TestHall;

namespace {

OfficerDay figuresOf(TestHall& hall, const QString& staffId)
{
    const QDateTime dayStart = Schedule::dayStartUtc(TestHall::monday(), TestHall::zone());
    auto figures = OfficerDay::read(*hall.db, staffId, dayStart, hall.clock.now());
    REQUIRE(figures.ok());
    return figures.value();
}

} // namespace

TEST_CASE("an officer's day counts their calls, services, no-shows and transfers", "[officer-day]")
{
    TestHall hall;
    hall.setLocal(TestHall::monday(), QTime(8, 0));
    CHECK(figuresOf(hall, u"OFF2"_s).medianServiceSecs == -1);
    REQUIRE(hall.engine->openCounter(u"L3"_s, u"OFF2"_s).ok());
    REQUIRE(hall.engine->openCounter(u"L1"_s, u"OFF1"_s).ok());
    for (int i = 0; i < 5; ++i)
        REQUIRE(hall.engine->issue(u"S2"_s, false).ok());
    // OFF2: served 4 min, served 6 min 30 s, a no-show, a transfer while serving.
    REQUIRE(hall.engine->callNext(u"L3"_s).ok());
    REQUIRE(hall.engine->startServing(u"L3"_s).ok());
    hall.setLocal(QTime(8, 4));
    REQUIRE(hall.engine->finish(u"L3"_s, Outcome::Completed).ok());
    REQUIRE(hall.engine->callNext(u"L3"_s).ok());
    REQUIRE(hall.engine->startServing(u"L3"_s).ok());
    hall.setLocal(QTime(8, 10, 30));
    REQUIRE(hall.engine->finish(u"L3"_s, Outcome::Incomplete).ok());
    REQUIRE(hall.engine->callNext(u"L3"_s).ok());
    REQUIRE(hall.engine->markNoShow(u"L3"_s).ok());
    REQUIRE(hall.engine->callNext(u"L3"_s).ok());
    REQUIRE(hall.engine->startServing(u"L3"_s).ok());
    REQUIRE(hall.engine->transfer(u"L3"_s, u"S1"_s).ok());
    // OFF1 calls one: not OFF2's.
    REQUIRE(hall.engine->callNext(u"L1"_s).ok());

    const OfficerDay off2 = figuresOf(hall, u"OFF2"_s);
    CHECK(off2.called == 4);
    CHECK(off2.served == 2);
    CHECK(off2.noShow == 1);
    CHECK(off2.transferred == 1);
    CHECK(off2.medianServiceSecs == (240 + 390) / 2);
    const OfficerDay off1 = figuresOf(hall, u"OFF1"_s);
    CHECK(off1.called == 1);
    CHECK(off1.served == 0);
    CHECK(off1.medianServiceSecs == -1);
}

TEST_CASE("an officer's day is the events from the start of the day up to now, included", "[officer-day]")
{
    TestHall hall;
    hall.setLocal(TestHall::monday(), QTime(8, 0));
    REQUIRE(hall.engine->openCounter(u"L3"_s, u"OFF2"_s).ok());
    REQUIRE(hall.engine->issue(u"S2"_s, false).ok());
    REQUIRE(hall.engine->issue(u"S2"_s, false).ok());
    REQUIRE(hall.engine->callNext(u"L3"_s).ok());
    REQUIRE(hall.engine->startServing(u"L3"_s).ok());
    hall.setLocal(QTime(8, 3));
    REQUIRE(hall.engine->finish(u"L3"_s, Outcome::Completed).ok()); // at "now": counted
    CHECK(figuresOf(hall, u"OFF2"_s).served == 1);
    CHECK(figuresOf(hall, u"OFF2"_s).medianServiceSecs == 180);

    // The next day starts from nothing.
    hall.setLocal(TestHall::monday().addDays(1), QTime(8, 0));
    const QDateTime tuesday = Schedule::dayStartUtc(TestHall::monday().addDays(1), TestHall::zone());
    auto next = OfficerDay::read(*hall.db, u"OFF2"_s, tuesday, hall.clock.now());
    REQUIRE(next.ok());
    CHECK(next.value().called == 0);
    CHECK(next.value().served == 0);
}
