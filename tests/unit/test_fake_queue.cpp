// The in-memory queue the front-end tests run on: it must keep the rules the screens rely on, or those
// tests would pass against a queue that behaves unlike the engine.
#include "tests/support/ErrorCodeStringMaker.h"
#include "tests/support/FakeQueueService.h"
#include "tests/support/TestHall.h"

#include <QCoreApplication>

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using antre::test::FakeQueueService;
using antre::test::TestHall;

namespace antre {

namespace {

struct Fake
{
    explicit Fake(const HallConfig& config = TestHall::smallConfig()) : queue(config, clock) {}

    QString issue(const QString& service, bool priority = false)
    {
        auto issued = queue.issue(service, priority);
        if (!issued.ok())
            FAIL(issued.error().message.toStdString());
        return issued.value().number.toString();
    }
    QString call(const QString& counter)
    {
        auto called = queue.callNext(counter);
        if (!called.ok())
            FAIL(called.error().message.toStdString());
        return called.value().number.toString();
    }
    void done(const QString& counter)
    {
        REQUIRE(queue.startServing(counter).ok());
        REQUIRE(queue.finish(counter, Outcome::Completed).ok());
    }

    ManualClock clock{TestHall::local(TestHall::monday(), QTime(9, 0))};
    FakeQueueService queue;
};

} // namespace

TEST_CASE("fake queue: numbers are gapless per prefix and start again each day", "[fake]")
{
    Fake f;
    CHECK(f.issue(u"S1"_s) == u"A-001");
    CHECK(f.issue(u"S2"_s) == u"B-001");
    CHECK(f.issue(u"S1"_s, true) == u"A-002");
    auto issued = f.queue.issue(u"S1"_s, false);
    REQUIRE(issued.ok());
    CHECK(issued.value().number.toString() == u"A-003");
    CHECK(issued.value().ahead == 2);
    CHECK(issued.value().agencyName == u"Agency One");
    CHECK(issued.value().businessDay == TestHall::monday());

    f.clock.set(TestHall::local(TestHall::monday().addDays(1), QTime(9, 0)));
    CHECK(f.issue(u"S1"_s) == u"A-001");
    // Yesterday's waiting tickets expired with the new day.
    auto old = f.queue.ticket(*TicketNumber::parse(u"A-002"_s), TestHall::monday());
    REQUIRE(old.ok());
    CHECK(old.value().status == TicketStatus::Expired);
}

TEST_CASE("fake queue: issuing follows opening hours, quota and unknown codes", "[fake]")
{
    Fake f;
    auto unknown = f.queue.issue(u"NOPE"_s, false);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == ErrorCode::UnknownService);
    auto tuesdayOnly = f.queue.issue(u"S3"_s, false);
    REQUIRE_FALSE(tuesdayOnly.ok());
    CHECK(tuesdayOnly.error().code == ErrorCode::ClosedToday);
    for (int i = 0; i < 5; ++i)
        f.issue(u"S1"_s);
    auto full = f.queue.issue(u"S1"_s, false);
    REQUIRE_FALSE(full.ok());
    CHECK(full.error().code == ErrorCode::QuotaFull);
    f.clock.set(TestHall::local(TestHall::monday(), QTime(7, 0)));
    auto early = f.queue.issue(u"S2"_s, false);
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().code == ErrorCode::NotOpenYet);
}

TEST_CASE("fake queue: calls take priority first, at most the run limit in a row", "[fake]")
{
    HallConfig config = TestHall::smallConfig();
    config.site.priorityRunLimit = 2;
    Fake f(config);
    REQUIRE(f.queue.openCounter(u"L3"_s, u"OFF2"_s).ok());
    f.issue(u"S2"_s);       // B-001
    f.issue(u"S2"_s);       // B-002
    f.issue(u"S2"_s, true); // B-003
    f.issue(u"S2"_s, true); // B-004
    f.issue(u"S2"_s, true); // B-005

    auto order = f.queue.waitingFor(u"L3"_s);
    REQUIRE(order.ok());
    QStringList numbers;
    for (const auto& t : order.value())
        numbers << t.number.toString();
    CHECK(numbers == QStringList{u"B-003"_s, u"B-004"_s, u"B-001"_s, u"B-005"_s, u"B-002"_s});

    QStringList called;
    for (int i = 0; i < 5; ++i) {
        called << f.call(u"L3"_s);
        f.done(u"L3"_s);
    }
    CHECK(called == numbers);
    auto empty = f.queue.callNext(u"L3"_s);
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().code == ErrorCode::QueueEmpty);
    CHECK(empty.error().kind == ErrorKind::NothingToDo);
}

