#include "core/AuditLog.h"
#include "core/HallStore.h"
#include "core/storage/StatementCache.h"
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

namespace {

QString issueOk(TestHall& hall, const QString& service, bool priority = false)
{
    return ok(hall.engine->issue(service, priority)).number.toString();
}

QString callOk(TestHall& hall, const QString& counter)
{
    return ok(hall.engine->callNext(counter)).number.toString();
}

// Calls and finishes, so the counter is free for the next call.
QString callAndFinish(TestHall& hall, const QString& counter)
{
    const QString number = callOk(hall, counter);
    ok(hall.engine->startServing(counter));
    ok(hall.engine->finish(counter, Outcome::Completed));
    return number;
}

} // namespace

TEST_CASE("issue numbers are per prefix, gapless and restart each day", "[engine]")
{
    TestHall hall;
    CHECK(issueOk(hall, u"S1"_s) == u"A-001");
    CHECK(issueOk(hall, u"S1"_s) == u"A-002");
    CHECK(issueOk(hall, u"S2"_s) == u"B-001");
    CHECK(issueOk(hall, u"S1"_s, true) == u"A-003");

    hall.setLocal(TestHall::monday().addDays(1), QTime(9, 0));
    CHECK(issueOk(hall, u"S1"_s) == u"A-001");
    CHECK(issueOk(hall, u"S3"_s) == u"C-001");
}

TEST_CASE("numbers get four digits after 999", "[engine]")
{
    HallConfig config = TestHall::smallConfig();
    config.services[1].dailyQuota.reset();
    TestHall hall(config);
    QString last;
    for (int i = 0; i < 1000; ++i)
        last = issueOk(hall, u"S2"_s);
    CHECK(last == u"B-1000");
}

TEST_CASE("issue is refused with the reason", "[engine]")
{
    TestHall hall;
    SECTION("unknown service is bad input")
    {
        auto r = hall.engine->issue(u"NOPE"_s, false);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == ErrorKind::BadInput);
        CHECK(r.error().code == ErrorCode::UnknownService);
    }
    SECTION("closed weekday")
    {
        auto r = hall.engine->issue(u"S3"_s, false); // Tuesdays only; today is Monday
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().kind == ErrorKind::Refused);
        CHECK(r.error().code == ErrorCode::ClosedToday);
    }
    SECTION("before opening and in the lunch break")
    {
        hall.setLocal(QTime(7, 59));
        CHECK(hall.engine->issue(u"S1"_s, false).error().code == ErrorCode::NotOpenYet);
        hall.setLocal(QTime(12, 30));
        CHECK(hall.engine->issue(u"S1"_s, false).error().code == ErrorCode::NotOpenYet);
        hall.setLocal(QTime(13, 0));
        CHECK(hall.engine->issue(u"S1"_s, false).ok());
    }
    SECTION("past the cutoff before closing")
    {
        hall.setLocal(QTime(14, 29));
        CHECK(hall.engine->issue(u"S1"_s, false).ok());
        hall.setLocal(QTime(14, 30));
        CHECK(hall.engine->issue(u"S1"_s, false).error().code == ErrorCode::PastCutoff);
        hall.setLocal(QTime(15, 30));
        CHECK(hall.engine->issue(u"S1"_s, false).error().code == ErrorCode::ClosedForDay);
    }
    SECTION("closed date")
    {
        HallConfig config = TestHall::smallConfig();
        config.services[0].closedDates = {TestHall::monday()};
        TestHall closed(config);
        CHECK(closed.engine->issue(u"S1"_s, false).error().code == ErrorCode::ClosedDate);
    }
    SECTION("daily quota")
    {
        for (int i = 0; i < 5; ++i)
            REQUIRE(hall.engine->issue(u"S1"_s, i % 2 == 0).ok());
        auto r = hall.engine->issue(u"S1"_s, false);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == ErrorCode::QuotaFull);
        CHECK_FALSE(r.error().message.isEmpty());
        // A refused issue leaves no trace: the next day starts at 001 and nothing was skipped.
        hall.setLocal(TestHall::monday().addDays(1), QTime(9, 0));
        CHECK(issueOk(hall, u"S1"_s) == u"A-001");
    }
}

