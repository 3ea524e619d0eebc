#include "core/Report.h"
#include "core/integrity/IntegrityCheck.h"
#include "core/storage/Database.h"
#include "tests/support/QtStringMakers.h"
#include "tests/support/TestHall.h"

#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>
#include <string>

using namespace Qt::Literals::StringLiterals;
using namespace antre;
using antre::test::TestHall;

namespace {

const QString kSummaries = u"report summaries match their days' tickets"_s;

// Behind the core's back, as a damaged or hand-edited database would be.
void execute(TestHall& hall, const QString& sql)
{
    const auto done = hall.db->write([&](QSqlDatabase& db) -> Status {
        auto r = Database::run(db, sql);
        return r.ok() ? Status(Done{}) : Status(r.error());
    });
    if (!done.ok())
        FAIL(done.error().message.toStdString());
}

QStringList failing(const QList<IntegrityFinding>& findings)
{
    QStringList names;
    for (const auto& f : findings)
        if (!f.ok)
            names << f.check;
    return names;
}

QString problemOf(const QList<IntegrityFinding>& findings, const QString& check)
{
    for (const auto& f : findings)
        if (f.check == check)
            return f.problem;
    FAIL("no finding " << check.toStdString());
    return {};
}

// A morning at L1: three tickets of S1 (A-001 … A-003), the first called.
void morning(TestHall& hall)
{
    for (int i = 0; i < 3; ++i)
        REQUIRE(hall.engine->issue(u"S1"_s, false).ok());
    REQUIRE(hall.engine->openCounter(u"L1"_s, u"OFF1"_s).ok());
    REQUIRE(hall.engine->callNext(u"L1"_s).ok());
}

// These cases edit tickets behind the engine's back, which the replay of the audit log finds too; its own
// cases are in "integrity: the tickets are replayed from their events".
const QString kReplay = u"tickets follow from their events"_s;
QStringList besidesReplay(QStringList names)
{
    names.removeAll(kReplay);
    return names;
}

} // namespace

TEST_CASE("integrity: a healthy hall passes every check", "[integrity]")
{
    TestHall hall;
    morning(hall);
    const auto findings = IntegrityCheck(*hall.db).check();
    CHECK(findings.size() == 11); // with the order of the events
    CHECK(failing(findings).isEmpty());
    for (const auto& f : findings) {
        CHECK_FALSE(f.check.isEmpty());
        CHECK(f.problem.isEmpty());
    }
    // A hall without any ticket yet is healthy too.
    TestHall fresh;
    CHECK(failing(IntegrityCheck(*fresh.db).check()).isEmpty());
}

TEST_CASE("integrity: each broken invariant is found and named", "[integrity]")
{
    TestHall hall;
    morning(hall);
    QString broken;
    QString problem;
    SECTION("an audit event changed")
    {
        execute(hall, u"UPDATE events SET data = '{}' WHERE id = (SELECT max(id) FROM events)"_s);
        broken = u"audit chain"_s;
    }
    SECTION("a gap in the ticket numbers")
    {
        execute(hall, u"UPDATE tickets SET seq = 7 WHERE seq = 3"_s);
        broken = u"ticket numbers gapless per prefix and day"_s;
        problem = u"2026-11-23 A: 3 tickets, last number 7"_s;
    }
    SECTION("two open tickets at one counter")
    {
        execute(hall, u"UPDATE tickets SET status = 'called', counter_id = (SELECT id FROM counters WHERE "
                      u"code = 'L1') WHERE seq = 2"_s);
        broken = u"at most one open ticket per counter"_s;
        problem = u"L1: 2 open tickets"_s;
    }
    SECTION("a called ticket without a counter")
    {
        execute(hall, u"UPDATE tickets SET status = 'called', counter_id = NULL WHERE seq = 3"_s);
        broken = u"called tickets belong to a counter"_s;
        problem = u"A-3 on 2026-11-23"_s;
    }
    SECTION("two current states of one counter")
    {
        execute(hall,
                u"INSERT INTO counter_states (counter_id, state, started_at) SELECT id, 'break', 0 FROM "
                u"counters WHERE code = 'L1'"_s);
        broken = u"at most one current state per counter"_s;
        problem = u"L1: 2 open states"_s;
    }
    SECTION("a report summary trigger removed")
    {
        execute(hall, antre::test::dropTriggerStatement(u"tickets_delete_revises_day"_s));
        broken = u"report summary triggers in place"_s;
        problem = u"trigger tickets_delete_revises_day is missing"_s;
    }
    SECTION("a ticket without its issue event")
    {
        execute(hall,
                u"INSERT INTO tickets (business_day, prefix, seq, service_id, original_service_id, status, "
                u"issued_at, issue_hour, queued_at) SELECT '2026-11-23', 'A', 4, id, id, 'waiting', 0, 9, 0 "
                u"FROM services WHERE code = 'S1'"_s);
        broken = u"every ticket has its issue event"_s;
        problem = u"A-4 on 2026-11-23"_s;
    }
    const auto findings = IntegrityCheck(*hall.db).check();
    CHECK(besidesReplay(failing(findings)) == QStringList{broken});
    if (!problem.isEmpty())
        CHECK(problemOf(findings, broken) == problem);
    else
        CHECK_FALSE(problemOf(findings, broken).isEmpty());
}