TEST_CASE("fake queue: a counter must be open and free to call", "[fake]")
{
    Fake f;
    f.issue(u"S1"_s);
    f.issue(u"S1"_s);
    auto closed = f.queue.callNext(u"L1"_s);
    REQUIRE_FALSE(closed.ok());
    CHECK(closed.error().code == ErrorCode::CounterNotOpen);
    CHECK(f.queue.openCounter(u"NOPE"_s, {}).error().code == ErrorCode::UnknownCounter);
    CHECK(f.queue.openCounter(u"L3"_s, u"OFF1"_s).error().code == ErrorCode::NotAllowed);
    REQUIRE(f.queue.openCounter(u"L1"_s, u"OFF1"_s).ok());
    CHECK(f.queue.openCounter(u"L1"_s, u"SPV"_s).error().code == ErrorCode::CounterAlreadyOpen);
    CHECK(f.queue.openCounter(u"L2"_s, u"OFF1"_s).error().code == ErrorCode::StaffBusy);

    CHECK(f.call(u"L1"_s) == u"A-001");
    CHECK(f.queue.callNext(u"L1"_s).error().code == ErrorCode::TicketOpen);
    CHECK(f.queue.finish(u"L1"_s, Outcome::Completed).error().code == ErrorCode::IllegalTransition);
    CHECK(f.queue.startBreak(u"L1"_s, u"Prayer"_s).error().code == ErrorCode::TicketOpen);
    CHECK(f.queue.closeCounter(u"L1"_s).error().code == ErrorCode::TicketOpen);

    auto status = f.queue.counterStatus(u"L1"_s);
    REQUIRE(status.ok());
    CHECK(status.value().state == CounterState::Open);
    CHECK(status.value().staffName == u"Officer One");
    REQUIRE(status.value().current);
    CHECK(status.value().current->number.toString() == u"A-001");
    CHECK(status.value().current->status == TicketStatus::Called);
}

TEST_CASE("fake queue: recall, serve, finish, no-show and requeue", "[fake]")
{
    Fake f;
    REQUIRE(f.queue.openCounter(u"L1"_s, u"OFF1"_s).ok());
    f.issue(u"S1"_s);
    f.issue(u"S1"_s);
    f.call(u"L1"_s);
    f.clock.advanceSecs(60);
    auto recalled = f.queue.recall(u"L1"_s);
    REQUIRE(recalled.ok());
    CHECK(recalled.value().recall);
    CHECK(recalled.value().number.toString() == u"A-001");
    CHECK(recalled.value().counterName == u"Loket 1");
    auto serving = f.queue.startServing(u"L1"_s);
    REQUIRE(serving.ok());
    CHECK(serving.value().status == TicketStatus::Serving);
    CHECK(serving.value().recallCount == 1);
    CHECK(f.queue.recall(u"L1"_s).error().code == ErrorCode::IllegalTransition);
    auto finished = f.queue.finish(u"L1"_s, Outcome::Referred);
    REQUIRE(finished.ok());
    CHECK(finished.value().status == TicketStatus::Done);
    CHECK(finished.value().outcome == Outcome::Referred);
    CHECK(f.queue.startServing(u"L1"_s).error().code == ErrorCode::NoTicket);

    CHECK(f.call(u"L1"_s) == u"A-002");
    auto missed = f.queue.markNoShow(u"L1"_s);
    REQUIRE(missed.ok());
    CHECK(missed.value().status == TicketStatus::NoShow);
    auto back = f.queue.requeue(*TicketNumber::parse(u"A-002"_s));
    REQUIRE(back.ok());
    CHECK(back.value().status == TicketStatus::Waiting);
    CHECK(f.queue.cancel(*TicketNumber::parse(u"A-001"_s)).error().code == ErrorCode::IllegalTransition);
    CHECK(f.queue.cancel(*TicketNumber::parse(u"A-002"_s)).ok());
    CHECK(f.queue.cancel(*TicketNumber::parse(u"A-099"_s)).error().code == ErrorCode::UnknownTicket);

    auto hall = f.queue.status();
    REQUIRE(hall.ok());
    CHECK(hall.value().siteName == u"Test Hall");
    CHECK(hall.value().businessDay == TestHall::monday());
    const auto& s1 = hall.value().services.constFirst();
    CHECK(s1.code == u"S1");
    CHECK(s1.issuedToday == 2);
    CHECK(s1.servedToday == 1);
    CHECK(s1.waiting == 0);
}

