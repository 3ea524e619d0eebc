#pragma once

#include "core/HallConfig.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariantList>

#include <utility>

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

    // What an estimate reads of the hall now: the line and the booths of the services sharing the booths,
    // and the newest calls there today.
    struct Observed
    {
        qint64 serviceId = 0;
        int waiting = 0;
        int waitingPriority = 0;
        int waitingHere = 0;
        int open = 0;    // booths open now
        int onBreak = 0; // booths on a break now
        int busy = 0;    // booths with a called or served ticket
        bool callsRead = false;
        QList<std::pair<qint64, double>> calls; // today: first call (UTC ms), minutes to the finish
    };
    // On a server, where every statement is a round trip: the reads of an estimate for serviceId as
    // branches of a UNION ALL whose rows are (tag, a, b, c, text), which the caller runs together with its
    // own reads (an issue), appending the parameters to args. Their tags are kFirstFoldedTag and up; the
    // caller's are lower. Empty when there is nothing to read (no booth serves the service). observed is
    // made ready for the rows.
    static constexpr int kFirstFoldedTag = 10;
    QString foldedReads(qint64 serviceId, qint64 dayStartMs, qint64 nowMs, QVariantList& args,
                        Observed& observed);
    // A row of that statement with one of those tags, added to observed.
    static void takeFoldedRow(const QSqlQuery& row, Observed& observed);
    // The estimate from what was read so (nowMs and dayStartMs as given to foldedReads).
    Estimate estimate(const ServiceConfig& service, int ahead, qint64 dayStartMs, qint64 nowMs,
                      const Observed& observed);
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
