#include "core/storage/Database.h"
#include "tests/support/ProcessRunner.h"
#include "tests/support/QtStringMakers.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
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
    // The report names the log it was made from: the copy's head, and the seal the backup took for it.
    CHECK(week.out.contains(u"Made from the audit log up to event "_s));
    CHECK(week.out.contains(u"; newest seal 2026-11-23 09.00, up to event "_s));
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

TEST_CASE("cli: each command takes only its own options, and shows them with --help", "[cli]")
{
    CliHall hall;
    struct Case
    {
        QStringList args;
        QString message;
    };
    const QList<Case> refused{
        {{u"status"_s, u"--history-days"_s, u"3"_s, u"--outcome"_s, u"referred"_s},
         u"antre: status: unknown option --history-days (see antre status --help)\n"_s},
        {{u"issue"_s, u"AK1"_s, u"--outcome"_s, u"referred"_s},
         u"antre: issue: unknown option --outcome (see antre issue --help)\n"_s},
        {{u"counter"_s, u"open"_s, u"L1"_s, u"--reason"_s, u"x"_s},
         u"antre: counter open: unknown option --reason (see antre counter open --help)\n"_s},
        {{u"counter"_s, u"close"_s, u"L1"_s, u"--staff"_s, u"199001012015011001"_s},
         u"antre: counter close: unknown option --staff (see antre counter close --help)\n"_s},
        {{u"report"_s, u"daily"_s, u"--from"_s, u"2026-11-01"_s},
         u"antre: report daily: unknown option --from (see antre report daily --help)\n"_s},
        {{u"staff"_s, u"login"_s, u"X1"_s, u"--name"_s, u"Budi"_s},
         u"antre: staff login: unknown option --name (see antre staff login --help)\n"_s},
        {{u"check"_s, u"--priority"_s},
         u"antre: check: unknown option --priority (see antre check --help)\n"_s},
        {{u"--history-days"_s, u"3"_s, u"demo"_s},
         u"antre: unknown option --history-days (see antre --help)\n"_s},
    };
    for (const auto& c : refused) {
        const auto r = hall.run(c.args, "246810\n");
        INFO(c.args.join(u' ').toStdString());
        CHECK(r.exitCode == 2);
        CHECK(r.err == c.message);
        CHECK(r.out.isEmpty());
    }
    // Global options are global wherever they stand.
    CHECK(json(hall.run({u"status"_s, u"--json"_s})).value(u"site"_s).toString() == u"MPP Uji"_s);
    CHECK(hall.run({u"issue"_s, u"AK1"_s, u"--lang"_s, u"id"_s}).out == u"A-001\n"_s);

    const auto help = hall.run({u"done"_s, u"--help"_s});
    CHECK(help.exitCode == 0);
    CHECK(help.out.startsWith(u"usage: antre done COUNTER [--outcome completed|incomplete|referred]\n"_s));
    CHECK(help.out.contains(u"--outcome completed|incomplete|referred"_s));
    CHECK(help.out.contains(u"--db FILE, --json, --lang en|id and --help"_s));
    const auto report = hall.run({u"report"_s, u"--help"_s});
    CHECK(report.exitCode == 0);
    CHECK(report.out.contains(u"       antre report range --from YYYY-MM-DD --to YYYY-MM-DD"_s));
    for (const QString& option : {u"--date"_s, u"--from"_s, u"--to"_s, u"--format"_s})
        CHECK(report.out.contains(u"  "_s + option + u' '));
    const auto indonesian = hall.run({u"--lang"_s, u"id"_s, u"check"_s, u"--help"_s});
    CHECK(indonesian.out.startsWith(u"penggunaan: antre check [--repair]\n"_s));
    const auto overview = hall.run({u"--help"_s});
    CHECK(overview.exitCode == 0);
    CHECK(overview.out.startsWith(u"usage: antre [--db FILE] [--json] [--lang en|id] COMMAND ...\n"_s));
    // Every command's forms, the newer ones too.
    for (const QString& form :
         {u"\n  demo --live [--speed N]"_s, u"\n  migrate --from DB --to DB [--replace]\n"_s,
          u"\n  server init\n"_s, u"\n  survey import FILE.csv\n"_s, u"\n  complaint list [--status S]"_s,
          u"\n  report ikm [--date D"_s, u"\n  report complaints ["_s, u"\n  restore BACKUP\n"_s})
        CHECK(overview.out.contains(form));
    CHECK(hall.run({u"--lang"_s, u"id"_s, u"--help"_s}).out.startsWith(u"penggunaan: antre [--db FILE]"_s));
    CHECK(hall.run({}).exitCode == 2);
}

