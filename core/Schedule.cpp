#include "core/Schedule.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {

// How far ahead the kiosk looks for "open again on …"; beyond two months the answer is not useful.
constexpr int kLookAheadDays = 60;

// ISO weekdays with regular hours, whatever overrides say: this is what citizens know as "the days
// the service is open".
QList<int> regularWeekdays(const ServiceConfig& service)
{
    QList<int> days;
    for (auto it = service.hours.begin(); it != service.hours.end(); ++it)
        if (!it.value().isEmpty())
            days.append(it.key());
    return days;
}

QDate firstDateWithHours(const ServiceConfig& service, QDate from)
{
    for (int i = 0; i < kLookAheadDays; ++i)
        if (!Schedule::hoursOn(service, from.addDays(i)).isEmpty())
            return from.addDays(i);
    return {};
}

// `ranges` are sorted and do not overlap (ConfigIo rejects overlaps).
Availability::State timeOfDayState(const QList<TimeRange>& ranges, QTime now, int cutoffMin, QTime& opensAt)
{
    // Compared as milliseconds since midnight: QTime::addSecs would wrap a cutoff past midnight.
    const int nowMs = now.msecsSinceStartOfDay();
    bool inCutoff = false;
    for (const auto& range : ranges) {
        if (now < range.from) {
            opensAt = range.from; // the next range today beats "past cutoff" of the one before
            return Availability::State::NotYetOpen;
        }
        if (nowMs < Schedule::msecsOfDay(range.to)) {
            if (nowMs < Schedule::msecsOfDay(range.to) - cutoffMin * 60'000)
                return Availability::State::Open;
            inCutoff = true;
        }
    }
    return inCutoff ? Availability::State::PastCutoff : Availability::State::ClosedForDay;
}

// "Monday", "Monday & Wednesday", "Monday, Tuesday & Thursday".
QString joinWeekdays(const QList<int>& days)
{
    QStringList names;
    for (const int day : days)
        names.append(Labels::weekday(day));
    if (names.size() < 2)
        return names.value(0);
    const QString last = names.takeLast();
    return names.join(u", "_s) + u" & "_s + last;
}

} // namespace

ErrorCode Availability::refusalCode() const
{
    switch (state) {
    case State::ClosedDate:
        return ErrorCode::ClosedDate;
    case State::ClosedToday:
        return ErrorCode::ClosedToday;
    case State::NotYetOpen:
        return ErrorCode::NotOpenYet;
    case State::PastCutoff:
        return ErrorCode::PastCutoff;
    case State::ClosedForDay:
        return ErrorCode::ClosedForDay;
    case State::QuotaFull:
        return ErrorCode::QuotaFull;
    case State::Open:
        break;
    }
    return ErrorCode::NotAllowed; // open is no refusal; callers ask only when closed
}

QString Availability::reason() const
{
    switch (state) {
    case State::Open:
        return {};
    case State::ClosedDate:
        return Schedule::tr("Closed on this date");
    case State::ClosedToday:
        return openWeekdays.isEmpty()
                   ? Schedule::tr("Closed today")
                   : Schedule::tr("Closed today — open %1").arg(joinWeekdays(openWeekdays));
    case State::NotYetOpen:
        return Schedule::tr("Opens at %1").arg(Schedule::formatTime(opensAt));
    case State::PastCutoff:
        return Schedule::tr("Ticket issue has stopped for today");
    case State::ClosedForDay:
        return Schedule::tr("Closed for today");
    case State::QuotaFull:
        return Schedule::tr("Today's quota is used up");
    }
    return {};
}

QList<TimeRange> Schedule::hoursOn(const ServiceConfig& service, QDate date)
{
    if (!date.isValid() || isClosedDate(service, date))
        return {};
    const int weekday = date.dayOfWeek();
    QList<TimeRange> ranges = service.hours.value(weekday);
    // Override periods do not overlap (ConfigIo rejects that), so at most one applies.
    const auto period = std::find_if(service.overrides.cbegin(), service.overrides.cend(),
                                     [&](const HoursOverride& o) { return o.from <= date && date <= o.to; });
    if (period != service.overrides.cend() && period->hours.contains(weekday))
        ranges = period->hours.value(weekday);
    std::sort(ranges.begin(), ranges.end(),
              [](const TimeRange& a, const TimeRange& b) { return a.from < b.from; });
    return ranges;
}

bool Schedule::isClosedDate(const ServiceConfig& service, QDate date)
{
    return service.closedDates.contains(date);
}

Availability Schedule::availability(const ServiceConfig& service, const QDateTime& localTime, int issuedToday)
{
    using State = Availability::State;
    const QDate date = localTime.date();
    const QList<TimeRange> ranges = hoursOn(service, date);
    Availability result;
    result.openWeekdays = regularWeekdays(service);
    if (isClosedDate(service, date))
        result.state = State::ClosedDate;
    else if (ranges.isEmpty())
        result.state = State::ClosedToday;
    else if (service.dailyQuota && issuedToday >= *service.dailyQuota)
        result.state = State::QuotaFull;
    else
        result.state = timeOfDayState(ranges, localTime.time(), service.cutoffMin, result.opensAt);
    // Today still counts as "next open" while tickets can be (or will be) issued today.
    const bool laterToday = result.state == State::Open || result.state == State::NotYetOpen;
    result.nextOpenDate = firstDateWithHours(service, laterToday ? date : date.addDays(1));
    return result;
}

int Schedule::openMinutesOn(const ServiceConfig& service, QDate date)
{
    int minutes = 0;
    for (const auto& range : hoursOn(service, date))
        minutes += (msecsOfDay(range.to) - msecsOfDay(range.from)) / 60'000;
    return minutes;
}

QTimeZone Schedule::zone(const QString& ianaId)
{
    // No fallback to Jakarta: an unknown id gives an invalid zone, and ConfigIo has rejected it already.
    return QTimeZone(ianaId.toUtf8());
}

QDate Schedule::businessDay(const QDateTime& utc, const QTimeZone& zone)
{
    return utc.toTimeZone(zone).date();
}

QDateTime Schedule::dayStartUtc(QDate day, const QTimeZone& zone)
{
    return QDateTime(day, QTime(0, 0), zone).toUTC();
}

QDateTime Schedule::dayEndUtc(QDate day, const QTimeZone& zone)
{
    // Exclusive end: the next local midnight, so that a day is [start, end) even where days are not 24 h.
    return dayStartUtc(day.addDays(1), zone);
}

QString Schedule::formatTime(QTime time)
{
    return isEndOfDay(time) ? u"24.00"_s : time.toString(u"HH.mm"_s);
}

QTime Schedule::endOfDay()
{
    return QTime(23, 59, 59, 999);
}

bool Schedule::isEndOfDay(QTime time)
{
    return time == endOfDay();
}

int Schedule::msecsOfDay(QTime time)
{
    return isEndOfDay(time) ? 24 * 3600 * 1000 : time.msecsSinceStartOfDay();
}

} // namespace antre
