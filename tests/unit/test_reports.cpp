#include "core/HallStore.h"
#include "core/Report.h"
#include "tests/support/QtStringMakers.h"
#include "tests/support/Require.h"
#include "tests/support/TestHall.h"
#include "tests/support/TicketFixtures.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>
#include <iostream>
#include <string>

using namespace Qt::Literals::StringLiterals;
using namespace antre;
using antre::test::fillTickets;
using antre::test::require;
using antre::test::TestHall;

namespace {

const QDate kMonday = TestHall::monday();
const QDate kTuesday = kMonday.addDays(1);
const QDate kSunday = kMonday.addDays(6);

Report build(TestHall& hall, QDate from, QDate to)
{
    return require(ReportBuilder(*hall.db).build(from, to, hall.clock.now()));
}

Report build(TestHall& hall, QDate day)
{
    return build(hall, day, day);
}

const ReportRow& row(const QList<ReportRow>& rows, const QString& key)
{
    for (const auto& r : rows)
        if (r.key == key)
            return r;
    FAIL("no row " << key.toStdString());
    return rows.constFirst();
}

const CounterStaffing& staffing(const Report& report, const QString& code)
{
    for (const auto& s : report.staffing)
        if (s.code == code)
            return s;
    FAIL("no staffing row " << code.toStdString());
    return report.staffing.constFirst();
}

void requireCounts(const ReportStats& s, int issued, int served, int noShow, int expired, int cancelled)
{
    CHECK(s.issued == issued);
    CHECK(s.served == served);
    CHECK(s.noShow == noShow);
    CHECK(s.expired == expired);
    CHECK(s.cancelled == cancelled);
}

void requireStaffing(const CounterStaffing& s, int scheduled, int open, int onBreak, int openInHours,
                     int unstaffed)
{
    INFO("booth " << s.code.toStdString());
    CHECK(s.scheduledMin == scheduled);
    CHECK(s.openMin == open);
    CHECK(s.breakMin == onBreak);
    CHECK(s.openInHoursMin == openInHours);
    CHECK(s.unstaffedMin == unstaffed);
}

bool isZero(const ReportStats& s)
{
    return s.issued == 0 && s.served == 0 && s.completed == 0 && s.noShow == 0 && s.expired == 0 &&
           s.cancelled == 0 && s.transferredIn == 0 && s.waitSamples == 0 && s.serviceSamples == 0 &&
           s.waitMean == 0 && s.waitMedian == 0 && s.waitP90 == 0 && s.waitMax == 0 &&
           s.withinTargetPct == 0 && s.serviceMean == 0 && s.serviceMedian == 0 && s.serviceP90 == 0;
}

// Calls the next ticket at a booth and starts serving it.
void callAndServe(TestHall& hall, const QString& counter)
{
    require(hall.engine->callNext(counter));
    require(hall.engine->startServing(counter));
}

// Monday at booth L3 (officer OFF2), service S2 (target 10 min), all issued in the 08 hour:
//   ticket  issued  called  serving  finished       wait  service
//   B-001   08:00   08:02   08:02    08:05 done      2     3
//   B-002   08:01   08:05   08:05    08:10 done      4     5
//   B-003   08:04   08:10   08:11    08:15 done      6     4
//   B-004   08:05   08:15   08:15    08:25 incompl. 10    10
//   B-005   08:06   08:26   no-show at 08:28       20     –
//   B-006   08:07   cancelled at 08:30              –     –
// L3 is open 08:00–08:30. The clock ends at 09:00.
void normalDay(TestHall& hall)
{
    const auto at = [&](int hour, int minute) { hall.setLocal(kMonday, QTime(hour, minute)); };
    at(8, 0);
    require(hall.engine->openCounter(u"L3"_s, u"OFF2"_s));
    require(hall.engine->issue(u"S2"_s, false));
    at(8, 1);
    require(hall.engine->issue(u"S2"_s, false));
    at(8, 2);
    callAndServe(hall, u"L3"_s);
    at(8, 4);
    require(hall.engine->issue(u"S2"_s, false));
    at(8, 5);
    require(hall.engine->finish(u"L3"_s, Outcome::Completed));
    require(hall.engine->issue(u"S2"_s, false));
    callAndServe(hall, u"L3"_s);
    at(8, 6);
    require(hall.engine->issue(u"S2"_s, false));
    at(8, 7);
    require(hall.engine->issue(u"S2"_s, false));
    at(8, 10);
    require(hall.engine->finish(u"L3"_s, Outcome::Completed));
    require(hall.engine->callNext(u"L3"_s));
    at(8, 11);
    require(hall.engine->startServing(u"L3"_s));
    at(8, 15);
    require(hall.engine->finish(u"L3"_s, Outcome::Completed));
    callAndServe(hall, u"L3"_s);
    at(8, 25);
    require(hall.engine->finish(u"L3"_s, Outcome::Incomplete));
    at(8, 26);
    require(hall.engine->callNext(u"L3"_s));
    at(8, 28);
    require(hall.engine->markNoShow(u"L3"_s));
    at(8, 30);
    require(hall.engine->cancel(TicketNumber(u"B"_s, 6)));
    require(hall.engine->closeCounter(u"L3"_s));
    at(9, 0);
}

void requireNormalDayStats(const ReportStats& s)
{
    requireCounts(s, 6, 4, 1, 0, 1);
    CHECK(s.completed == 3);
    CHECK(s.transferredIn == 0);
    CHECK(s.waitSamples == 5);
    CHECK(s.waitMean == Approx(8.4)); // (2 + 4 + 6 + 10 + 20) / 5
    CHECK(s.waitMedian == Approx(6));
    CHECK(s.waitP90 == Approx(20)); // nearest rank: ceil(0.9 × 5) = 5th of 5
    CHECK(s.waitMax == Approx(20));
    CHECK(s.withinTargetPct == Approx(80)); // 2, 4, 6, 10 are within 10 min (inclusive); 20 is not
    CHECK(s.serviceSamples == 4);
    CHECK(s.serviceMean == Approx(5.5));   // (3 + 5 + 4 + 10) / 4
    CHECK(s.serviceMedian == Approx(4.5)); // (4 + 5) / 2
    CHECK(s.serviceP90 == Approx(10));     // ceil(0.9 × 4) = 4th of 4
}

// The golden hall: names with a comma, quotes and non-ASCII letters exercise CSV quoting and UTF-8.
HallConfig goldenConfig()
{
    HallConfig config = TestHall::smallConfig();
    config.site.name = u"MPP Kota Serang — uji"_s;
    config.services[1].name = u"Izin \"AK/1\", kartu kuning"_s;
    return config;
}

QString goldenPath()
{
    return QString::fromUtf8(ANTRE_SOURCE_DIR) + u"/tests/data/report_golden.csv"_s;
}

// Runs SQL straight on the hall's database, as another program or an administrator could.
void execute(TestHall& hall, const QString& sql)
{
    const auto done = hall.db->write([&](QSqlDatabase& db) -> Status {
        auto r = Database::run(db, sql);
        return r.ok() ? Status(Done{}) : Status(r.error());
    });
    if (!done.ok())
        FAIL(done.error().message.toStdString());
}

QStringList column(TestHall& hall, const QString& sql)
{
    auto q = require(Database::run(hall.db->sql(), sql));
    QStringList values;
    while (q.next()) {
        const QVariant value = q.value(0);
        // A comparison reads as 1 or 0 on SQLite and as a boolean on PostgreSQL: the same truth either way.
        values << (value.typeId() == QMetaType::Bool ? QString::number(int(value.toBool()))
                                                     : value.toString());
    }
    return values;
}

QStringList summarisedDays(TestHall& hall)
{
    return column(hall, u"SELECT business_day FROM report_days ORDER BY business_day"_s);
}

bool sameStats(const ReportStats& a, const ReportStats& b)
{
    return a.issued == b.issued && a.served == b.served && a.completed == b.completed &&
           a.noShow == b.noShow && a.expired == b.expired && a.cancelled == b.cancelled &&
           a.transferredIn == b.transferredIn && a.waitSamples == b.waitSamples &&
           a.waitMean == Approx(b.waitMean) && a.waitMedian == b.waitMedian && a.waitP90 == b.waitP90 &&
           a.waitMax == b.waitMax && a.withinTargetPct == Approx(b.withinTargetPct) &&
           a.serviceSamples == b.serviceSamples && a.serviceMean == Approx(b.serviceMean) &&
           a.serviceMedian == b.serviceMedian && a.serviceP90 == b.serviceP90;
}

} // namespace