TEST_CASE("cli: an empty --db or backup file is a usage error", "[cli]")
{
    CliHall hall;
    const auto db = hall.run({u"--db"_s, u""_s, u"status"_s});
    CHECK(db.exitCode == 2);
    CHECK(db.err == u"antre: --db: the database file name is empty\n"_s);
    CHECK(hall.run({u"--db="_s, u"issue"_s, u"AK1"_s}).exitCode == 2);
    const auto backup = hall.run({u"backup"_s, u""_s});
    CHECK(backup.exitCode == 2);
    CHECK(backup.err == u"antre: backup: the backup file name is empty\n"_s);
    const auto asJson = hall.run({u"--json"_s, u"backup"_s, u""_s});
    CHECK(asJson.exitCode == 2);
    CHECK(json(asJson).value(u"error"_s).toObject().value(u"code"_s).toString() == u"usage"_s);
    for (const QString& file : QDir(hall.dir.path()).entryList(QDir::Files)) // nothing written elsewhere
        CHECK(file.startsWith(u"hall."_s));
}

TEST_CASE("cli: check only reports stale report summaries, check --repair removes them", "[cli]")
{
    CliHall hall;
    REQUIRE(hall.run({u"issue"_s, u"AK1"_s}).exitCode == 0);
    REQUIRE(hall.run({u"issue"_s, u"AK1"_s}).exitCode == 0);
    const QString tuesday = u"2026-11-24T09:00:00+07:00"_s;
    // Monday is over on Tuesday: its report leaves a summary.
    REQUIRE(hall.run({u"report"_s, u"daily"_s, u"--date"_s, u"2026-11-23"_s}, {}, tuesday).exitCode == 0);
    {
        // Behind the triggers' back, then the triggers back in place: only the summary is wrong. (The hour
        // a report counts the ticket in: a field the events do not state, so the replay has nothing to say.)
        auto db = antre::Database::open(hall.db);
        REQUIRE(db.ok());
        auto sql = antre::Database::run(
            db.value()->sql(), u"SELECT sql FROM sqlite_master WHERE name = 'tickets_update_revises_day'"_s);
        REQUIRE(sql.ok());
        REQUIRE(sql.value().next());
        const QString trigger = sql.value().value(0).toString();
        REQUIRE(antre::Database::run(db.value()->sql(), u"DROP TRIGGER tickets_update_revises_day"_s).ok());
        REQUIRE(antre::Database::run(db.value()->sql(), u"UPDATE tickets SET issue_hour = 10 WHERE seq = 2"_s)
                    .ok());
        REQUIRE(antre::Database::run(db.value()->sql(), trigger).ok());
    }
    const QString stale =
        u"antre: FAIL  report summaries match their days' tickets: the summaries of 2026-11-23 "
        u"differ from their tickets; a repair removes them and reports make them again\n"_s;
    for (int run = 0; run < 2; ++run) {
        const auto check = hall.run({u"check"_s}, {}, tuesday);
        CHECK(check.exitCode == 1);
        CHECK(check.err == stale);
        CHECK(check.out.contains(u"ok    report summary triggers in place\n"_s));
        CHECK_FALSE(check.out.contains(u"report summaries match"_s));
    }
    const auto asJson = hall.run({u"--json"_s, u"check"_s}, {}, tuesday);
    CHECK(asJson.exitCode == 1);
    CHECK(json(asJson).value(u"ok"_s) == false);
    CHECK(json(asJson).value(u"checks"_s).toArray().size() ==
          11); // with the replay of the event log and its order

    const auto repair = hall.run({u"check"_s, u"--repair"_s}, {}, tuesday);
    CHECK(repair.exitCode == 1);
    CHECK(repair.err ==
          u"antre: FAIL  report summaries match their days' tickets: the summaries of 2026-11-23 "
          u"differed from their tickets and were removed; reports make them again\n"_s);
    const auto after = hall.run({u"check"_s}, {}, tuesday);
    CHECK(after.exitCode == 0);
    CHECK(after.out.contains(u"ok    report summaries match their days' tickets\n"_s));
}

