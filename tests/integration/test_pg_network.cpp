// The network between the programs and their PostgreSQL server fails (issue 14, "When the server or network
// fails"): a loopback proxy (tests/pg/tcp_proxy.py) cuts it, silences it, or loses the answer to a COMMIT.
// Booths and a kiosk work through the proxy on threads of their own, each with its own connection, as
// their programs would; the test's thread steers the proxy and runs a ChangeWatcher. The server is the
// tests' shared one and is never stopped: only connections through this case's own proxy are cut, so
// nothing here disturbs another test (and no case pays for a server of its own).
#include "core/ChangeWatcher.h"
#include "core/QueueEngine.h"
#include "core/storage/Database.h"
#include "tests/integration/PgFaults.h"
#include "tests/support/ErrorCodeStringMaker.h"
#include "tests/support/QtStringMakers.h"
#include "tests/support/SqlCount.h"
#include "tests/support/TestHall.h"
#include "tests/support/Wait.h"

#include <QDeadlineTimer>

#include <atomic>
#include <catch2/catch.hpp>
#include <functional>
#include <memory>
#include <thread>

using namespace Qt::Literals::StringLiterals;
using namespace antre;
using antre::test::connectionFault;
using antre::test::count;
using antre::test::TcpProxy;
using antre::test::TestHall;
using antre::test::waitUntil;

namespace {

// What one program on its thread did. Written by that thread only, read after it ended (or the counters).
struct Log
{
    QStringList numbers;             // issued by the kiosk, or called by the booth
    int replayed = 0;                // kiosk: answers that were a retry's own first ticket
    std::atomic<int> faults = 0;     // attempts that met an unreachable server or a lost connection
    std::atomic<int> done = 0;       // kiosk: tickets acknowledged; booth: tickets finished
    std::atomic<bool> ended = false; // the thread's work is over (or it failed)
    QString error;                   // what stopped it other than a connection fault
};

// The connection of a program on its thread; none when it cannot be opened, the reason logged and the
// thread's work ended.
std::unique_ptr<Database> openConnection(const QString& location, Log& log)
{
    auto opened = Database::open(location);
    if (opened.ok())
        return std::move(opened).value();
    log.error = opened.error().message;
    log.ended = true;
    return nullptr;
}

// A kiosk: issues tickets of S2 as long as fewer than `allowed` were issued (the test paces it, so that
// citizens arrive while the network fails), each with its own request key, retrying one until the hall
// answers, as the kiosk screen does while it shows "sedang menyambung ulang"; ends after `tickets`.
void kiosk(const QString& location, const Clock& clock, int tickets, const std::atomic<int>& allowed,
           const std::atomic<bool>& stop, Log& log)
{
    const auto db = openConnection(location, log);
    if (!db)
        return;
    QueueEngine engine(*db, clock);
    for (int i = 0; i < tickets && log.error.isEmpty(); ++i) {
        if (!waitUntil([&] { return i < allowed || stop; }, 120000) || stop) {
            log.error = u"not allowed to issue ticket %1"_s.arg(i + 1);
            break;
        }
        const QString key = u"net-kiosk-%1"_s.arg(i, 4, 10, QChar(u'0'));
        Result<IssuedTicket> issued = makeError(ErrorKind::Internal, ErrorCode::Unreachable, {});
        const bool answered = waitUntil(
            [&] {
                issued = engine.issue(u"S2"_s, false, key);
                if (issued.ok())
                    return true;
                if (!connectionFault(issued.error())) {
                    log.error = issued.error().message;
                    return true;
                }
                ++log.faults;
                return false;
            },
            120000);
        if (!answered) {
            log.error = u"no answer for %1 within two minutes"_s.arg(key);
        } else if (issued.ok()) {
            log.numbers << issued.value().number.toString();
            log.replayed += issued.value().replayed ? 1 : 0;
            ++log.done;
        }
    }
    log.ended = true;
}

// A booth: opens its counter, then calls, serves and finishes until the queue is empty and `stop` is set.
// After a connection fault it reads what its counter holds before it acts again, as the booth screen keeps
// its current ticket: a call whose commit answer was lost is found there, not made a second time.
void booth(const QString& location, const QString& counter, const Clock& clock, const std::atomic<bool>& stop,
           Log& log)
{
    const auto db = openConnection(location, log);
    if (!db)
        return;
    QueueEngine engine(*db, clock);
    const auto failed = [&](const Error& error) {
        if (connectionFault(error)) {
            ++log.faults;
            return false;
        }
        log.error = counter + u": "_s + error.message;
        return true;
    };
    bool opening = true;
    const bool finished = waitUntil(
        [&] {
            if (opening) {
                auto open = engine.openCounter(counter, {});
                // Opened before, with the answer lost: the counter is open, which is what was asked.
                if (open.ok() || open.error().code == ErrorCode::CounterAlreadyOpen) {
                    opening = false;
                    return false;
                }
                return failed(open.error());
            }
            auto status = engine.counterStatus(counter);
            if (!status.ok())
                return failed(status.error());
            const std::optional<TicketInfo>& current = status.value().current;
            if (!current) {
                auto call = engine.callNext(counter);
                if (call.ok()) {
                    log.numbers << call.value().number.toString();
                    return false;
                }
                if (call.error().kind == ErrorKind::NothingToDo)
                    return stop.load();
                return failed(call.error());
            }
            // Called by an attempt whose answer was lost: the call was made, once.
            if (!log.numbers.contains(current->number.toString()))
                log.numbers << current->number.toString();
            if (current->status == TicketStatus::Called) {
                auto serving = engine.startServing(counter);
                return !serving.ok() && failed(serving.error());
            }
            auto done = engine.finish(counter, Outcome::Completed);
            if (done.ok()) {
                ++log.done;
                return false;
            }
            return failed(done.error());
        },
        120000);
    if (!finished && log.error.isEmpty())
        log.error = counter + u": still working after two minutes"_s;
    log.ended = true;
}

// The listener's server process: a new one after it reconnected.
int listenerPid(Database& db)
{
    auto q = Database::run(
        db.sql(),
        u"SELECT COALESCE(MAX(pid), 0) FROM pg_stat_activity WHERE application_name = 'antre-listener'"_s);
    if (!q.ok() || !q.value().next())
        return -1;
    return q.value().value(0).toInt();
}

} // namespace