TEST_CASE("a normal day gives exact waits and service times", "[reports]")
{
    TestHall hall;
    normalDay(hall);
    const Report report = build(hall, kMonday);

    CHECK(report.siteName == u"Test Hall"_s);
    CHECK(report.timezone == u"Asia/Jakarta"_s);
    CHECK(report.asOf == TestHall::local(kMonday, QTime(9, 0)));
    requireNormalDayStats(report.total);

    SECTION("by service and agency: every active one is listed, in configuration order")
    {
        REQUIRE(report.byService.size() == 3);
        CHECK(report.byService.at(0).key == u"S1"_s);
        CHECK(report.byService.at(1).label == u"Service Two"_s);
        requireNormalDayStats(row(report.byService, u"S2"_s).stats);
        CHECK(isZero(row(report.byService, u"S1"_s).stats));
        CHECK(isZero(row(report.byService, u"S3"_s).stats));
        REQUIRE(report.byAgency.size() == 2);
        requireNormalDayStats(row(report.byAgency, u"AG1"_s).stats);
        CHECK(isZero(row(report.byAgency, u"AG2"_s).stats));
    }
    SECTION("by booth and officer: the tickets last handled there; a ticket never called is in none")
    {
        REQUIRE(report.byCounter.size() == 3);
        const ReportStats& l3 = row(report.byCounter, u"L3"_s).stats;
        requireCounts(l3, 5, 4, 1, 0, 0);
        CHECK(l3.waitMean == Approx(8.4));
        CHECK(isZero(row(report.byCounter, u"L1"_s).stats));
        REQUIRE(report.byOfficer.size() == 1);
        CHECK(report.byOfficer.at(0).key == u"OFF2"_s);
        CHECK(report.byOfficer.at(0).label == u"Officer Two"_s);
        requireCounts(report.byOfficer.at(0).stats, 5, 4, 1, 0, 0);
    }
    SECTION("by hour and day")
    {
        REQUIRE(report.byHour.size() == 1);
        CHECK(report.byHour.at(0).key == u"08"_s);
        CHECK(report.byHour.at(0).label == u"08.00–09.00"_s);
        requireNormalDayStats(report.byHour.at(0).stats);
        REQUIRE(report.byDay.size() == 1);
        CHECK(report.byDay.at(0).key == u"2026-11-23"_s);
        CHECK(report.byDay.at(0).label == u"Monday"_s);
        requireNormalDayStats(report.byDay.at(0).stats);
    }
    SECTION("histogram and served per hour of first call")
    {
        CHECK(report.waitHistogram == QList<int>{2, 1, 1, 1, 0, 0});
        QList<int> served(24, 0);
        served[8] = 4;
        CHECK(report.servedByHour == served);
        CHECK(ReportBuilder::histogramLabels() ==
              QStringList{u"0–5"_s, u"5–10"_s, u"10–15"_s, u"15–30"_s, u"30–60"_s, u"60+"_s});
    }
    SECTION("staffing of the day so far: scheduled hours count up to now (09:00)")
    {
        REQUIRE(report.staffing.size() == 3);
        requireStaffing(staffing(report, u"L3"_s), 60, 30, 0, 30, 30);
        requireStaffing(staffing(report, u"L1"_s), 60, 0, 0, 0, 60);
        requireStaffing(staffing(report, u"L2"_s), 60, 0, 0, 0, 60);
    }
    SECTION("staffing of the whole day, once it is over")
    {
        hall.setLocal(kTuesday, QTime(9, 0));
        const Report over = build(hall, kMonday);
        requireStaffing(staffing(over, u"L3"_s), 480, 30, 0, 30, 450);
        requireStaffing(staffing(over, u"L1"_s), 480, 0, 0, 0, 480); // S1 ∪ S2 = 08:00–16:00
        requireStaffing(staffing(over, u"L2"_s), 360, 0, 0, 0, 360); // S1: 08:00–12:00, 13:00–15:00
    }
}

