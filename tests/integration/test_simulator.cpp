// The hall simulator drives the real engine: what it leaves behind must be a valid hall history, follow the
// hall's rules (hours, breaks, holidays), repeat exactly for a seed, answer "what if" questions, and show
// the kiosk's estimate beating the naive one.
#include "core/AuditLog.h"
#include "core/Clock.h"
#include "core/ConfigIo.h"
#include "core/HallSimulator.h"
#include "core/HallStore.h"
#include "core/storage/Database.h"
#include "tests/support/ProcessRunner.h"
#include "tests/support/QtStringMakers.h"
#include "tests/support/SqlCount.h"

#include <QTemporaryDir>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace antre;
using namespace antre::test;

namespace {

const QDate kMonday(2026, 11, 16);

struct SimulatedHall
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;

    SimulatedHall()
    {
        auto config =
            ConfigIo::readFile(QString::fromUtf8(ANTRE_SOURCE_DIR) + u"/resources/demo/hall.json"_s);
        REQUIRE(config.ok());
        HallConfig hall = config.value();
        for (auto& member : hall.staff)
            member.pin.clear(); // hashing PINs is not what these tests are about
        auto opened = Database::open(dir.filePath(u"sim.db"_s), Database::Mode::ReadWrite,
                                     Database::Durability::BulkUnsafe);
        REQUIRE(opened.ok());
        db = std::move(opened).value();
        ManualClock clock(QDateTime(kMonday.addDays(-1), QTime(12, 0), Qt::UTC));
        REQUIRE(HallStore(*db, clock).import(hall).ok());
    }

    SimulationResult run(const SimulationOptions& options)
    {
        auto result = HallSimulator(*db).run(options);
        if (!result.ok())
            FAIL(result.error().message.toStdString());
        return result.value();
    }

    qint64 count(const QString& sql, const QVariantList& args = {})
    {
        return antre::test::count(*db, sql, args);
    }
};

SimulationOptions days(QDate first, int count, quint32 seed = 20261123)
{
    SimulationOptions o;
    o.firstDay = first;
    o.days = count;
    o.seed = seed;
    return o;
}

} // namespace

TEST_CASE("a simulated week of the demo hall is a valid history that follows the hall's rules", "[simulator]")
{
    SimulatedHall hall;
    const SimulationResult r = hall.run(days(kMonday, 7));
    REQUIRE(r.days.size() == 7);

    int issued = 0, noShows = 0, transfers = 0;
    for (const auto& day : r.days) {
        INFO(day.date.toString(Qt::ISODate).toStdString() << ": " << day.visitors << " visitors");
        if (day.date.dayOfWeek() >= 6) {
            CHECK(day.visitors == 0); // the demo hall is closed at the weekend
            continue;
        }
        // Around 350 visitors on an ordinary day, fewer on Friday (short hours).
        CHECK(day.visitors >= (day.date.dayOfWeek() == 5 ? 180 : 270));
        CHECK(day.visitors <= 480);
        CHECK(day.issued <= day.visitors);
        CHECK(day.served > day.issued / 2);
        CHECK(day.boothsOpened >= 8);
        CHECK(day.boothsOpened <= 15); // booth L16 (Bank BJB) has no officer at all
        issued += day.issued;
        noShows += day.noShows;
        transfers += day.transfers;
    }
    CHECK(noShows > issued / 50);
    CHECK(noShows < issued / 6);
    CHECK(transfers > 0);
    CHECK(hall.count(u"SELECT count(*) FROM tickets WHERE priority = 1"_s) > issued / 30);

    // A valid history: sound file, unbroken audit chain, gapless numbers, nothing left open.
    auto integrity = hall.db->integrityCheck();
    REQUIRE(integrity.ok());
    CHECK(integrity.value() == u"ok");
    CHECK(AuditLog::verify(hall.db->sql()).ok());
    CHECK(hall.count(
              uR"(SELECT count(*) FROM (SELECT business_day, prefix FROM tickets GROUP BY business_day, prefix
                                              HAVING count(*) <> max(seq)))"_s) == 0);
    CHECK(hall.count(u"SELECT count(*) FROM tickets WHERE status IN ('waiting', 'called', 'serving')"_s) ==
          0);
    CHECK(hall.count(u"SELECT count(*) FROM counter_states WHERE ended_at IS NULL"_s) == 0);

    // The engine's rules held: no ticket issued outside the hours (lunch 12–13, Friday 11–13.30), and the
    // officers took their breaks with the right reason.
    const QTimeZone jakarta("Asia/Jakarta");
    auto q = Database::run(hall.db->sql(), u"SELECT issued_at FROM tickets"_s);
    REQUIRE(q.ok());
    int outside = 0;
    while (q.value().next()) {
        const QDateTime local =
            QDateTime::fromMSecsSinceEpoch(q.value().value(0).toLongLong(), Qt::UTC).toTimeZone(jakarta);
        const QTime t = local.time();
        const bool friday = local.date().dayOfWeek() == 5;
        const bool lunch =
            friday ? (t >= QTime(11, 0) && t < QTime(13, 30)) : (t >= QTime(12, 0) && t < QTime(13, 0));
        outside += (lunch || t < QTime(8, 0) || t >= QTime(15, 30)) ? 1 : 0;
    }
    CHECK(outside == 0);
    CHECK(hall.count(
              u"SELECT count(*) FROM counter_states WHERE state = 'break' AND reason = 'sholat Jumat'"_s) >
          0);
    CHECK(hall.count(
              u"SELECT count(*) FROM counter_states WHERE state = 'break' AND reason = 'istirahat'"_s) > 0);

    // And the kiosk's estimate is clearly better than "people ahead × mean service time".
    INFO("project " << r.estimator.projectMae << " min, naive " << r.estimator.naiveMae << " min");
    CHECK(r.estimator.samples > issued / 2);
    CHECK(r.estimator.projectMae < 0.8 * r.estimator.naiveMae);
}

