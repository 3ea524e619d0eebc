#include "Estimator.h"

#include "ConfigIo.h"
#include "Database.h"
#include "Schedule.h"

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
    QString groupIds; // "3, 4, 7": ids of the services sharing the booths (integers from the database)
    QString boothIds; // ids of the booths serving any of them
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

QString joinIds(QSqlDatabase& db, const QString& sql, qint64 serviceId)
{
    QStringList ids;
    auto q = Database::run(db, sql, {serviceId});
    if (q.ok())
        while (q.value().next())
            ids << QString::number(q.value().value(0).toLongLong());
    return ids.join(u", "_s);
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
void load(QSqlDatabase& db, qint64 serviceId, Layout& layout)
{
    layout = Layout{};
    auto site = Database::run(db, u"SELECT config_version, timezone FROM site WHERE id = 1"_s);
    if (!site.ok() || !site.value().next())
        return;
    layout.configVersion = site.value().value(0).toLongLong();
    layout.zone = Schedule::zone(site.value().value(1).toString());
    layout.groupIds = joinIds(db, uR"(SELECT DISTINCT g.service_id FROM counter_services s
                                      JOIN counters c ON c.id = s.counter_id AND c.active = 1
                                      JOIN counter_services g ON g.counter_id = s.counter_id
                                      WHERE s.service_id = ?)"_s,
                              serviceId);
    layout.boothIds = joinIds(db, uR"(SELECT DISTINCT b.counter_id FROM counter_services s
                                      JOIN counters c ON c.id = s.counter_id AND c.active = 1
                                      JOIN counter_services g ON g.counter_id = s.counter_id
                                      JOIN counter_services b ON b.service_id = g.service_id
                                      JOIN counters bc ON bc.id = b.counter_id AND bc.active = 1
                                      WHERE s.service_id = ?)"_s,
                              serviceId);
    // The schedule as the services table keeps it: the same JSON as the configuration file.
    auto schedule = Database::run(db, u"SELECT schedule FROM services WHERE id = ?"_s, {serviceId});
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

// The line and the booths now, read in one statement together with the configuration version they were
// read under (so that a stale layout is noticed without a statement of its own).
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

Line readLine(QSqlDatabase& db, qint64 serviceId, const Layout& layout)
{
    Line line;
    const bool served = !layout.groupIds.isEmpty() && !layout.boothIds.isEmpty();
    QString sql = u"SELECT config_version FROM site WHERE id = 1"_s;
    if (served)
        sql = u"SELECT (SELECT config_version FROM site WHERE id = 1), w.n, w.p, w.h, s.o, s.b, c.n FROM "
              u"(SELECT count(*) AS n, COALESCE(sum(priority), 0) AS p, COALESCE(sum(service_id = "_s +
              QString::number(serviceId) +
              u"), 0) AS h FROM tickets WHERE status = 'waiting' AND service_id IN (" + layout.groupIds +
              u")) w, (SELECT COALESCE(sum(state = 'open'), 0) AS o, COALESCE(sum(state = 'break'), 0) AS b "
              u"FROM counter_states WHERE ended_at IS NULL AND counter_id IN (" +
              layout.boothIds +
              u")) s, (SELECT count(DISTINCT counter_id) AS n FROM tickets "
              u"WHERE status IN ('called', 'serving') AND counter_id IN (" +
              layout.boothIds + u")) c";
    auto q = Database::run(db, sql);
    if (!q.ok() || !q.value().next())
        return line;
    const QSqlQuery& r = q.value();
    line.configVersion = r.value(0).toLongLong();
    if (served) {
        line.waiting = r.value(1).toInt();
        line.waitingPriority = r.value(2).toInt();
        line.waitingHere = r.value(3).toInt();
        line.open = r.value(4).toInt();
        line.onBreak = r.value(5).toInt();
        line.busy = r.value(6).toInt();
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
QList<double> boothMinutes(QSqlDatabase& db, const QString& groupIds, qint64 fromMs, qint64 toMs)
{
    QList<double> minutes;
    auto q =
        Database::run(db,
                      u"SELECT finished_at - first_called_at FROM tickets WHERE service_id IN (" + groupIds +
                          u") AND first_called_at >= ? AND first_called_at < ? AND finished_at IS NOT NULL "
                          u"AND transferred = 0 AND status IN ('done', 'no_show') "
                          u"ORDER BY first_called_at DESC LIMIT ?",
                      {fromMs, toMs, kSamples});
    if (q.ok())
        while (q.value().next())
            minutes << q.value().value(0).toDouble() / kMinuteMs;
    return minutes;
}

} // namespace

int Estimator::estimateMinutes(QSqlDatabase& db, qint64 serviceId, int ahead, qint64 dayStartMs, qint64 nowMs)
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
