#include "Estimator.h"

#include "ConfigIo.h"
#include "Database.h"
#include "Schedule.h"
#include "StatementCache.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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

// What the estimate needs from the configuration of one service: the services that share its booths, those
// booths, its schedule and the site's zone. It changes only with an import (site.config_version), so it is
// kept per connection: the kiosk's issue is one transaction, and every statement in it costs (Qt prepares
// each one anew).
struct Layout
{
    qint64 configVersion = -1;
    QList<qint64> groupIds; // the services sharing the booths
    QList<qint64> boothIds; // the booths serving any of them
    ServiceConfig schedule;
    QTimeZone zone;
    // Minutes per citizen at those booths on the days before `historyDayStartMs`, newest first: they do not
    // change during the day, so they are read once a day.
    qint64 historyDayStartMs = -1;
    QList<double> history;
};

// Per thread, as a connection belongs to the thread that opened it; keyed by connection name (unique for the
// life of the process) and service id.
thread_local QHash<QString, QHash<qint64, Layout>> t_layouts;

QList<qint64> idsOf(StatementCache& db, const QString& sql, qint64 serviceId)
{
    QList<qint64> ids;
    auto q = db.run(sql, {serviceId});
    if (q.ok())
        while (q.value().next())
            ids << q.value().value(0).toLongLong();
    return ids;
}

WeeklyHours weeklyHours(const QJsonObject& json)
{
    WeeklyHours hours;
    for (int day = 1; day <= 7; ++day) {
        const QJsonValue list = json.value(ConfigIo::weekdayKey(day));
        if (!list.isArray())
            continue;
        QList<TimeRange> ranges;
        for (const auto& text : list.toArray())
            if (const auto range = ConfigIo::parseRange(text.toString()))
                ranges << *range;
        hours.insert(day, ranges);
    }
    return hours;
}

// Reads the configuration-derived part (the first time, and after an import).
void load(StatementCache& db, qint64 serviceId, Layout& layout)
{
    layout = Layout{};
    auto site = db.run(u"SELECT config_version, timezone FROM site WHERE id = 1"_s);
    if (!site.ok() || !site.value().next())
        return;
    layout.configVersion = site.value().value(0).toLongLong();
    layout.zone = Schedule::zone(site.value().value(1).toString());
    layout.groupIds = idsOf(db, uR"(SELECT DISTINCT g.service_id FROM counter_services s
                                      JOIN counters c ON c.id = s.counter_id AND c.active = 1
                                      JOIN counter_services g ON g.counter_id = s.counter_id
                                      WHERE s.service_id = ?)"_s,
                            serviceId);
    layout.boothIds = idsOf(db, uR"(SELECT DISTINCT b.counter_id FROM counter_services s
                                      JOIN counters c ON c.id = s.counter_id AND c.active = 1
                                      JOIN counter_services g ON g.counter_id = s.counter_id
                                      JOIN counter_services b ON b.service_id = g.service_id
                                      JOIN counters bc ON bc.id = b.counter_id AND bc.active = 1
                                      WHERE s.service_id = ?)"_s,
                            serviceId);
    // The schedule as the services table keeps it: the same JSON as the configuration file.
    auto schedule = db.run(u"SELECT schedule FROM services WHERE id = ?"_s, {serviceId});
    if (!schedule.ok() || !schedule.value().next())
        return;
    const QJsonObject json = QJsonDocument::fromJson(schedule.value().value(0).toString().toUtf8()).object();
    layout.schedule.hours = weeklyHours(json.value(u"hours"_s).toObject());
    for (const auto& date : json.value(u"closed_dates"_s).toArray())
        layout.schedule.closedDates << QDate::fromString(date.toString(), Qt::ISODate);
    for (const auto& entry : json.value(u"overrides"_s).toArray()) {
        const QJsonObject o = entry.toObject();
        layout.schedule.overrides << HoursOverride{
            QDate::fromString(o.value(u"from"_s).toString(), Qt::ISODate),
            QDate::fromString(o.value(u"to"_s).toString(), Qt::ISODate),
            weeklyHours(o.value(u"hours"_s).toObject())};
    }
}

// The line and the booths now, with the configuration version they were read under (a stale layout is
// noticed and read again).
struct Line
{
    qint64 configVersion = -2;
    int waiting = 0;
    int waitingPriority = 0;
    int waitingHere = 0;
    int open = 0;    // booths open now
    int onBreak = 0; // booths on a break now
    int busy = 0;    // booths with a called or served ticket
};

