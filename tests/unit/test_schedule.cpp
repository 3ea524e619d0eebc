#include "core/ConfigIo.h"
#include "core/Schedule.h"
#include "tests/support/QtStringMakers.h"

#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>
#include <string>

using namespace Qt::Literals::StringLiterals;
using namespace antre;
using State = Availability::State;

namespace {

const QDate kMonday{2026, 11, 23};
const QDate kTuesday{2026, 11, 24};
const QDate kWednesday{2026, 11, 25};
const QDate kFriday{2026, 11, 27};
const QDate kSaturday{2026, 11, 28};
const QDate kChristmas{2026, 12, 25}; // a Friday
const QDate kRamadanMonday{2027, 2, 8};

TimeRange range(int fromHour, int fromMinute, int toHour, int toMinute)
{
    return {QTime(fromHour, fromMinute), QTime(toHour, toMinute)};
}

// Mon & Wed 08:00-12:00 + 13:00-15:30, Fri short (08:00-11:00 + 13:30-15:30), Sat one morning range,
// cutoff 30 min, quota 50, closed on Christmas, and a Ramadan period with shorter hours that closes
// Wednesdays and leaves Saturdays as they are.
ServiceConfig service()
{
    ServiceConfig s;
    s.code = u"AK1"_s;
    s.prefix = u"A"_s;
    s.dailyQuota = 50;
    s.cutoffMin = 30;
    s.hours = {{1, {range(8, 0, 12, 0), range(13, 0, 15, 30)}},
               {3, {range(13, 0, 15, 30), range(8, 0, 12, 0)}}, // out of order on purpose
               {5, {range(8, 0, 11, 0), range(13, 30, 15, 30)}},
               {6, {range(8, 0, 12, 0)}}};
    s.closedDates = {kChristmas};
    s.overrides = {HoursOverride{QDate(2027, 2, 8),
                                 QDate(2027, 3, 9),
                                 {{1, {range(7, 30, 13, 30)}}, {3, {}}, {5, {range(7, 30, 11, 0)}}}}};
    return s;
}

Availability at(QDate date, int hour, int minute, int issuedToday = 0, const ServiceConfig& s = service())
{
    return Schedule::availability(s, QDateTime(date, QTime(hour, minute), Schedule::zone(u"Asia/Jakarta"_s)),
                                  issuedToday);
}

} // namespace

TEST_CASE("the test dates fall on the weekdays their names say", "[schedule]")
{
    CHECK(kMonday.dayOfWeek() == 1);
    CHECK(kFriday.dayOfWeek() == 5);
    CHECK(kChristmas.dayOfWeek() == 5);
    CHECK(kRamadanMonday.dayOfWeek() == 1);
}

TEST_CASE("opening boundaries are exact", "[schedule]")
{
    CHECK(at(kMonday, 7, 59).state == State::NotYetOpen);
    CHECK(at(kMonday, 7, 59).opensAt == QTime(8, 0));
    CHECK(at(kMonday, 8, 0).state == State::Open);
    CHECK(at(kMonday, 8, 0).isOpen());
    CHECK(at(kMonday, 8, 0).reason().isEmpty());
}

TEST_CASE("the cutoff stops ticket issue before a range ends", "[schedule]")
{
    // Saturday has a single range 08:00-12:00: with a 30 min cutoff the last ticket goes at 11:29.
    CHECK(at(kSaturday, 11, 29).state == State::Open);
    CHECK(at(kSaturday, 11, 30).state == State::PastCutoff);
    CHECK(at(kSaturday, 11, 59).state == State::PastCutoff);
    CHECK(at(kSaturday, 12, 0).state == State::ClosedForDay);
    const QDateTime lastSecond(kSaturday, QTime(11, 29, 59), Schedule::zone(u"Asia/Jakarta"_s));
    CHECK(Schedule::availability(service(), lastSecond, 0).state == State::Open);
}

