#include "core/Estimator.h"

#include "core/Schedule.h"
#include "core/storage/Database.h"
#include "core/storage/StatementCache.h"

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {

constexpr double kMinuteMs = 60000.0;
// Below this many observations today, the last days' observations stand in (the first tickets of a morning).
constexpr int kMinSamples = 5;
constexpr int kSamples = 30;
constexpr qint64 kHistoryMs = 14 * 24 * 3600 * 1000LL;

// An estimate is advice printed on a ticket, so a read that fails gives it less to go on rather than
// failing the ticket: the loops below drop their read errors. A damaged file is not lost that way: the row
// helpers mark the connection, and the write the estimate belongs to is refused (Database::write).
bool hasRow(QSqlQuery& query)
{
    const auto row = Database::nextRow(query);
    return row.ok() && row.value();
}

QList<qint64> idsOf(StatementCache& db, const QString& sql, qint64 serviceId)
{
    QList<qint64> ids;
    auto q = db.run(sql, {serviceId});
    if (q.ok())
        (void)Database::forEachRow(q.value().query(),
                                   [&](const QSqlQuery& row) { ids << row.value(0).toLongLong(); });
    return ids;
}

// UTC milliseconds of a local time of `day`; a range ending at "24:00" ends at the next local midnight.
qint64 instantMs(QDate day, QTime time, const QTimeZone& zone)
{
    if (Schedule::isEndOfDay(time))
        return Schedule::dayEndUtc(day, zone).toMSecsSinceEpoch();
    return QDateTime(day, time, zone).toMSecsSinceEpoch();
}

using Line = Estimator::Observed;

// "?, ?, ?" for an IN list of n values.
QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << u"?"_s;
    return marks.join(u", "_s);
}

QVariantList variants(const QList<qint64>& ids)
{
    QVariantList values;
    for (const qint64 id : ids)
        values << id;
    return values;
}

void addBooth(Line& line, const QString& state, bool busy)
{
    line.open += int(state == u"open");
    line.onBreak += int(state == u"break");
    line.busy += int(busy);
}

// A booth c's state now, and whether it has a called or served ticket (as 1 or 0).
const QString kBoothState =
    u"(SELECT state FROM counter_states s WHERE s.counter_id = c.id AND s.ended_at IS NULL)"_s;
const QString kBoothBusy =
    u"CASE WHEN EXISTS (SELECT 1 FROM tickets WHERE counter_id = c.id AND status = 'called') OR "
    u"EXISTS (SELECT 1 FROM tickets WHERE counter_id = c.id AND status = 'serving') THEN 1 ELSE 0 END"_s;
// The newest calls at the services of an IN list (%1) first called in [?, ?), at most ? of them.
const QString kNewestCalls =
    u"SELECT first_called_at, finished_at - first_called_at FROM tickets "
    u"WHERE service_id IN (%1) AND first_called_at >= ? AND first_called_at < ? "
    u"AND finished_at IS NOT NULL AND transferred = 0 AND status IN ('done', 'no_show') "
    u"ORDER BY first_called_at DESC LIMIT ?"_s;

// The tags of foldedReads' rows.
enum FoldedTag
{
    kWaitingRow = Estimator::kFirstFoldedTag,
    kBoothRow,
    kCallRow,
};

