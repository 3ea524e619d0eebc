#include "core/ChangeWatcher.h"
#include "core/storage/Database.h"
#include "tests/support/TestHall.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

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

TEST_CASE("change watcher on a missing database makes no file and reports once it exists", "[change_watcher]")
{
    // A display started before the hall's database is made must not make an empty file in its place.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"later.db"_s);
    ChangeWatcher watcher(path, 10);
    int changes = 0;
    QObject context;
    QObject::connect(&watcher, &ChangeWatcher::changed, &context, [&] { ++changes; });
    watcher.start();
    for (int i = 0; i < 20; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    CHECK(changes == 0);
    CHECK(QDir(dir.path()).isEmpty());

    auto db = Database::open(path);
    REQUIRE(db.ok());
    // The watcher connects on one of its next polls; commit until it has seen one.
    int day = 0;
    CHECK(waitFor([&] {
        const Status written = db.value()->write([&](QSqlDatabase& sql) -> Status {
            auto r = Database::run(sql, u"INSERT INTO day_revisions (business_day, revision) VALUES (?, 1)"_s,
                                   {u"day-%1"_s.arg(++day)});
            if (!r.ok())
                return r.error();
            return Done{};
        });
        REQUIRE(written.ok());
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        return changes >= 1;
    }));
}