TEST_CASE("integrity: a summary that differs from its tickets is reported, only a repair removes it",
          "[integrity]")
{
    TestHall hall;
    morning(hall);
    // Tuesday: Monday is over, and its report leaves a summary.
    hall.setLocal(TestHall::monday().addDays(1), QTime(9, 0));
    REQUIRE(ReportBuilder(*hall.db).build(TestHall::monday(), TestHall::monday(), hall.clock.now()).ok());
    IntegrityCheck integrity(*hall.db);
    REQUIRE(failing(integrity.check()).isEmpty());
    // Only possible behind the triggers' back.
    execute(hall, antre::test::dropTriggerStatement(u"tickets_update_revises_day"_s));
    execute(hall, u"UPDATE tickets SET status = 'cancelled' WHERE seq = 3"_s);
    const QStringList expected{kSummaries, u"report summary triggers in place"_s};

    SECTION("a check only reports it, as often as it runs")
    {
        for (int run = 0; run < 2; ++run) {
            const auto findings = integrity.check();
            CHECK(besidesReplay(failing(findings)) == expected);
            CHECK(problemOf(findings, kSummaries) ==
                  u"the summaries of 2026-11-23 differ from their tickets; a repair removes them and reports "
                  u"make them again"_s);
        }
        CHECK(ReportBuilder(*hall.db).mismatchedSummaries().value() == QStringList{u"2026-11-23"_s});
    }
    SECTION("a repair removes it and says so; afterwards the summaries match")
    {
        const auto repaired = integrity.check(IntegrityService::Mode::Repair);
        CHECK(besidesReplay(failing(repaired)) == expected);
        CHECK(problemOf(repaired, kSummaries) ==
              u"the summaries of 2026-11-23 differed from their tickets and "
              u"were removed; reports make them again"_s);
        CHECK(ReportBuilder(*hall.db).mismatchedSummaries().value().isEmpty());
        CHECK(besidesReplay(failing(integrity.check())) ==
              QStringList{u"report summary triggers in place"_s});
    }
}

TEST_CASE("integrity: the tickets are replayed from their events", "[integrity]")
{
    TestHall hall;
    morning(hall);
    REQUIRE(failing(IntegrityCheck(*hall.db).check()).isEmpty());
    QString problem;
    SECTION("a no-show made completed")
    {
        REQUIRE(hall.engine->markNoShow(u"L1"_s).ok());
        REQUIRE(failing(IntegrityCheck(*hall.db).check()).isEmpty());
        execute(hall,
                u"UPDATE tickets SET status = 'done', outcome = 'completed' WHERE status = 'no_show'"_s);
        problem = u"status done, its events say no_show"_s;
    }
    SECTION("a shorter wait")
    {
        execute(hall,
                u"UPDATE tickets SET first_called_at = first_called_at - 600000 WHERE status = 'called'"_s);
        problem = u"first call time differs from its events"_s;
    }
    SECTION("another service")
    {
        execute(hall,
                u"UPDATE tickets SET service_id = (SELECT id FROM services WHERE code = 'S2') WHERE seq = 2 "
                u"AND prefix = 'A'"_s);
        problem = u"service S2, its events say S1"_s;
    }
    const auto findings = IntegrityCheck(*hall.db).check();
    CHECK(failing(findings) == QStringList{kReplay});
    CHECK(problemOf(findings, kReplay).contains(problem));
}