TEST_CASE("percentiles use the nearest rank, medians the midpoint, targets are inclusive", "[reports]")
{
    TestHall hall;
    hall.setLocal(kMonday, QTime(8, 0));
    require(hall.engine->openCounter(u"L3"_s, u"OFF2"_s));
    for (int i = 0; i < 10; ++i)
        require(hall.engine->issue(u"S2"_s, false));
    // Ticket k is called k minutes after issue and served for one minute: waits 1, 2, …, 10.
    for (int k = 1; k <= 10; ++k) {
        hall.setLocal(QTime(8, k));
        if (k > 1)
            require(hall.engine->finish(u"L3"_s, Outcome::Completed));
        callAndServe(hall, u"L3"_s);
    }
    hall.setLocal(QTime(8, 11));
    require(hall.engine->finish(u"L3"_s, Outcome::Completed));

    const ReportStats s = build(hall, kMonday).total;
    CHECK(s.waitSamples == 10);
    CHECK(s.waitMean == Approx(5.5));
    CHECK(s.waitMedian == Approx(5.5));
    CHECK(s.waitP90 == Approx(9)); // ceil(0.9 × 10) = 9th smallest
    CHECK(s.waitMax == Approx(10));
    CHECK(s.withinTargetPct == Approx(100)); // the 10-minute wait meets the 10-minute target
    CHECK(s.serviceMean == Approx(1));
    CHECK(s.serviceMedian == Approx(1));
    CHECK(s.serviceP90 == Approx(1));
    CHECK(build(hall, kMonday).waitHistogram == QList<int>{4, 5, 1, 0, 0, 0});
}

TEST_CASE("an empty day has zeros and its day row", "[reports]")
{
    TestHall hall;
    hall.setLocal(kSunday, QTime(12, 0));
    const Report report = build(hall, kSunday);
    CHECK(isZero(report.total));
    REQUIRE(report.byDay.size() == 1);
    CHECK(report.byDay.at(0).key == u"2026-11-29"_s);
    CHECK(report.byDay.at(0).label == u"Sunday"_s);
    CHECK(isZero(report.byDay.at(0).stats));
    CHECK(report.byHour.isEmpty());
    CHECK(report.byOfficer.isEmpty());
    CHECK(report.byService.size() == 3);
    CHECK(report.byCounter.size() == 3);
    CHECK(report.waitHistogram == QList<int>(6, 0));
    CHECK(report.servedByHour == QList<int>(24, 0));
    REQUIRE(report.staffing.size() == 3);
    for (const auto& s : report.staffing)
        requireStaffing(s, 0, 0, 0, 0, 0); // no service opens on Sunday

    const QByteArray csv = ReportBuilder::toCsv(report);
    CHECK(csv.contains("by_day\r\nkey,label,"));
    CHECK(csv.contains("\r\n2026-11-29,Sunday,0,0,0,0,0,0,0,0,0.0,0.0,0.0,0.0,0.0,0,0.0,0.0,0.0\r\n"));
    CHECK(ReportBuilder::toText(report).contains(u"(none)"_s));
}

TEST_CASE("a transfer counts the issue in the first service and the rest in the last", "[reports]")
{
    TestHall hall;
    const auto at = [&](int minute) { hall.setLocal(kMonday, QTime(9, minute)); };
    at(0);
    require(hall.engine->openCounter(u"L1"_s, u"OFF1"_s)); // S1, S2
    require(hall.engine->openCounter(u"L2"_s, QString())); // S1, no officer
    require(hall.engine->issue(u"S1"_s, false));
    at(1);
    require(hall.engine->issue(u"S1"_s, false));
    at(2);
    require(hall.engine->callNext(u"L1"_s)); // A-001, wait 2
    at(3);
    require(hall.engine->transfer(u"L1"_s, u"S2"_s)); // same agency
    require(hall.engine->callNext(u"L2"_s));          // A-002, wait 2
    at(4);
    require(hall.engine->transfer(u"L2"_s, u"S3"_s)); // to agency AG2; still waiting there
    at(5);
    const CallInfo again = require(hall.engine->callNext(u"L1"_s));
    CHECK(again.number == TicketNumber(u"A"_s, 1));
    require(hall.engine->startServing(u"L1"_s));
    at(9);
    require(hall.engine->finish(u"L1"_s, Outcome::Completed));
    at(10);

    const Report report = build(hall, kMonday);
    const ReportStats& s1 = row(report.byService, u"S1"_s).stats;
    const ReportStats& s2 = row(report.byService, u"S2"_s).stats;
    const ReportStats& s3 = row(report.byService, u"S3"_s).stats;
    CHECK(s1.issued == 2);
    CHECK(s1.served == 0);
    CHECK(s1.transferredIn == 0);
    CHECK(s1.waitSamples == 0); // the waits belong to the services the tickets ended in
    CHECK(s2.issued == 0);
    CHECK(s2.served == 1);
    CHECK(s2.transferredIn == 1);
    CHECK(s2.waitSamples == 1);
    CHECK(s2.waitMean == Approx(2)); // first call − issue, although the ticket was called twice
    CHECK(s2.withinTargetPct == Approx(100));
    CHECK(s2.serviceMean == Approx(4)); // service in S2 only: 09:05–09:09
    CHECK(s3.issued == 0);
    CHECK(s3.transferredIn == 1);
    CHECK(s3.waitSamples == 1);
    CHECK(s3.served + s3.expired == 0); // still waiting in S3

    CHECK(row(report.byAgency, u"AG1"_s).stats.issued == 2);
    CHECK(row(report.byAgency, u"AG1"_s).stats.transferredIn == 0); // S1 → S2 stays in AG1
    CHECK(row(report.byAgency, u"AG2"_s).stats.issued == 0);
    CHECK(row(report.byAgency, u"AG2"_s).stats.transferredIn == 1);
    CHECK(report.total.issued == 2);
    CHECK(report.total.transferredIn == 2);
    CHECK(row(report.byCounter, u"L1"_s).stats.served == 1);
    CHECK(row(report.byCounter, u"L2"_s).stats.issued == 0); // A-002 left L2 when it was transferred
}

