#include "Estimator.h"

#include "ConfigIo.h"
#include "Database.h"
#include "Schedule.h"

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
constexpr int kHistoryDays = 14;

QString placeholders(qsizetype n)
{
    QStringList marks;
    marks.fill(u"?"_s, n);
    return marks.join(u", "_s);
}

QVariantList variants(const QList<qint64>& ids)
{
    QVariantList list;
    for (qint64 id : ids)
        list << id;
    return list;
}

QList<qint64> ids(QSqlDatabase& db, const QString& sql, const QVariantList& args)
{
    QList<qint64> out;
    auto q = Database::run(db, sql, args);
    if (q.ok())
        while (q.value().next())
            out << q.value().value(0).toLongLong();
    return out;
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
// the newest tickets of the services since `sinceMs`. Transferred tickets are left out: their first call was
// at another booth.
QList<double> boothMinutes(QSqlDatabase& db, const QList<qint64>& services, qint64 sinceMs, int limit)
{
    QList<double> minutes;
    QVariantList args = variants(services);
    args << sinceMs << limit;
    auto q = Database::run(db,
                           u"SELECT finished_at - first_called_at FROM tickets WHERE service_id IN (" +
                               placeholders(services.size()) +
                               u") AND first_called_at >= ? AND finished_at IS NOT NULL AND transferred = 0 "
                               u"AND status IN ('done', 'no_show') ORDER BY first_called_at DESC LIMIT ?",
                           args);
    if (q.ok())
        while (q.value().next())
            minutes << q.value().value(0).toDouble() / kMinuteMs;
    return minutes;
}

// Today's opening ranges of the service as UTC instants, from the schedule JSON the services table keeps.
QList<std::pair<qint64, qint64>> rangesToday(QSqlDatabase& db, qint64 serviceId, qint64 nowMs)
{
    auto q = Database::run(db, uR"(SELECT s.schedule, site.timezone FROM services s, site
                                   WHERE s.id = ? AND site.id = 1)"_s,
                           {serviceId});
    if (!q.ok() || !q.value().next())
        return {};
    const QJsonObject schedule = QJsonDocument::fromJson(q.value().value(0).toString().toUtf8()).object();
    const QTimeZone zone = Schedule::zone(q.value().value(1).toString());
    const auto weekly = [](const QJsonObject& json) {
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
    };
    ServiceConfig service;
    service.hours = weekly(schedule.value(u"hours"_s).toObject());
    for (const auto& date : schedule.value(u"closed_dates"_s).toArray())
        service.closedDates << QDate::fromString(date.toString(), Qt::ISODate);
    for (const auto& entry : schedule.value(u"overrides"_s).toArray()) {
        const QJsonObject o = entry.toObject();
        service.overrides << HoursOverride{QDate::fromString(o.value(u"from"_s).toString(), Qt::ISODate),
                                           QDate::fromString(o.value(u"to"_s).toString(), Qt::ISODate),
                                           weekly(o.value(u"hours"_s).toObject())};
    }
    const QDate today = Schedule::businessDay(QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC), zone);
    QList<std::pair<qint64, qint64>> ranges;
    for (const auto& range : Schedule::hoursOn(service, today))
        ranges.append({QDateTime(today, range.from, zone).toMSecsSinceEpoch(),
                       QDateTime(today, range.to, zone).toMSecsSinceEpoch()});
    return ranges;
}

} // namespace