TEST_CASE("pg: booths and a kiosk through a network that is cut and silenced lose and double nothing",
          "[pgonly][network]")
{
    constexpr int kTickets = 60;
    TestHall hall;
    TcpProxy proxy(antre::test::serverPort());
    const QString dbname = antre::test::databaseName(hall.path());

    // The display's view of the hall: LISTEN through the proxy too.
    ChangeWatcher watcher(proxy.location(dbname, u"watcher"_s));
    int changes = 0;
    QObject context;
    QObject::connect(&watcher, &ChangeNotifier::changed, &context, [&] { ++changes; });
    watcher.start();
    REQUIRE(waitUntil([&] { return listenerPid(*hall.db) > 0; }, 20000));

    Log kioskLog;
    Log booth1;
    Log booth3;
    std::atomic<bool> stop = false;
    std::atomic<int> allowed = kTickets / 4;
    std::thread kioskThread(kiosk, proxy.location(dbname, u"kiosk"_s), std::cref(hall.clock), kTickets,
                            std::cref(allowed), std::cref(stop), std::ref(kioskLog));
    std::thread booth1Thread(booth, proxy.location(dbname, u"booth-l1"_s), u"L1"_s, std::cref(hall.clock),
                             std::cref(stop), std::ref(booth1));
    std::thread booth3Thread(booth, proxy.location(dbname, u"booth-l3"_s), u"L3"_s, std::cref(hall.clock),
                             std::cref(stop), std::ref(booth3));
    // Also when a check fails half-way: the threads end before what they use goes.
    const std::unique_ptr<void, std::function<void(void*)>> joined(&stop, [&](void*) {
        stop = true;
        for (std::thread* t : {&kioskThread, &booth1Thread, &booth3Thread})
            if (t->joinable())
                t->join();
    });
    const auto everyoneFelt = [&](int kiosk, int b1, int b3) {
        return kioskLog.faults > kiosk && booth1.faults > b1 && booth3.faults > b3;
    };

    // The hall at work before the fault: tickets issued, called, and seen by the watcher.
    REQUIRE(waitUntil([&] { return kioskLog.done >= allowed || kioskLog.ended; }, 30000));
    REQUIRE(waitUntil([&] { return booth1.done + booth3.done >= 2 || booth1.ended || booth3.ended; }, 30000));
    CHECK(waitUntil([&] { return changes > 0; }, 10000));
    const int listenerBefore = listenerPid(*hall.db);

    SECTION("cut: every connection reset and new ones refused")
    {
        proxy.command(u"refuse"_s);
        proxy.command(u"reset"_s);
        allowed += 5; // citizens keep coming
        // Every program notices on its next statement; the listener within its keep-alive period, after
        // which it tries to connect again (and is refused).
        QStringList seen;
        CHECK(waitUntil(
            [&] {
                seen += proxy.stats().seen;
                return seen.contains(u"antre-listener"_s) && everyoneFelt(0, 0, 0);
            },
            20000));
        CHECK(kioskLog.error.isEmpty());
    }
    SECTION("silent: nothing forwarded, nothing closed")
    {
        // The listener sends its keep-alive query into the silence, and so does at least one writer (the
        // kiosk or a booth); the others may wait on the server for the write lock a frozen writer holds.
        TcpProxy::Stats last;
        const auto frozenWithQuestions = [&] {
            last = proxy.stats();
            return last.pending.contains(u"antre-listener"_s) && last.pending.size() >= 2;
        };
        const int kioskFaults = kioskLog.faults;
        const int faults1 = booth1.faults;
        const int faults3 = booth3.faults;
        // A short silence is ridden out: each program waits on its statement and goes on when the path
        // comes back, without an error.
        proxy.command(u"blackhole"_s);
        allowed += 5;
        CHECK(waitUntil(frozenWithQuestions, 20000));
        INFO("open " << last.open << ", frozen " << last.frozen << ", pending "
                     << last.pending.join(u' ').toStdString());
        proxy.command(u"forward"_s);
        const int doneAfterSilence = kioskLog.done;
        CHECK(waitUntil([&] { return kioskLog.done > doneAfterSilence || kioskLog.ended; }, 20000));
        CHECK(kioskLog.faults == kioskFaults);
        CHECK(booth1.faults == faults1);
        CHECK(booth3.faults == faults3);

        // A long one: the clients' keep-alives give up on their connections (played by the proxy, whose
        // own kernel answers them), and every new connection meets silence: libpq's connect_timeout ends
        // each attempt, so no program hangs while the path is dead.
        CHECK(waitUntil([&] { return kioskLog.done >= allowed; }, 20000));
        proxy.command(u"blackhole"_s);
        allowed += 5;
        CHECK(waitUntil(frozenWithQuestions, 20000));
        INFO("open " << last.open << ", frozen " << last.frozen << ", pending "
                     << last.pending.join(u' ').toStdString());
        proxy.command(u"reset"_s);
        const bool abandoned = waitUntil(
            [&] {
                const QStringList events = proxy.events();
                return events.contains(u"abandoned antre-listener"_s) &&
                       events.contains(u"abandoned kiosk"_s);
            },
            30000);
        INFO("proxy events: " << proxy.events().join(u", "_s).toStdString());
        CHECK(abandoned);
        CHECK(waitUntil([&] { return everyoneFelt(kioskFaults, faults1, faults3); }, 20000));
    }

    // Restored: every program goes on by itself, and the watcher is listening again on a new connection,
    // and tells its owner to re-read what it missed.
    const int changesAtRestore = changes;
    proxy.command(u"forward"_s);
    allowed = kTickets;
    CHECK(waitUntil(
        [&] {
            const int pid = listenerPid(*hall.db);
            return pid > 0 && pid != listenerBefore;
        },
        30000));
    CHECK(waitUntil([&] { return changes > changesAtRestore; }, 20000));

    REQUIRE(waitUntil([&] { return kioskLog.ended.load(); }, 120000));
    stop = true;
    REQUIRE(waitUntil([&] { return booth1.ended && booth3.ended; }, 60000));
    watcher.stop();
    INFO("kiosk: " << kioskLog.error.toStdString() << " L1: " << booth1.error.toStdString()
                   << " L3: " << booth3.error.toStdString());
    CHECK(kioskLog.error.isEmpty());
    CHECK(booth1.error.isEmpty());
    CHECK(booth3.error.isEmpty());
    WARN("failed attempts: kiosk " << kioskLog.faults << ", L1 " << booth1.faults << ", L3 " << booth3.faults
                                   << "; replayed answers " << kioskLog.replayed << "; called L1 "
                                   << booth1.numbers.size() << ", L3 " << booth3.numbers.size());

    // Every acknowledged ticket once, B-001 … B-060 without a gap; each called once, by one booth, and
    // finished.
    QStringList expected;
    for (int i = 1; i <= kTickets; ++i)
        expected << TicketNumber(u"B"_s, i).toString();
    CHECK(kioskLog.numbers == expected);
    CHECK(count(*hall.db, u"SELECT count(*) FROM tickets"_s) == kTickets);
    CHECK(count(*hall.db, u"SELECT count(DISTINCT seq) FROM tickets WHERE prefix = 'B'"_s) == kTickets);
    CHECK(count(*hall.db, u"SELECT max(seq) FROM tickets WHERE prefix = 'B'"_s) == kTickets);
    CHECK(count(*hall.db, u"SELECT count(*) FROM issue_requests"_s) == kTickets);
    CHECK(count(*hall.db, u"SELECT count(*) FROM events WHERE kind = 'ticket.issued'"_s) == kTickets);
    CHECK(count(*hall.db, u"SELECT count(*) FROM events WHERE kind = 'ticket.called'"_s) == kTickets);
    CHECK(count(*hall.db, u"SELECT count(DISTINCT ticket_id) FROM events WHERE kind = 'ticket.called'"_s) ==
          kTickets);
    CHECK(
        count(*hall.db, u"SELECT count(*) FROM tickets WHERE status = 'done' AND outcome = 'completed'"_s) ==
        kTickets);
    QStringList called = booth1.numbers + booth3.numbers;
    called.sort();
    CHECK(called == expected);
}