// One small prepared statement per service and per booth, each an index lookup: a single statement with IN
// lists and DISTINCT made SQLite build temporary tables on every ticket, and the allocator hand their memory
// back to the system and fault it in again each time.
Line readLine(StatementCache& db, qint64 serviceId, const Layout& layout)
{
    Line line;
    auto version = db.run(u"SELECT config_version FROM site WHERE id = 1"_s);
    if (!version.ok() || !version.value().next())
        return line;
    line.configVersion = version.value().value(0).toLongLong();
    version.value().finish();
    for (const qint64 id : layout.groupIds) {
        auto q = db.run(u"SELECT count(*), COALESCE(sum(priority), 0) FROM tickets "
                        u"WHERE status = 'waiting' AND service_id = ?"_s,
                        {id});
        if (!q.ok() || !q.value().next())
            continue;
        const int waiting = q.value().value(0).toInt();
        line.waiting += waiting;
        line.waitingPriority += q.value().value(1).toInt();
        if (id == serviceId)
            line.waitingHere = waiting;
    }
    for (const qint64 id : layout.boothIds) {
        auto q =
            db.run(u"SELECT (SELECT state FROM counter_states WHERE counter_id = ? AND ended_at IS NULL), "
                   u"EXISTS (SELECT 1 FROM tickets WHERE counter_id = ? AND status = 'called') OR "
                   u"EXISTS (SELECT 1 FROM tickets WHERE counter_id = ? AND status = 'serving')"_s,
                   {id, id, id});
        if (!q.ok() || !q.value().next())
            continue;
        const QString state = q.value().value(0).toString();
        line.open += int(state == u"open");
        line.onBreak += int(state == u"break");
        line.busy += int(q.value().value(1).toBool());
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
        while (q.value().next())
            durations << q.value().value(0).toDouble() / kMinuteMs;
    return durations;
}

// Minutes a booth is taken by one citizen: from the call to the end of the service (or the no-show), over
// the newest tickets of the services first called in [fromMs, toMs). Transferred tickets are left out:
// their first call was at another booth.
QList<double> boothMinutes(StatementCache& db, const QList<qint64>& groupIds, qint64 fromMs, qint64 toMs)
{
    // Per service in index order (service_id, first_called_at), newest first, then merged: with an IN list
    // SQLite would sort all of them in a temporary table.
    QList<std::pair<qint64, double>> calls; // first call, minutes
    for (const qint64 id : groupIds) {
        auto q = db.run(u"SELECT first_called_at, finished_at - first_called_at FROM tickets "
                        u"WHERE service_id = ? AND first_called_at >= ? AND first_called_at < ? "
                        u"AND finished_at IS NOT NULL AND transferred = 0 AND status IN ('done', 'no_show') "
                        u"ORDER BY first_called_at DESC LIMIT ?"_s,
                        {id, fromMs, toMs, kSamples});
        if (q.ok())
            while (q.value().next())
                calls.append({q.value().value(0).toLongLong(), q.value().value(1).toDouble() / kMinuteMs});
    }
    std::sort(calls.begin(), calls.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    QList<double> minutes;
    for (qsizetype i = 0; i < calls.size() && i < kSamples; ++i)
        minutes << calls.at(i).second;
    return minutes;
}

} // namespace

int Estimator::estimateMinutes(QSqlDatabase& db, qint64 serviceId, int ahead, qint64 dayStartMs, qint64 nowMs)
{
    StatementCache statements(db);
    return estimateMinutes(statements, serviceId, ahead, dayStartMs, nowMs);
}

int Estimator::estimateMinutes(StatementCache& db, qint64 serviceId, int ahead, qint64 dayStartMs,
                               qint64 nowMs)
{
    // The booths that serve this service call across all of their services in one line (queue order), so
    // the line that matters is every waiting ticket of those services, and the capacity is every booth that
    // serves any of them.
    Layout& layout = t_layouts[db.connectionName()][serviceId];
    Line line = readLine(db, serviceId, layout);
    if (line.configVersion != layout.configVersion) {
        load(db, serviceId, layout);
        line = readLine(db, serviceId, layout);
    }
    if (layout.groupIds.isEmpty() || layout.boothIds.isEmpty())
        return qMax(0, int(std::lround(kDefaultServiceMin * ahead))); // no booth serves it: nothing to go on

    // `ahead` counts only priority tickets when the new ticket is a priority one, so fewer people ahead than
    // wait for the service means a priority ticket: it waits only behind priority ones.
    const bool priority = ahead < line.waitingHere;
    const int people = priority ? line.waitingPriority : line.waiting;

    // Nobody ahead and no booth busy: called as soon as a booth is free (or opens).
    const bool allBusy = line.open > 0 && line.busy >= line.open;
    if (people == 0 && !allBusy)
        return 0;

    // Minutes per citizen at a booth: today's newest; early in the morning, topped up with the last days'.
    QList<double> taken = boothMinutes(db, layout.groupIds, dayStartMs, nowMs + 1);
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
    const QDate today = Schedule::businessDay(QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC), layout.zone);
    const QList<TimeRange> ranges = Schedule::hoursOn(layout.schedule, today);
    const double callAtMs = double(nowMs) + minutes * kMinuteMs;
    for (qsizetype i = 0; i + 1 < ranges.size(); ++i) {
        const qint64 from = QDateTime(today, ranges.at(i).from, layout.zone).toMSecsSinceEpoch();
        const qint64 to = QDateTime(today, ranges.at(i).to, layout.zone).toMSecsSinceEpoch();
        const bool inRange = from <= nowMs && nowMs < to;
        if (inRange && callAtMs > double(to)) {
            const qint64 reopens = QDateTime(today, ranges.at(i + 1).from, layout.zone).toMSecsSinceEpoch();
            minutes += double(reopens - to) / kMinuteMs;
            break;
        }
    }
    return qMax(people > 0 ? 1 : 0, int(std::lround(minutes)));
}

int Estimator::naiveMinutes(QSqlDatabase& db, qint64 serviceId, int ahead, qint64 dayStartMs)
{
    const QList<double> durations = recentDurations(db, serviceId, dayStartMs, 1000);
    const double perCitizen = durations.isEmpty() ? kDefaultServiceMin : mean(durations);
    return int(std::lround(perCitizen * ahead));
}

} // namespace antre
