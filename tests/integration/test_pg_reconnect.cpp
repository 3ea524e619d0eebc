// The PostgreSQL server restarted under a running program (issue 14, "When the server or network fails"):
// the program reconnects by itself, and a kiosk that issues with request keys and retries on a lost
// connection gets every ticket exactly once. Each case runs its own throwaway server (tests/pg/pg_server.sh),
// so that stopping it disturbs no other test.
#include "core/QueueEngine.h"
#include "core/storage/Database.h"
#include "tests/integration/PgFaults.h"
#include "tests/support/ErrorCodeStringMaker.h"
#include "tests/support/QtStringMakers.h"
#include "tests/support/SqlCount.h"
#include "tests/support/TestHall.h"
#include "tests/support/Wait.h"

#include <atomic>
#include <catch2/catch.hpp>
#include <condition_variable>
#include <mutex>
#include <thread>

using namespace Qt::Literals::StringLiterals;
using namespace antre;
using antre::test::PrivateServer;
using antre::test::TestHall;

using antre::test::connectionFault;
using antre::test::count;

TEST_CASE("pg: after the server restarted, the next operation succeeds without restarting the program",
          "[pgonly][reconnect]")
{
    PrivateServer server;
    TestHall hall;
    REQUIRE(hall.engine->issue(u"S2"_s, false).ok());
    REQUIRE(hall.engine->status().ok()); // statements of reads and writes are cached on the connection

    server.pause();
    server.resume();
    // The connection died while idle: the write notices at BEGIN, reconnects and runs on the new one.
    auto issued = hall.engine->issue(u"S2"_s, false, u"after-restart-1"_s);
    if (!issued.ok())
        FAIL(issued.error().message.toStdString());
    CHECK(issued.value().number.toString() == u"B-002"_s);
    // A read after a restart reconnects the same way on its next attempt.
    server.pause();
    auto down = hall.engine->status();
    REQUIRE_FALSE(down.ok());
    CHECK(down.error().code == ErrorCode::Unreachable);
    auto stillDown = hall.engine->issue(u"S2"_s, false, u"during-outage"_s);
    REQUIRE_FALSE(stillDown.ok());
    CHECK(connectionFault(stillDown.error()));
    server.resume();
    // Attempts are spaced (200 ms doubling to 5 s): the one after the wait succeeds.
    Result<IssuedTicket> again = makeError(ErrorKind::Internal, ErrorCode::Unreachable, {});
    REQUIRE(antre::test::waitUntil(
        [&] {
            again = hall.engine->issue(u"S2"_s, false, u"during-outage"_s);
            return again.ok();
        },
        30000));
    CHECK(again.value().number.toString() == u"B-003"_s);
    CHECK(hall.engine->status().ok());
    CHECK(count(*hall.db, u"SELECT count(*) FROM tickets"_s) == 3);
}

TEST_CASE("pg: a kiosk issuing with request keys while the server restarts loses and doubles nothing",
          "[pgonly][reconnect]")
{
    constexpr int kTickets = 120;
    constexpr int kRestarts = 3;
    PrivateServer server;
    TestHall hall;

    std::mutex mutex;
    std::condition_variable progressed;
    int acknowledged = 0;
    bool done = false;
    QString restartError;
    std::thread restarter([&] {
        for (int r = 1; r <= kRestarts; ++r) {
            std::unique_lock lock(mutex);
            progressed.wait(lock, [&] { return done || acknowledged >= r * kTickets / (kRestarts + 1); });
            if (done)
                return;
            lock.unlock();
            for (const QString& step : {u"pause"_s, u"resume"_s})
                if (const QString failed = server.run(step); !failed.isEmpty()) {
                    restartError = step + u": "_s + failed;
                    return;
                }
        }
    });

    int faults = 0;
    int lostAnswers = 0;
    int replayed = 0;
    QStringList numbers;
    for (int i = 0; i < kTickets; ++i) {
        const QString key = u"kiosk-fault-%1"_s.arg(i, 4, 10, QChar(u'0'));
        Result<IssuedTicket> issued = makeError(ErrorKind::Internal, ErrorCode::Unreachable, {});
        // Like the kiosk: the same key until the hall answers, spaced by the event loop's rounds.
        const bool answered = antre::test::waitUntil(
            [&] {
                issued = hall.engine->issue(u"S2"_s, false, key);
                if (!issued.ok()) {
                    if (!connectionFault(issued.error()))
                        FAIL(issued.error().message.toStdString());
                    ++faults;
                    lostAnswers += issued.error().code == ErrorCode::ConnectionLost ? 1 : 0;
                }
                return issued.ok();
            },
            60000);
        REQUIRE(answered);
        replayed += issued.value().replayed ? 1 : 0;
        numbers << issued.value().number.toString();
        {
            const std::lock_guard lock(mutex);
            ++acknowledged;
        }
        progressed.notify_one();
    }
    {
        const std::lock_guard lock(mutex);
        done = true;
    }
    progressed.notify_one();
    restarter.join();
    CHECK(restartError.isEmpty());

    // The last restart may come after the last ticket: the engine's next read reconnects.
    REQUIRE(antre::test::waitUntil([&] { return hall.engine->status().ok(); }, 30000));
    WARN("restarts " << kRestarts << ", failed attempts " << faults << " (connection_lost " << lostAnswers
                     << "), replayed answers " << replayed);
    // The restarts were felt: a run that never met one proves nothing.
    CHECK(faults > 0);
    // Every acknowledged ticket exists once, numbered B-001 … B-120 without a gap.
    QStringList expected;
    for (int i = 1; i <= kTickets; ++i)
        expected << TicketNumber(u"B"_s, i).toString();
    CHECK(numbers == expected);
    CHECK(count(*hall.db, u"SELECT count(*) FROM tickets"_s) == kTickets);
    CHECK(count(*hall.db, u"SELECT count(DISTINCT seq) FROM tickets WHERE prefix = 'B'"_s) == kTickets);
    CHECK(count(*hall.db, u"SELECT max(seq) FROM tickets WHERE prefix = 'B'"_s) == kTickets);
    CHECK(count(*hall.db, u"SELECT count(*) FROM issue_requests"_s) == kTickets);
    CHECK(count(*hall.db, u"SELECT count(*) FROM events WHERE kind = 'ticket.issued'"_s) == kTickets);
}