TEST_CASE("tickets left over at the end of a day count as expired on that day", "[reports]")
{
    TestHall hall;
    hall.setLocal(kMonday, QTime(10, 0));
    require(hall.engine->openCounter(u"L3"_s, u"OFF2"_s));
    require(hall.engine->issue(u"S2"_s, false)); // B-001: called, never served
    require(hall.engine->issue(u"S2"_s, false)); // B-002: never called
    hall.setLocal(QTime(10, 5));
    require(hall.engine->callNext(u"L3"_s));

    hall.setLocal(QTime(17, 0));
    const Report sameDay = build(hall, kMonday);
    requireCounts(sameDay.total, 2, 0, 0, 0, 0);
    CHECK(sameDay.total.waitSamples == 1);
    requireStaffing(staffing(sameDay, u"L3"_s), 480, 420, 0, 360, 120); // open 10:00–now (17:00)

    hall.setLocal(kTuesday, QTime(9, 0));
    const auto requireExpiredMonday = [&](const Report& report) {
        requireCounts(report.total, 2, 0, 0, 2, 0);
        requireCounts(row(report.byDay, u"2026-11-23"_s).stats, 2, 0, 0, 2, 0);
        requireCounts(row(report.byService, u"S2"_s).stats, 2, 0, 0, 2, 0);
        requireCounts(row(report.byCounter, u"L3"_s).stats, 1, 0, 0, 1, 0); // only B-001 reached a booth
        // The booth left open is counted up to the end of Monday, where the rollover closes it.
        requireStaffing(staffing(report, u"L3"_s), 480, 840, 0, 360, 120);
    };
    SECTION("before the engine's rollover")
    {
        requireExpiredMonday(build(hall, kMonday));
    }
    SECTION("after the engine's rollover")
    {
        require(hall.engine->rollOver());
        requireExpiredMonday(build(hall, kMonday));
    }
    SECTION("the next day stays clean")
    {
        const Report both = build(hall, kMonday, kTuesday);
        requireCounts(both.total, 2, 0, 0, 2, 0);
        REQUIRE(both.byDay.size() == 2);
        CHECK(isZero(row(both.byDay, u"2026-11-24"_s).stats));
    }
}

TEST_CASE("no-shows and cancellations are counted, and a requeued no-show that is served is served",
          "[reports]")
{
    TestHall hall;
    const auto at = [&](int minute) { hall.setLocal(kMonday, QTime(9, minute)); };
    at(0);
    require(hall.engine->openCounter(u"L3"_s, u"OFF2"_s));
    for (int i = 0; i < 3; ++i)
        require(hall.engine->issue(u"S2"_s, false)); // B-001 … B-003
    at(1);
    require(hall.engine->callNext(u"L3"_s)); // B-001, wait 1
    at(2);
    require(hall.engine->markNoShow(u"L3"_s));
    require(hall.engine->cancel(TicketNumber(u"B"_s, 2)));
    at(3);
    callAndServe(hall, u"L3"_s); // B-003, wait 3
    at(5);
    require(hall.engine->finish(u"L3"_s, Outcome::Completed));
    at(6);
    require(hall.engine->requeue(TicketNumber(u"B"_s, 1)));
    at(7);
    callAndServe(hall, u"L3"_s); // B-001 again
    at(10);
    require(hall.engine->finish(u"L3"_s, Outcome::Referred));
    require(hall.engine->issue(u"S2"_s, false)); // B-004, wait 1, no-show
    at(11);
    require(hall.engine->callNext(u"L3"_s));
    at(12);
    require(hall.engine->markNoShow(u"L3"_s));

    const ReportStats s = build(hall, kMonday).total;
    requireCounts(s, 4, 2, 1, 0, 1);
    CHECK(s.completed == 1); // B-001 was referred: served, not completed
    CHECK(s.waitSamples == 3);
    CHECK(s.waitMean == Approx(5.0 / 3)); // B-001 waited until its first call: 1, 3, 1
    CHECK(s.serviceSamples == 2);
    CHECK(s.serviceMean == Approx(2.5)); // 2 and 3
}

TEST_CASE("by hour uses the local hour of issue, served per hour the first call", "[reports]")
{
    TestHall hall;
    for (const QTime time : {QTime(8, 30), QTime(9, 10), QTime(9, 50)}) {
        hall.setLocal(kMonday, time);
        require(hall.engine->issue(u"S2"_s, false));
    }
    hall.setLocal(QTime(9, 55));
    require(hall.engine->openCounter(u"L3"_s, u"OFF2"_s));
    callAndServe(hall, u"L3"_s); // the 08:30 ticket, first called in the 09 hour
    hall.setLocal(QTime(10, 0));
    require(hall.engine->finish(u"L3"_s, Outcome::Completed));
    hall.setLocal(QTime(13, 5));
    require(hall.engine->issue(u"S2"_s, false));

    const Report report = build(hall, kMonday);
    REQUIRE(report.byHour.size() == 3);
    CHECK(report.byHour.at(0).key == u"08"_s);
    CHECK(report.byHour.at(1).key == u"09"_s);
    CHECK(report.byHour.at(2).key == u"13"_s);
    CHECK(report.byHour.at(2).label == u"13.00–14.00"_s);
    CHECK(report.byHour.at(0).stats.issued == 1);
    CHECK(report.byHour.at(0).stats.served == 1);
    CHECK(report.byHour.at(0).stats.waitMean == Approx(85)); // 08:30 → 09:55
    CHECK(report.byHour.at(1).stats.issued == 2);
    CHECK(report.byHour.at(2).stats.issued == 1);
    CHECK(report.servedByHour.at(9) == 1);
    CHECK(report.servedByHour.at(8) == 0);
    CHECK(report.waitHistogram == QList<int>{0, 0, 0, 0, 0, 1});
}

