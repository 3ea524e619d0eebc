#pragma once

#include "core/HallConfig.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QTimeZone>

namespace antre {

class StatementCache;

// Estimated wait for a new ticket. The booths that serve the service call across all of their services in
// queue order, so the estimate counts everyone waiting for those booths (only priority tickets for a priority
// ticket), times the minutes a booth spends per citizen (call to finish, today's newest, else the last two
// weeks', else a default), divided by the booths staffed now; plus half a citizen when every booth is busy,
// plus the break between opening ranges (lunch, Friday prayer) when the wait runs past the end of a range.
//
// One per engine, on the engine's connection: it remembers, per service, which services share its booths and
// the last days' pace, until the engine hands it a new configuration.
class Estimator final
{
public:
    static constexpr double kDefaultServiceMin = 6.0;

    explicit Estimator(StatementCache& statements);
    ~Estimator();
    Q_DISABLE_COPY_MOVE(Estimator)

    // A configuration was loaded (the first, or after an import): takes its zone and forgets what was read
    // for the configuration before.
    void configure(const HallConfig& config);
    struct Estimate
    {
        int minutes = 0;
        // Citizens of other services waiting for the same booths, counted in the estimate: without them
        // a ticket would say "nobody is ahead of you" beside a wait of an hour.
        int othersAhead = 0;
    };
    // `service` is the loaded configuration's, `serviceId` its row, `ahead` the people waiting before the
    // new ticket for this service; dayStartMs/nowMs: UTC epoch milliseconds.
    Estimate estimate(const ServiceConfig& service, qint64 serviceId, int ahead, qint64 dayStartMs,
                      qint64 nowMs);
    // The naive estimator used as a baseline: ahead × mean service time.
    static int naiveMinutes(QSqlDatabase& db, qint64 serviceId, int ahead, qint64 dayStartMs);

private:
    // What the estimate reads once per configuration for one service: the services that share its booths and
    // those booths. The kiosk's issue is one transaction, and every statement in it costs.
    struct Layout
    {
        QList<qint64> groupIds; // the services sharing the booths
        QList<qint64> boothIds; // the booths serving any of them
        // Minutes per citizen at those booths on the days before `historyDayStartMs`, newest first: they do
        // not change during the day, so they are read once a day.
        qint64 historyDayStartMs = -1;
        QList<double> history;
    };
    Layout& layout(qint64 serviceId);

    StatementCache& m_statements;
    QTimeZone m_zone;
    QHash<qint64, Layout> m_layouts;
};

} // namespace antre
