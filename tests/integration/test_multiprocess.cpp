#include "tests/integration/Workers.h"
#include "tests/support/PgTestDatabase.h"
#include "tests/support/ProcessRunner.h"
#include "tests/support/QtStringMakers.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace antre::test;

namespace {
const QString kNow = u"2026-11-23T09:00:00+07:00"_s;

QMap<QString, QList<int>> sequencesByPrefix(const QStringList& numbers)
{
    QMap<QString, QList<int>> byPrefix;
    for (const auto& n : numbers)
        byPrefix[n.section(u'-', 0, 0)] << n.section(u'-', 1).toInt();
    for (auto& list : byPrefix)
        std::sort(list.begin(), list.end());
    return byPrefix;
}

// Four booths and three kiosks, each a process of its own, against one hall at db; stop is a file path the
// booths wait for before they stop on an empty queue.
void manyBoothsAndKiosks(const QString& db, const QString& stop)
{
    {
        Workers setup;
        setup.start({u"setup"_s, db, u"4"_s}, kNow);
        REQUIRE(setup.waitAll(60000));
        REQUIRE(setup.processes().front()->exitCode() == 0);
    }
    Workers issuers;
    Workers callers;
    for (int i = 0; i < 4; ++i)
        callers.start({u"call"_s, db, u"L%1"_s.arg(i + 1), stop}, kNow);
    issuers.start({u"issue"_s, db, u"S1"_s, u"120"_s, u"5"_s}, kNow);
    issuers.start({u"issue"_s, db, u"S1"_s, u"120"_s}, kNow);
    issuers.start({u"issue"_s, db, u"S2"_s, u"120"_s, u"3"_s}, kNow);
    REQUIRE(issuers.waitAll(240000));
    for (const auto& p : issuers.processes())
        REQUIRE(p->exitCode() == 0);
    QFile(stop).open(QIODevice::WriteOnly);
    REQUIRE(callers.waitAll(240000));
    for (const auto& p : callers.processes())
        REQUIRE(p->exitCode() == 0);

    const QStringList issued = issuers.allLines();
    const QStringList called = callers.allLines();
    REQUIRE(issued.size() == 360);
    // Each ticket was called exactly once, by one counter.
    CHECK(QSet<QString>(called.begin(), called.end()).size() == called.size());
    CHECK(QSet<QString>(called.begin(), called.end()) == QSet<QString>(issued.begin(), issued.end()));
    // Numbers are unique and gapless per prefix.
    const auto byPrefix = sequencesByPrefix(issued);
    REQUIRE(byPrefix.value(u"A"_s).size() == 240);
    REQUIRE(byPrefix.value(u"B"_s).size() == 120);
    for (const auto& list : byPrefix)
        for (int i = 0; i < list.size(); ++i)
            REQUIRE(list.at(i) == i + 1);
    // Which booth took how many depends on the scheduler, so only the whole is asserted: between them the
    // booths called every ticket once.
    qsizetype perCounter = 0;
    for (const auto& p : callers.processes())
        perCounter += callers.lines(p.get()).size();
    CHECK(perCounter == issued.size());

    const auto check = ProcessRunner::antre(db, {u"check"_s}, kNow);
    INFO(check.out.toStdString() << check.err.toStdString());
    CHECK(check.exitCode == 0);
}

} // namespace

TEST_CASE("several issuer and counter processes at once: each ticket called exactly once, gapless numbers",
          "[multiprocess]")
{
    QTemporaryDir dir;
    manyBoothsAndKiosks(dir.filePath(u"hall.db"_s), dir.filePath(u"issuers-done"_s));
}

// The same on a PostgreSQL hall over TCP to localhost, as booth PCs reach the hall server (label pg).
TEST_CASE("on PostgreSQL, several issuer and counter processes at once: each ticket called exactly once, "
          "gapless numbers",
          "[pgonly][multiprocess]")
{
    QTemporaryDir dir;
    const PgTestDatabase server;
    manyBoothsAndKiosks(server.location(true), dir.filePath(u"issuers-done"_s));
}