TEST_CASE("issue tells people ahead and an estimated wait", "[engine]")
{
    TestHall hall;
    auto first = ok(hall.engine->issue(u"S2"_s, false));
    CHECK(first.ahead == 0);
    CHECK(first.estimatedWaitMin == 0);
    issueOk(hall, u"S2"_s);
    auto third = ok(hall.engine->issue(u"S2"_s, false));
    CHECK(third.ahead == 2);
    CHECK(third.estimatedWaitMin > 0);
    auto priority = ok(hall.engine->issue(u"S2"_s, true));
    CHECK(priority.ahead == 0); // only other priority tickets are ahead of a priority ticket
    auto regular = ok(hall.engine->issue(u"S2"_s, false));
    CHECK(regular.ahead == 4);
}

TEST_CASE("call order: priority first but at most priority_run_limit in a row", "[engine]")
{
    TestHall hall;
    ok(hall.engine->openCounter(u"L3"_s, u"OFF2"_s));
    // 5 priority and 2 regular waiting → P P P R P P R.
    QStringList priority;
    QStringList regular;
    regular << issueOk(hall, u"S2"_s);
    for (int i = 0; i < 5; ++i)
        priority << issueOk(hall, u"S2"_s, true);
    regular << issueOk(hall, u"S2"_s);

    const QStringList expected{priority[0], priority[1], priority[2], regular[0],
                               priority[3], priority[4], regular[1]};
    auto preview = ok(hall.engine->waitingFor(u"L3"_s));
    QStringList previewNumbers;
    for (const auto& t : preview)
        previewNumbers << t.number.toString();
    CHECK(previewNumbers == expected);

    QStringList called;
    for (int i = 0; i < 7; ++i)
        called << callAndFinish(hall, u"L3"_s);
    CHECK(called == expected);
    auto empty = hall.engine->callNext(u"L3"_s);
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().kind == ErrorKind::NothingToDo);
}

TEST_CASE("FIFO within a class across the counter's services", "[engine]")
{
    TestHall hall;
    ok(hall.engine->openCounter(u"L1"_s, u"OFF1"_s));
    const QString a1 = issueOk(hall, u"S1"_s);
    hall.clock.advanceSecs(10);
    const QString b1 = issueOk(hall, u"S2"_s);
    hall.clock.advanceSecs(10);
    const QString a2 = issueOk(hall, u"S1"_s);
    CHECK(callAndFinish(hall, u"L1"_s) == a1);
    CHECK(callAndFinish(hall, u"L1"_s) == b1);
    CHECK(callAndFinish(hall, u"L1"_s) == a2);
}

TEST_CASE("call needs an open counter without an open ticket", "[engine]")
{
    TestHall hall;
    issueOk(hall, u"S1"_s);
    issueOk(hall, u"S1"_s);
    auto closed = hall.engine->callNext(u"L1"_s);
    CHECK(closed.error().kind == ErrorKind::Refused);
    CHECK(closed.error().code == ErrorCode::CounterNotOpen);
    CHECK(hall.engine->callNext(u"L9"_s).error().kind == ErrorKind::BadInput);

    ok(hall.engine->openCounter(u"L1"_s, u"OFF1"_s));
    callOk(hall, u"L1"_s);
    auto busy = hall.engine->callNext(u"L1"_s);
    CHECK(busy.error().code == ErrorCode::TicketOpen);
    CHECK(busy.error().kind == ErrorKind::Refused);

    ok(hall.engine->markNoShow(u"L1"_s));
    ok(hall.engine->startBreak(u"L1"_s, u"sholat"_s));
    CHECK(hall.engine->callNext(u"L1"_s).error().code == ErrorCode::CounterNotOpen);
}

TEST_CASE("ticket life cycle and illegal transitions", "[engine]")
{
    TestHall hall;
    ok(hall.engine->openCounter(u"L1"_s, u"OFF1"_s));
    const QString number = issueOk(hall, u"S1"_s);
    auto illegalFinish = hall.engine->finish(u"L1"_s, Outcome::Completed);
    CHECK(illegalFinish.error().kind == ErrorKind::Refused); // nothing called yet

    callOk(hall, u"L1"_s);
    CHECK(hall.engine->finish(u"L1"_s, Outcome::Completed).error().code == ErrorCode::IllegalTransition);
    auto recalled = ok(hall.engine->recall(u"L1"_s));
    CHECK(recalled.recall);
    CHECK(recalled.number.toString() == number);
    auto serving = ok(hall.engine->startServing(u"L1"_s));
    CHECK(serving.status == TicketStatus::Serving);
    CHECK(hall.engine->recall(u"L1"_s).error().code == ErrorCode::IllegalTransition);
    CHECK(hall.engine->markNoShow(u"L1"_s).error().code == ErrorCode::IllegalTransition);
    auto done = ok(hall.engine->finish(u"L1"_s, Outcome::Referred));
    CHECK(done.status == TicketStatus::Done);
    REQUIRE(done.outcome.has_value());
    CHECK(*done.outcome == Outcome::Referred);
    CHECK(done.recallCount == 1);
    CHECK(hall.engine->cancel(*TicketNumber::parse(number)).error().code == ErrorCode::IllegalTransition);
}

