// Idempotent ticket issue (issue 14): a request key makes a retry return the ticket already issued. Runs on
// SQLite and, from the same source, on PostgreSQL (the pg run of the unit tests).
#include "core/storage/Database.h"
#include "tests/support/ErrorCodeStringMaker.h"
#include "tests/support/QtStringMakers.h"
#include "tests/support/Require.h"
#include "tests/support/SqlCount.h"
#include "tests/support/TestHall.h"

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace antre;
using antre::test::count;
using antre::test::ok;
using antre::test::TestHall;

TEST_CASE("issue: the same request key twice gives one ticket, the second answer replayed",
          "[engine][idempotent]")
{
    TestHall hall;
    const IssuedTicket first = ok(hall.engine->issue(u"S2"_s, false, u"kiosk1-0001"_s));
    CHECK_FALSE(first.replayed);
    hall.clock.advanceSecs(30);
    const IssuedTicket again = ok(hall.engine->issue(u"S2"_s, false, u"kiosk1-0001"_s));
    CHECK(again.replayed);
    CHECK(again.id == first.id);
    CHECK(again.number.toString() == u"B-001"_s);
    CHECK(again.ahead == first.ahead);
    CHECK(again.estimatedWaitMin == first.estimatedWaitMin);
    CHECK(again.issuedAt == first.issuedAt);
    CHECK(again.serviceName == first.serviceName);
    CHECK(count(*hall.db, u"SELECT count(*) FROM tickets"_s) == 1);
    CHECK(count(*hall.db, u"SELECT count(*) FROM events WHERE kind = 'ticket.issued'"_s) == 1);
    // The next press has its own key and its own ticket.
    CHECK(ok(hall.engine->issue(u"S2"_s, false, u"kiosk1-0002"_s)).number.toString() == u"B-002"_s);
}

TEST_CASE("issue: different request keys give different tickets", "[engine][idempotent]")
{
    TestHall hall;
    const IssuedTicket a = ok(hall.engine->issue(u"S1"_s, false, u"aaaaaaaa"_s));
    const IssuedTicket b = ok(hall.engine->issue(u"S1"_s, false, u"bbbbbbbb"_s));
    CHECK(a.id != b.id);
    CHECK(a.number.toString() == u"A-001"_s);
    CHECK(b.number.toString() == u"A-002"_s);
    CHECK_FALSE(b.replayed);
    // Without a key every call is a new ticket, as for the CLI.
    CHECK(ok(hall.engine->issue(u"S1"_s, false)).number.toString() == u"A-003"_s);
    CHECK(ok(hall.engine->issue(u"S1"_s, false)).number.toString() == u"A-004"_s);
}

TEST_CASE("issue: a request key reused for another service or priority is refused", "[engine][idempotent]")
{
    TestHall hall;
    ok(hall.engine->issue(u"S1"_s, false, u"press-42-xyz"_s));
    auto other = hall.engine->issue(u"S2"_s, false, u"press-42-xyz"_s);
    REQUIRE_FALSE(other.ok());
    CHECK(other.error().code == ErrorCode::RequestKeyReused);
    CHECK(other.error().message.contains(u"press-42-xyz"_s));
    CHECK(other.error().message.contains(u"S1"_s));
    auto priority = hall.engine->issue(u"S1"_s, true, u"press-42-xyz"_s);
    REQUIRE_FALSE(priority.ok());
    CHECK(priority.error().code == ErrorCode::RequestKeyReused);
    CHECK(count(*hall.db, u"SELECT count(*) FROM tickets"_s) == 1);
}

TEST_CASE("issue: a malformed request key is refused before anything is written", "[engine][idempotent]")
{
    TestHall hall;
    for (const QString& key : {u"short"_s, u"has space in it"_s, u"semi;colon-key"_s, QString(65, u'k'),
                               u"kunci-\u00e9t\u00e9-1"_s}) {
        auto r = hall.engine->issue(u"S1"_s, false, key);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::BadRequestKey);
    }
    CHECK(count(*hall.db, u"SELECT count(*) FROM tickets"_s) == 0);
    CHECK(QueueService::isValidRequestKey(QString(64, u'k')));
    CHECK(QueueService::isValidRequestKey(u"Ab-_0123"_s));
}

TEST_CASE("issue: a retry after the cutoff or a full quota still gets its ticket", "[engine][idempotent]")
{
    TestHall hall; // S1: quota 5, cutoff 30 min before 15:00
    hall.setLocal(QTime(14, 29));
    const IssuedTicket first = ok(hall.engine->issue(u"S1"_s, false, u"late-press-1"_s));
    hall.setLocal(QTime(14, 45));
    REQUIRE_FALSE(hall.engine->issue(u"S1"_s, false).ok());
    const IssuedTicket again = ok(hall.engine->issue(u"S1"_s, false, u"late-press-1"_s));
    CHECK(again.replayed);
    CHECK(again.number == first.number);
}

TEST_CASE("issue: request keys are kept a day and pruned at a later rollover", "[engine][idempotent]")
{
    TestHall hall;
    ok(hall.engine->issue(u"S2"_s, false, u"monday-key-1"_s));
    hall.setLocal(TestHall::monday().addDays(1), QTime(9, 0));
    ok(hall.engine->issue(u"S2"_s, false, u"tuesday-key"_s));
    // Kept over the first night: yesterday's press is still recognised.
    CHECK(count(*hall.db, u"SELECT count(*) FROM issue_requests"_s) == 2);
    CHECK(ok(hall.engine->issue(u"S2"_s, false, u"monday-key-1"_s)).replayed);
    hall.setLocal(TestHall::monday().addDays(3), QTime(9, 0));
    ok(hall.engine->rollOver());
    CHECK(count(*hall.db, u"SELECT count(*) FROM issue_requests"_s) == 0);
    CHECK(count(*hall.db, u"SELECT count(*) FROM tickets"_s) == 2);
}

TEST_CASE("storage: migrating a version 5 hall to the current version keeps its tickets",
          "[storage][idempotent]")
{
    TestHall hall;
    ok(hall.engine->issue(u"S1"_s, false));
    ok(hall.engine->issue(u"S2"_s, true));
    // Back to version 5 as a hall of the previous release has it.
    for (const QString& sql :
         {u"DROP TABLE issue_requests"_s, hall.db->dialect().setSchemaVersionStatement(5)})
        REQUIRE(Database::run(hall.db->sql(), sql).ok());
    auto reopened = Database::open(hall.path());
    REQUIRE(reopened.ok());
    CHECK(count(*reopened.value(), hall.db->dialect().schemaVersionQuery()) == Database::kSchemaVersion);
    CHECK(count(*reopened.value(), u"SELECT count(*) FROM tickets"_s) == 2);
    CHECK(count(*reopened.value(), u"SELECT count(*) FROM issue_requests"_s) == 0);
    QueueEngine engine(*reopened.value(), hall.clock);
    CHECK(ok(engine.issue(u"S1"_s, false, u"after-migrate"_s)).number.toString() == u"A-002"_s);
}