TEST_CASE("officer rows follow the officer across booths", "[reports]")
{
    TestHall hall;
    const auto at = [&](int minute) { hall.setLocal(kMonday, QTime(9, minute)); };
    at(0);
    require(hall.engine->openCounter(u"L1"_s, u"OFF1"_s));
    require(hall.engine->openCounter(u"L3"_s, u"OFF2"_s));
    const char16_t* services[] = {u"S1", u"S2", u"S1", u"S2", u"S1"}; // A-001 B-001 A-002 B-002 A-003
    for (int i = 0; i < 5; ++i) {
        at(i);
        require(hall.engine->issue(QString::fromUtf16(services[i]), false));
    }
    at(5);
    callAndServe(hall, u"L3"_s); // B-001
    callAndServe(hall, u"L1"_s);
    at(8);
    require(hall.engine->finish(u"L1"_s, Outcome::Completed));
    callAndServe(hall, u"L1"_s); // B-001 is gone, so A-002 (09:02) before B-002 (09:03)
    at(10);
    require(hall.engine->finish(u"L1"_s, Outcome::Completed));
    require(hall.engine->finish(u"L3"_s, Outcome::Completed));
    require(hall.engine->closeCounter(u"L1"_s));
    at(11);
    require(hall.engine->openCounter(u"L2"_s, u"OFF1"_s));
    callAndServe(hall, u"L2"_s);
    at(15);
    require(hall.engine->finish(u"L2"_s, Outcome::Completed));

    const Report report = build(hall, kMonday);
    REQUIRE(report.byOfficer.size() == 2); // the supervisor handled nothing
    CHECK(report.byOfficer.at(0).key == u"OFF1"_s);
    CHECK(report.byOfficer.at(0).label == u"Officer One"_s);
    requireCounts(report.byOfficer.at(0).stats, 3, 3, 0, 0, 0);
    CHECK(report.byOfficer.at(1).key == u"OFF2"_s);
    requireCounts(report.byOfficer.at(1).stats, 1, 1, 0, 0, 0);
    CHECK(row(report.byCounter, u"L1"_s).stats.served == 2);
    CHECK(row(report.byCounter, u"L2"_s).stats.served == 1);
    CHECK(row(report.byCounter, u"L3"_s).stats.served == 1);
    requireCounts(report.total, 5, 4, 0, 0, 0); // B-002 still waits
}

TEST_CASE("staffing measures open, break and unstaffed minutes within opening hours", "[reports]")
{
    HallConfig config = TestHall::smallConfig();
    for (int day = 1; day <= 5; ++day) // S1 (booth L2 serves only S1) opens 08:00–12:00
        config.services[0].hours[day] = {TimeRange{QTime(8, 0), QTime(12, 0)}};
    TestHall hall(config);
    const auto at = [&](int hour, int minute) { hall.setLocal(kMonday, QTime(hour, minute)); };
    at(7, 30);
    require(hall.engine->openCounter(u"L1"_s, QString())); // before opening hours
    at(8, 0);
    require(hall.engine->openCounter(u"L2"_s, u"OFF1"_s));
    at(8, 30);
    require(hall.engine->closeCounter(u"L1"_s));
    at(10, 0);
    require(hall.engine->startBreak(u"L2"_s, u"Sholat"_s));
    at(10, 30);
    require(hall.engine->resumeCounter(u"L2"_s));
    at(11, 0);
    require(hall.engine->closeCounter(u"L2"_s));
    at(14, 0);
    require(hall.engine->openCounter(u"L1"_s, QString())); // still open when the report is made
    at(15, 0);

    const Report monday = build(hall, kMonday);
    requireStaffing(staffing(monday, u"L2"_s), 240, 150, 30, 150, 60);
    // L1 serves S1 ∪ S2 = 08:00–16:00, of which 08:00–15:00 has passed; open 07:30–08:30 and 14:00–now.
    requireStaffing(staffing(monday, u"L1"_s), 420, 120, 0, 90, 330);
    requireStaffing(staffing(monday, u"L3"_s), 420, 0, 0, 0, 420);

    hall.setLocal(kTuesday, QTime(9, 0));
    SECTION("a booth left open counts until the end of its day")
    {
        requireStaffing(staffing(build(hall, kMonday), u"L1"_s), 480, 660, 0, 150, 330);
        require(hall.engine->rollOver());
        requireStaffing(staffing(build(hall, kMonday), u"L1"_s), 480, 660, 0, 150, 330);
    }
    SECTION("two days add up; Tuesday so far (08:00–09:00) is unstaffed")
    {
        const Report both = build(hall, kMonday, kTuesday);
        requireStaffing(staffing(both, u"L2"_s), 300, 150, 30, 150, 120);
        requireStaffing(staffing(both, u"L1"_s), 540, 660, 0, 150, 390);
        requireStaffing(staffing(both, u"L3"_s), 540, 0, 0, 0, 540);
    }
}

