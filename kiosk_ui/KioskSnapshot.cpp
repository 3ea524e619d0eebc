#include "kiosk_ui/KioskSnapshot.h"

#include "core/Schedule.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace antre::kiosk {

const ServiceStatus* KioskSnapshot::service(const QString& code) const
{
    for (const ServiceStatus& s : status.services)
        if (s.code == code)
            return &s;
    return nullptr;
}

QList<AgencyConfig> KioskSnapshot::agencies() const
{
    QList<AgencyConfig> out;
    for (const AgencyConfig& agency : config.agencies) {
        const bool hasService =
            std::any_of(status.services.cbegin(), status.services.cend(),
                        [&](const ServiceStatus& s) { return s.agencyCode == agency.code; });
        if (hasService)
            out << agency;
    }
    return out;
}

QList<ServiceStatus> KioskSnapshot::servicesOf(const QString& agencyCode) const
{
    QList<ServiceStatus> out;
    for (const ServiceStatus& s : status.services)
        if (s.agencyCode == agencyCode)
            out << s;
    return out;
}

QString KioskWords::agencyStatus(const QList<ServiceStatus>& services)
{
    const auto open = std::count_if(services.cbegin(), services.cend(),
                                    [](const ServiceStatus& s) { return s.availability.isOpen(); });
    if (open > 0)
        return tr("Services open now: %n", nullptr, int(open));
    // One shared reason ("Closed today — open Tuesday & Thursday") says more than a generic one.
    const QString first = services.isEmpty() ? QString() : services.first().availability.reason();
    const bool same = std::all_of(services.cbegin(), services.cend(),
                                  [&](const ServiceStatus& s) { return s.availability.reason() == first; });
    return same && !first.isEmpty() ? first : tr("No service is open now");
}

QString KioskWords::serviceStatus(const ServiceStatus& service)
{
    if (!service.availability.isOpen())
        return service.availability.reason();
    if (service.waiting == 0)
        return tr("Open — nobody waiting");
    return tr("Open — waiting: %n", nullptr, service.waiting);
}

QString KioskWords::hoursToday(const ServiceConfig& service, QDate today)
{
    const QList<TimeRange> ranges = Schedule::hoursOn(service, today);
    if (ranges.isEmpty())
        return tr("closed today");
    QStringList parts;
    for (const TimeRange& range : ranges)
        parts << Schedule::formatTime(range.from) + u"–"_s + Schedule::formatTime(range.to);
    return parts.join(u", "_s);
}

} // namespace antre::kiosk