TEST_CASE("no-show, requeue and cancel", "[engine]")
{
    TestHall hall;
    ok(hall.engine->openCounter(u"L2"_s, u"OFF1"_s));
    const QString a1 = issueOk(hall, u"S1"_s);
    const QString a2 = issueOk(hall, u"S1"_s);
    const QString a3 = issueOk(hall, u"S1"_s);
    CHECK(callOk(hall, u"L2"_s) == a1);
    CHECK(ok(hall.engine->markNoShow(u"L2"_s)).status == TicketStatus::NoShow);
    CHECK(hall.engine->requeue(*TicketNumber::parse(a2)).error().code == ErrorCode::IllegalTransition);
    hall.clock.advanceSecs(60);
    CHECK(ok(hall.engine->requeue(*TicketNumber::parse(a1))).status == TicketStatus::Waiting);
    CHECK(ok(hall.engine->cancel(*TicketNumber::parse(a2))).status == TicketStatus::Cancelled);
    // a1 rejoined at the back: a3 first.
    CHECK(callAndFinish(hall, u"L2"_s) == a3);
    CHECK(callAndFinish(hall, u"L2"_s) == a1);
    CHECK(hall.engine->cancel(*TicketNumber::parse(u"A-099"_s)).error().kind == ErrorKind::BadInput);
}

TEST_CASE("requeue works only the same day", "[engine]")
{
    TestHall hall;
    ok(hall.engine->openCounter(u"L2"_s, u"OFF1"_s));
    const QString a1 = issueOk(hall, u"S1"_s);
    callOk(hall, u"L2"_s);
    ok(hall.engine->markNoShow(u"L2"_s));
    hall.setLocal(TestHall::monday().addDays(1), QTime(9, 0));
    CHECK(hall.engine->requeue(*TicketNumber::parse(a1)).error().kind == ErrorKind::BadInput);
}

TEST_CASE("transfer keeps the number and the original place in line", "[engine]")
{
    TestHall hall;
    ok(hall.engine->openCounter(u"L2"_s, u"OFF1"_s));
    ok(hall.engine->openCounter(u"L3"_s, u"OFF2"_s));
    const QString a1 = issueOk(hall, u"S1"_s); // 09:00
    hall.clock.advanceSecs(60);
    const QString b1 = issueOk(hall, u"S2"_s); // 09:01
    hall.clock.advanceSecs(60);
    CHECK(callOk(hall, u"L2"_s) == a1);
    ok(hall.engine->startServing(u"L2"_s));
    CHECK(hall.engine->transfer(u"L2"_s, u"S1"_s).error().code == ErrorCode::SameService);
    CHECK(hall.engine->transfer(u"L2"_s, u"XX"_s).error().kind == ErrorKind::BadInput);
    auto moved = ok(hall.engine->transfer(u"L2"_s, u"S2"_s));
    CHECK(moved.number.toString() == a1);
    CHECK(moved.status == TicketStatus::Waiting);
    CHECK(moved.serviceCode == u"S2");
    CHECK(moved.originalServiceCode == u"S1");
    CHECK(moved.transferred);
    // a1 was queued at 09:00, before b1: it is called first at the S2 counter.
    CHECK(callAndFinish(hall, u"L3"_s) == a1);
    CHECK(callAndFinish(hall, u"L3"_s) == b1);
    // L2 is free again after the transfer.
    CHECK(hall.engine->callNext(u"L2"_s).error().kind == ErrorKind::NothingToDo);
}

