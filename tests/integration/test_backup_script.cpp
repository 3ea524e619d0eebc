#include "core/Clock.h"
#include "core/hall/Hall.h"
#include "core/services/BackupService.h"
#include "tests/support/ProcessRunner.h"
#include "tests/support/QtStringMakers.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace antre;
using namespace antre::test;

namespace {

// packaging/scripts/antre-backup run with this build's antre against a hall in a fresh folder, the way the
// nightly unit runs it, but configured through the environment.
struct ScriptHall
{
    QTemporaryDir dir;
    QString db = dir.filePath(u"hall.db"_s);
    ScriptHall()
    {
        const QString config = dir.filePath(u"hall.json"_s);
        QFile file(config);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(R"json({"site": {"name": "MPP Uji", "timezone": "Asia/Jakarta"},
 "agencies": [{"code": "DISNAKER", "name": "Dinas Tenaga Kerja"}],
 "services": [{"code": "AK1", "agency": "DISNAKER", "name": "Kartu Pencari Kerja", "prefix": "A",
               "hours": {"mon": ["08:00-15:00"]}}],
 "counters": [{"code": "L1", "name": "Loket 1", "services": ["AK1"]}]})json");
        file.close();
        const auto made = ProcessRunner::antre(db, {u"init"_s, u"--config"_s, config});
        INFO(made.err.toStdString());
        REQUIRE(made.exitCode == 0);
    }
    ProcessResult backup(const QString& keepDays = u"7"_s) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"ANTRE_CONF"_s, dir.filePath(u"absent.conf"_s));
        env.insert(u"ANTRE_DB"_s, db);
        env.insert(u"ANTRE_BACKUP_DIR"_s, dir.filePath(u"backups"_s));
        env.insert(u"ANTRE_BACKUP_KEEP_DAYS"_s, keepDays);
        env.insert(u"ANTRE_BIN"_s, ProcessRunner::program(u"antre"_s));
        env.remove(u"ANTRE_NOW"_s);
        return ProcessRunner::run(u"/bin/sh"_s, {QStringLiteral(ANTRE_BACKUP_SCRIPT)}, {}, env, 120000);
    }
    std::optional<BackupRun> latest() const
    {
        SystemClock clock;
        auto hall = Hall::open(db, clock);
        REQUIRE(hall.ok());
        auto run = hall.value()->services().backups.latest(clock.now().addDays(-1));
        REQUIRE(run.ok());
        return run.value();
    }
};

} // namespace

TEST_CASE("the backup script records each run's outcome in the hall for the dashboard", "[backup]")
{
    ScriptHall hall;
    REQUIRE_FALSE(hall.latest().has_value());

    const auto done = hall.backup();
    INFO(done.out.toStdString() << done.err.toStdString());
    REQUIRE(done.exitCode == 0);
    auto run = hall.latest();
    REQUIRE(run.has_value());
    CHECK(run->ok);
    CHECK(run->file.startsWith(hall.dir.filePath(u"backups/hall-"_s)));
    CHECK(QFile::exists(run->file));

    const auto failed = hall.backup(u"seven"_s);
    CHECK(failed.exitCode != 0);
    run = hall.latest();
    REQUIRE(run.has_value());
    CHECK_FALSE(run->ok);
    CHECK(run->reason.contains(u"ANTRE_BACKUP_KEEP_DAYS=seven"_s));
}
