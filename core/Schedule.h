#pragma once

#include "core/ErrorCode.h"
#include "core/HallConfig.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace antre {

// Whether a service issues tickets at a given local time, and if not, why.
struct Availability
{
    enum class State
    {
        Open,
        ClosedDate,   // a holiday or a closed date in the configuration
        ClosedToday,  // no hours on this weekday
        NotYetOpen,   // before the first range of the day, or in a break between ranges
        PastCutoff,   // inside a range but within cutoff_min of its end
        ClosedForDay, // after the last range (or its cutoff) of the day
        QuotaFull,
    };
    State state = State::Open;
    QTime opensAt; // NotYetOpen: next opening time today
    QList<int>
        openWeekdays;   // ClosedToday/ClosedDate/ClosedForDay: ISO weekdays with hours, for "open Mon & Wed"
    QDate nextOpenDate; // the next date with hours (invalid if none within 60 days)

    bool isOpen() const { return state == State::Open; }
    // Short reason for citizens, translated: "Closed today — open Monday & Wednesday",
    // "Opens at 08.00", "Today's quota is used up". Empty when open.
    QString reason() const;
    // The refusal's code: ClosedToday is ErrorCode::ClosedToday ("closed_today"). Not asked when open.
    ErrorCode refusalCode() const;
};

class Schedule final
{
    Q_DECLARE_TR_FUNCTIONS(Schedule)
public:
    // The ranges that apply on a date after closed dates and overrides (empty: closed).
    static QList<TimeRange> hoursOn(const ServiceConfig& service, QDate date);
    static bool isClosedDate(const ServiceConfig& service, QDate date);
    // issuedToday is compared with the daily quota.
    static Availability availability(const ServiceConfig& service, const QDateTime& localTime,
                                     int issuedToday);
    // Minutes of opening hours on a date (for staffing reports).
    static int openMinutesOn(const ServiceConfig& service, QDate date);

    // Time-zone helpers: the business day is the site's local calendar date.
    static QTimeZone zone(const QString& ianaId);
    static QDate businessDay(const QDateTime& utc, const QTimeZone& zone);
    // UTC instants of local midnight at the start and end of a business day.
    static QDateTime dayStartUtc(QDate day, const QTimeZone& zone);
    static QDateTime dayEndUtc(QDate day, const QTimeZone& zone);
    static QString formatTime(QTime time); // Indonesian style "08.00"; the end of the day as "24.00"

    // A range that ends at "24:00" ends at midnight. QTime has no 24:00, so the last millisecond of the day
    // stands for it; msecsOfDay gives 86 400 000 for it, so that the range is open until midnight.
    static QTime endOfDay();
    static bool isEndOfDay(QTime time);
    static int msecsOfDay(QTime time);
};

} // namespace antre