TEST_CASE("counter sessions: who may open, break, resume, close", "[engine]")
{
    TestHall hall;
    CHECK(hall.engine->openCounter(u"L3"_s, u"OFF1"_s).error().code == ErrorCode::NotAllowed);
    CHECK(hall.engine->openCounter(u"L3"_s, u"NOBODY"_s).error().kind == ErrorKind::BadInput);
    ok(hall.engine->openCounter(u"L1"_s, u"OFF1"_s));
    CHECK(hall.engine->openCounter(u"L1"_s, u"OFF2"_s).error().code == ErrorCode::CounterAlreadyOpen);
    CHECK(hall.engine->openCounter(u"L2"_s, u"OFF1"_s).error().code == ErrorCode::StaffBusy);
    ok(hall.engine->openCounter(u"L3"_s, u"SPV"_s)); // supervisors may staff any booth

    CHECK(hall.engine->resumeCounter(u"L1"_s).error().code == ErrorCode::NotOnBreak);
    ok(hall.engine->startBreak(u"L1"_s, u"sholat"_s));
    auto status = ok(hall.engine->counterStatus(u"L1"_s));
    CHECK(status.state == CounterState::Break);
    CHECK(status.breakReason == u"sholat");
    CHECK(status.staffId == u"OFF1");
    ok(hall.engine->resumeCounter(u"L1"_s));
    CHECK(ok(hall.engine->counterStatus(u"L1"_s)).state == CounterState::Open);

    issueOk(hall, u"S1"_s);
    callOk(hall, u"L1"_s);
    CHECK(hall.engine->closeCounter(u"L1"_s).error().code == ErrorCode::TicketOpen);
    CHECK(hall.engine->startBreak(u"L1"_s, u"rapat"_s).error().code == ErrorCode::TicketOpen);
    ok(hall.engine->markNoShow(u"L1"_s));
    ok(hall.engine->closeCounter(u"L1"_s));
    CHECK(ok(hall.engine->counterStatus(u"L1"_s)).state == CounterState::Closed);
    CHECK(hall.engine->closeCounter(u"L1"_s).error().kind == ErrorKind::Refused);

    // Every state's minutes are recorded as intervals.
    auto q =
        Database::run(hall.db->sql(), u"SELECT count(*) FROM counter_states WHERE ended_at IS NOT NULL"_s);
    REQUIRE(q.ok());
    q.value().next();
    CHECK(q.value().value(0).toInt() == 3); // open, break, open
}

TEST_CASE("status shows booths that should be staffed", "[engine]")
{
    TestHall hall;
    ok(hall.engine->openCounter(u"L1"_s, u"OFF1"_s));
    auto status = ok(hall.engine->status());
    REQUIRE(status.counters.size() == 3);
    CHECK_FALSE(status.counters[0].shouldBeStaffed); // open
    CHECK(status.counters[1].shouldBeStaffed);       // S1 open now, L2 closed
    hall.setLocal(QTime(19, 0));
    status = ok(hall.engine->status());
    CHECK_FALSE(status.counters[1].shouldBeStaffed); // after hours
}

TEST_CASE("the business day ends: leftovers expire, booths close", "[engine]")
{
    TestHall hall;
    ok(hall.engine->openCounter(u"L1"_s, u"OFF1"_s));
    issueOk(hall, u"S1"_s);
    issueOk(hall, u"S1"_s);
    callOk(hall, u"L1"_s);
    // Just before midnight nothing has expired; just after, everything has.
    hall.setLocal(QTime(23, 59));
    ok(hall.engine->rollOver());
    CHECK(ok(hall.engine->ticket(*TicketNumber::parse(u"A-002"_s), TestHall::monday())).status ==
          TicketStatus::Waiting);
    hall.setLocal(TestHall::monday().addDays(1), QTime(0, 0));
    ok(hall.engine->rollOver());
    CHECK(ok(hall.engine->ticket(*TicketNumber::parse(u"A-001"_s), TestHall::monday())).status ==
          TicketStatus::Expired);
    CHECK(ok(hall.engine->ticket(*TicketNumber::parse(u"A-002"_s), TestHall::monday())).status ==
          TicketStatus::Expired);
    CHECK(ok(hall.engine->counterStatus(u"L1"_s)).state == CounterState::Closed);
    auto status = ok(hall.engine->status());
    for (const auto& s : status.services)
        CHECK(s.waiting == 0);
}

