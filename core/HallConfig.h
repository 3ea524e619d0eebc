#pragma once

#include "core/Types.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace antre {

struct TimeRange
{
    QTime from;
    QTime to;
    friend bool operator==(const TimeRange&, const TimeRange&) = default;
};

// Opening hours keyed by ISO weekday (1 = Monday … 7 = Sunday).
// In regular hours an absent weekday is closed; in an override an absent weekday keeps the regular
// hours and a present-but-empty one closes the day.
using WeeklyHours = QMap<int, QList<TimeRange>>;

struct HoursOverride
{
    QDate from; // inclusive
    QDate to;   // inclusive
    WeeklyHours hours;
    friend bool operator==(const HoursOverride&, const HoursOverride&) = default;
};

struct ServiceStandard
{
    QStringList requirements;
    QString fee;
    QString duration;
    friend bool operator==(const ServiceStandard&, const ServiceStandard&) = default;
};

struct ServiceConfig
{
    QString code;
    QString agency; // agency code
    QString name;
    QString prefix;
    std::optional<int> dailyQuota; // absent: unlimited
    int targetWaitMin = 15;
    WeeklyHours hours;
    QList<QDate> closedDates;
    int cutoffMin = 0;
    QList<HoursOverride> overrides;
    ServiceStandard standard;
    friend bool operator==(const ServiceConfig&, const ServiceConfig&) = default;
};

struct AgencyConfig
{
    QString code;
    QString name;
    friend bool operator==(const AgencyConfig&, const AgencyConfig&) = default;
};

struct CounterConfig
{
    QString code;
    QString name;
    QStringList services; // service codes
    friend bool operator==(const CounterConfig&, const CounterConfig&) = default;
};

struct StaffConfig
{
    QString id; // staff ID, e.g. NIP
    QString name;
    Role role = Role::Officer;
    QStringList counters; // counter codes the member may open
    QString pin;          // only ever read on import; never exported or stored in clear
    bool active = true;
    friend bool operator==(const StaffConfig&, const StaffConfig&) = default;
};

// Working days a complaint of each SLA class has for its answer (docs/CONFIGURATION.md, "complaints").
struct ComplaintSlaDays
{
    int ringan = 2;
    int sedang = 5;
    int berat = 14;
    int perluPemeriksaan = 60; // "perlu pemeriksaan": needs an inspection
    friend bool operator==(const ComplaintSlaDays&, const ComplaintSlaDays&) = default;
};

struct SiteConfig
{
    QString name;
    QString timezone = QStringLiteral("Asia/Jakarta"); // IANA id
    int priorityRunLimit = 3;
    QString ticketFooter; // printed under every ticket
    QString runningText;  // lobby display ticker
    // Spoken call; {number} and {counter} are replaced. Empty: the default Indonesian phrase.
    QString callPhrase;
    // The hall's holidays: no working day for a complaint's due date (services close through closed_dates).
    QList<QDate> holidays;
    ComplaintSlaDays complaintSla;
    friend bool operator==(const SiteConfig&, const SiteConfig&) = default;
};

struct HallConfig
{
    SiteConfig site;
    QList<AgencyConfig> agencies;
    QList<ServiceConfig> services;
    QList<CounterConfig> counters;
    QList<StaffConfig> staff;

    const ServiceConfig* service(const QString& code) const;
    const AgencyConfig* agency(const QString& code) const;
    const CounterConfig* counter(const QString& code) const;
};

} // namespace antre
