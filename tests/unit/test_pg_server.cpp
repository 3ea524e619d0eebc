// Cases that need the PostgreSQL test server whatever the backend of the run: its errors by SQLSTATE, and
// change notification by LISTEN/NOTIFY. Tagged [pg-server]: left out of the SQLite run, run by the ctest
// label pg (tests/unit/CMakeLists.txt).
#include "core/ChangeWatcher.h"
#include "core/storage/Database.h"
#include "core/storage/PgChangeListener.h"
#include "core/storage/PostgresDialect.h"
#include "tests/support/ErrorCodeStringMaker.h"
#include "tests/support/PgTestDatabase.h"
#include "tests/support/Wait.h"

#include <QObject>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace antre;
using antre::test::PgTestDatabase;
using antre::test::waitUntil;

namespace {

std::unique_ptr<Database> openHall(const QString& location)
{
    auto db = Database::open(location);
    if (!db.ok())
        FAIL(db.error().message.toStdString());
    return std::move(db).value();
}

qint64 scalar(Database& db, const QString& sql)
{
    auto query = Database::run(db.sql(), sql);
    if (!query.ok())
        FAIL(query.error().message.toStdString());
    REQUIRE(query.value().next());
    return query.value().value(0).toLongLong();
}

Status insertRevision(Database& db, const QString& day)
{
    return db.write([&](QSqlDatabase& sql) -> Status {
        auto r =
            Database::run(sql, u"INSERT INTO day_revisions (business_day, revision) VALUES (?, 1)"_s, {day});
        if (!r.ok())
            return r.error();
        return Done{};
    });
}

// Ends the server processes of the given connections, as an administrator or a server restart would.
qint64 terminate(Database& admin, const QString& where)
{
    return scalar(admin, u"SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = "
                         u"current_database() AND pid <> pg_backend_pid() AND %1"_s.arg(where));
}

} // namespace

TEST_CASE("PostgreSQL: a connection the server ended is opened again by the next write", "[pg-server]")
{
    const PgTestDatabase server;
    auto hall = openHall(server.location());
    auto admin = openHall(server.location());
    const qint64 pid = scalar(*hall, u"SELECT pg_backend_pid()"_s);
    REQUIRE(terminate(*admin, u"pid = %1"_s.arg(pid)) == 1);

    // 57P01 (admin shutdown) or a closed socket, met at BEGIN: nothing of the write had run, so it runs
    // again once on a new connection (Database::write).
    const Status written = insertRevision(*hall, u"day-1"_s);
    INFO((written.ok() ? QString() : written.error().message).toStdString());
    REQUIRE(written.ok());
    CHECK(scalar(*hall, u"SELECT pg_backend_pid()"_s) != pid);
    REQUIRE(insertRevision(*hall, u"day-2"_s).ok());
    CHECK(scalar(*admin, u"SELECT count(*) FROM day_revisions"_s) == 2);
}

TEST_CASE("PostgreSQL: a unique violation is the plain database error, as on SQLite", "[pg-server]")
{
    const PgTestDatabase server;
    auto hall = openHall(server.location());
    REQUIRE(insertRevision(*hall, u"day-1"_s).ok());
    const Status twice = insertRevision(*hall, u"day-1"_s);
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().code == ErrorCode::Database);
    // The failed write was rolled back; the connection writes on.
    REQUIRE(insertRevision(*hall, u"day-2"_s).ok());
}

TEST_CASE("PostgreSQL: a write kept waiting for the write lock says locked, and the connection writes on",
          "[pg-server]")
{
    const PgTestDatabase server;
    auto hall = openHall(server.location());
    auto other = openHall(server.location());
    // Another program's write holds the hall's write lock.
    REQUIRE(Database::run(other->sql(), u"BEGIN"_s).ok());
    REQUIRE(
        Database::run(other->sql(), u"SELECT pg_advisory_xact_lock(%1)"_s.arg(PostgresDialect::kWriteLockKey))
            .ok());
    // A hall waits 5 s for it; a tenth of a second here.
    REQUIRE(Database::run(hall->sql(), u"SET lock_timeout TO '100ms'"_s).ok());
    // BEGIN and the lock go in one query: the lock's failure is still seen, and the transaction BEGIN opened
    // is rolled back.
    const Status waited = insertRevision(*hall, u"day-1"_s);
    REQUIRE_FALSE(waited.ok());
    CHECK(waited.error().code == ErrorCode::Locked);
    REQUIRE(Database::run(other->sql(), u"ROLLBACK"_s).ok());
    const Status after = insertRevision(*hall, u"day-2"_s);
    INFO((after.ok() ? QString() : after.error().message).toStdString());
    REQUIRE(after.ok());
    CHECK(scalar(*other, u"SELECT count(*) FROM day_revisions"_s) == 1);
}

TEST_CASE("PostgreSQL: a commit in another connection reaches the change watcher", "[pg-server]")
{
    const PgTestDatabase server;
    auto hall = openHall(server.location(true));
    ChangeWatcher watcher(server.location(true));
    int changes = 0;
    QObject context;
    QObject::connect(&watcher, &ChangeWatcher::changed, &context, [&] { ++changes; });
    watcher.start();
    CHECK(watcher.isActive());
    REQUIRE(insertRevision(*hall, u"day-1"_s).ok());
    CHECK(waitUntil([&] { return changes >= 1; }));
    // A refused write commits nothing, and notifies nothing (NOTIFY is sent only with a commit).
    const int after = changes;
    REQUIRE_FALSE(insertRevision(*hall, u"day-1"_s).ok());
    REQUIRE(insertRevision(*hall, u"day-2"_s).ok());
    CHECK(waitUntil([&] { return changes > after; }));
    CHECK(changes == after + 1);
    watcher.stop();
    CHECK_FALSE(watcher.isActive());
}

TEST_CASE("PostgreSQL: the listener notices its connection ended, reconnects and asks for a re-read",
          "[pg-server]")
{
    const PgTestDatabase server;
    auto hall = openHall(server.location(true));
    PgChangeListener listener(server.location(true));
    int changes = 0;
    int reconnections = 0;
    QObject context;
    QObject::connect(&listener, &PgChangeListener::changed, &context, [&] { ++changes; });
    QObject::connect(&listener, &PgChangeListener::reconnected, &context, [&] { ++reconnections; });
    listener.start();
    REQUIRE(terminate(*hall, u"application_name = 'antre-listener'"_s) == 1);
    // The keep-alive finds the connection gone; the listener connects again by itself and reports a change,
    // as what was committed meanwhile is not replayed.
    REQUIRE(waitUntil([&] { return reconnections == 1; }, 30000));
    CHECK(changes >= 1);
    CHECK(scalar(*hall, u"SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND "
                        u"application_name = 'antre-listener'"_s) == 1);
    // And it listens again.
    const int before = changes;
    REQUIRE(insertRevision(*hall, u"day-1"_s).ok());
    CHECK(waitUntil([&] { return changes > before; }));
    listener.stop();
}
