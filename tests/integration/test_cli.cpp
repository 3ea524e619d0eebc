#include "Database.h"
#include "ProcessRunner.h"
#include "QtStringMakers.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace antre::test;

namespace {
const QString kMonday = u"2026-11-23T09:00:00+07:00"_s;

QJsonObject json(const ProcessResult& r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

void writeFile(const QString& path, const QByteArray& data)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(data);
}

QByteArray smallHall()
{
    return R"json({"site": {"name": "MPP Uji", "timezone": "Asia/Jakarta"},
 "agencies": [{"code": "DISNAKER", "name": "Dinas Tenaga Kerja"}],
 "services": [{"code": "AK1", "agency": "DISNAKER", "name": "Kartu Pencari Kerja (AK/I)", "prefix": "A",
               "daily_quota": 2, "target_wait_min": 15,
               "hours": {"mon": ["08:00-12:00", "13:00-15:00"], "fri": ["08:00-11:00"]}, "cutoff_min": 30}],
 "counters": [{"code": "L1", "name": "Loket 1", "services": ["AK1"]}],
 "staff": [{"id": "199001012015011001", "name": "Siti Rahma", "role": "officer", "counters": ["L1"], "pin": "246810"}]})json";
}

struct CliHall
{
    QTemporaryDir dir;
    QString db = dir.filePath(u"hall.db"_s);
    ProcessResult run(const QStringList& args, const QByteArray& input = {}, const QString& now = kMonday)
    {
        return ProcessRunner::antre(db, args, now, input);
    }
    CliHall()
    {
        const QString config = dir.filePath(u"hall.json"_s);
        writeFile(config, smallHall());
        const auto init = run({u"init"_s, u"--config"_s, config});
        INFO(init.err.toStdString());
        REQUIRE(init.exitCode == 0);
    }
};
} // namespace

TEST_CASE("cli: issue, call and the JSON shapes from the issue", "[cli]")
{
    CliHall hall;
    auto issued = hall.run({u"--json"_s, u"issue"_s, u"AK1"_s});
    REQUIRE(issued.exitCode == 0);
    CHECK(json(issued) == QJsonObject{{u"ticket"_s, u"A-001"_s},
                                      {u"service"_s, u"AK1"_s},
                                      {u"priority"_s, false},
                                      {u"ahead"_s, 0},
                                      {u"estimated_wait_min"_s, 0}});
    auto second = hall.run({u"issue"_s, u"AK1"_s, u"--priority"_s});
    CHECK(second.exitCode == 0);
    CHECK(second.out == u"A-002\n");
    CHECK(hall.run({u"counter"_s, u"open"_s, u"L1"_s, u"--staff"_s, u"199001012015011001"_s}).exitCode == 0);
    auto call = hall.run({u"--json"_s, u"call"_s, u"L1"_s});
    REQUIRE(call.exitCode == 0);
    CHECK(json(call) ==
          QJsonObject{{u"ticket"_s, u"A-002"_s}, {u"service"_s, u"AK1"_s}, {u"counter"_s, u"L1"_s}});
    CHECK(hall.run({u"serve"_s, u"L1"_s}).exitCode == 0);
    CHECK(hall.run({u"done"_s, u"L1"_s, u"--outcome"_s, u"incomplete"_s}).exitCode == 0);
    CHECK(hall.run({u"call"_s, u"L1"_s}).out == u"A-001 L1\n");
    CHECK(hall.run({u"no-show"_s, u"L1"_s}).exitCode == 0);
    CHECK(hall.run({u"requeue"_s, u"A-001"_s}).exitCode == 0);
    CHECK(hall.run({u"cancel"_s, u"A-001"_s}).exitCode == 0);
    auto status = hall.run({u"--json"_s, u"status"_s});
    REQUIRE(status.exitCode == 0);
    CHECK(json(status).value(u"site"_s).toString() == u"MPP Uji");
    auto text = hall.run({u"status"_s});
    CHECK(text.out.contains(u"Loket 1"_s));
    auto audit = hall.run({u"audit"_s, u"verify"_s});
    CHECK(audit.exitCode == 0);
    CHECK(audit.out.startsWith(u"ok: "_s));
    CHECK(audit.out.trimmed().endsWith(u" events"_s));
}