int Estimator::estimateMinutes(QSqlDatabase& db, qint64 serviceId, int ahead, qint64 dayStartMs, qint64 nowMs)
{
    // The booths that serve this service call across all of their services in one line (queue order), so
    // the line that matters is every waiting ticket of those services, and the capacity is every booth that
    // serves any of them.
    const QList<qint64> group = ids(db, uR"(SELECT DISTINCT g.service_id FROM counter_services s
                                            JOIN counters c ON c.id = s.counter_id AND c.active = 1
                                            JOIN counter_services g ON g.counter_id = s.counter_id
                                            WHERE s.service_id = ?)"_s,
                                    {serviceId});
    if (group.isEmpty())
        return qMax(0, int(std::lround(kDefaultServiceMin * ahead))); // no booth serves it: nothing to go on

    // People ahead in that line. `ahead` counts only priority tickets when the new ticket is a priority one,
    // so fewer people ahead than wait for the service means a priority ticket: it waits only behind priority
    // ones.
    int waiting = 0, waitingPriority = 0, waitingHere = 0;
    {
        QVariantList args{serviceId};
        args += variants(group);
        auto q =
            Database::run(db,
                          u"SELECT count(*), COALESCE(sum(priority), 0), COALESCE(sum(service_id = ?), 0) "
                          u"FROM tickets WHERE status = 'waiting' AND service_id IN (" +
                              placeholders(group.size()) + u')',
                          args);
        if (q.ok() && q.value().next()) {
            waiting = q.value().value(0).toInt();
            waitingPriority = q.value().value(1).toInt();
            waitingHere = q.value().value(2).toInt();
        }
    }
    const bool priority = ahead < waitingHere;
    const int line = priority ? waitingPriority : waiting;

    // The booths of the line: open now, on a break now, and which of the open ones are busy with a citizen.
    int open = 0, onBreak = 0, busy = 0;
    {
        auto q = Database::run(
            db,
            uR"(SELECT cs.state, EXISTS (SELECT 1 FROM tickets t WHERE t.counter_id = cs.counter_id
                                                             AND t.status IN ('called', 'serving'))
                                   FROM counter_states cs JOIN counters c ON c.id = cs.counter_id AND c.active = 1
                                   WHERE cs.ended_at IS NULL AND cs.counter_id IN
                                     (SELECT counter_id FROM counter_services WHERE service_id IN ()" +
                placeholders(group.size()) + u"))",
            variants(group));
        if (q.ok())
            while (q.value().next()) {
                const bool isOpen = q.value().value(0).toString() == u"open";
                open += isOpen ? 1 : 0;
                onBreak += isOpen ? 0 : 1;
                busy += isOpen && q.value().value(1).toInt() != 0 ? 1 : 0;
            }
    }

    // Minutes per citizen at a booth: today's newest, else the last days' (the first tickets of a morning).
    QList<double> taken = boothMinutes(db, group, dayStartMs, 30);
    if (taken.size() < kMinSamples)
        taken = boothMinutes(db, group, dayStartMs - kHistoryDays * 24 * 3600 * 1000LL, 30);
    const double perCitizen = taken.size() >= 3 ? mean(taken) : kDefaultServiceMin;
    const int staffed = qMax(1, open + onBreak);

    // Nobody ahead and no booth busy: called as soon as a booth is free (or opens).
    const bool allBusy = open > 0 && busy >= open;
    if (line == 0 && !allBusy)
        return 0;
    // Everyone in the line ahead, then the time until a booth frees up: half a citizen on average when every
    // open booth is busy.
    double minutes = line * perCitizen / staffed;
    if (allBusy)
        minutes += perCitizen / (2.0 * staffed);

    // A wait that runs past the end of the current opening range also waits out the break that follows
    // (lunch, Friday prayer): the booths close for it.
    const auto ranges = rangesToday(db, serviceId, nowMs);
    for (qsizetype i = 0; i + 1 < ranges.size(); ++i) {
        const auto& [from, to] = ranges.at(i);
        if (nowMs >= from && nowMs < to && nowMs + minutes * kMinuteMs > double(to)) {
            minutes += double(ranges.at(i + 1).first - to) / kMinuteMs;
            break;
        }
    }
    return qMax(line > 0 ? 1 : 0, int(std::lround(minutes)));
}

int Estimator::naiveMinutes(QSqlDatabase& db, qint64 serviceId, int ahead, qint64 dayStartMs)
{
    const QList<double> durations = recentDurations(db, serviceId, dayStartMs, 1000);
    const double perCitizen = durations.isEmpty() ? kDefaultServiceMin : mean(durations);
    return int(std::lround(perCitizen * ahead));
}

} // namespace antre