TEST_CASE("a week has one row per day and adds up", "[reports]")
{
    TestHall hall;
    hall.setLocal(kMonday, QTime(9, 0));
    require(hall.engine->issue(u"S2"_s, false)); // never called: expires
    const QDate wednesday = kMonday.addDays(2);
    hall.setLocal(wednesday, QTime(10, 0));
    require(hall.engine->openCounter(u"L3"_s, u"OFF2"_s));
    require(hall.engine->issue(u"S2"_s, false));
    hall.setLocal(QTime(10, 3));
    callAndServe(hall, u"L3"_s);
    hall.setLocal(QTime(10, 8));
    require(hall.engine->finish(u"L3"_s, Outcome::Completed));
    require(hall.engine->closeCounter(u"L3"_s));
    hall.setLocal(kMonday.addDays(4), QTime(11, 0));
    require(hall.engine->issue(u"S1"_s, false));
    hall.setLocal(QTime(11, 5));
    require(hall.engine->cancel(TicketNumber(u"A"_s, 1)));
    hall.setLocal(kSunday, QTime(12, 0));

    const Report week = build(hall, kMonday, kSunday);
    requireCounts(week.total, 3, 1, 0, 1, 1);
    CHECK(week.total.waitMean == Approx(3));
    REQUIRE(week.byDay.size() == 7);
    const QStringList weekdays{u"Monday"_s, u"Tuesday"_s,  u"Wednesday"_s, u"Thursday"_s,
                               u"Friday"_s, u"Saturday"_s, u"Sunday"_s};
    for (int i = 0; i < 7; ++i) {
        CHECK(week.byDay.at(i).key == kMonday.addDays(i).toString(Qt::ISODate));
        CHECK(week.byDay.at(i).label == weekdays.at(i));
    }
    requireCounts(week.byDay.at(0).stats, 1, 0, 0, 1, 0);
    requireCounts(week.byDay.at(2).stats, 1, 1, 0, 0, 0);
    requireCounts(week.byDay.at(4).stats, 1, 0, 0, 0, 1);
    for (const int empty : {1, 3, 5, 6})
        CHECK(isZero(week.byDay.at(empty).stats));
    REQUIRE(week.byHour.size() == 3);
    CHECK(week.byHour.at(0).key == u"09"_s);
    CHECK(week.byHour.at(1).key == u"10"_s);
    CHECK(week.byHour.at(2).key == u"11"_s);
    // S1 Mon–Fri 6 h; S2 Mon–Sat 8 h; S3 Tuesday 08–12 lies within S2's hours.
    requireStaffing(staffing(week, u"L2"_s), 5 * 360, 0, 0, 0, 5 * 360);
    requireStaffing(staffing(week, u"L1"_s), 6 * 480, 0, 0, 0, 6 * 480);
    requireStaffing(staffing(week, u"L3"_s), 6 * 480, 8, 0, 8, 6 * 480 - 8);
}

TEST_CASE("an invalid period is refused", "[reports]")
{
    TestHall hall;
    ReportBuilder builder(*hall.db);
    const auto refused = builder.build(kTuesday, kMonday, hall.clock.now());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::BadInput);
    CHECK_FALSE(builder.build(QDate(), kMonday, hall.clock.now()).ok());
}

TEST_CASE("CSV export matches the golden file byte for byte", "[reports]")
{
    TestHall hall(goldenConfig());
    normalDay(hall);
    const QByteArray csv = ReportBuilder::toCsv(build(hall, kMonday));
    CHECK(csv.startsWith("\xEF\xBB\xBF"));
    CHECK(csv.count("\n") == csv.count("\r\n")); // CRLF only
    CHECK(csv.endsWith("\r\n"));
    CHECK(csv.contains("\"Izin \"\"AK/1\"\", kartu kuning\""));

    QFile golden(goldenPath());
    if (qEnvironmentVariableIsSet("ANTRE_UPDATE_GOLDEN")) {
        // Rewrites the file; review the diff by hand before keeping it.
        REQUIRE(golden.open(QIODevice::WriteOnly));
        golden.write(csv);
        golden.close();
    }
    REQUIRE(golden.open(QIODevice::ReadOnly));
    const QByteArray expected = golden.readAll();
    const bool same = csv == expected;
    if (!same)
        std::cout << "actual CSV:\n" << csv.toStdString() << '\n';
    CHECK(same);
}