TEST_CASE("fake queue: a transfer keeps the ticket's place in the new line", "[fake]")
{
    Fake f;
    REQUIRE(f.queue.openCounter(u"L1"_s, u"OFF1"_s).ok());
    REQUIRE(f.queue.openCounter(u"L3"_s, u"OFF2"_s).ok());
    f.issue(u"S1"_s); // A-001, 09:00
    f.clock.advanceSecs(60);
    f.issue(u"S2"_s); // B-001, 09:01
    f.clock.advanceSecs(60);
    CHECK(f.call(u"L1"_s) == u"A-001");
    CHECK(f.queue.transfer(u"L1"_s, u"S1"_s).error().code == ErrorCode::SameService);
    CHECK(f.queue.transfer(u"L1"_s, u"NOPE"_s).error().code == ErrorCode::UnknownService);
    auto moved = f.queue.transfer(u"L1"_s, u"S2"_s);
    REQUIRE(moved.ok());
    CHECK(moved.value().status == TicketStatus::Waiting);
    CHECK(moved.value().serviceCode == u"S2");
    CHECK(moved.value().originalServiceCode == u"S1");
    CHECK(moved.value().transferred);
    CHECK(moved.value().firstCalledAt.isValid());
    // Queued at 09:00, before B-001: it is first in S2's line.
    CHECK(f.call(u"L3"_s) == u"A-001");
    auto hall = f.queue.status();
    REQUIRE(hall.ok());
    CHECK(hall.value().services.at(0).issuedToday == 1); // counted for the service it was issued for
    CHECK(hall.value().services.at(1).waiting == 1);
}

TEST_CASE("fake queue: counters go on a break, resume and close", "[fake]")
{
    Fake f;
    REQUIRE(f.queue.openCounter(u"L2"_s, {}).ok());
    REQUIRE(f.queue.startBreak(u"L2"_s, u" Prayer "_s).ok());
    auto onBreak = f.queue.counterStatus(u"L2"_s);
    REQUIRE(onBreak.ok());
    CHECK(onBreak.value().state == CounterState::Break);
    CHECK(onBreak.value().breakReason == u"Prayer");
    f.issue(u"S1"_s);
    CHECK(f.queue.callNext(u"L2"_s).error().code == ErrorCode::CounterNotOpen);
    CHECK(f.queue.resumeCounter(u"L1"_s).error().code == ErrorCode::NotOnBreak);
    REQUIRE(f.queue.resumeCounter(u"L2"_s).ok());
    REQUIRE(f.queue.closeCounter(u"L2"_s).ok());
    CHECK(f.queue.closeCounter(u"L2"_s).error().code == ErrorCode::CounterNotOpen);
    auto closed = f.queue.counterStatus(u"L2"_s);
    REQUIRE(closed.ok());
    CHECK(closed.value().state == CounterState::Closed);
    CHECK(closed.value().shouldBeStaffed); // S1 is in its hours at 09:00 on a Monday
}

