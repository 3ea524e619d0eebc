#pragma once

#include "core/HallConfig.h"
#include "core/Report.h"
#include "core/Result.h"

#include <QHash>
#include <QTimeZone>

#include <map>
#include <utility>
#include <vector>

class QSqlDatabase;

// Booth staffing: lengths of unions and intersections of time intervals (UTC ms, half-open).
namespace antre::report {

struct Catalog;
struct Entity;

struct Interval
{
    qint64 from = 0;
    qint64 to = 0;

    bool operator==(const Interval&) const = default;
};
using Intervals = std::vector<Interval>;

// Sorted, without empty or overlapping intervals (touching ones are joined).
Intervals normalized(Intervals list);
qint64 lengthOf(const Intervals& list);
// Length of the intersection; both lists normalized.
qint64 overlapOf(const Intervals& a, const Intervals& b);
// The parts of the intervals before `endMs`, normalized.
Intervals before(Intervals list, qint64 endMs);
Intervals unionOf(const Intervals& a, const Intervals& b);

// A service's opening hours on a day, in UTC, each worked out once: a year's staffing of a big hall asks for
// the same service's day once per booth that serves it, and turning a local time into UTC is the slow part.
class OpeningHours final
{
public:
    explicit OpeningHours(const QTimeZone& zone) : m_zone(zone) {}
    Q_DISABLE_COPY_MOVE(OpeningHours)

    // Valid while this lives and the service does.
    const Intervals& of(const ServiceConfig& service, QDate day);

private:
    qint64 utcMs(QDate day, QTime time);

    QTimeZone m_zone;
    std::map<std::pair<const ServiceConfig*, qint64>, Intervals> m_hours;
    QHash<qint64, qint64> m_utcMs; // by local day and time
};

// Opening hours of the booth's services on the days of the range, as one union, each day by the configuration
// in force on it (configOfDay, one per day from `from`). A booth that did not exist or was deactivated on a
// day has no opening hours that day.
Intervals scheduledFor(const QString& counterCode, const std::vector<const HallConfig*>& configOfDay,
                       QDate from, OpeningHours& hours);
Intervals scheduledFor(const QString& counterCode, const std::vector<const HallConfig*>& configOfDay,
                       QDate from, const QTimeZone& zone);

// Open and break intervals of each booth (by id), normalized.
struct StateSpans
{
    QHash<qint64, Intervals> open;
    QHash<qint64, Intervals> onBreak;
};

// The booth states within `range`; a state still open counts up to `nowMs`, but not past the end of the day
// it began.
Result<StateSpans> loadStateSpans(QSqlDatabase& db, const Interval& range, qint64 nowMs,
                                  const QTimeZone& zone);

// The staffing figures of one booth, in whole minutes.
CounterStaffing staffingOf(const Entity& counter, const Intervals& scheduled, const Intervals& open,
                           const Intervals& onBreak);

// The staffing of every booth over report.from..report.to, up to report.asOf, each day by the configuration
// in force on it (`config`: the current one).
Result<QList<CounterStaffing>> staffingFor(QSqlDatabase& db, const Catalog& catalog, const HallConfig& config,
                                           const Report& report, const QTimeZone& zone);

} // namespace antre::report