TEST_CASE("JSON and text exports carry the same numbers", "[reports]")
{
    TestHall hall(goldenConfig());
    normalDay(hall);
    const Report report = build(hall, kMonday);
    const QJsonObject json = ReportBuilder::toJson(report);

    const QJsonObject meta = json.value(u"report"_s).toObject();
    CHECK(meta.value(u"site"_s).toString() == u"MPP Kota Serang — uji"_s);
    CHECK(meta.value(u"from"_s).toString() == u"2026-11-23"_s);
    CHECK(meta.value(u"as_of"_s).toString() == u"2026-11-23T09:00:00+07:00"_s);

    const auto requireSame = [](const QJsonObject& o, const ReportStats& s) {
        CHECK(o.value(u"issued"_s).toInt() == s.issued);
        CHECK(o.value(u"served"_s).toInt() == s.served);
        CHECK(o.value(u"completed"_s).toInt() == s.completed);
        CHECK(o.value(u"no_show"_s).toInt() == s.noShow);
        CHECK(o.value(u"expired"_s).toInt() == s.expired);
        CHECK(o.value(u"cancelled"_s).toInt() == s.cancelled);
        CHECK(o.value(u"transferred_in"_s).toInt() == s.transferredIn);
        CHECK(o.value(u"wait_samples"_s).toInt() == s.waitSamples);
        CHECK(o.value(u"wait_mean_min"_s).toDouble() == Approx(s.waitMean).margin(0.05));
        CHECK(o.value(u"wait_median_min"_s).toDouble() == Approx(s.waitMedian).margin(0.05));
        CHECK(o.value(u"wait_p90_min"_s).toDouble() == Approx(s.waitP90).margin(0.05));
        CHECK(o.value(u"wait_max_min"_s).toDouble() == Approx(s.waitMax).margin(0.05));
        CHECK(o.value(u"within_target_pct"_s).toDouble() == Approx(s.withinTargetPct).margin(0.05));
        CHECK(o.value(u"service_samples"_s).toInt() == s.serviceSamples);
        CHECK(o.value(u"service_mean_min"_s).toDouble() == Approx(s.serviceMean).margin(0.05));
        CHECK(o.value(u"service_median_min"_s).toDouble() == Approx(s.serviceMedian).margin(0.05));
        CHECK(o.value(u"service_p90_min"_s).toDouble() == Approx(s.serviceP90).margin(0.05));
    };
    requireSame(json.value(u"total"_s).toObject(), report.total);
    CHECK(json.value(u"total"_s).toObject().value(u"wait_mean_min"_s).toDouble() == 8.4);
    const std::pair<const char16_t*, const QList<ReportRow>*> groupings[] = {
        {u"by_service", &report.byService}, {u"by_agency", &report.byAgency},
        {u"by_counter", &report.byCounter}, {u"by_officer", &report.byOfficer},
        {u"by_hour", &report.byHour},       {u"by_day", &report.byDay}};
    for (const auto& [key, rows] : groupings) {
        const QJsonArray array = json.value(QString::fromUtf16(key)).toArray();
        REQUIRE(array.size() == rows->size());
        for (qsizetype i = 0; i < rows->size(); ++i) {
            CHECK(array.at(i).toObject().value(u"key"_s).toString() == rows->at(i).key);
            requireSame(array.at(i).toObject(), rows->at(i).stats);
        }
    }
    const QJsonArray staffingJson = json.value(u"staffing"_s).toArray();
    REQUIRE(staffingJson.size() == report.staffing.size());
    for (qsizetype i = 0; i < staffingJson.size(); ++i) {
        const QJsonObject o = staffingJson.at(i).toObject();
        const CounterStaffing& s = report.staffing.at(i);
        CHECK(o.value(u"code"_s).toString() == s.code);
        CHECK(o.value(u"scheduled_min"_s).toInt() == s.scheduledMin);
        CHECK(o.value(u"open_min"_s).toInt() == s.openMin);
        CHECK(o.value(u"break_min"_s).toInt() == s.breakMin);
        CHECK(o.value(u"open_in_hours_min"_s).toInt() == s.openInHoursMin);
        CHECK(o.value(u"unstaffed_min"_s).toInt() == s.unstaffedMin);
    }
    const QJsonArray histogram = json.value(u"wait_histogram"_s).toArray();
    REQUIRE(histogram.size() == 6);
    for (qsizetype i = 0; i < 6; ++i) {
        CHECK(histogram.at(i).toObject().value(u"bucket_min"_s).toString() ==
              ReportBuilder::histogramLabels().at(i));
        CHECK(histogram.at(i).toObject().value(u"tickets"_s).toInt() == report.waitHistogram.at(i));
    }
    const QJsonArray served = json.value(u"served_by_hour"_s).toArray();
    REQUIRE(served.size() == 24);
    CHECK(served.at(8).toObject().value(u"served"_s).toInt() == 4);

    const QString text = ReportBuilder::toText(report);
    CHECK(text.contains(u"MPP Kota Serang — uji — queue report 2026-11-23"_s));
    CHECK(text.contains(u"By service"_s));
    CHECK(text.contains(u"8.4"_s));
    CHECK(text.contains(u"Officer Two"_s));
}

// Not run by default: `antre_unit_tests "[reports-bench]"`. Fills a year of a busy hall (3 million tickets)
// and times daily, monthly and annual reports. Budgets: 100 ms, 1 s, 3 s.
TEST_CASE("a past day is summarised by its first report, and later reports read the summary", "[reports]")
{
    TestHall hall(goldenConfig());
    normalDay(hall);
    hall.setLocal(kTuesday, QTime(9, 0));
    require(hall.engine->issue(u"S2"_s, false));
    REQUIRE(summarisedDays(hall).isEmpty());
    const QByteArray first = ReportBuilder::toCsv(build(hall, kMonday));
    REQUIRE(summarisedDays(hall) == QStringList{u"2026-11-23"_s});
    const Report again = build(hall, kMonday);
    requireNormalDayStats(again.total);
    CHECK(ReportBuilder::toCsv(again) == first);

    SECTION("any change to the day's tickets sets its summary aside")
    {
        // Written behind the engine's back: the triggers see every writer.
        execute(hall,
                u"UPDATE tickets SET status = 'cancelled' WHERE business_day = '2026-11-23' AND seq = 5"_s);
        const Report changed = build(hall, kMonday);
        requireCounts(changed.total, 6, 4, 0, 0, 2);
        CHECK(ReportBuilder::toCsv(build(hall, kMonday)) == ReportBuilder::toCsv(changed));
        CHECK(column(hall, u"SELECT r.revision = d.revision FROM report_days r JOIN day_revisions d "
                           u"USING (business_day)"_s) == QStringList{u"1"_s});
    }
    SECTION("a damaged summary is not used, and is made again")
    {
        execute(hall, antre::test::onPostgres() ? u"UPDATE report_days SET data = '\\x0102'::bytea"_s
                                                : u"UPDATE report_days SET data = x'0102'"_s);
        CHECK(ReportBuilder::toCsv(build(hall, kMonday)) == first);
        CHECK(column(hall, u"SELECT length(data) > 2 FROM report_days"_s) == QStringList{u"1"_s});
    }
    SECTION("a summary made in another time zone is not used")
    {
        execute(hall, u"UPDATE report_days SET timezone = 'Asia/Makassar'"_s);
        CHECK(ReportBuilder::toCsv(build(hall, kMonday)) == first);
        CHECK(column(hall, u"SELECT timezone FROM report_days"_s) == QStringList{u"Asia/Jakarta"_s});
    }
    SECTION("today and later days are never summarised")
    {
        const Report week = build(hall, kMonday, kSunday);
        CHECK(week.total.issued == 7);
        CHECK(summarisedDays(hall) == QStringList{u"2026-11-23"_s});
    }
    SECTION("a summary that differs from its tickets is found and can be removed")
    {
        ReportBuilder builder(*hall.db);
        CHECK(require(builder.mismatchedSummaries()).isEmpty());
        // Only possible behind the triggers' back.
        execute(hall, antre::test::dropTriggerStatement(u"tickets_update_revises_day"_s));
        execute(hall,
                u"UPDATE tickets SET status = 'cancelled' WHERE business_day = '2026-11-23' AND seq = 5"_s);
        CHECK(ReportBuilder::toCsv(build(hall, kMonday)) == first); // the summary, now out of date
        CHECK(require(builder.mismatchedSummaries()) == QStringList{u"2026-11-23"_s});
        REQUIRE(builder.forgetSummaries({u"2026-11-23"_s}).ok());
        requireCounts(build(hall, kMonday).total, 6, 4, 0, 0, 2);
        CHECK(require(builder.mismatchedSummaries()).isEmpty());
    }
    SECTION("a read-only connection reports the same without summarising")
    {
        execute(hall, u"DELETE FROM report_days"_s);
        auto readOnly = require(Database::open(hall.path(), Database::Mode::ReadOnly));
        const Report report = require(ReportBuilder(*readOnly).build(kMonday, kMonday, hall.clock.now()));
        CHECK(ReportBuilder::toCsv(report) == first);
        CHECK(summarisedDays(hall).isEmpty());
    }
}

