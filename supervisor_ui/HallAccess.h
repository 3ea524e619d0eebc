#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace antre {

class AuditService;
class ChangeNotifier;
class Clock;
class ConfigService;
class QueueService;
class ReportService;
class StaffService;
struct HallServices;

// The core interfaces the supervisor screens read and change, taken from one HallServices: the program's
// from its AppContext, tests' from their fixture, so that every screen can run against a manual clock.
struct HallAccess
{
    explicit HallAccess(HallServices& services);

    QueueService& queue;
    StaffService& staff;
    ConfigService& configs;
    ReportService& reports;
    AuditService& audit;
    ChangeNotifier& changes;
    const Clock& clock;
    // All of them, for reports built from several services at once (the Ombudsman report).
    HallServices& all;

    // The site's time zone (from the current configuration) and what time it is there.
    QTimeZone zone() const;
    QDateTime localNow() const;
    QDate today() const;
};

} // namespace antre
