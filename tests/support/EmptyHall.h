#pragma once

#include "core/Clock.h"
#include "core/hall/Hall.h"
#include "tests/support/TestHall.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <memory>

namespace antre::test {

// A hall database just made, without a configuration: as the supervisor finds it on its first run, and where
// the demo hall goes. The test hall's Monday, 09.00.
struct EmptyHall
{
    QTemporaryDir dir;
    ManualClock clock{TestHall::local(TestHall::monday(), QTime(9, 0))};
    std::unique_ptr<Hall> hall;

    EmptyHall()
    {
        auto opened = Hall::open(path(), clock, Hall::IfMissing::Create);
        REQUIRE(opened.ok());
        hall = std::move(opened).value();
    }
    QString path() const { return dir.filePath(QStringLiteral("hall.db")); }
    HallServices& services() { return hall->services(); }
};

} // namespace antre::test
