// The group roles of antre server init (core/storage/PgRoles.h): a device logged in with its own role in one
// group is refused, with a clear error, what that kind of device must not do. Needs the PostgreSQL test
// server: tagged [pg-server], run only by the ctest label pg.
#include "core/HallConfig.h"
#include "core/QueueService.h"
#include "core/hall/Hall.h"
#include "core/services/ConfigService.h"
#include "core/services/StaffService.h"
#include "core/storage/PgRoles.h"
#include "tests/support/ErrorCodeStringMaker.h"
#include "tests/support/TestHall.h"

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace antre;
using antre::test::TestHall;

namespace {

// A LOGIN role for one device, member of one group, dropped again at the end (roles belong to the server,
// not to the test's database). The test server trusts local connections: no password.
class DeviceLogin final
{
public:
    DeviceLogin(Database& admin, const QString& name, const QString& group) : m_admin(admin), m_name(name)
    {
        (void)Database::run(m_admin.sql(), u"DROP ROLE IF EXISTS %1"_s.arg(m_name));
        auto made = Database::run(m_admin.sql(), u"CREATE ROLE %1 LOGIN IN ROLE %2"_s.arg(m_name, group));
        if (!made.ok())
            FAIL(made.error().message.toStdString());
    }
    ~DeviceLogin() { (void)Database::run(m_admin.sql(), u"DROP ROLE IF EXISTS %1"_s.arg(m_name)); }
    Q_DISABLE_COPY_MOVE(DeviceLogin)

private:
    Database& m_admin;
    QString m_name;
};

std::unique_ptr<Hall> openAs(const TestHall& hall, const QString& user)
{
    auto opened = Hall::open(QString(hall.path()).replace(u"user=postgres"_s, u"user="_s + user), hall.clock);
    if (!opened.ok())
        FAIL(opened.error().message.toStdString());
    return std::move(opened).value();
}

void requireDenied(const Status& status)
{
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().code == ErrorCode::ReadOnly);
    CHECK(status.error().kind == ErrorKind::Refused);
    CHECK(status.error().message.contains(u"permission denied"_s));
}

template <typename T> void requireDenied(const Result<T>& result)
{
    REQUIRE_FALSE(result.ok());
    requireDenied(Status(result.error()));
}

StaffConfig newOfficer()
{
    return {u"OFF9"_s, u"Officer Nine"_s, Role::Officer, {u"L1"_s}, u"4321"_s, true};
}

} // namespace

TEST_CASE("PostgreSQL roles: each device's role is refused what it must not do", "[pg-server]")
{
    TestHall hall;
    REQUIRE(antre::test::onPostgres());
    REQUIRE(PgRoles::init(hall.path()).ok());
    // Twice gives the same: an upgrade runs it again.
    REQUIRE(PgRoles::init(hall.path()).ok());
    const QString prefix = hall.path().section(u"dbname="_s, 1).trimmed();
    hall.setLocal(TestHall::monday(), QTime(9, 0));

    SECTION("the kiosk issues tickets, but changes neither the configuration nor the staff")
    {
        DeviceLogin login(*hall.db, prefix + u"_kiosk1"_s, u"antre_kiosk"_s);
        auto kiosk = openAs(hall, prefix + u"_kiosk1"_s);
        REQUIRE(kiosk->services().queue.issue(u"S1"_s, false).ok());
        REQUIRE(kiosk->services().queue.issue(u"S2"_s, true).ok());
        auto config = kiosk->services().configs.load();
        REQUIRE(config.ok());
        HallConfig changed = config.value();
        changed.site.name = u"Mal Pelayanan Lain"_s;
        requireDenied(kiosk->services().configs.import(changed));
        requireDenied(kiosk->services().staff.save(newOfficer()));
        requireDenied(kiosk->services().staff.setPin(u"OFF1"_s, u"8642"_s));
        requireDenied(kiosk->services().queue.openCounter(u"L1"_s, u"OFF1"_s));
    }
    SECTION("the kiosk's first ticket of a day closes yesterday: expired tickets, a booth left open")
    {
        DeviceLogin login(*hall.db, prefix + u"_kiosk2"_s, u"antre_kiosk"_s);
        REQUIRE(hall.services().queue.openCounter(u"L1"_s, u"OFF1"_s).ok());
        REQUIRE(hall.services().queue.issue(u"S1"_s, false, u"monday-press-1"_s).ok());
        hall.setLocal(TestHall::monday().addDays(1), QTime(9, 0));
        auto kiosk = openAs(hall, prefix + u"_kiosk2"_s);
        const auto issued = kiosk->services().queue.issue(u"S1"_s, false, u"tuesday-press-1"_s);
        INFO((issued.ok() ? QString() : issued.error().message).toStdString());
        REQUIRE(issued.ok());
        CHECK(issued.value().number.toString() == u"A-001"_s);
        auto booth = hall.services().queue.counterStatus(u"L1"_s);
        REQUIRE(booth.ok());
        CHECK(booth.value().state == CounterState::Closed);
    }
    SECTION("the display reads the hall and writes nothing")
    {
        DeviceLogin login(*hall.db, prefix + u"_tv1"_s, u"antre_display"_s);
        REQUIRE(hall.services().queue.issue(u"S1"_s, false).ok());
        auto display = openAs(hall, prefix + u"_tv1"_s);
        auto status = display->services().queue.status();
        REQUIRE(status.ok());
        REQUIRE(display->services().queue.recentCalls(5).ok());
        requireDenied(display->services().queue.issue(u"S1"_s, false));
        requireDenied(display->services().staff.save(newOfficer()));
    }
    SECTION("the booth calls and serves, but manages no staff; only the admin does")
    {
        DeviceLogin booth(*hall.db, prefix + u"_booth1"_s, u"antre_counter"_s);
        DeviceLogin office(*hall.db, prefix + u"_spv"_s, u"antre_supervisor"_s);
        DeviceLogin admin(*hall.db, prefix + u"_admin"_s, u"antre_admin"_s);
        REQUIRE(hall.services().queue.issue(u"S1"_s, false).ok());
        auto counter = openAs(hall, prefix + u"_booth1"_s);
        REQUIRE(counter->services().staff.login(u"OFF1"_s, u"1234"_s).ok());
        CHECK_FALSE(counter->services().staff.login(u"OFF1"_s, u"0000"_s).ok()); // the lockout counts
        REQUIRE(counter->services().queue.openCounter(u"L1"_s, u"OFF1"_s).ok());
        REQUIRE(counter->services().queue.callNext(u"L1"_s).ok());
        REQUIRE(counter->services().queue.startServing(u"L1"_s).ok());
        REQUIRE(counter->services().queue.finish(u"L1"_s, Outcome::Completed).ok());
        requireDenied(counter->services().staff.save(newOfficer()));
        auto supervisor = openAs(hall, prefix + u"_spv"_s);
        requireDenied(supervisor->services().staff.save(newOfficer()));
        auto administrator = openAs(hall, prefix + u"_admin"_s);
        REQUIRE(administrator->services().staff.save(newOfficer()).ok());
    }
}

TEST_CASE("PostgreSQL roles: server init refuses a SQLite file", "[pg-server]")
{
    const Status refused = PgRoles::init(u"/tmp/hall.db"_s);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::BadLocation);
}
