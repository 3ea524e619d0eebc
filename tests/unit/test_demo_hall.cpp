#include "core/Clock.h"
#include "core/ErrorCode.h"
#include "core/hall/DemoHall.h"
#include "core/hall/FirstRun.h"
#include "core/hall/Hall.h"
#include "core/services/ConfigService.h"
#include "core/services/ReportService.h"
#include "core/services/StaffService.h"
#include "tests/support/EmptyHall.h"
#include "tests/support/QtStringMakers.h"
#include "tests/support/TestHall.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace antre;
using namespace antre::test;

namespace {

// The demo hall's place, with the tickets its reports count.
struct NewHall : EmptyHall
{
    int issuedSince(int days)
    {
        const QDate today = TestHall::monday();
        auto report = services().reports.build(today.addDays(-days), today, clock.now());
        REQUIRE(report.ok());
        return report.value().total.issued;
    }
};

} // namespace

TEST_CASE("the demo hall stopped while its PINs are hashed leaves the hall without a configuration", "[demo]")
{
    NewHall empty;
    DemoHallOptions options;
    options.historyDays = 3;
    int pinsReported = 0;
    options.progress = [&](const DemoHallProgress& progress) {
        if (progress.step == DemoHallProgress::Step::Pins && ++pinsReported == 2)
            options.cancellation.cancel();
    };
    auto made = DemoHall::create(*empty.hall, options);
    REQUIRE_FALSE(made.ok());
    CHECK(made.error().code == ErrorCode::Cancelled);
    // Stopped at once: the PINs after the second were not hashed.
    CHECK(pinsReported == 2);
    CHECK(FirstRun::isNeeded(empty.services().configs));
}

TEST_CASE("the demo hall stopped during its history is emptied again, and can then be made", "[demo]")
{
    NewHall empty;
    DemoHallOptions options;
    options.historyDays = 30;
    int daysReported = 0;
    options.progress = [&](const DemoHallProgress& progress) {
        if (progress.step == DemoHallProgress::Step::History && progress.done > 0) {
            daysReported = progress.done;
            if (progress.done == 3)
                options.cancellation.cancel();
        }
    };
    auto made = DemoHall::create(*empty.hall, options);
    REQUIRE_FALSE(made.ok());
    CHECK(made.error().code == ErrorCode::Cancelled);
    CHECK(daysReported == 3); // no day simulated after the stop
    // Nothing of it is left: no configuration, no staff (and no ticket, below).
    CHECK(FirstRun::isNeeded(empty.services().configs));
    auto staff = empty.services().staff.list();
    REQUIRE(staff.ok());
    CHECK(staff.value().isEmpty());

    // The first run's ways are open again: the demo goes in whole this time.
    DemoHallOptions again;
    again.historyDays = 3; // Friday to Sunday: Friday has visitors
    auto remade = DemoHall::create(*empty.hall, again);
    INFO((remade.ok() ? QString() : remade.error().message).toStdString());
    REQUIRE(remade.ok());
    CHECK_FALSE(FirstRun::isNeeded(empty.services().configs));
    CHECK(remade.value().issued > 0);
    // Only the new days' tickets: none is left of the three days simulated 30 days ago before the stop.
    CHECK(empty.issuedSince(30) == remade.value().issued);
}
