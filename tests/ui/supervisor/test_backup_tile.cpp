#include "core/hall/Hall.h"
#include "core/services/BackupService.h"
#include "supervisor_ui/BackupTile.h"
#include "supervisor_ui/DashboardView.h"
#include "tests/support/QtStringMakers.h"
#include "tests/ui/supervisor/SupervisorTestSupport.h"

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace antre;
using namespace antre::test;

TEST_CASE("the dashboard's backup tile: checked, failed with its reason, none for two days",
          "[dashboard][backup]")
{
    SupervisorHall s;
    BackupService& backups = s.hall.services().backups;
    // Tuesday 02.00 WIB, the nightly run; the supervisor looks at 08.00.
    s.hall.setLocal(TestHall::monday().addDays(1), QTime(2, 0));

    SECTION("none recorded")
    {
        s.hall.setLocal(QTime(8, 0));
        DashboardView view(s.access);
        auto* tile = child<BackupTile>(&view, u"dashboard.backup"_s);
        CHECK(tile->state() == BackupTile::State::Missing);
        CHECK(tile->text() == u"No backup in 2 days"_s);
    }

    SECTION("verified last night")
    {
        REQUIRE(backups.record({{}, true, u"/var/lib/antre/backups/hall-20261123T190000Z.db"_s, {}}).ok());
        s.hall.setLocal(QTime(8, 0));
        DashboardView view(s.access);
        auto* tile = child<BackupTile>(&view, u"dashboard.backup"_s);
        CHECK(tile->state() == BackupTile::State::Ok);
        CHECK(tile->text() == u"Last backup: last night 02.00, checked"_s);

        // Two days and more without another: missing, in red.
        s.hall.setLocal(TestHall::monday().addDays(3), QTime(8, 0));
        tile->refresh();
        CHECK(tile->state() == BackupTile::State::Missing);
    }

    SECTION("failed, with the reason; a later verified one clears it")
    {
        REQUIRE(backups.record({{}, false, {}, u"the backup does not pass antre check"_s}).ok());
        s.hall.setLocal(QTime(8, 0));
        DashboardView view(s.access);
        auto* tile = child<BackupTile>(&view, u"dashboard.backup"_s);
        CHECK(tile->state() == BackupTile::State::Failed);
        CHECK(tile->text() == u"Backup failed: the backup does not pass antre check"_s);

        s.hall.setLocal(QTime(9, 30));
        REQUIRE(backups.record({{}, true, u"/backups/hall-20261124T023000Z.db"_s, {}}).ok());
        tile->refresh();
        CHECK(tile->state() == BackupTile::State::Ok);
        CHECK(tile->text() == u"Last backup: today 09.30, checked"_s);
    }
}