TEST_CASE("cli: exit codes", "[cli]")
{
    CliHall hall;
    CHECK(hall.run({u"frobnicate"_s}).exitCode == 2);
    CHECK(hall.run({u"issue"_s}).exitCode == 2);
    CHECK(hall.run({u"issue"_s, u"NOPE"_s}).exitCode == 2);
    CHECK(hall.run({u"issue"_s, u"AK1"_s, u"--bogus"_s}).exitCode == 2);
    CHECK(hall.run({u"call"_s, u"L1"_s}).exitCode == 4); // counter not open
    CHECK(hall.run({u"counter"_s, u"open"_s, u"L1"_s}).exitCode == 0);
    CHECK(hall.run({u"call"_s, u"L1"_s}).exitCode == 3); // nothing waiting
    CHECK(hall.run({u"issue"_s, u"AK1"_s}).exitCode == 0);
    CHECK(hall.run({u"issue"_s, u"AK1"_s}).exitCode == 0);
    auto quota = hall.run({u"issue"_s, u"AK1"_s});
    CHECK(quota.exitCode == 4); // quota full
    CHECK_FALSE(quota.err.isEmpty());
    CHECK(hall.run({u"issue"_s, u"AK1"_s}, {}, u"2026-11-24T09:00:00+07:00"_s).exitCode ==
          4); // closed Tuesday
    CHECK(hall.run({u"call"_s, u"L1"_s}).exitCode == 0);
    CHECK(hall.run({u"call"_s, u"L1"_s}).exitCode == 4); // a ticket still open
    CHECK(hall.run({u"done"_s, u"L1"_s}).exitCode == 4); // not being served yet
    CHECK(hall.run({u"requeue"_s, u"ZZ"_s}).exitCode == 2);
    CHECK(hall.run({u"report"_s, u"daily"_s, u"--date"_s, u"2026-13-01"_s}).exitCode == 2);
    CHECK(hall.run({u"issue"_s, u"AK1"_s}, {}, u"yesterday"_s).exitCode == 2);
}

TEST_CASE("cli: config import is all-or-nothing with precise messages", "[cli]")
{
    CliHall hall;
    const QString bad = hall.dir.filePath(u"hall.json"_s);
    QByteArray config = smallHall();
    config.replace(R"("fri": ["08:00-11:00"])", R"("fri": ["8:00-11.30"])");
    writeFile(bad, config);
    auto result = hall.run({u"config"_s, u"import"_s, bad});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(u"hall.json: services[0].hours.fri[0]: \"8:00-11.30\" is not HH:MM-HH:MM"_s));
    // Nothing changed: the export equals the original.
    auto exported = hall.run({u"config"_s, u"export"_s});
    REQUIRE(exported.exitCode == 0);
    CHECK(exported.out.contains(u"08:00-11:00"_s));
    CHECK_FALSE(exported.out.contains(u"pin"_s));
    CHECK_FALSE(exported.out.contains(u"246810"_s));

    writeFile(bad, "{ \"site\": ");
    CHECK(hall.run({u"config"_s, u"import"_s, bad}).exitCode == 2);
    CHECK(hall.run({u"config"_s, u"import"_s, hall.dir.filePath(u"missing.json"_s)}).exitCode == 2);

    // Re-import updates by code.
    QByteArray renamed = smallHall();
    renamed.replace("Loket 1", "Loket Satu");
    writeFile(bad, renamed);
    CHECK(hall.run({u"config"_s, u"import"_s, bad}).exitCode == 0);
    CHECK(hall.run({u"status"_s}).out.contains(u"Loket Satu"_s));
}

