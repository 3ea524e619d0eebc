#include "ChangeWatcher.h"
#include "TestHall.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace antre;
using antre::test::TestHall;

namespace {
// Event-loop polling with a deadline, never a fixed sleep.
bool waitFor(const std::function<bool()>& condition, int deadlineMs = 5000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition() && timer.elapsed() < deadlineMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    return condition();
}
} // namespace

TEST_CASE("change watcher reports commits from another connection", "[change_watcher]")
{
    TestHall hall;
    ChangeWatcher watcher(hall.path(), 10);
    int changes = 0;
    QObject context;
    QObject::connect(&watcher, &ChangeWatcher::changed, &context, [&] { ++changes; });
    watcher.start();
    // Idle: no change is reported.
    for (int i = 0; i < 20; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    CHECK(changes == 0);
    REQUIRE(hall.engine->issue(u"S2"_s, false).ok());
    CHECK(waitFor([&] { return changes >= 1; }));
    const int after = changes;
    // A refused write commits nothing and is not reported.
    (void)hall.engine->callNext(u"L1"_s);
    for (int i = 0; i < 20; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    CHECK(changes == after);
    watcher.stop();
    CHECK_FALSE(watcher.isActive());
}