TEST_CASE("in the cutoff before a break the next range's opening is reported", "[schedule]")
{
    CHECK(at(kMonday, 11, 29).state == State::Open);
    const Availability cutoff = at(kMonday, 11, 30);
    CHECK(cutoff.state == State::NotYetOpen);
    CHECK(cutoff.opensAt == QTime(13, 0));
    const Availability lunch = at(kMonday, 12, 30);
    CHECK(lunch.state == State::NotYetOpen);
    CHECK(lunch.opensAt == QTime(13, 0));
    CHECK(at(kMonday, 13, 0).state == State::Open);
    CHECK(at(kMonday, 14, 59).state == State::Open);
    CHECK(at(kMonday, 15, 0).state == State::PastCutoff);
    CHECK(at(kMonday, 15, 30).state == State::ClosedForDay);
    CHECK(at(kMonday, 23, 59).state == State::ClosedForDay);
}

TEST_CASE("Friday has short hours with a long prayer break", "[schedule]")
{
    CHECK(at(kFriday, 10, 29).state == State::Open);
    CHECK(at(kFriday, 10, 30).state == State::NotYetOpen);
    CHECK(at(kFriday, 10, 30).opensAt == QTime(13, 30));
    CHECK(at(kFriday, 13, 29).opensAt == QTime(13, 30));
    CHECK(at(kFriday, 13, 30).state == State::Open);
    CHECK(Schedule::openMinutesOn(service(), kFriday) == 180 + 120);
}

TEST_CASE("a weekday without hours is closed and names the open days", "[schedule]")
{
    const Availability tuesday = at(kTuesday, 9, 0);
    CHECK(tuesday.state == State::ClosedToday);
    CHECK(tuesday.openWeekdays == QList<int>{1, 3, 5, 6});
    CHECK(tuesday.nextOpenDate == kWednesday);
    CHECK(tuesday.reason() == u"Closed today — open Monday, Wednesday, Friday & Saturday"_s);

    ServiceConfig twoDays = service();
    twoDays.hours.remove(5);
    twoDays.hours.remove(6);
    CHECK(at(kTuesday, 9, 0, 0, twoDays).reason() == u"Closed today — open Monday & Wednesday"_s);
    twoDays.hours.remove(3);
    CHECK(at(kTuesday, 9, 0, 0, twoDays).reason() == u"Closed today — open Monday"_s);
    CHECK(at(kTuesday, 9, 0, 0, ServiceConfig{}).reason() == u"Closed today"_s);
}

TEST_CASE("the daily quota is checked before the time of day", "[schedule]")
{
    CHECK(at(kMonday, 9, 0, 49).state == State::Open);
    CHECK(at(kMonday, 9, 0, 50).state == State::QuotaFull);
    CHECK(at(kMonday, 7, 0, 50).state == State::QuotaFull);
    CHECK(at(kMonday, 9, 0, 50).nextOpenDate == kWednesday);
    ServiceConfig unlimited = service();
    unlimited.dailyQuota.reset();
    CHECK(at(kMonday, 9, 0, 100000, unlimited).state == State::Open);
}

TEST_CASE("closed dates close the day before anything else", "[schedule]")
{
    CHECK(Schedule::isClosedDate(service(), kChristmas));
    CHECK(Schedule::hoursOn(service(), kChristmas).isEmpty());
    CHECK(Schedule::openMinutesOn(service(), kChristmas) == 0);
    const Availability christmas = at(kChristmas, 9, 0, 50);
    CHECK(christmas.state == State::ClosedDate);
    CHECK(christmas.nextOpenDate == QDate(2026, 12, 26));
    CHECK(christmas.reason() == u"Closed on this date"_s);
}