// On SQLite, one small prepared statement per service and per booth, each an index lookup: a single statement
// with IN lists and DISTINCT made SQLite build temporary tables on every ticket, and the allocator hand their
// memory back to the system and fault it in again each time. On PostgreSQL each statement is a round trip to
// the server (8 of an issue's 23 for a hall of 4 services and 4 booths): one statement each there, and in an
// issue none of their own (foldedReads).
Line readLine(StatementCache& db, qint64 serviceId, const QList<qint64>& groupIds,
              const QList<qint64>& boothIds)
{
    Line line;
    const auto addWaiting = [&](qint64 id, int waiting, int priority) {
        line.waiting += waiting;
        line.waitingPriority += priority;
        if (id == serviceId)
            line.waitingHere = waiting;
    };
    if (db.isRemote()) {
        if (!groupIds.isEmpty())
            if (auto q = db.run(u"SELECT service_id, count(*), COALESCE(sum(priority), 0) FROM tickets "
                                u"WHERE status = 'waiting' AND service_id IN (%1) GROUP BY service_id"_s.arg(
                                    placeholders(groupIds.size())),
                                variants(groupIds));
                q.ok())
                (void)Database::forEachRow(q.value().query(), [&](const QSqlQuery& row) {
                    addWaiting(row.value(0).toLongLong(), row.value(1).toInt(), row.value(2).toInt());
                });
        if (!boothIds.isEmpty())
            if (auto q = db.run(u"SELECT %1, %2 FROM counters c WHERE c.id IN (%3)"_s.arg(
                                    kBoothState, kBoothBusy, placeholders(boothIds.size())),
                                variants(boothIds));
                q.ok())
                (void)Database::forEachRow(q.value().query(), [&](const QSqlQuery& row) {
                    addBooth(line, row.value(0).toString(), row.value(1).toBool());
                });
        return line;
    }
    for (const qint64 id : groupIds) {
        auto q = db.run(u"SELECT count(*), COALESCE(sum(priority), 0) FROM tickets "
                        u"WHERE status = 'waiting' AND service_id = ?"_s,
                        {id});
        if (!q.ok() || !hasRow(q.value().query()))
            continue;
        addWaiting(id, q.value().value(0).toInt(), q.value().value(1).toInt());
    }
    for (const qint64 id : boothIds) {
        auto q =
            db.run(u"SELECT (SELECT state FROM counter_states WHERE counter_id = ? AND ended_at IS NULL), "
                   u"EXISTS (SELECT 1 FROM tickets WHERE counter_id = ? AND status = 'called') OR "
                   u"EXISTS (SELECT 1 FROM tickets WHERE counter_id = ? AND status = 'serving')"_s,
                   {id, id, id});
        if (!q.ok() || !hasRow(q.value().query()))
            continue;
        addBooth(line, q.value().value(0).toString(), q.value().value(1).toBool());
    }
    return line;
}

double mean(const QList<double>& values)
{
    double sum = 0;
    for (double v : values)
        sum += v;
    return values.isEmpty() ? 0 : sum / double(values.size());
}

// Recent service durations (minutes) at this service today, newest first.
QList<double> recentDurations(QSqlDatabase& db, qint64 serviceId, qint64 dayStartMs, int limit)
{
    QList<double> durations;
    auto q = Database::run(db, uR"(SELECT finished_at - serving_at FROM tickets
                                   WHERE service_id = ? AND first_called_at >= ? AND status = 'done'
                                     AND serving_at IS NOT NULL
                                   ORDER BY finished_at DESC LIMIT ?)"_s,
                           {serviceId, dayStartMs, limit});
    if (q.ok())
        (void)Database::forEachRow(
            q.value(), [&](const QSqlQuery& row) { durations << row.value(0).toDouble() / kMinuteMs; });
    return durations;
}

// The minutes of the newest kSamples calls (first call, minutes), newest first.
QList<double> newestMinutes(QList<std::pair<qint64, double>> calls)
{
    std::sort(calls.begin(), calls.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    QList<double> minutes;
    for (qsizetype i = 0; i < calls.size() && i < kSamples; ++i)
        minutes << calls.at(i).second;
    return minutes;
}

// Minutes a booth is taken by one citizen: from the call to the end of the service (or the no-show), over
// the newest tickets of the services first called in [fromMs, toMs). Transferred tickets are left out:
// their first call was at another booth.
QList<double> boothMinutes(StatementCache& db, const QList<qint64>& groupIds, qint64 fromMs, qint64 toMs)
{
    // Per service in index order (service_id, first_called_at), newest first, then merged: with an IN list
    // SQLite would sort all of them in a temporary table.
    QList<std::pair<qint64, double>> calls; // first call, minutes
    const auto addCall = [&](const QSqlQuery& row) {
        calls.append({row.value(0).toLongLong(), row.value(1).toDouble() / kMinuteMs});
    };
    if (db.isRemote() && !groupIds.isEmpty()) {
        // PostgreSQL: one round trip for all the services (the newest kSamples of all are the newest of each
        // service's newest kSamples, which the SQLite path merges).
        QVariantList args = variants(groupIds);
        args << fromMs << toMs << kSamples;
        if (auto q = db.run(kNewestCalls.arg(placeholders(groupIds.size())), args); q.ok())
            (void)Database::forEachRow(q.value().query(), addCall);
    }
    for (const qint64 id : db.isRemote() ? QList<qint64>() : groupIds) {
        auto q = db.run(u"SELECT first_called_at, finished_at - first_called_at FROM tickets "
                        u"WHERE service_id = ? AND first_called_at >= ? AND first_called_at < ? "
                        u"AND finished_at IS NOT NULL AND transferred = 0 AND status IN ('done', 'no_show') "
                        u"ORDER BY first_called_at DESC LIMIT ?"_s,
                        {id, fromMs, toMs, kSamples});
        if (q.ok())
            (void)Database::forEachRow(q.value().query(), addCall);
    }
    return newestMinutes(std::move(calls));
}

} // namespace

