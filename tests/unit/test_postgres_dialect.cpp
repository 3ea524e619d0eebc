#include "core/storage/PostgresDialect.h"
#include "core/storage/SqliteDialect.h"
#include "tests/support/TestHall.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace antre;

namespace {
bool isPostgres(const QString& location)
{
    return SqlDialect::forLocation(location)->driver() == u"QPSQL"_s;
}

QString keywordsText(const QString& location)
{
    auto keywords = PostgresDialect::keywords(location);
    REQUIRE(keywords.ok());
    QStringList parts;
    for (const auto& [key, value] : keywords.value())
        parts << key + u"="_s + value;
    return parts.join(u' ');
}
} // namespace

TEST_CASE("a PostgreSQL location picks the PostgreSQL dialect, a file path SQLite", "[storage][postgres]")
{
    CHECK(isPostgres(u"postgresql://server/hall"_s));
    CHECK(isPostgres(u"postgres://server:5433/hall"_s));
    CHECK(isPostgres(u"service=hall"_s));
    CHECK(isPostgres(u"host=server dbname=hall"_s));
    CHECK_FALSE(isPostgres(u"hall.db"_s));
    CHECK_FALSE(isPostgres(u"/var/lib/antre/hall.db"_s));
    CHECK_FALSE(isPostgres(u"./a=b/hall.db"_s));
    CHECK_FALSE(isPostgres(u"a=b/hall.db"_s));
    CHECK_FALSE(isPostgres(u"C:/halls/hall.db"_s));
}

TEST_CASE("a location becomes libpq keywords with a connect timeout and keepalives", "[storage][postgres]")
{
    const QString defaults =
        u" connect_timeout=5 keepalives=1 keepalives_idle=5 keepalives_interval=2 keepalives_count=3 "
        u"tcp_user_timeout=10000 application_name=antre"_s;
    CHECK(keywordsText(u"postgresql://antre@server:5433/hall?sslmode=require"_s) ==
          u"host=server port=5433 user=antre dbname=hall sslmode=require"_s + defaults);
    CHECK(keywordsText(u"service=hall"_s) == u"service=hall"_s + defaults);
    CHECK(
        keywordsText(u"host=/run/pg dbname='my hall' connect_timeout=2"_s) ==
        u"host=/run/pg dbname=my hall connect_timeout=2 keepalives=1 keepalives_idle=5 keepalives_interval=2 "
        u"keepalives_count=3 tcp_user_timeout=10000 application_name=antre"_s);
}

TEST_CASE("a password with the location is refused", "[storage][postgres]")
{
    for (const QString& location :
         {u"postgresql://antre:secret@server/hall"_s, u"host=server password=secret"_s,
          u"postgresql://server/hall?password=secret"_s}) {
        auto keywords = PostgresDialect::keywords(location);
        REQUIRE_FALSE(keywords.ok());
        CHECK(keywords.error().message.contains(u".pgpass"_s));
        CHECK_FALSE(keywords.error().message.contains(u"secret"_s));
    }
}

TEST_CASE("PostgreSQL connections: read-only on the server's side, options for QPSQL", "[storage][postgres]")
{
    PostgresDialect dialect;
    ConnectionRequest request;
    request.location = u"host=server dbname=hall"_s;
    auto writer = dialect.plan(request);
    REQUIRE(writer.ok());
    CHECK(writer.value().connectOptions.startsWith(u"host='server';dbname='hall';connect_timeout='5'"_s));
    CHECK(writer.value().databaseName.isEmpty());
    request.write = false;
    auto reader = dialect.plan(request);
    REQUIRE(reader.ok());
    CHECK(reader.value().connectOptions.endsWith(u";options='-c default_transaction_read_only=on'"_s));
}

TEST_CASE("the PostgreSQL scripts split into statements, function bodies whole", "[storage][postgres]")
{
    PostgresDialect dialect;
    QFile triggers(u":/antre/storage/postgresql/triggers.sql"_s);
    REQUIRE(triggers.open(QIODevice::ReadOnly));
    const QStringList statements = dialect.splitScript(QString::fromUtf8(triggers.readAll()));
    REQUIRE(statements.size() == 5);
    CHECK(statements.at(1).startsWith(u"CREATE FUNCTION antre_tickets_revise_day()"_s));
    CHECK(statements.at(1).endsWith(u"$$"_s));
    CHECK(statements.at(2).startsWith(u"CREATE TRIGGER tickets_insert_revises_day"_s));
    CHECK(dialect.scriptsOfVersion(Database::kSchemaVersion + 1).isEmpty());
}

TEST_CASE("a new hall has the current schema, its triggers and a sound database", "[storage]")
{
    test::TestHall hall;
    auto triggers = hall.db->triggerNames();
    REQUIRE(triggers.ok());
    CHECK(triggers.value() == QStringList{u"tickets_delete_revises_day"_s, u"tickets_insert_revises_day"_s,
                                          u"tickets_update_revises_day"_s});
    auto integrity = hall.db->integrityCheck();
    REQUIRE(integrity.ok());
    CHECK(integrity.value() == u"ok"_s);
    // Opened again (the schema is current: no migration) it is the same hall.
    auto again = Database::open(hall.path());
    REQUIRE(again.ok());
}

TEST_CASE("PostgreSQL errors are classified by their SQLSTATE", "[storage][postgres]")
{
    // Connection exceptions and the server going away: unreachable.
    for (const auto* state : {u"08000", u"08003", u"08006", u"08001", u"08004", u"57P01", u"57P02", u"57P03"})
        CHECK(PostgresDialect::faultOfState(QString::fromUtf16(state)) == StorageFault::Unreachable);
    // No connection to be had now: unreachable too, until one is free.
    CHECK(PostgresDialect::faultOfState(u"53300"_s) == StorageFault::Unreachable);
    // Rolled back to resolve a conflict: busy, and worth running again; a lock waited for too long is busy
    // but not run again (the writer already waited its busy timeout).
    CHECK(PostgresDialect::faultOfState(u"40001"_s) == StorageFault::Busy);
    CHECK(PostgresDialect::faultOfState(u"40P01"_s) == StorageFault::Busy);
    CHECK(PostgresDialect::faultOfState(u"55P03"_s) == StorageFault::Busy);
    CHECK(PostgresDialect::isRetryableState(u"40001"_s));
    CHECK(PostgresDialect::isRetryableState(u"40P01"_s));
    CHECK_FALSE(PostgresDialect::isRetryableState(u"55P03"_s));
    CHECK_FALSE(PostgresDialect::isRetryableState(u"23505"_s));
    CHECK(PostgresDialect::faultOfState(u"53100"_s) == StorageFault::DiskFull);
    CHECK(PostgresDialect::faultOfState(u"25006"_s) == StorageFault::ReadOnly);
    CHECK(PostgresDialect::faultOfState(u"42501"_s) == StorageFault::Denied);
    CHECK(PostgresDialect::faultOfState(u"XX001"_s) == StorageFault::NotADatabase);
    CHECK(PostgresDialect::faultOfState(u"XX002"_s) == StorageFault::NotADatabase);
    // A unique violation is the core's plain database error, as SQLite's "UNIQUE constraint failed" is.
    CHECK(PostgresDialect::faultOfState(u"23505"_s) == StorageFault::Other);
    CHECK(PostgresDialect::faultOfState(u"42P01"_s) == StorageFault::Other);
    CHECK(PostgresDialect::faultOfState(QString()) == StorageFault::Other);
}
