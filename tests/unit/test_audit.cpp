#include "core/AuditLog.h"
#include "tests/support/QtStringMakers.h"
#include "tests/support/TestHall.h"

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace antre;
using antre::test::TestHall;

namespace {
void busyHall(TestHall& hall)
{
    REQUIRE(hall.engine->openCounter(u"L1"_s, u"OFF1"_s).ok());
    for (int i = 0; i < 3; ++i)
        REQUIRE(hall.engine->issue(u"S2"_s, false).ok());
    REQUIRE(hall.engine->callNext(u"L1"_s).ok());
}

void exec(TestHall& hall, const QString& sql)
{
    auto r = Database::run(hall.db->sql(), sql);
    if (!r.ok())
        FAIL(r.error().message.toStdString());
}
} // namespace

TEST_CASE("audit chain finds edited, deleted and reordered events", "[audit]")
{
    TestHall hall;
    busyHall(hall);
    auto verified = AuditLog::verify(hall.db->sql());
    REQUIRE(verified.ok());
    const qint64 events = verified.value();
    CHECK(events >= 6);

    SECTION("edited data")
    {
        exec(hall, u"UPDATE events SET data = replace(data, 'B-002', 'B-009') WHERE id = 4"_s);
        auto r = AuditLog::verify(hall.db->sql());
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.startsWith(u"event 4:"_s));
    }
    SECTION("edited time")
    {
        exec(hall, u"UPDATE events SET at = at + 1000 WHERE id = 3"_s);
        CHECK(AuditLog::verify(hall.db->sql()).error().message.startsWith(u"event 3:"_s));
    }
    SECTION("deleted event in the middle")
    {
        exec(hall, u"DELETE FROM events WHERE id = 3"_s);
        CHECK(AuditLog::verify(hall.db->sql()).error().message.startsWith(u"event 3:"_s));
    }
    SECTION("deleted last event and renumbered")
    {
        exec(hall, u"DELETE FROM events WHERE id = 2"_s);
        exec(hall, u"UPDATE events SET id = id - 1 WHERE id > 2"_s);
        CHECK_FALSE(AuditLog::verify(hall.db->sql()).ok());
    }
    SECTION("reordered events")
    {
        exec(hall, u"UPDATE events SET id = -1 WHERE id = 3"_s);
        exec(hall, u"UPDATE events SET id = 3 WHERE id = 4"_s);
        exec(hall, u"UPDATE events SET id = 4 WHERE id = -1"_s);
        CHECK(AuditLog::verify(hall.db->sql()).error().message.startsWith(u"event 3:"_s));
    }
    SECTION("recomputed hash of one event without the rest")
    {
        exec(hall, u"UPDATE events SET hash = '0000' WHERE id = 2"_s);
        CHECK(AuditLog::verify(hall.db->sql()).error().message.startsWith(u"event 2:"_s));
    }
}

TEST_CASE("an event the database does not store as it was hashed is refused, and nothing is saved", "[audit]")
{
    // A stand-in for a driver or a server that changes text on its way: a trigger that rewrites the event's
    // data as it is stored. The append compares what was stored (the row read back on SQLite, the INSERT's
    // RETURNING on PostgreSQL) with what it hashed.
    TestHall hall;
    busyHall(hall);
    const bool postgres = hall.db->sql().driverName() == u"QPSQL"_s;
    if (postgres) {
        exec(hall, u"CREATE FUNCTION antre_test_rewrite() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                   u"NEW.data := replace(NEW.data, 'S2', 'S9'); RETURN NEW; END $$"_s);
        exec(hall, u"CREATE TRIGGER antre_test_rewrite BEFORE INSERT ON events FOR EACH ROW "
                   u"EXECUTE FUNCTION antre_test_rewrite()"_s);
    } else {
        exec(hall, u"CREATE TRIGGER antre_test_rewrite AFTER INSERT ON events BEGIN "
                   u"UPDATE events SET data = replace(data, 'S2', 'S9') WHERE id = NEW.id; END"_s);
    }
    const auto ticketCount = [&] {
        auto q = Database::run(hall.db->sql(), u"SELECT count(*) FROM tickets"_s);
        REQUIRE(q.ok());
        REQUIRE(q.value().next());
        return q.value().value(0).toInt();
    };
    const int before = ticketCount();
    // Twice: the second issue reads what the first left behind (on PostgreSQL, the folded reads).
    for (int i = 0; i < 2; ++i) {
        auto issued = hall.engine->issue(u"S2"_s, false);
        REQUIRE_FALSE(issued.ok());
        CHECK(issued.error().code == ErrorCode::UnstorableText);
        CHECK(issued.error().message.contains(u"did not return its text as written; nothing was saved"_s));
    }
    CHECK(ticketCount() == before);
    REQUIRE(AuditLog::verify(hall.db->sql()).ok());
}
