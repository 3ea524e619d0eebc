#include "core/report/DaySummaryStore.h"
#include "core/report/ParallelDayReader.h"
#include "core/report/ReadSnapshot.h"
#include "tests/support/TestHall.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace antre;
using namespace antre::report;
using antre::test::TestHall;

namespace {

const QDate kMonday = TestHall::monday();

void execute(TestHall& hall, const QString& sql)
{
    const auto done = hall.db->write([&](QSqlDatabase& db) -> Status {
        auto r = Database::run(db, sql);
        return r.ok() ? Status(Done{}) : Status(r.error());
    });
    REQUIRE(done.ok());
}

QStringList rows(TestHall& hall, const QString& sql)
{
    auto q = Database::run(hall.db->sql(), sql);
    REQUIRE(q.ok());
    QStringList values;
    while (q.value().next())
        values << q.value().value(0).toString();
    return values;
}

// Two tickets on Monday and one on Tuesday; the clock on Wednesday 09:00.
void twoDays(TestHall& hall)
{
    hall.setLocal(kMonday, QTime(8, 0));
    REQUIRE(hall.engine->issue(u"S2"_s, false).ok());
    REQUIRE(hall.engine->issue(u"S2"_s, false).ok());
    hall.setLocal(kMonday.addDays(1), QTime(8, 0));
    REQUIRE(hall.engine->issue(u"S2"_s, false).ok());
    hall.setLocal(kMonday.addDays(2), QTime(9, 0));
}

// Plans Monday to Wednesday and reads the days from the tickets, making the summaries of the days over.
std::vector<DayToRead> planAndRead(TestHall& hall, DaySummaryStore& store, const Catalog& catalog,
                                   const QString& timezone = u"Asia/Jakarta"_s)
{
    const ReadSnapshot snapshot(hall.db->sql());
    auto days = store.plan(kMonday, kMonday.addDays(2), TestHall::zone(), kMonday.addDays(2), timezone);
    REQUIRE(days.ok());
    Accumulator accumulator(catalog, 3);
    REQUIRE(readDays(hall.db->sql(), hall.db->dialect(), accumulator, days.value()).ok());
    return std::move(days).value();
}

} // namespace

TEST_CASE("the plan reads tickets of days without a summary, and summarises those that are over",
          "[day-summaries]")
{
    TestHall hall;
    twoDays(hall);
    auto catalog = loadCatalog(hall.db->sql());
    REQUIRE(catalog.ok());
    DaySummaryStore store(*hall.db);
    std::vector<DayToRead> days = planAndRead(hall, store, catalog.value());
    REQUIRE(days.size() == 3);
    CHECK(days[0].frame.key == u"2026-11-23"_s);
    CHECK(days[0].index == 0);
    CHECK(days[0].extent.tickets == 2);
    CHECK(days[0].summarise);
    CHECK(days[0].records.size() == 2 * kRecordBytes);
    CHECK(days[1].summarise);
    CHECK_FALSE(days[2].summarise); // today
    CHECK(days[2].tickets() == 0);

    store.store(days, u"Asia/Jakarta"_s);
    CHECK(rows(hall, u"SELECT business_day || ' ' || tickets FROM report_days ORDER BY 1"_s) ==
          QStringList{u"2026-11-23 2"_s, u"2026-11-24 1"_s});

    const ReadSnapshot snapshot(hall.db->sql());
    auto again =
        store.plan(kMonday, kMonday.addDays(2), TestHall::zone(), kMonday.addDays(2), u"Asia/Jakarta"_s);
    REQUIRE(again.ok());
    CHECK(again.value()[0].summary == days[0].records);
    CHECK_FALSE(again.value()[0].summarise);
    CHECK(again.value()[0].tickets() == 2);
    CHECK(again.value()[0].cost() == 0); // 2 / 8: a summary is cheap to read
}

TEST_CASE("a summary is stored only if its day has not changed since it was read", "[day-summaries]")
{
    TestHall hall;
    twoDays(hall);
    auto catalog = loadCatalog(hall.db->sql());
    REQUIRE(catalog.ok());
    DaySummaryStore store(*hall.db);
    const std::vector<DayToRead> days = planAndRead(hall, store, catalog.value());
    execute(hall, u"UPDATE tickets SET status = 'cancelled' WHERE business_day = '2026-11-23' AND seq = 1"_s);
    store.store(days, u"Asia/Jakarta"_s);
    CHECK(rows(hall, u"SELECT business_day FROM report_days"_s) == QStringList{u"2026-11-24"_s});
}

TEST_CASE("a summary set aside is replaced in place, in as many writes as its size needs", "[day-summaries]")
{
    TestHall hall;
    twoDays(hall);
    auto catalog = loadCatalog(hall.db->sql());
    REQUIRE(catalog.ok());
    DaySummaryStore store(*hall.db);
    store.store(planAndRead(hall, store, catalog.value(), u"Asia/Makassar"_s), u"Asia/Makassar"_s);
    CHECK(rows(hall, u"SELECT timezone FROM report_days"_s) ==
          QStringList{u"Asia/Makassar"_s, u"Asia/Makassar"_s});
    // Made in another time zone: not used, made again, and the same rows now hold the new summaries.
    const std::vector<DayToRead> days = planAndRead(hall, store, catalog.value());
    CHECK(days[0].summarise);
    CHECK(days[1].summarise);
    store.store(days, u"Asia/Jakarta"_s, 1); // one day per write
    CHECK(rows(hall, u"SELECT timezone FROM report_days"_s) ==
          QStringList{u"Asia/Jakarta"_s, u"Asia/Jakarta"_s});
    CHECK(rows(hall, u"SELECT count(*) FROM report_days"_s) == QStringList{u"2"_s});
}

TEST_CASE("summaries that differ from their tickets are found and forgotten", "[day-summaries]")
{
    TestHall hall;
    twoDays(hall);
    auto catalog = loadCatalog(hall.db->sql());
    REQUIRE(catalog.ok());
    DaySummaryStore store(*hall.db);
    store.store(planAndRead(hall, store, catalog.value()), u"Asia/Jakarta"_s);
    auto none = store.mismatched();
    REQUIRE(none.ok());
    CHECK(none.value().isEmpty());
    execute(hall, antre::test::dropTriggerStatement(u"tickets_update_revises_day"_s));
    execute(hall, u"UPDATE tickets SET status = 'cancelled' WHERE business_day = '2026-11-24'"_s);
    auto found = store.mismatched();
    REQUIRE(found.ok());
    CHECK(found.value() == QStringList{u"2026-11-24"_s});
    REQUIRE(store.forget(found.value()).ok());
    CHECK(rows(hall, u"SELECT business_day FROM report_days"_s) == QStringList{u"2026-11-23"_s});
}
