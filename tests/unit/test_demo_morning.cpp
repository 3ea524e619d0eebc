#include "core/AuditLog.h"
#include "core/DemoMorning.h"
#include "core/integrity/IntegrityCheck.h"
#include "tests/support/Require.h"
#include "tests/support/SqlCount.h"
#include "tests/support/TestHall.h"

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace antre;
using antre::test::count;
using antre::test::require;
using antre::test::TestHall;

namespace {

MorningOptions until(QTime time, QDate day = TestHall::monday())
{
    MorningOptions options;
    options.until = TestHall::local(day, time);
    options.arrivalsPerHour = {{u"S1"_s, 20}, {u"S2"_s, 20}};
    options.callingBooth = u"L1"_s;
    return options;
}

} // namespace

TEST_CASE("demo morning: booths open with their officers, tickets flow, the end is a fresh call", "[morning]")
{
    TestHall hall;
    MorningOptions options = until(QTime(10, 0));
    options.breakBooth = u"L3"_s;
    options.breakAt = QTime(9, 30);
    options.breakReason = u"sholat"_s;
    options.faultKiosk = u"KIOSK-1"_s;
    options.faultAt = QTime(8, 30);
    const MorningResult m = require(DemoMorning(*hall.db).run(options));
    CHECK(m.played);
    CHECK(m.day == TestHall::monday());
    // L1 and L2 share their only officer (OFF1): L2 stays empty; L3 has OFF2.
    CHECK(m.boothsOpened == 2);
    CHECK(m.issued > 20);
    CHECK(m.served > 5);
    CHECK_FALSE(m.calledTicket.isEmpty());
    CHECK(m.issued == count(*hall.db, u"SELECT count(*) FROM tickets"_s));

    hall.clock.set(options.until);
    const auto l1 = require(hall.engine->counterStatus(u"L1"_s));
    CHECK(l1.state == CounterState::Open);
    CHECK(l1.staffId == u"OFF1"_s);
    REQUIRE(l1.current);
    CHECK(l1.current->status == TicketStatus::Called);
    CHECK(l1.current->number.toString() == m.calledTicket);
    CHECK(require(hall.engine->counterStatus(u"L2"_s)).state == CounterState::Closed);
    const auto l3 = require(hall.engine->counterStatus(u"L3"_s));
    CHECK(l3.state == CounterState::Break);
    CHECK(l3.breakReason == u"sholat"_s);
    CHECK(count(*hall.db,
                u"SELECT count(*) FROM events WHERE kind = 'device.fault' AND ticket_id IS NOT NULL"_s) == 1);
    for (const auto& finding : IntegrityCheck(*hall.db).check())
        CHECK(finding.problem == QString());
}

TEST_CASE("demo morning: the same seed gives the same morning", "[morning]")
{
    TestHall first;
    TestHall second;
    const MorningResult a = require(DemoMorning(*first.db).run(until(QTime(11, 0))));
    const MorningResult b = require(DemoMorning(*second.db).run(until(QTime(11, 0))));
    CHECK(a.issued == b.issued);
    CHECK(a.served == b.served);
    CHECK(a.calledTicket == b.calledTicket);
    // Every ticket's number, status and end, in the order of issue, joined here rather than by SQL
    // (group_concat is SQLite's).
    const auto tickets = [](Database& db) {
        auto query =
            Database::run(db.sql(), u"SELECT prefix, seq, status, finished_at FROM tickets ORDER BY id"_s);
        REQUIRE(query.ok());
        QStringList rows;
        while (query.value().next())
            rows << query.value().value(0).toString() + query.value().value(1).toString() +
                        query.value().value(2).toString() + query.value().value(3).toString();
        return rows.join(u',');
    };
    const QString qa = tickets(*first.db);
    const QString qb = tickets(*second.db);
    REQUIRE((!qa.isEmpty() && !qb.isEmpty()));
    CHECK(qa == qb);
}

TEST_CASE("demo morning: nothing to play before opening or on a closed day", "[morning]")
{
    TestHall hall;
    const MorningResult early = require(DemoMorning(*hall.db).run(until(QTime(7, 0))));
    CHECK_FALSE(early.played);
    const MorningResult sunday =
        require(DemoMorning(*hall.db).run(until(QTime(10, 0), TestHall::monday().addDays(6))));
    CHECK_FALSE(sunday.played);
    CHECK(count(*hall.db, u"SELECT count(*) FROM tickets"_s) == 0);
    CHECK(count(*hall.db, u"SELECT count(*) FROM counter_states"_s) == 0);
    CHECK_FALSE(DemoMorning(*hall.db).run(MorningOptions{}).ok());
}