TEST_CASE("every state change appends one audit event and the chain verifies", "[engine][audit]")
{
    TestHall hall;
    auto count = [&] {
        auto q = Database::run(hall.db->sql(), u"SELECT count(*) FROM events"_s);
        REQUIRE(q.ok());
        q.value().next();
        return q.value().value(0).toInt();
    };
    const int start = count();
    ok(hall.engine->openCounter(u"L1"_s, u"OFF1"_s));
    issueOk(hall, u"S1"_s);
    callOk(hall, u"L1"_s);
    ok(hall.engine->startServing(u"L1"_s));
    ok(hall.engine->finish(u"L1"_s, Outcome::Completed));
    CHECK(count() == start + 5);
    // A refused action writes nothing.
    (void)hall.engine->callNext(u"L1"_s);
    CHECK(count() == start + 5);
    CHECK(ok(AuditLog::verify(hall.db->sql())) == start + 5);
    auto history = ok(AuditLog::forTicket(hall.db->sql(), 1));
    QStringList kinds;
    for (const auto& e : history)
        kinds << e.kindText;
    CHECK(kinds ==
          QStringList{u"ticket.issued"_s, u"ticket.called"_s, u"ticket.serving"_s, u"ticket.done"_s});
}

TEST_CASE("configuration changes from elsewhere are picked up", "[engine]")
{
    TestHall hall;
    HallConfig config = TestHall::smallConfig();
    config.services[0].dailyQuota = 1;
    issueOk(hall, u"S1"_s);
    REQUIRE(HallStore(*hall.db, hall.clock).import(config).ok());
    CHECK(hall.engine->issue(u"S1"_s, false).error().code == ErrorCode::QuotaFull);
}

namespace {

std::unique_ptr<Database> secondConnection(const TestHall& hall)
{
    auto other = Database::open(hall.path());
    if (!other.ok())
        FAIL(other.error().message.toStdString());
    return std::move(other).value();
}

} // namespace

TEST_CASE("a long-lived engine still rolls over when the clock crosses midnight", "[engine]")
{
    TestHall hall;
    ok(hall.engine->openCounter(u"L1"_s, u"OFF1"_s));
    issueOk(hall, u"S2"_s);
    issueOk(hall, u"S2"_s);
    callOk(hall, u"L1"_s);
    ok(hall.engine->markNoShow(u"L1"_s));
    // Late on Monday the engine writes again: its rollover for Monday is done and remembered.
    hall.setLocal(QTime(23, 59, 59));
    ok(hall.engine->openCounter(u"L3"_s, u"OFF2"_s));
    CHECK(ok(hall.engine->ticket(*TicketNumber::parse(u"B-002"_s), TestHall::monday())).status ==
          TicketStatus::Waiting);

    // Two seconds later it is Tuesday: the first write of the day expires Monday's leftovers and closes the
    // booths left open, before its own change (here: opening L1 again).
    hall.clock.advanceSecs(2);
    ok(hall.engine->openCounter(u"L1"_s, u"OFF1"_s));
    CHECK(ok(hall.engine->ticket(*TicketNumber::parse(u"B-002"_s), TestHall::monday())).status ==
          TicketStatus::Expired);
    CHECK(ok(hall.engine->ticket(*TicketNumber::parse(u"B-001"_s), TestHall::monday())).status ==
          TicketStatus::NoShow);
    CHECK(ok(hall.engine->counterStatus(u"L1"_s)).state == CounterState::Open);
    CHECK(ok(hall.engine->counterStatus(u"L3"_s)).state == CounterState::Closed);
    CHECK(count(*hall.db, u"SELECT count(*) FROM events WHERE kind = 'ticket.expired'"_s) == 1);
    CHECK(count(*hall.db, u"SELECT count(*) FROM events WHERE kind = 'counter.auto_closed'"_s) == 2);

    // The numbers start over; nothing is expired or closed twice.
    hall.setLocal(TestHall::monday().addDays(1), QTime(9, 0));
    CHECK(issueOk(hall, u"S2"_s) == u"B-001");
    CHECK(ok(hall.engine->counterStatus(u"L1"_s)).state == CounterState::Open);
    CHECK(count(*hall.db, u"SELECT count(*) FROM events WHERE kind = 'ticket.expired'"_s) == 1);
    CHECK(count(*hall.db, u"SELECT count(*) FROM events WHERE kind = 'counter.auto_closed'"_s) == 2);
    CHECK(ok(AuditLog::verify(hall.db->sql())) > 0);

    // A refused write rolls its rollover back with it; the next write of the day does it again.
    hall.setLocal(TestHall::monday().addDays(2), QTime(7, 0));
    CHECK(hall.engine->issue(u"S2"_s, false).error().code == ErrorCode::NotOpenYet);
    CHECK(ok(hall.engine->ticket(*TicketNumber::parse(u"B-001"_s), TestHall::monday().addDays(1))).status ==
          TicketStatus::Waiting);
    hall.setLocal(QTime(8, 0));
    CHECK(issueOk(hall, u"S2"_s) == u"B-001");
    CHECK(ok(hall.engine->ticket(*TicketNumber::parse(u"B-001"_s), TestHall::monday().addDays(1))).status ==
          TicketStatus::Expired);
}

