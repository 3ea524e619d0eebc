// TLS to the hall server: the test server (tests/pg/pg_server.sh) has a certificate for 127.0.0.1 signed by
// a throwaway CA. Needs that server: tagged [pg-server], run only by the ctest label pg.
#include "core/storage/Database.h"
#include "tests/support/ErrorCodeStringMaker.h"
#include "tests/support/PgTestDatabase.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace antre;
using antre::test::PgTestDatabase;

namespace {

QString tlsFile(const QString& name)
{
    return qEnvironmentVariable("ANTRE_TEST_PG_DIR") + u"/tls/"_s + name;
}

// Whether this connection's session is encrypted, as the server sees it.
bool encrypted(Database& db)
{
    auto query = Database::run(db.sql(), u"SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"_s);
    if (!query.ok())
        FAIL(query.error().message.toStdString());
    REQUIRE(query.value().next());
    return query.value().value(0).toBool();
}

} // namespace

TEST_CASE("PostgreSQL TLS: sslmode=require and verify-full with the hall's CA connect encrypted",
          "[pg-server]")
{
    PgTestDatabase pg;
    SECTION("require")
    {
        auto db = Database::open(pg.location(true) + u" sslmode=require"_s);
        INFO((db.ok() ? QString() : db.error().message).toStdString());
        REQUIRE(db.ok());
        CHECK(encrypted(*db.value()));
    }
    SECTION("verify-full")
    {
        auto db =
            Database::open(pg.location(true) + u" sslmode=verify-full sslrootcert="_s + tlsFile(u"ca.crt"_s));
        INFO((db.ok() ? QString() : db.error().message).toStdString());
        REQUIRE(db.ok());
        CHECK(encrypted(*db.value()));
    }
    SECTION("without TLS the same server says it is not encrypted: the check above can fail")
    {
        auto db = Database::open(pg.location(true) + u" sslmode=disable"_s);
        REQUIRE(db.ok());
        CHECK_FALSE(encrypted(*db.value()));
    }
}

TEST_CASE("PostgreSQL TLS: a certificate the given CA did not sign is refused with a clear message",
          "[pg-server]")
{
    PgTestDatabase pg;
    auto db = Database::open(pg.location(true) + u" sslmode=verify-full sslrootcert="_s +
                             tlsFile(u"other-ca.crt"_s));
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().code == ErrorCode::Unreachable);
    INFO(db.error().message.toStdString());
    CHECK(db.error().message.contains(u"certificate"_s));
    CHECK(db.error().message.contains(u"sslrootcert"_s));
}
