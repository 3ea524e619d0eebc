#pragma once

#include <QSqlDatabase>

namespace antre {

class StatementCache;

// Estimated wait for a new ticket. The booths that serve the service call across all of their services in
// queue order, so the estimate counts everyone waiting for those booths (only priority tickets for a priority
// ticket), times the minutes a booth spends per citizen (call to finish, today's newest, else the last two
// weeks', else a default), divided by the booths staffed now; plus half a citizen when every booth is busy,
// plus the break between opening ranges (lunch, Friday prayer) when the wait runs past the end of a range.
class Estimator final
{
public:
    static constexpr double kDefaultServiceMin = 6.0;
    // dayStartMs/nowMs: UTC epoch milliseconds.
    static int estimateMinutes(QSqlDatabase& db, qint64 serviceId, int ahead, qint64 dayStartMs,
                               qint64 nowMs);
    // The same through the caller's prepared statements (the engine's issue: its texts are fixed per
    // configuration, so they are prepared once instead of on every ticket).
    static int estimateMinutes(StatementCache& statements, qint64 serviceId, int ahead, qint64 dayStartMs,
                               qint64 nowMs);
    // The naive estimator used as a baseline: ahead × mean service time.
    static int naiveMinutes(QSqlDatabase& db, qint64 serviceId, int ahead, qint64 dayStartMs);
};

} // namespace antre