TEST_CASE("override periods replace the hours of the weekdays they name", "[schedule]")
{
    const ServiceConfig s = service();
    CHECK(Schedule::hoursOn(s, kRamadanMonday) == QList<TimeRange>{range(7, 30, 13, 30)});
    CHECK(at(kRamadanMonday, 7, 30).state == State::Open);
    CHECK(at(kRamadanMonday, 12, 59).state == State::Open);
    CHECK(at(kRamadanMonday, 13, 0).state == State::PastCutoff);
    // A present empty list closes the day; an absent weekday keeps its regular hours.
    CHECK(Schedule::hoursOn(s, QDate(2027, 2, 10)).isEmpty());
    CHECK(at(QDate(2027, 2, 10), 9, 0).state == State::ClosedToday);
    CHECK(Schedule::hoursOn(s, QDate(2027, 2, 12)) == QList<TimeRange>{range(7, 30, 11, 0)});
    CHECK(Schedule::hoursOn(s, QDate(2027, 2, 13)) == QList<TimeRange>{range(8, 0, 12, 0)});
    // The period's last day is inclusive; the next day is regular again.
    CHECK(Schedule::hoursOn(s, QDate(2027, 3, 8)) == QList<TimeRange>{range(7, 30, 13, 30)});
    CHECK(Schedule::hoursOn(s, QDate(2027, 3, 15)) == s.hours.value(1));
}

TEST_CASE("hours are returned in order and summed for staffing reports", "[schedule]")
{
    CHECK(Schedule::hoursOn(service(), kWednesday) ==
          QList<TimeRange>{range(8, 0, 12, 0), range(13, 0, 15, 30)});
    CHECK(Schedule::openMinutesOn(service(), kMonday) == 240 + 150);
    CHECK(Schedule::openMinutesOn(service(), kTuesday) == 0);
    CHECK(at(kWednesday, 12, 15).opensAt == QTime(13, 0));
}

TEST_CASE("the next open date looks ahead at most 60 days", "[schedule]")
{
    CHECK(at(kMonday, 9, 0).nextOpenDate == kMonday);
    CHECK(at(kMonday, 7, 0).nextOpenDate == kMonday);
    CHECK(at(kMonday, 16, 0).nextOpenDate == kWednesday);
    ServiceConfig rare = service();
    rare.hours = {{2, {range(8, 0, 12, 0)}}};
    rare.closedDates.clear();
    for (int day = 1; day <= 70; ++day)
        rare.closedDates.append(kTuesday.addDays(day));
    CHECK_FALSE(at(kTuesday, 13, 0, 0, rare).nextOpenDate.isValid());
}

TEST_CASE("reasons are short sentences for citizens", "[schedule]")
{
    CHECK(at(kMonday, 7, 0).reason() == u"Opens at 08.00"_s);
    CHECK(at(kMonday, 12, 0).reason() == u"Opens at 13.00"_s);
    CHECK(at(kMonday, 9, 0, 50).reason() == u"Today's quota is used up"_s);
    CHECK(at(kMonday, 15, 0).reason() == u"Ticket issue has stopped for today"_s);
    CHECK(at(kMonday, 16, 0).reason() == u"Closed for today"_s);
    CHECK(Schedule::formatTime(QTime(7, 30)) == u"07.30"_s);
}

TEST_CASE("the business day follows the site's time zone", "[schedule]")
{
    const QTimeZone jakarta = Schedule::zone(u"Asia/Jakarta"_s);   // UTC+7
    const QTimeZone jayapura = Schedule::zone(u"Asia/Jayapura"_s); // UTC+9
    REQUIRE(jakarta.isValid());
    REQUIRE(jayapura.isValid());
    CHECK_FALSE(Schedule::zone(u"Asia/Jakata"_s).isValid());

    // 15:30 UTC is already 00:30 the next day in Jayapura but still 22:30 in Jakarta.
    const QDateTime utc(QDate(2026, 11, 23), QTime(15, 30), Qt::UTC);
    CHECK(Schedule::businessDay(utc, jayapura) == QDate(2026, 11, 24));
    CHECK(Schedule::businessDay(utc, jakarta) == QDate(2026, 11, 23));
    CHECK(Schedule::businessDay(QDateTime(QDate(2026, 11, 23), QTime(16, 59, 59), Qt::UTC), jakarta) ==
          QDate(2026, 11, 23));
    CHECK(Schedule::businessDay(QDateTime(QDate(2026, 11, 23), QTime(17, 0), Qt::UTC), jakarta) ==
          QDate(2026, 11, 24));

    CHECK(Schedule::dayStartUtc(QDate(2026, 11, 24), jayapura) ==
          QDateTime(QDate(2026, 11, 23), QTime(15, 0), Qt::UTC));
    CHECK(Schedule::dayEndUtc(QDate(2026, 11, 24), jayapura) ==
          QDateTime(QDate(2026, 11, 24), QTime(15, 0), Qt::UTC));
    CHECK(Schedule::dayStartUtc(QDate(2026, 11, 24), jakarta) ==
          QDateTime(QDate(2026, 11, 23), QTime(17, 0), Qt::UTC));
    CHECK(Schedule::dayStartUtc(QDate(2026, 11, 24), jakarta).timeSpec() == Qt::UTC);
    CHECK(Schedule::dayStartUtc(QDate(2026, 11, 24), Schedule::zone(u"Asia/Makassar"_s)) ==
          QDateTime(QDate(2026, 11, 23), QTime(16, 0), Qt::UTC));
}