TEST_CASE("a long period, read by two connections, adds up to its days exactly", "[reports]")
{
    // 8 days of 4000 tickets: enough for a second connection to read half of them
    // (report/ParallelDayReader.h, kParallelMinCost).
    TestHall hall;
    const QDate first = kMonday.addDays(-14);
    const int days = 8;
    const int perDay = 4000;
    fillTickets(hall, first, days, perDay);
    hall.setLocal(kMonday, QTime(9, 0));
    const QDate last = first.addDays(days - 1);
    const Report whole = build(hall, first, last);
    CHECK(whole.total.issued == days * perDay);
    CHECK(whole.total.served ==
          column(hall, u"SELECT count(*) FROM tickets WHERE status = 'done'"_s).value(0).toInt());
    CHECK(summarisedDays(hall).size() == days);
    execute(hall, u"DELETE FROM report_days"_s);
    for (int i = 0; i < days; ++i) {
        INFO("day " << i);
        CHECK(sameStats(whole.byDay.at(i).stats, build(hall, first.addDays(i)).total));
    }
    // Read again from the summaries the single days left: the same report, byte for byte.
    CHECK(ReportBuilder::toCsv(build(hall, first, last)) == ReportBuilder::toCsv(whole));
}

TEST_CASE("a version 1 database gains the later tables when opened, keeping its tickets", "[reports][sqlite]")
{
    TestHall hall;
    normalDay(hall);
    for (const auto* statement :
         {u"DROP TRIGGER tickets_insert_revises_day", u"DROP TRIGGER tickets_update_revises_day",
          u"DROP TRIGGER tickets_delete_revises_day", u"DROP TABLE day_revisions", u"DROP TABLE report_days",
          u"DROP TABLE config_history", u"DROP TABLE issue_requests", u"DROP TABLE survey_responses",
          u"DROP TABLE complaint_notes", u"DROP TABLE complaints", u"DROP TABLE site_holidays",
          u"DROP TABLE complaint_sla", u"PRAGMA user_version = 1"})
        execute(hall, QString::fromUtf16(statement));
    hall.engine.reset();
    hall.staff.reset();
    hall.db = require(Database::open(hall.path()));
    CHECK(column(hall, u"PRAGMA user_version"_s) == QStringList{QString::number(Database::kSchemaVersion)});
    hall.setLocal(kTuesday, QTime(9, 0));
    requireNormalDayStats(build(hall, kMonday).total);
    CHECK(summarisedDays(hall) == QStringList{u"2026-11-23"_s});
}

TEST_CASE("staffing of past days uses the opening hours in force on each day", "[reports]")
{
    // L2 serves S1, open Monday to Friday 6 h a day. From Wednesday noon S1 opens 4 h a day (08:00–12:00).
    TestHall hall;
    SECTION("as recorded since the hall was set up") {}
    SECTION("in a hall set up before configurations were recorded")
    {
        execute(hall, u"DELETE FROM config_history"_s);
    }
    HallConfig shorter = TestHall::smallConfig();
    for (auto& service : shorter.services)
        if (service.code == u"S1")
            for (int day = 1; day <= 5; ++day)
                service.hours[day] = {TimeRange{QTime(8, 0), QTime(12, 0)}};
    hall.setLocal(kMonday.addDays(2), QTime(12, 0));
    REQUIRE(HallStore(*hall.db, hall.clock).import(shorter).ok());
    hall.setLocal(kMonday.addDays(7), QTime(9, 0));

    const Report week = build(hall, kMonday, kSunday);
    requireStaffing(staffing(week, u"L2"_s), 2 * 360 + 3 * 240, 0, 0, 0, 2 * 360 + 3 * 240);
    // The next Monday has the new hours only.
    hall.setLocal(kMonday.addDays(8), QTime(9, 0));
    CHECK(staffing(build(hall, kMonday.addDays(7)), u"L2"_s).scheduledMin == 240);
    CHECK(column(hall, u"SELECT count(*) FROM config_history"_s) == QStringList{u"2"_s});
}

TEST_CASE("report speed on a year of tickets", "[.][reports-bench]")
{
    TestHall hall;
    const int perDay = 8220;
    const QDate first(2026, 1, 1);
    QElapsedTimer fill;
    fill.start();
    // Generated in SQL: one ticket every 3 s from 08:00, waits of 0–59 min, service of 0–19 min; one ticket
    // in ten is a no-show and one expired.
    fillTickets(hall, first, 365, perDay);
    std::cout << "filled in " << fill.elapsed() << " ms\n";
    hall.setLocal(QDate(2027, 1, 10), QTime(9, 0));
    ReportBuilder builder(*hall.db);
    struct Span
    {
        const char* name;
        QDate from;
        QDate to;
    };
    const QDate day = first.addDays(100);
    for (const Span& span : {Span{"day", day, day}, Span{"month", day, day.addDays(30)},
                             Span{"year", first, first.addDays(364)}}) {
        QElapsedTimer timer;
        timer.start();
        const auto report = builder.build(span.from, span.to, hall.clock.now());
        REQUIRE(report.ok());
        std::cout << span.name << ": " << report.value().total.issued << " tickets in " << timer.elapsed()
                  << " ms\n";
    }
}