Estimator::Estimator(StatementCache& statements) : m_statements(statements) {}

Estimator::~Estimator() = default;

void Estimator::configure(const HallConfig& config)
{
    m_zone = Schedule::zone(config.site.timezone);
    m_layouts.clear();
}

Estimator::Layout& Estimator::layout(qint64 serviceId)
{
    if (const auto it = m_layouts.find(serviceId); it != m_layouts.end())
        return *it;
    Layout layout;
    layout.groupIds = idsOf(m_statements, uR"(SELECT DISTINCT g.service_id FROM counter_services s
                                      JOIN counters c ON c.id = s.counter_id AND c.active = 1
                                      JOIN counter_services g ON g.counter_id = s.counter_id
                                      WHERE s.service_id = ?)"_s,
                            serviceId);
    layout.boothIds = idsOf(m_statements, uR"(SELECT DISTINCT b.counter_id FROM counter_services s
                                      JOIN counters c ON c.id = s.counter_id AND c.active = 1
                                      JOIN counter_services g ON g.counter_id = s.counter_id
                                      JOIN counter_services b ON b.service_id = g.service_id
                                      JOIN counters bc ON bc.id = b.counter_id AND bc.active = 1
                                      WHERE s.service_id = ?)"_s,
                            serviceId);
    return *m_layouts.insert(serviceId, layout);
}

QString Estimator::foldedReads(qint64 serviceId, qint64 dayStartMs, qint64 nowMs, QVariantList& args,
                               Observed& observed)
{
    observed = Observed();
    observed.serviceId = serviceId;
    observed.callsRead = true;
    const Layout& layout = this->layout(serviceId);
    if (layout.groupIds.isEmpty() || layout.boothIds.isEmpty())
        return {};
    // The same reads as readLine and boothMinutes on a server, with the caller's row shape.
    args += variants(layout.groupIds);
    args += variants(layout.boothIds);
    args += variants(layout.groupIds);
    args << dayStartMs << nowMs + 1 << kSamples;
    return u"SELECT %1, service_id, count(*), COALESCE(sum(priority), 0), NULL FROM tickets "
           u"WHERE status = 'waiting' AND service_id IN (%2) GROUP BY service_id"_s.arg(int(kWaitingRow))
               .arg(placeholders(layout.groupIds.size())) +
           u" UNION ALL SELECT %1, %2, NULL, NULL, %3 FROM counters c WHERE c.id IN (%4)"_s
               .arg(int(kBoothRow))
               .arg(kBoothBusy, kBoothState, placeholders(layout.boothIds.size())) +
           u" UNION ALL SELECT %1, m.*, NULL, NULL FROM (%2) m"_s.arg(int(kCallRow))
               .arg(kNewestCalls.arg(placeholders(layout.groupIds.size())));
}

void Estimator::takeFoldedRow(const QSqlQuery& row, Observed& observed)
{
    switch (row.value(0).toInt()) {
    case kWaitingRow: {
        const int waiting = row.value(2).toInt();
        observed.waiting += waiting;
        observed.waitingPriority += row.value(3).toInt();
        if (row.value(1).toLongLong() == observed.serviceId)
            observed.waitingHere = waiting;
        break;
    }
    case kBoothRow:
        addBooth(observed, row.value(4).toString(), row.value(1).toInt() != 0);
        break;
    case kCallRow:
        observed.calls.append({row.value(1).toLongLong(), row.value(2).toDouble() / kMinuteMs});
        break;
    default:
        break;
    }
}