TEST_CASE("the demo hall's vertical agencies open on their own weekdays", "[schedule]")
{
    const auto hall = ConfigIo::readFile(QStringLiteral(ANTRE_SOURCE_DIR) + u"/resources/demo/hall.json"_s);
    REQUIRE(hall.ok());
    const ServiceConfig* passport = hall->service(u"PASPOR"_s);
    REQUIRE(passport);
    const Availability monday = at(kMonday, 9, 0, 0, *passport);
    CHECK(monday.reason() == u"Closed today — open Tuesday & Thursday"_s);
    CHECK(monday.nextOpenDate == kTuesday);
    CHECK(at(kTuesday, 9, 0, 50, *passport).state == State::QuotaFull);
    // Ramadan hours, and the Christmas holiday.
    CHECK(Schedule::hoursOn(*passport, QDate(2027, 2, 9)) == QList<TimeRange>{range(7, 30, 13, 30)});
    CHECK(at(QDate(2026, 12, 24), 9, 0, 0, *passport).state == State::ClosedDate);
}

TEST_CASE("a range ending at 24:00 is open until midnight", "[schedule]")
{
    // "00:00-23:59" would close in the last minute of the day; "24:00" is the end of the day.
    ServiceConfig allDay;
    allDay.code = u"DARURAT"_s;
    allDay.prefix = u"D"_s;
    const auto parsed = ConfigIo::parseRange(u"00:00-24:00"_s);
    REQUIRE(parsed);
    allDay.hours = {{1, {*parsed}}, {2, {range(20, 0, 23, 59)}}};
    const QTimeZone zone = Schedule::zone(u"Asia/Jakarta"_s);
    const auto stateAt = [&](QDate date, QTime time, const ServiceConfig& s) {
        return Schedule::availability(s, QDateTime(date, time, zone), 0).state;
    };
    CHECK(stateAt(kMonday, QTime(0, 0), allDay) == State::Open);
    CHECK(stateAt(kMonday, QTime(23, 59), allDay) == State::Open);
    CHECK(stateAt(kMonday, QTime(23, 59, 59, 999), allDay) == State::Open);
    CHECK(stateAt(kTuesday, QTime(23, 59), allDay) == State::ClosedForDay); // written as 23:59
    CHECK(Schedule::openMinutesOn(allDay, kMonday) == 24 * 60);
    CHECK(Schedule::openMinutesOn(allDay, kTuesday) == 3 * 60 + 59);

    // With a cutoff the last ticket goes that many minutes before midnight.
    allDay.cutoffMin = 30;
    CHECK(stateAt(kMonday, QTime(23, 29, 59), allDay) == State::Open);
    CHECK(stateAt(kMonday, QTime(23, 30), allDay) == State::PastCutoff);
    CHECK(stateAt(kMonday, QTime(23, 59, 59, 999), allDay) == State::PastCutoff);

    CHECK(Schedule::isEndOfDay(parsed->to));
    CHECK(Schedule::msecsOfDay(parsed->to) == 24 * 3600 * 1000);
    CHECK(Schedule::formatTime(parsed->to) == u"24.00"_s);
    CHECK(ConfigIo::formatRange(*parsed) == u"00:00-24:00"_s);
}