TEST_CASE("a rollover done by another engine is seen, and nothing is expired twice", "[engine]")
{
    TestHall hall;
    auto otherDb = secondConnection(hall);
    QueueEngine other(*otherDb, hall.clock);

    ok(hall.engine->openCounter(u"L1"_s, u"OFF1"_s));
    issueOk(hall, u"S1"_s);
    issueOk(hall, u"S1"_s);
    callOk(hall, u"L1"_s);

    hall.setLocal(TestHall::monday().addDays(1), QTime(9, 0));
    ok(other.rollOver());
    CHECK(ok(hall.engine->ticket(*TicketNumber::parse(u"A-001"_s), TestHall::monday())).status ==
          TicketStatus::Expired);
    CHECK(ok(hall.engine->ticket(*TicketNumber::parse(u"A-002"_s), TestHall::monday())).status ==
          TicketStatus::Expired);

    // This engine last rolled over on Monday; its first Tuesday write finds nothing left to do.
    CHECK(ok(hall.engine->counterStatus(u"L1"_s)).state == CounterState::Closed);
    CHECK(issueOk(hall, u"S1"_s) == u"A-001");
    ok(hall.engine->openCounter(u"L1"_s, u"OFF1"_s));
    CHECK(callOk(hall, u"L1"_s) == u"A-001");
    CHECK(count(*hall.db, u"SELECT count(*) FROM events WHERE kind = 'ticket.expired'"_s) == 2);
    CHECK(count(*hall.db, u"SELECT count(*) FROM events WHERE kind = 'counter.auto_closed'"_s) == 1);
    CHECK(ok(AuditLog::verify(hall.db->sql())) > 0);

    // And the other way round: a day later this engine rolls over (Tuesday's called ticket, booth L1), the
    // other one's writes follow on.
    hall.setLocal(TestHall::monday().addDays(2), QTime(9, 0));
    CHECK(issueOk(hall, u"S1"_s) == u"A-001");
    CHECK(ok(other.ticket(*TicketNumber::parse(u"A-001"_s), TestHall::monday().addDays(1))).status ==
          TicketStatus::Expired);
    CHECK(ok(other.issue(u"S1"_s, false)).number.toString() == u"A-002");
    CHECK(count(*hall.db, u"SELECT count(*) FROM events WHERE kind = 'ticket.expired'"_s) == 3);
    CHECK(count(*hall.db, u"SELECT count(*) FROM events WHERE kind = 'counter.auto_closed'"_s) == 2);
    CHECK(ok(AuditLog::verify(hall.db->sql())) > 0);
}

TEST_CASE("callNext on an empty queue answers from a read, without the write lock", "[engine][sqlite]")
{
    TestHall hall;
    ok(hall.engine->openCounter(u"L1"_s, u"OFF1"_s));
    auto otherDb = secondConnection(hall);
    const qint64 events = count(*hall.db, u"SELECT count(*) FROM events"_s);
    const qint64 changes = count(*hall.db, u"SELECT total_changes()"_s);
    const qint64 version = count(*otherDb, u"PRAGMA data_version"_s);

    // Another connection holds the write lock: a call that needed it would fail as "locked" instead of
    // answering "queue empty"; the empty line is known without it. Without a busy timeout on this
    // connection such a call fails at once, so the test needs no clock to tell the two apart.
    REQUIRE(Database::run(otherDb->sql(), u"BEGIN IMMEDIATE"_s).ok());
    REQUIRE(Database::run(hall.db->sql(), u"PRAGMA busy_timeout = 0"_s).ok());
    auto empty = hall.engine->callNext(u"L1"_s);
    REQUIRE(Database::run(hall.db->sql(), u"PRAGMA busy_timeout = %1"_s.arg(Database::kBusyTimeoutMs)).ok());
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().kind == ErrorKind::NothingToDo);
    CHECK(empty.error().code == ErrorCode::QueueEmpty);
    CHECK(empty.error().message == u"No one is waiting for the services of Loket 1.");
    REQUIRE(Database::run(otherDb->sql(), u"ROLLBACK"_s).ok());

    CHECK(count(*hall.db, u"SELECT total_changes()"_s) == changes);
    CHECK(count(*otherDb, u"PRAGMA data_version"_s) == version);
    CHECK(count(*hall.db, u"SELECT count(*) FROM events"_s) == events);

    // Someone waiting (issued by another process): the call is made under the write lock as before.
    QueueEngine kiosk(*otherDb, hall.clock);
    const QString number = ok(kiosk.issue(u"S2"_s, false)).number.toString();
    CHECK(callOk(hall, u"L1"_s) == number);
    // A ticket open at the booth still answers ticket_open, not queue_empty.
    CHECK(hall.engine->callNext(u"L1"_s).error().code == ErrorCode::TicketOpen);
    ok(hall.engine->startServing(u"L1"_s));
    ok(hall.engine->finish(u"L1"_s, Outcome::Completed));
    CHECK(hall.engine->callNext(u"L1"_s).error().code == ErrorCode::QueueEmpty);
    // Only today's line counts; a booth on a break or closed answers as before.
    ok(hall.engine->startBreak(u"L1"_s, u"sholat"_s));
    CHECK(hall.engine->callNext(u"L1"_s).error().code == ErrorCode::CounterNotOpen);
    CHECK(hall.engine->callNext(u"L9"_s).error().kind == ErrorKind::BadInput);
}