TEST_CASE("fake queue: recent calls newest first, calls after an event oldest first", "[fake]")
{
    Fake f;
    REQUIRE(f.queue.openCounter(u"L1"_s, u"OFF1"_s).ok());
    REQUIRE(f.queue.openCounter(u"L3"_s, u"OFF2"_s).ok());
    f.issue(u"S1"_s);
    f.issue(u"S2"_s);
    auto first = f.queue.callNext(u"L1"_s);
    REQUIRE(first.ok());
    f.call(u"L3"_s);
    REQUIRE(f.queue.recall(u"L1"_s).ok());

    auto recent = f.queue.recentCalls(2);
    REQUIRE(recent.ok());
    REQUIRE(recent.value().size() == 2);
    CHECK(recent.value().at(0).number.toString() == u"A-001");
    CHECK(recent.value().at(0).recall);
    CHECK(recent.value().at(1).number.toString() == u"B-001");

    auto after = f.queue.callsAfter(first.value().eventId);
    REQUIRE(after.ok());
    REQUIRE(after.value().size() == 2);
    CHECK(after.value().at(0).number.toString() == u"B-001");
    CHECK(after.value().at(0).eventId < after.value().at(1).eventId);
    CHECK(f.queue.callsAfter(0).value().size() == 3);

    // The next day's board starts empty; the history stays.
    f.clock.set(TestHall::local(TestHall::monday().addDays(1), QTime(9, 0)));
    CHECK(f.queue.recentCalls(10).value().isEmpty());
    CHECK(f.queue.callsAfter(0).value().size() == 3);
}

TEST_CASE("fake queue: config() is the configuration it was given, changes are told once started", "[fake]")
{
    Fake f;
    auto config = f.queue.config();
    REQUIRE(config.ok());
    CHECK(config.value().site == TestHall::smallConfig().site);
    CHECK(config.value().services == TestHall::smallConfig().services);
    CHECK(config.value().counters == TestHall::smallConfig().counters);

    int told = 0;
    QObject context;
    QObject::connect(&f.queue.changes(), &ChangeNotifier::changed, &context, [&] { ++told; });
    f.issue(u"S1"_s);
    QCoreApplication::processEvents();
    CHECK(told == 0); // not started
    f.queue.changes().start();
    CHECK(f.queue.changes().isActive());
    f.issue(u"S1"_s);
    f.issue(u"S2"_s);
    CHECK(told == 0); // from the event loop, a moment later
    QCoreApplication::processEvents();
    CHECK(told == 1); // once for the burst

    HallConfig renamed = TestHall::smallConfig();
    renamed.site.name = u"Renamed"_s;
    f.queue.setConfig(renamed);
    QCoreApplication::processEvents();
    CHECK(told == 2);
    CHECK(f.queue.config().value().site.name == u"Renamed");
    CHECK(f.queue.status().value().siteName == u"Renamed");
    f.queue.changes().stop();
}

TEST_CASE("fake queue: lastFinished is the booth's newest finished ticket within the window", "[fake]")
{
    Fake f;
    REQUIRE(f.queue.openCounter(u"L1"_s, u"OFF1"_s).ok());
    REQUIRE(f.queue.openCounter(u"L3"_s, u"OFF2"_s).ok());
    const auto last = [&](const QString& counter, int withinSecs) {
        auto read = f.queue.lastFinished(counter, withinSecs);
        REQUIRE(read.ok());
        return read.value() ? read.value()->number.toString() : QString();
    };
    CHECK(last(u"L1"_s, 300).isEmpty());
    const QString b1 = f.issue(u"S2"_s);
    const QString b2 = f.issue(u"S2"_s);
    const QString b3 = f.issue(u"S2"_s);
    CHECK(f.call(u"L1"_s) == b1);
    f.done(u"L1"_s);
    f.clock.advanceSecs(60);
    CHECK(f.call(u"L1"_s) == b2);
    f.done(u"L1"_s);
    CHECK(f.call(u"L3"_s) == b3);
    f.done(u"L3"_s);
    f.issue(u"S2"_s);
    f.call(u"L1"_s);
    REQUIRE(f.queue.markNoShow(u"L1"_s).ok());
    CHECK(last(u"L1"_s, 300) == b2);
    CHECK(last(u"L3"_s, 300) == b3);
    f.clock.advanceSecs(301);
    CHECK(last(u"L1"_s, 300).isEmpty());
    CHECK(f.queue.lastFinished(u"L9"_s, 300).error().code == ErrorCode::UnknownCounter);
}

} // namespace antre