TEST_CASE("cli: demo --morning plays this morning through the engine, the same every time", "[cli]")
{
    QTemporaryDir dir;
    const QString now = u"2026-11-23T09:30:00+07:00"_s;
    const QString db = dir.filePath(u"morning.db"_s);
    const auto demo = ProcessRunner::antre(db, {u"demo"_s, u"--history-days"_s, u"0"_s, u"--morning"_s}, now);
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    CHECK(demo.out.contains(u"morning of 2026-11-23 played until 09.30: 11 booths open, "_s));
    CHECK(demo.out.contains(u"L1 has just called K-"_s));

    const auto status = ProcessRunner::antre(db, {u"--json"_s, u"status"_s}, now);
    REQUIRE(status.exitCode == 0);
    QHash<QString, QJsonObject> counters;
    for (const auto& c : json(status).value(u"counters"_s).toArray())
        counters.insert(c.toObject().value(u"code"_s).toString(), c.toObject());
    // The booth: Loket 1 open by Rina Marlina with a number just called.
    CHECK(counters.value(u"L1"_s).value(u"state"_s) == u"open"_s);
    CHECK(counters.value(u"L1"_s).value(u"staff"_s) == u"198703152010012004"_s);
    CHECK(counters.value(u"L1"_s).value(u"ticket"_s).toObject().value(u"status"_s) == u"called"_s);
    // The dashboard: one booth on a break, three empty while their services are open, queues past target.
    CHECK(counters.value(u"L7"_s).value(u"state"_s) == u"break"_s);
    for (const QString& empty : {u"L5"_s, u"L14"_s, u"L16"_s}) {
        CHECK(counters.value(empty).value(u"state"_s) == u"closed"_s);
        CHECK(counters.value(empty).value(u"should_be_staffed"_s) == true);
    }
    int pastTarget = 0;
    for (const auto& s : json(status).value(u"services"_s).toArray())
        if (s.toObject().value(u"longest_wait_min"_s).toInt() > 30)
            ++pastTarget;
    CHECK(pastTarget >= 2);
    {
        auto read = antre::Database::open(db, antre::Database::Mode::ReadOnly);
        REQUIRE(read.ok());
        auto faults = antre::Database::run(read.value()->sql(),
                                           u"SELECT count(*) FROM events WHERE kind = 'device.fault'"_s);
        REQUIRE(faults.ok());
        REQUIRE(faults.value().next());
        CHECK(faults.value().value(0).toInt() == 1);
    }
    CHECK(ProcessRunner::antre(db, {u"check"_s}, now).exitCode == 0);

    // The same seed gives the same morning.
    const QString again = dir.filePath(u"again.db"_s);
    REQUIRE(ProcessRunner::antre(again, {u"demo"_s, u"--history-days"_s, u"0"_s, u"--morning"_s}, now).out ==
            QString(demo.out).replace(db, again));
    CHECK(ProcessRunner::antre(again, {u"--json"_s, u"status"_s}, now).out == status.out);

    // Before the hall opens there is no morning to play yet; the demo hall is made all the same.
    const auto early = ProcessRunner::antre(dir.filePath(u"early.db"_s),
                                            {u"demo"_s, u"--history-days"_s, u"0"_s, u"--morning"_s},
                                            u"2026-11-23T07:00:00+07:00"_s);
    CHECK(early.exitCode == 0);
    CHECK(early.out.contains(u"no morning played: the hall is closed on 2026-11-23 or has not opened yet"_s));
}

TEST_CASE("cli: audit seal, backup with its seals, and verify listing every damaged event", "[cli]")
{
    CliHall hall;
    for (int i = 0; i < 2; ++i)
        REQUIRE(hall.run({u"issue"_s, u"AK1"_s}).exitCode == 0);
    const auto sealed = hall.run({u"audit"_s, u"seal"_s});
    INFO(sealed.err.toStdString());
    REQUIRE(sealed.exitCode == 0);
    CHECK(sealed.out.startsWith(u"sealed: "_s));
    CHECK((QFile::permissions(hall.db + u".key"_s) & (QFile::ReadGroup | QFile::ReadOther)) == 0);
    const QString copy = hall.dir.filePath(u"copy.db"_s);
    REQUIRE(hall.run({u"backup"_s, copy}).exitCode == 0);
    CHECK(QFile::exists(copy + u".seals"_s));
    // The copy, without the hall's key beside it, verifies against the seals it carries.
    CHECK(ProcessRunner::antre(copy, {u"audit"_s, u"verify"_s}, kMonday).out.startsWith(u"ok: "_s));
    CHECK(ProcessRunner::antre(copy, {u"check"_s}, kMonday).exitCode == 0);

    // Plain SQL on the file: the newest event deleted, an older one edited.
    {
        auto opened = antre::Database::open(hall.db);
        REQUIRE(opened.ok());
        auto& sql = opened.value()->sql();
        REQUIRE(
            antre::Database::run(sql, u"DELETE FROM events WHERE id = (SELECT max(id) FROM events)"_s).ok());
        REQUIRE(antre::Database::run(sql, u"UPDATE events SET data = '{}' WHERE id = 2"_s).ok());
    }
    const auto verify = hall.run({u"audit"_s, u"verify"_s});
    INFO(verify.err.toStdString());
    CHECK(verify.exitCode == 1);
    CHECK(verify.out.isEmpty());
    CHECK(verify.err.contains(u"audit log damaged: 2 damaged event(s)"_s));
    CHECK(verify.err.contains(u"event 2: content does not match its hash (edited)"_s));
    CHECK(verify.err.contains(u": missing (deleted after seal 1"_s));
    CHECK(verify.err.contains(u"sealed it)"_s)); // one event: no "events 9 to 9"
    const auto json = hall.run({u"--json"_s, u"audit"_s, u"verify"_s});
    CHECK(json.exitCode == 1);
    CHECK(QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"damaged"_s).toInt() == 2);
    CHECK(hall.run({u"check"_s}).exitCode == 1);
    // A damaged log is not sealed.
    CHECK(hall.run({u"audit"_s, u"seal"_s}).exitCode != 0);
}