TEST_CASE("callNext the morning after: a booth left open overnight is closed, not 'nobody waiting'",
          "[engine]")
{
    TestHall hall;
    ok(hall.engine->openCounter(u"L1"_s, u"OFF1"_s));
    issueOk(hall, u"S1"_s);
    hall.setLocal(TestHall::monday().addDays(1), QTime(8, 30));
    auto call = hall.engine->callNext(u"L1"_s);
    REQUIRE_FALSE(call.ok());
    CHECK(call.error().code == ErrorCode::CounterNotOpen);
}

TEST_CASE("prepared statements: reused, and a nested use of the same text runs on its own", "[engine]")
{
    TestHall hall;
    StatementCache cache(hall.db->sql());
    const QString sql = u"SELECT code FROM services WHERE code >= ? ORDER BY code"_s;
    for (int round = 0; round < 2; ++round) {
        auto outer = cache.run(sql, {u"S2"_s});
        REQUIRE(outer.ok());
        REQUIRE(outer.value().next());
        CHECK(outer.value().value(0).toString() == u"S2");
        {
            auto inner = cache.run(sql, {u"S1"_s});
            REQUIRE(inner.ok());
            REQUIRE(inner.value().next());
            CHECK(inner.value().value(0).toString() == u"S1");
        }
        REQUIRE(outer.value().next());
        CHECK(outer.value().value(0).toString() == u"S3");
        CHECK_FALSE(outer.value().next());
    }
    auto bad = cache.run(u"SELECT nothing FROM nowhere"_s);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().kind == ErrorKind::Internal);
}

