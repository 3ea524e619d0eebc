#include "core/AuditLog.h"
#include "core/hall/Hall.h"
#include "core/services/AuditService.h"
#include "core/services/BackupService.h"
#include "tests/support/QtStringMakers.h"
#include "tests/support/TestHall.h"

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace antre;
using antre::test::TestHall;

TEST_CASE("backup runs are recorded in the hall and the newest is read back", "[backup]")
{
    TestHall hall;
    BackupService& backups = hall.services().backups;
    const QDateTime start = hall.clock.now();

    SECTION("nothing recorded: no run")
    {
        auto latest = backups.latest(start.addDays(-2));
        REQUIRE(latest.ok());
        CHECK_FALSE(latest.value().has_value());
    }

    SECTION("a failure after a verified backup is the newest, with its reason and time")
    {
        REQUIRE(backups.record({{}, true, u"/var/lib/antre/backups/hall-20261123T020000Z.db"_s, {}}).ok());
        hall.clock.advanceSecs(24 * 3600);
        REQUIRE(backups.record({start, false, {}, u"antre check failed on the copy"_s}).ok());

        auto latest = backups.latest(start.addDays(-2));
        REQUIRE(latest.ok());
        REQUIRE(latest.value().has_value());
        const BackupRun& run = *latest.value();
        CHECK_FALSE(run.ok);
        CHECK(run.reason == u"antre check failed on the copy"_s);
        // The clock's time, not the one the caller passed.
        CHECK(run.at == start.addDays(1));

        // Only runs since the given time count.
        auto older = backups.latest(start.addDays(2));
        REQUIRE(older.ok());
        CHECK_FALSE(older.value().has_value());
    }

    SECTION("a verified backup names its file, and is an event of the audit chain")
    {
        REQUIRE(backups.record({{}, true, u"/backups/hall-20261123T020000Z.db"_s, {}}).ok());
        auto latest = backups.latest(start);
        REQUIRE(latest.ok());
        REQUIRE(latest.value().has_value());
        CHECK(latest.value()->ok);
        CHECK(latest.value()->file == u"/backups/hall-20261123T020000Z.db"_s);
        CHECK(latest.value()->reason.isEmpty());

        auto events = hall.services().audit.range(start, start.addSecs(1), {EventKind::BackupRecorded});
        REQUIRE(events.ok());
        REQUIRE(events.value().size() == 1);
        CHECK(events.value().front().kindText == u"backup.recorded"_s);
        CHECK(hall.services().audit.verify().ok());
    }
}