TEST_CASE("cli: init without a configuration says the three ways in and makes no file", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"new/hall.db"_s);
    const auto init = ProcessRunner::antre(db, {u"--lang"_s, u"en"_s, u"init"_s});
    CHECK(init.exitCode == 2);
    INFO(init.err.toStdString());
    for (const auto& way : {u"antre demo"_s, u"antre init --config FILE"_s, u"antre config import FILE"_s,
                            u"antre-supervisor"_s})
        CHECK(init.err.contains(way));
    CHECK_FALSE(QFile::exists(db));
    // Followed, the first of them makes the hall.
    const auto demo = ProcessRunner::antre(db, {u"demo"_s, u"--history-days"_s, u"0"_s}, kMonday);
    INFO(demo.err.toStdString());
    CHECK(demo.exitCode == 0);
    CHECK(ProcessRunner::antre(db, {u"check"_s}).exitCode == 0);
}

TEST_CASE("cli: demo --live plays the day through the engine, faster on request, and stops on SIGTERM",
          "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"demo.db"_s);
    REQUIRE(ProcessRunner::antre(db, {u"demo"_s, u"--history-days"_s, u"0"_s}, kMonday).exitCode == 0);
    auto usage = ProcessRunner::antre(db, {u"demo"_s, u"--live"_s, u"--speed"_s, u"0"_s}, kMonday);
    CHECK(usage.exitCode == 2);
    CHECK(usage.err.contains(u"--speed"_s));
    usage = ProcessRunner::antre(db, {u"demo"_s, u"--live"_s, u"--for"_s, u"soon"_s}, kMonday);
    CHECK(usage.exitCode == 2);
    // A Sunday: the demo hall is closed.
    CHECK(ProcessRunner::antre(db, {u"demo"_s, u"--live"_s, u"--day"_s, u"2026-11-22"_s}, kMonday).exitCode ==
          3);

    // 5 s at 600x: 50 minutes of the Monday morning from 09:00.
    const auto live = ProcessRunner::antre(
        db, {u"demo"_s, u"--live"_s, u"--speed"_s, u"600"_s, u"--for"_s, u"5s"_s}, kMonday);
    INFO(live.out.toStdString() << live.err.toStdString());
    REQUIRE(live.exitCode == 0);
    CHECK(live.out.contains(u"ANTRE_NOW=2026-11-23T09:00:00+07:00"_s));
    CHECK(live.out.contains(u"live demo stopped at 09."_s));
    const auto status = ProcessRunner::antre(db, {u"--json"_s, u"status"_s}, u"2026-11-23T09:50:00+07:00"_s);
    REQUIRE(status.exitCode == 0);
    int issued = 0;
    int served = 0;
    for (const auto& service : json(status).value(u"services"_s).toArray()) {
        issued += service.toObject().value(u"issued_today"_s).toInt();
        served += service.toObject().value(u"served_today"_s).toInt();
    }
    CHECK(issued > 20);
    CHECK(served > 5);
    int open = 0;
    for (const auto& counter : json(status).value(u"counters"_s).toArray())
        open += counter.toObject().value(u"state"_s).toString() != u"closed" ? 1 : 0;
    CHECK(open > 5);
    CHECK(ProcessRunner::antre(db, {u"audit"_s, u"verify"_s}).exitCode == 0);

    // Left running (the wall clock's pace), it stops cleanly on SIGTERM.
    QProcess running;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"ANTRE_NOW"_s, u"2026-11-23T10:00:00+07:00"_s);
    running.setProcessEnvironment(env);
    running.start(ProcessRunner::program(u"antre"_s), {u"--db"_s, db, u"demo"_s, u"--live"_s});
    REQUIRE(running.waitForStarted(10000));
    REQUIRE(running.waitForReadyRead(30000));
    CHECK(QString::fromUtf8(running.readAllStandardOutput()).contains(u"live demo of 2026-11-23"_s));
    running.terminate();
    REQUIRE(running.waitForFinished(30000));
    CHECK(running.exitStatus() == QProcess::NormalExit);
    CHECK(running.exitCode() == 0);
    CHECK(QString::fromUtf8(running.readAllStandardOutput()).contains(u"live demo stopped at 10.00"_s));
}