TEST_CASE("a clock set back never reorders the queue, and is reported once", "[engine][clock]")
{
    HallConfig config = TestHall::smallConfig();
    for (auto& service : config.services)
        if (service.code == u"S1"_s) {
            service.dailyQuota.reset();
            service.cutoffMin = 0;
        }
    TestHall hall(config);
    REQUIRE(hall.engine->openCounter(u"L2"_s, u"OFF1"_s).ok());
    hall.setLocal(QTime(10, 0));
    auto first = hall.engine->issue(u"S1"_s, false);
    REQUIRE(first.ok());
    // Someone sets the PC's clock back an hour (or a dead CMOS battery and a late NTP).
    hall.setLocal(QTime(9, 0));
    auto second = hall.engine->issue(u"S1"_s, false);
    REQUIRE(second.ok());
    CHECK(second.value().issuedAt >= first.value().issuedAt);
    auto third = hall.engine->issue(u"S1"_s, false);
    REQUIRE(third.ok());
    CHECK(third.value().issuedAt >= second.value().issuedAt);

    // The queue keeps the order of issue, and nothing is called before it was issued.
    auto called = hall.engine->callNext(u"L2"_s);
    REQUIRE(called.ok());
    CHECK(called.value().number == first.value().number);
    CHECK(count(*hall.db, u"SELECT count(*) FROM tickets WHERE called_at < issued_at"_s) == 0);
    CHECK(count(*hall.db, u"SELECT count(*) FROM events e JOIN events p ON p.id = e.id - 1 "
                          u"WHERE e.at < p.at"_s) == 0);

    // One clock.skew event for the episode, with how far behind the clock was.
    CHECK(count(*hall.db, u"SELECT count(*) FROM events WHERE kind = 'clock.skew'"_s) == 1);
    // The event's JSON read in the test database's dialect.
    const QString behindMs = antre::test::onPostgres() ? u"(data::jsonb ->> 'behind_ms')::bigint"_s
                                                       : u"json_extract(data, '$.behind_ms')"_s;
    CHECK(count(*hall.db, u"SELECT count(*) FROM events WHERE kind = 'clock.skew' AND %1 = 3600000"_s.arg(
                              behindMs)) == 1);

    // The clock is corrected; set back again later, it is a new episode.
    hall.setLocal(QTime(11, 0));
    REQUIRE(hall.engine->issue(u"S1"_s, false).ok());
    hall.setLocal(QTime(10, 30));
    REQUIRE(hall.engine->issue(u"S1"_s, false).ok());
    CHECK(count(*hall.db, u"SELECT count(*) FROM events WHERE kind = 'clock.skew'"_s) == 2);
    // A clock a moment behind (two PCs a second apart) is kept forward but not reported.
    hall.setLocal(QTime(11, 0));
    REQUIRE(hall.engine->issue(u"S1"_s, false).ok());
    hall.clock.advanceMs(-1500);
    REQUIRE(hall.engine->issue(u"S1"_s, false).ok());
    CHECK(count(*hall.db, u"SELECT count(*) FROM events WHERE kind = 'clock.skew'"_s) == 2);
    CHECK(AuditLog::verify(hall.db->sql()).ok());
}

TEST_CASE("lastFinished: the booth's newest finished ticket within the window", "[engine]")
{
    TestHall hall;
    const auto last = [&](const QString& counter, int withinSecs) {
        return ok(hall.engine->lastFinished(counter, withinSecs));
    };
    ok(hall.engine->openCounter(u"L1"_s, u"OFF1"_s));
    ok(hall.engine->openCounter(u"L3"_s, u"OFF2"_s));
    CHECK_FALSE(last(u"L1"_s, 300).has_value());

    const QString b1 = issueOk(hall, u"S2"_s);
    const QString b2 = issueOk(hall, u"S2"_s);
    const QString b3 = issueOk(hall, u"S2"_s);
    CHECK(callAndFinish(hall, u"L1"_s) == b1);
    hall.clock.advanceSecs(60);
    CHECK(callAndFinish(hall, u"L1"_s) == b2);
    hall.clock.advanceSecs(60);
    // Finished at another booth, later: not L1's.
    CHECK(callAndFinish(hall, u"L3"_s) == b3);
    auto newest = last(u"L1"_s, 300);
    REQUIRE(newest.has_value());
    CHECK(newest->number.toString() == b2);
    CHECK(newest->status == TicketStatus::Done);
    CHECK(newest->counterCode == u"L1"_s);
    CHECK(newest->finishedAt == hall.clock.now().addSecs(-60));
    CHECK(last(u"L3"_s, 300)->number.toString() == b3);

    // A ticket that leaves the booth unserved (no-show) or sent elsewhere (transfer) is not a finish there.
    issueOk(hall, u"S2"_s);
    callOk(hall, u"L1"_s);
    ok(hall.engine->markNoShow(u"L1"_s));
    issueOk(hall, u"S2"_s);
    callOk(hall, u"L1"_s);
    ok(hall.engine->transfer(u"L1"_s, u"S1"_s));
    CHECK(last(u"L1"_s, 300)->number.toString() == b2);

    // Older than the window: nothing.
    CHECK(last(u"L1"_s, 59).has_value() == false);
    CHECK(last(u"L1"_s, 60).has_value());
    hall.clock.advanceSecs(3600);
    CHECK_FALSE(last(u"L1"_s, 300).has_value());
    // A window reaching back over midnight still finds yesterday's finish.
    CHECK(last(u"L1"_s, 2 * 24 * 3600)->number.toString() == b2);
    hall.setLocal(TestHall::monday().addDays(1), QTime(8, 0));
    CHECK(last(u"L1"_s, 2 * 24 * 3600)->number.toString() == b2);

    CHECK(hall.engine->lastFinished(u"L9"_s, 300).error().code == ErrorCode::UnknownCounter);
}