TEST_CASE("cli: staff add and login read the PIN from stdin", "[cli]")
{
    CliHall hall;
    auto added = hall.run({u"staff"_s, u"add"_s, u"OFF9"_s, u"--name"_s, u"Budi Santoso"_s, u"--role"_s,
                           u"officer"_s, u"--counters"_s, u"L1"_s},
                          "135790\n");
    INFO(added.err.toStdString());
    CHECK(added.exitCode == 0);
    CHECK(hall.run({u"staff"_s, u"login"_s, u"OFF9"_s}, "135790\n").exitCode == 0);
    CHECK(hall.run({u"staff"_s, u"login"_s, u"OFF9"_s}, "000000\n").exitCode == 4);
    CHECK(hall.run({u"staff"_s, u"add"_s, u"OFF8"_s, u"--name"_s, u"X"_s, u"--role"_s, u"boss"_s}, "1234\n")
              .exitCode == 2);
    CHECK(hall.run({u"staff"_s, u"add"_s, u"OFF8"_s, u"--name"_s, u"X"_s, u"--role"_s, u"officer"_s}, "12\n")
              .exitCode == 2);
}

TEST_CASE("cli: demo, backup and check", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"demo.db"_s);
    // A short history keeps this test quick on a loaded CI machine; the simulator has its own tests.
    auto demo = ProcessRunner::antre(db, {u"demo"_s, u"--history-days"_s, u"3"_s}, kMonday);
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    CHECK(ProcessRunner::antre(db, {u"demo"_s}, kMonday).exitCode == 4); // never over an existing hall
    const QString copy = dir.filePath(u"copy.db"_s);
    CHECK(ProcessRunner::antre(db, {u"backup"_s, copy}, kMonday).exitCode == 0);
    CHECK(ProcessRunner::antre(db, {u"backup"_s, copy}, kMonday).exitCode == 2); // never overwrites
    // A report of the past week summarises its days; check compares the summaries with the tickets.
    auto week = ProcessRunner::antre(
        copy, {u"report"_s, u"range"_s, u"--from"_s, u"2026-11-16"_s, u"--to"_s, u"2026-11-22"_s}, kMonday);
    INFO(week.err.toStdString());
    CHECK(week.exitCode == 0);
    auto check = ProcessRunner::antre(copy, {u"check"_s}, kMonday);
    INFO(check.out.toStdString() << check.err.toStdString());
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(u"ok    report summaries match their days' tickets"_s));
}

TEST_CASE("cli: a damaged, missing, read-only or locked database gets a clear message", "[cli]")
{
    QTemporaryDir dir;
    SECTION("not a database")
    {
        const QString db = dir.filePath(u"junk.db"_s);
        writeFile(db, QByteArray(8192, 'x'));
        auto r = ProcessRunner::antre(db, {u"status"_s}, kMonday);
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(u"not an Antre database or is damaged"_s));
    }
    SECTION("missing")
    {
        auto r = ProcessRunner::antre(dir.filePath(u"new.db"_s), {u"issue"_s, u"AK1"_s}, kMonday);
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(u"new.db: database file not found"_s));
        CHECK_FALSE(QFile::exists(dir.filePath(u"new.db"_s)));
    }
    SECTION("not set up")
    {
        const QString db = dir.filePath(u"empty.db"_s);
        writeFile(db, {});
        auto r = ProcessRunner::antre(db, {u"issue"_s, u"AK1"_s}, kMonday);
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(u"not set up yet"_s));
    }
    SECTION("a folder instead of a file")
    {
        auto r = ProcessRunner::antre(dir.path(), {u"status"_s}, kMonday);
        CHECK(r.exitCode == 2);
    }
    SECTION("locked by another program longer than the busy timeout")
    {
        CliHall hall;
        auto holder = antre::Database::open(hall.db);
        REQUIRE(holder.ok());
        REQUIRE(antre::Database::run(holder.value()->sql(), u"BEGIN IMMEDIATE"_s).ok());
        auto r = hall.run({u"issue"_s, u"AK1"_s});
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(u"locked by another program"_s));
        REQUIRE(antre::Database::run(holder.value()->sql(), u"ROLLBACK"_s).ok());
        CHECK(hall.run({u"issue"_s, u"AK1"_s}).out == u"A-001\n"); // nothing was half-written
    }
}
