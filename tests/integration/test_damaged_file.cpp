// A hall database with damaged pages, driven through `antre` (issue 13): a read error mid-query is not the
// end of the data. Whatever meets a damaged page stops with exit 1 and one message that names the file and
// says what to do (antre check, restore the last good backup), and writes nothing: the file is
// byte-identical.
#include "core/Clock.h"
#include "core/QueueEngine.h"
#include "core/storage/Database.h"
#include "tests/integration/Harness.h"
#include "tests/support/DamagedFile.h"

#include <QDateTime>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace antre;
using namespace antre::test;

namespace {

constexpr int kTickets = 500;

// The _valid.json hall with kTickets KTPEL tickets issued this morning from 08:00 through the core, in one
// transaction; the file is closed afterwards (its log checkpointed and removed).
void issueMorning(const QString& db)
{
    ManualClock clock(QDateTime::fromString(CliFixture::monday(), Qt::ISODate).addSecs(-3600));
    auto opened = Database::open(db, Database::Mode::ReadWrite, Database::Durability::BulkUnsafe,
                                 Database::IfMissing::Fail);
    REQUIRE(opened.ok());
    {
        QueueEngine engine(*opened.value(), clock);
        auto filled = opened.value()->batch([&]() -> Status {
            for (int i = 0; i < kTickets; ++i) {
                if (auto issued = engine.issue(u"KTPEL"_s, false); !issued.ok())
                    return issued.error();
                clock.advanceSecs(5);
            }
            return Done{};
        });
        INFO((filled.ok() ? QString() : filled.error().message).toStdString());
        REQUIRE(filled.ok());
    }
    REQUIRE(opened.value()->checkpoint().ok());
}

// `count` KTPEL tickets served at L2 on a day that is over, one every 10 s from 08:00, written in SQL (as
// fillTickets does for unit tests); the file is closed afterwards.
void servePastDay(const QString& db, QDate day, int count)
{
    const qint64 startMs = QDateTime(day, QTime(8, 0), QTimeZone("Asia/Jakarta")).toMSecsSinceEpoch();
    const QString sql = uR"(WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < %1)
        INSERT INTO tickets (business_day, prefix, seq, service_id, original_service_id, status, issued_at,
                             issue_hour, queued_at, first_called_at, serving_at, finished_at, counter_id, outcome)
        SELECT '%2', 'K', i + 1, s.id, s.id, 'done', %3 + i * 10000, 8 + i / 360, %3 + i * 10000,
               %3 + i * 10000 + 60000, %3 + i * 10000 + 90000, %3 + i * 10000 + 300000, c.id, 'completed'
        FROM n, services s, counters c WHERE s.code = 'KTPEL' AND c.code = 'L2')"_s.arg(count - 1)
                            .arg(day.toString(Qt::ISODate))
                            .arg(startMs);
    auto opened =
        Database::open(db, Database::Mode::ReadWrite, Database::Durability::Full, Database::IfMissing::Fail);
    REQUIRE(opened.ok());
    const auto written = opened.value()->write([&](QSqlDatabase& sqlDb) -> Status {
        auto r = Database::run(sqlDb, sql);
        return r.ok() ? Status(Done{}) : Status(r.error());
    });
    INFO((written.ok() ? QString() : written.error().message).toStdString());
    REQUIRE(written.ok());
}

void requireDamageReported(const ProcessResult& result, const QString& db)
{
    INFO("out: " << result.out.toStdString() << "\nerr: " << result.err.toStdString());
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(db));
    CHECK(result.err.contains(u"damaged"_s));
    CHECK(result.err.contains(u"antre check"_s));
    CHECK(result.err.contains(u"backup"_s));
}

} // namespace

TEST_CASE("Damaged event pages: audit verify fails instead of a short ok", "[cli][damage]")
{
    CliFixture hall;
    issueMorning(hall.db());
    REQUIRE(hall.run({u"audit"_s, u"verify"_s}).exitCode == 0);
    damageMiddle(hall.db(), u"events"_s, 3);
    REQUIRE(integrityCheck(hall.db()) != u"ok"_s);
    const QByteArray before = sha256(hall.db());

    const auto verified = hall.run({u"audit"_s, u"verify"_s});
    requireDamageReported(verified, hall.db());
    CHECK_FALSE(verified.out.contains(u"ok"_s));
    CHECK(sha256(hall.db()) == before);
}

TEST_CASE("Damaged ticket pages: the daily report fails instead of short totals, issue writes nothing",
          "[cli][damage]")
{
    CliFixture hall;
    issueMorning(hall.db());
    damageMiddle(hall.db(), u"tickets"_s, 3);
    REQUIRE(integrityCheck(hall.db()) != u"ok"_s);
    const QByteArray before = sha256(hall.db());

    SECTION("report")
    {
        const auto report = hall.run({u"report"_s, u"daily"_s, u"--format"_s, u"json"_s});
        requireDamageReported(report, hall.db());
        CHECK(report.out.isEmpty());
    }
    SECTION("issue")
    {
        requireDamageReported(hall.run({u"issue"_s, u"KTPEL"_s}), hall.db());
    }
    CHECK(sha256(hall.db()) == before);
}

TEST_CASE("Damaged ticket pages of a past day: its report fails instead of short totals and keeps nothing",
          "[cli][damage]")
{
    CliFixture hall;
    const QDate friday(2026, 11, 20);
    servePastDay(hall.db(), friday, 2000);
    damageMiddle(hall.db(), u"tickets"_s, 3);
    REQUIRE(integrityCheck(hall.db()) != u"ok"_s);
    const QByteArray before = sha256(hall.db());

    // Without the check the report counted the tickets before the damage, said so with exit 0, and kept
    // that short count as the day's summary in the damaged file.
    const auto report = hall.run({u"report"_s, u"daily"_s, u"--date"_s, friday.toString(Qt::ISODate)});
    requireDamageReported(report, hall.db());
    CHECK(report.out.isEmpty());
    CHECK(sha256(hall.db()) == before);
}

TEST_CASE("A damaged last page of the audit log: config import and counter open write nothing",
          "[cli][damage]")
{
    CliFixture hall;
    const auto exported = hall.run({u"config"_s, u"export"_s});
    REQUIRE(exported.exitCode == 0);
    writeFile(hall.path(u"hall.json"_s), exported.out.toUtf8());
    issueMorning(hall.db());
    // Every write appends to the audit log, after reading the event it links to: the log's last page.
    overwritePages(hall.db(), {leafPages(hall.db(), u"events"_s).constLast().page});
    REQUIRE(integrityCheck(hall.db()) != u"ok"_s);
    const QByteArray before = sha256(hall.db());

    SECTION("config import")
    {
        requireDamageReported(hall.run({u"config"_s, u"import"_s, hall.path(u"hall.json"_s)}), hall.db());
    }
    SECTION("counter open")
    {
        requireDamageReported(hall.run({u"counter"_s, u"open"_s, u"L1"_s}), hall.db());
    }
    CHECK(sha256(hall.db()) == before);
}