TEST_CASE("the same seed gives the same days", "[simulator]")
{
    SimulatedHall a;
    SimulatedHall b;
    const SimulationResult first = a.run(days(kMonday, 2, 99));
    const SimulationResult second = b.run(days(kMonday, 2, 99));
    REQUIRE(first.days.size() == second.days.size());
    for (qsizetype i = 0; i < first.days.size(); ++i) {
        CHECK(first.days.at(i).issued == second.days.at(i).issued);
        CHECK(first.days.at(i).served == second.days.at(i).served);
        CHECK(first.days.at(i).noShows == second.days.at(i).noShows);
        CHECK(first.days.at(i).meanWaitMin == Approx(second.days.at(i).meanWaitMin));
    }
    const QString numbers =
        u"SELECT group_concat(prefix || seq || status || COALESCE(first_called_at, 0), ',') FROM "
        u"(SELECT * FROM tickets ORDER BY id)"_s;
    auto qa = Database::run(a.db->sql(), numbers);
    auto qb = Database::run(b.db->sql(), numbers);
    REQUIRE((qa.ok() && qb.ok() && qa.value().next() && qb.value().next()));
    CHECK(qa.value().value(0).toString() == qb.value().value(0).toString());
}

TEST_CASE("what if booth L16 is staffed on Monday", "[simulator]")
{
    // In the demo hall nobody staffs L16 (Bank BJB): its customers take tickets and are never called.
    SimulatedHall asIs;
    asIs.run(days(kMonday, 1));
    const QString servedAtBjb = uR"(SELECT count(*) FROM tickets t JOIN services s ON s.id = t.service_id
                                    WHERE s.code = 'BJB' AND t.status = 'done')"_s;
    CHECK(asIs.count(servedAtBjb) == 0);
    CHECK(asIs.count(u"SELECT count(*) FROM tickets t JOIN services s ON s.id = t.original_service_id "
                     u"WHERE s.code = 'BJB'"_s) > 0);

    SimulatedHall whatIf;
    SimulationOptions options = days(kMonday, 1);
    options.staffing = {StaffingOverride{u"L16"_s, 1, true}};
    const SimulationResult r = whatIf.run(options);
    CHECK(whatIf.count(servedAtBjb) > 0);
    CHECK(r.days.constFirst().boothsOpened ==
          asIs.count(uR"(SELECT count(DISTINCT counter_id) FROM counter_states)"_s) + 1);

    // And the other way round: booth L7 (BPJS Kesehatan) left empty on Monday serves no one.
    SimulatedHall empty;
    options.staffing = {StaffingOverride{u"L7"_s, 1, false}};
    empty.run(options);
    CHECK(empty.count(uR"(SELECT count(*) FROM counter_states cs JOIN counters c ON c.id = cs.counter_id
                          WHERE c.code = 'L7')"_s) == 0);
}

TEST_CASE("antre demo --history-days builds a history that antre check accepts", "[simulator]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"demo.db"_s);
    const QString now = u"2026-11-23T09:00:00+07:00"_s;
    const auto demo = ProcessRunner::antre(db, {u"demo"_s, u"--history-days"_s, u"5"_s}, now);
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    CHECK(demo.out.contains(u"5 days of history simulated (2026-11-18 to 2026-11-22)"_s));
    const auto check = ProcessRunner::antre(db, {u"check"_s}, now);
    INFO(check.out.toStdString() << check.err.toStdString());
    CHECK(check.exitCode == 0);
    // The history shows in the reports, and today starts empty.
    const auto report = ProcessRunner::antre(
        db, {u"--json"_s, u"report"_s, u"range"_s, u"--from"_s, u"2026-11-18"_s, u"--to"_s, u"2026-11-22"_s},
        now);
    REQUIRE(report.exitCode == 0);
    CHECK(report.out.contains(u"\"issued\""_s));
    const auto status = ProcessRunner::antre(db, {u"--json"_s, u"status"_s}, now);
    CHECK(status.out.contains(u"\"issued_today\":0"_s));
    CHECK_FALSE(status.out.contains(u"\"issued_today\":1"_s));
    const auto none =
        ProcessRunner::antre(dir.filePath(u"none.db"_s), {u"demo"_s, u"--history-days"_s, u"0"_s}, now);
    CHECK(none.exitCode == 0);
    CHECK_FALSE(none.out.contains(u"history"_s));
}
