#include "supervisor_ui/HallAccess.h"

#include "core/Clock.h"
#include "core/QueueService.h"
#include "core/Schedule.h"
#include "core/hall/Hall.h"

namespace antre {

HallAccess::HallAccess(HallServices& services)
    : queue(services.queue), staff(services.staff), configs(services.configs), reports(services.reports),
      audit(services.audit), changes(services.changes), clock(services.clock), all(services)
{}

QTimeZone HallAccess::zone() const
{
    auto config = queue.config();
    return Schedule::zone(config.ok() ? config.value().site.timezone : SiteConfig().timezone);
}

QDateTime HallAccess::localNow() const
{
    return clock.now().toTimeZone(zone());
}

QDate HallAccess::today() const
{
    return Schedule::businessDay(clock.now(), zone());
}

} // namespace antre
