#pragma once

#include <QSqlDatabase>

namespace antre {

// Estimated wait for a new ticket: people ahead, divided by the counters serving the service now,
// times the recent service pace (median time between starts of service at this service today,
// falling back to recent service durations, then to a default).
class Estimator final
{
public:
    static constexpr double kDefaultServiceMin = 6.0;
    // dayStartMs/nowMs: UTC epoch milliseconds.
    static int estimateMinutes(QSqlDatabase& db, qint64 serviceId, int ahead, qint64 dayStartMs, qint64 nowMs);
    // The naive estimator used as a baseline: ahead × mean service time.
    static int naiveMinutes(QSqlDatabase& db, qint64 serviceId, int ahead, qint64 dayStartMs);
};

} // namespace antre
