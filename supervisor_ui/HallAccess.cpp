#include "HallAccess.h"

#include "Clock.h"
#include "QueueEngine.h"
#include "Schedule.h"

namespace antre {

QTimeZone HallAccess::zone() const
{
    auto config = engine.config();
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