Estimator::Estimate Estimator::estimate(const ServiceConfig& service, qint64 serviceId, int ahead,
                                        qint64 dayStartMs, qint64 nowMs)
{
    // The booths that serve this service call across all of their services in one line (queue order), so
    // the line that matters is every waiting ticket of those services, and the capacity is every booth that
    // serves any of them.
    const Layout& layout = this->layout(serviceId);
    Line line = readLine(m_statements, serviceId, layout.groupIds, layout.boothIds);
    line.serviceId = serviceId;
    return estimate(service, ahead, dayStartMs, nowMs, line);
}

Estimator::Estimate Estimator::estimate(const ServiceConfig& service, int ahead, qint64 dayStartMs,
                                        qint64 nowMs, const Observed& line)
{
    StatementCache& db = m_statements;
    Layout& layout = this->layout(line.serviceId);
    if (layout.groupIds.isEmpty() || layout.boothIds.isEmpty())
        return {qMax(0, int(std::lround(kDefaultServiceMin * ahead))),
                0}; // no booth serves it: nothing to go on

    // `ahead` counts only priority tickets when the new ticket is a priority one, so fewer people ahead than
    // wait for the service means a priority ticket: it waits only behind priority ones.
    const bool priority = ahead < line.waitingHere;
    const int people = priority ? line.waitingPriority : line.waiting;
    const int othersAhead = qMax(0, people - ahead);

    // Nobody ahead and no booth busy: called as soon as a booth is free (or opens).
    const bool allBusy = line.open > 0 && line.busy >= line.open;
    if (people == 0 && !allBusy)
        return {0, 0};

    // Minutes per citizen at a booth: today's newest; early in the morning, topped up with the last days'.
    QList<double> taken =
        line.callsRead ? newestMinutes(line.calls) : boothMinutes(db, layout.groupIds, dayStartMs, nowMs + 1);
    if (taken.size() < kMinSamples) {
        if (layout.historyDayStartMs != dayStartMs) {
            layout.history = boothMinutes(db, layout.groupIds, dayStartMs - kHistoryMs, dayStartMs);
            layout.historyDayStartMs = dayStartMs;
        }
        taken += layout.history.mid(0, kSamples - taken.size());
    }
    const double perCitizen = taken.size() >= 3 ? mean(taken) : kDefaultServiceMin;
    const int staffed = qMax(1, line.open + line.onBreak);

    // Everyone in the line ahead, then the time until a booth frees up: half a citizen on average when every
    // open booth is busy.
    double minutes = people * perCitizen / staffed;
    if (allBusy)
        minutes += perCitizen / (2.0 * staffed);

    // A wait that runs past the end of the current opening range also waits out the break that follows
    // (lunch, Friday prayer): the booths close for it.
    const QDate today = Schedule::businessDay(QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC), m_zone);
    const QList<TimeRange> ranges = Schedule::hoursOn(service, today);
    const double callAtMs = double(nowMs) + minutes * kMinuteMs;
    for (qsizetype i = 0; i + 1 < ranges.size(); ++i) {
        const qint64 from = instantMs(today, ranges.at(i).from, m_zone);
        const qint64 to = instantMs(today, ranges.at(i).to, m_zone);
        const bool inRange = from <= nowMs && nowMs < to;
        if (inRange && callAtMs > double(to)) {
            const qint64 reopens = instantMs(today, ranges.at(i + 1).from, m_zone);
            minutes += double(reopens - to) / kMinuteMs;
            break;
        }
    }
    return {qMax(people > 0 ? 1 : 0, int(std::lround(minutes))), othersAhead};
}

int Estimator::naiveMinutes(QSqlDatabase& db, qint64 serviceId, int ahead, qint64 dayStartMs)
{
    const QList<double> durations = recentDurations(db, serviceId, dayStartMs, 1000);
    const double perCitizen = durations.isEmpty() ? kDefaultServiceMin : mean(durations);
    return int(std::lround(perCitizen * ahead));
}

} // namespace antre
