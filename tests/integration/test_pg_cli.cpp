#include "tests/support/PgTestDatabase.h"
#include "tests/support/ProcessRunner.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace antre::test;

// The CLI on PostgreSQL prints byte for byte what it prints on an SQLite file, for the same commands at the
// same (fixed) time. Runs only under the pg_server fixture (tag [pgonly], label pg).

namespace {

const QString kMonday = u"2026-11-23T09:00:00+07:00"_s;

QByteArray smallHall()
{
    return R"json({"site": {"name": "MPP Uji", "timezone": "Asia/Jakarta"},
 "agencies": [{"code": "DISNAKER", "name": "Dinas Tenaga Kerja"}],
 "services": [{"code": "AK1", "agency": "DISNAKER", "name": "Kartu Pencari Kerja (AK/I)", "prefix": "A",
               "daily_quota": 5, "target_wait_min": 15,
               "hours": {"mon": ["08:00-12:00", "13:00-15:00"], "fri": ["08:00-11:00"]}, "cutoff_min": 30}],
 "counters": [{"code": "L1", "name": "Loket 1", "services": ["AK1"]}],
 "staff": [{"id": "199001012015011001", "name": "Siti Rahma", "role": "officer", "counters": ["L1"], "pin": "246810"}]})json";
}

// Runs the same commands on both databases and compares every output, the location written as <db>.
void compare(const QString& sqlite, const QString& postgres, const QList<QStringList>& commands)
{
    for (const QStringList& args : commands) {
        const ProcessResult onFile = ProcessRunner::antre(sqlite, args, kMonday);
        const ProcessResult onServer = ProcessRunner::antre(postgres, args, kMonday);
        INFO("antre " << args.join(u' ').toStdString());
        INFO("SQLite stderr: " << onFile.err.toStdString());
        INFO("PostgreSQL stderr: " << onServer.err.toStdString());
        CHECK(onServer.exitCode == onFile.exitCode);
        CHECK(QString(onServer.out).replace(postgres, u"<db>"_s) ==
              QString(onFile.out).replace(sqlite, u"<db>"_s));
        CHECK(QString(onServer.err).replace(postgres, u"<db>"_s) ==
              QString(onFile.err).replace(sqlite, u"<db>"_s));
    }
}

} // namespace

TEST_CASE("pg cli: init, issue, call, status and report print the same as on SQLite", "[pgonly]")
{
    QTemporaryDir dir;
    PgTestDatabase pg;
    const QString config = dir.filePath(u"hall.json"_s);
    {
        QFile file(config);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(smallHall());
    }
    compare(dir.filePath(u"hall.db"_s), pg.location(),
            {{u"init"_s, u"--config"_s, config},
             {u"issue"_s, u"AK1"_s},
             {u"--json"_s, u"issue"_s, u"AK1"_s, u"--priority"_s},
             {u"issue"_s, u"AK1"_s},
             {u"status"_s},
             {u"--json"_s, u"status"_s},
             {u"report"_s, u"range"_s, u"--from"_s, u"2026-11-23"_s, u"--to"_s, u"2026-11-23"_s},
             {u"check"_s},
             {u"audit"_s, u"verify"_s}});
}

TEST_CASE("pg cli: the demo hall, its status, reports and check are the same as on SQLite", "[pgonly]")
{
    QTemporaryDir dir;
    PgTestDatabase pg;
    compare(dir.filePath(u"demo.db"_s), pg.location(true),
            {{u"demo"_s, u"--history-days"_s, u"3"_s},
             {u"status"_s},
             {u"report"_s, u"range"_s, u"--from"_s, u"2026-11-16"_s, u"--to"_s, u"2026-11-22"_s},
             {u"report"_s, u"range"_s, u"--from"_s, u"2026-11-16"_s, u"--to"_s, u"2026-11-22"_s},
             {u"check"_s}});
}
