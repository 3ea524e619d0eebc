#include "core/report/DayTickets.h"
#include "tests/support/PgTestDatabase.h"
#include "tests/support/TestHall.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace antre;
using namespace antre::report;
using antre::test::TestHall;

TEST_CASE("a record is six little-endian 32-bit integers", "[day-tickets]")
{
    const Record r{0x01020304, 2 * quint32(kIdBase) + 1, 3 * quint32(kIdBase) + 4, 120'000, -1, 23};
    QByteArray bytes;
    appendRecord(bytes, r);
    REQUIRE(bytes.size() == kRecordBytes);
    CHECK(bytes.left(4) == QByteArray("\x04\x03\x02\x01", 4));
    CHECK(bytes.mid(16, 4) == QByteArray("\xFF\xFF\xFF\xFF", 4));
    CHECK(recordAt(bytes.constData()) == r);
    const Record none;
    appendRecord(bytes, none);
    CHECK(recordAt(bytes.constData() + kRecordBytes) == none);
    CHECK(none.waitMs == -1);
    CHECK(none.servedHour == -1);
}

TEST_CASE("a day frame knows its local hours and whether it is over", "[day-tickets]")
{
    const QDate monday = TestHall::monday();
    const QTimeZone zone = TestHall::zone();
    const DayFrame day = dayFrame(monday, zone, monday.addDays(1));
    CHECK(day.key == u"2026-11-23"_s);
    CHECK(day.over);
    CHECK_FALSE(dayFrame(monday, zone, monday).over);
    CHECK(day.hourStartMs.front() == TestHall::local(monday, QTime(0, 0)).toMSecsSinceEpoch());
    CHECK(day.hourStartMs.back() == TestHall::local(monday.addDays(1), QTime(0, 0)).toMSecsSinceEpoch());
    CHECK(day.localHour(TestHall::local(monday, QTime(0, 0)).toMSecsSinceEpoch()) == 0);
    CHECK(day.localHour(TestHall::local(monday, QTime(8, 59, 59)).toMSecsSinceEpoch()) == 8);
    CHECK(day.localHour(TestHall::local(monday, QTime(23, 30)).toMSecsSinceEpoch()) == 23);
    // Outside the day: by the time zone.
    CHECK(day.localHour(TestHall::local(monday.addDays(1), QTime(5, 10)).toMSecsSinceEpoch()) == 5);
}

TEST_CASE("a day's tickets are found by id range and read as records", "[day-tickets]")
{
    TestHall hall;
    const QDate monday = TestHall::monday();
    hall.setLocal(monday, QTime(8, 0));
    REQUIRE(hall.engine->openCounter(u"L3"_s, u"OFF2"_s).ok());
    REQUIRE(hall.engine->issue(u"S2"_s, false).ok());
    REQUIRE(hall.engine->issue(u"S2"_s, false).ok());
    hall.setLocal(QTime(8, 3));
    REQUIRE(hall.engine->callNext(u"L3"_s).ok());
    REQUIRE(hall.engine->startServing(u"L3"_s).ok());
    hall.setLocal(QTime(9, 10));
    REQUIRE(hall.engine->finish(u"L3"_s, Outcome::Completed).ok());

    QSqlDatabase& db = hall.db->sql();
    auto extentQuery = prepareDayExtent(db);
    REQUIRE(extentQuery.ok());
    auto extent = dayExtent(extentQuery.value(), u"2026-11-23"_s);
    REQUIRE(extent.ok());
    CHECK(extent.value().tickets == 2);
    CHECK(extent.value().lastId - extent.value().firstId == 1);
    auto empty = dayExtent(extentQuery.value(), u"2026-11-24"_s);
    REQUIRE(empty.ok());
    CHECK(empty.value().tickets == 0);

    auto tickets = prepareTickets(db);
    REQUIRE(tickets.ok());
    REQUIRE(selectTickets(tickets.value(), u"2026-11-23"_s, extent.value()).ok());
    const DayFrame day = dayFrame(monday, TestHall::zone(), monday);
    QList<Record> records;
    while (tickets.value().next())
        records << recordOf(tickets.value(), day);
    tickets.value().finish();
    REQUIRE(records.size() == 2);
    const Record& served = records.at(0);
    CHECK(served.hourAndFate == 8 + kFateBase * 2); // completed
    CHECK(served.services % kIdBase == served.services / kIdBase);
    CHECK(served.handlers / kIdBase > 0);
    CHECK(served.handlers % kIdBase > 0);
    CHECK(served.waitMs == 3 * kMsPerMin);
    CHECK(served.serviceMs == 67 * kMsPerMin);
    CHECK(served.servedHour == 8); // hour of the first call
    const Record& waiting = records.at(1);
    CHECK(waiting.hourAndFate == 8); // queued
    CHECK(waiting.handlers == 0);
    CHECK(waiting.waitMs == -1);
    CHECK(waiting.serviceMs == -1);
    CHECK(waiting.servedHour == -1);
}

TEST_CASE("the ticket reader gives the records of the row query, packed on a server", "[day-tickets]")
{
    TestHall hall;
    const QDate monday = TestHall::monday();
    hall.setLocal(monday, QTime(8, 0));
    REQUIRE(hall.engine->openCounter(u"L3"_s, u"OFF2"_s).ok());
    for (int i = 0; i < 4; ++i) // A-001 served, A-002 no-show, two waiting
        REQUIRE(hall.engine->issue(u"S2"_s, false).ok());
    hall.setLocal(QTime(8, 3));
    REQUIRE(hall.engine->callNext(u"L3"_s).ok());
    REQUIRE(hall.engine->startServing(u"L3"_s).ok());
    hall.setLocal(QTime(10, 10)); // served past an hour
    REQUIRE(hall.engine->finish(u"L3"_s, Outcome::Completed).ok());
    REQUIRE(hall.engine->callNext(u"L3"_s).ok());
    hall.setLocal(QTime(10, 20));
    REQUIRE(hall.engine->markNoShow(u"L3"_s).ok());

    QSqlDatabase& db = hall.db->sql();
    auto extentQuery = prepareDayExtent(db);
    REQUIRE(extentQuery.ok());
    auto extent = dayExtent(extentQuery.value(), u"2026-11-23"_s);
    REQUIRE(extent.ok());
    REQUIRE(extent.value().tickets == 4);
    const DayFrame day = dayFrame(monday, TestHall::zone(), monday.addDays(1));

    auto rowQuery = prepareTickets(db);
    REQUIRE(rowQuery.ok());
    REQUIRE(selectTickets(rowQuery.value(), day.key, extent.value()).ok());
    QList<Record> expected;
    while (rowQuery.value().next())
        expected << recordOf(rowQuery.value(), day);
    rowQuery.value().finish();
    REQUIRE(expected.size() == 4);

    auto reader = TicketReader::prepare(db, hall.db->dialect());
    REQUIRE(reader.ok());
    CHECK(reader.value().packed() == antre::test::onPostgres());
    for (int pass = 0; pass < 2; ++pass) { // prepared once, read again
        QList<Record> records;
        REQUIRE(reader.value()
                    .read(day, extent.value(),
                          [&](const Record& r) -> Status {
                              records << r;
                              return Done{};
                          })
                    .ok());
        CHECK(records == expected);
    }
    CHECK(expected.at(0).servedHour == 8);
    CHECK(expected.at(0).serviceMs > 60 * kMsPerMin);
    CHECK(expected.at(1).waitMs == 130 * kMsPerMin); // the no-show, called at 10.10
    CHECK(expected.at(3).waitMs == -1);

    // An error of the caller's stops the reading.
    int seen = 0;
    auto stopped = reader.value().read(day, extent.value(), [&](const Record&) -> Status {
        ++seen;
        return internalError(u"stop"_s);
    });
    CHECK_FALSE(stopped.ok());
    CHECK(seen == 1);
}