TEST_CASE("pg: a write whose COMMIT answer is lost is neither doubled nor lost", "[pgonly][network]")
{
    TestHall hall;
    TcpProxy proxy(antre::test::serverPort());
    const QString dbname = antre::test::databaseName(hall.path());

    SECTION("a kiosk's issue with a request key: the retry gets the same ticket")
    {
        auto opened = Database::open(proxy.location(dbname, u"kiosk"_s));
        REQUIRE(opened.ok());
        QueueEngine kiosk(*opened.value(), hall.clock);
        REQUIRE(kiosk.issue(u"S2"_s, false, u"lost-ack-0001"_s).ok());

        proxy.command(u"drop-commit"_s);
        auto lost = kiosk.issue(u"S2"_s, false, u"lost-ack-0002"_s);
        REQUIRE_FALSE(lost.ok());
        CHECK(lost.error().code == ErrorCode::ConnectionLost);
        REQUIRE(proxy.waitForEvent(u"commit-dropped kiosk"_s));
        // The server committed it; the kiosk does not know.
        CHECK(count(*hall.db, u"SELECT count(*) FROM tickets"_s) == 2);

        Result<IssuedTicket> again = makeError(ErrorKind::Internal, ErrorCode::Unreachable, {});
        REQUIRE(waitUntil(
            [&] {
                again = kiosk.issue(u"S2"_s, false, u"lost-ack-0002"_s);
                return again.ok() || !connectionFault(again.error());
            },
            30000));
        REQUIRE(again.ok());
        CHECK(again.value().replayed);
        CHECK(again.value().number.toString() == u"B-002"_s);
        CHECK(count(*hall.db, u"SELECT count(*) FROM tickets"_s) == 2);
        CHECK(count(*hall.db, u"SELECT count(*) FROM events WHERE kind = 'ticket.issued'"_s) == 2);
        CHECK(count(*hall.db, u"SELECT count(*) FROM issue_requests"_s) == 2);

        // The next citizen's ticket follows without a gap.
        auto next = kiosk.issue(u"S2"_s, false, u"lost-ack-0003"_s);
        REQUIRE(next.ok());
        CHECK_FALSE(next.value().replayed);
        CHECK(next.value().number.toString() == u"B-003"_s);
    }
    SECTION("a booth's call, which has no request key: the retry is refused, naming the ticket it called")
    {
        auto opened = Database::open(proxy.location(dbname, u"booth"_s));
        REQUIRE(opened.ok());
        QueueEngine booth(*opened.value(), hall.clock);
        REQUIRE(booth.openCounter(u"L3"_s, {}).ok());
        REQUIRE(hall.engine->issue(u"S2"_s, false).ok());
        REQUIRE(hall.engine->issue(u"S2"_s, false).ok());

        proxy.command(u"drop-commit"_s);
        auto lost = booth.callNext(u"L3"_s);
        REQUIRE_FALSE(lost.ok());
        CHECK(lost.error().code == ErrorCode::ConnectionLost);
        CHECK(lost.error().message.contains(u"unknown"_s));
        REQUIRE(proxy.waitForEvent(u"commit-dropped booth"_s));

        // Asked again, the booth calls no second citizen: its ticket is open, and the answer says which.
        Result<CallInfo> again = makeError(ErrorKind::Internal, ErrorCode::Unreachable, {});
        REQUIRE(waitUntil(
            [&] {
                again = booth.callNext(u"L3"_s);
                return again.ok() || !connectionFault(again.error());
            },
            30000));
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().code == ErrorCode::TicketOpen);
        CHECK(again.error().message.contains(u"B-001"_s));
        auto status = booth.counterStatus(u"L3"_s);
        REQUIRE(status.ok());
        REQUIRE(status.value().current.has_value());
        CHECK(status.value().current->number.toString() == u"B-001"_s);
        CHECK(status.value().current->status == TicketStatus::Called);
        CHECK(count(*hall.db, u"SELECT count(*) FROM events WHERE kind = 'ticket.called'"_s) == 1);
        CHECK(count(*hall.db, u"SELECT count(*) FROM tickets WHERE status = 'waiting'"_s) == 1);
    }
}
