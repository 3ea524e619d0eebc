#include "core/report/StaffingIntervals.h"

#include "core/Schedule.h"
#include "core/report/ReportBasics.h"
#include "core/report/ReportCatalog.h"
#include "core/storage/Database.h"

#include <QSqlQuery>

#include <algorithm>
#include <numeric>

using namespace Qt::Literals::StringLiterals;

namespace antre::report {

const Intervals& OpeningHours::of(const ServiceConfig& service, QDate day)
{
    const auto key = std::make_pair(&service, day.toJulianDay());
    if (const auto known = m_hours.find(key); known != m_hours.end())
        return known->second;
    Intervals list;
    for (const TimeRange& range : Schedule::hoursOn(service, day))
        list.push_back({utcMs(day, range.from), utcMs(day, range.to)});
    return m_hours.emplace(key, std::move(list)).first->second;
}

qint64 OpeningHours::utcMs(QDate day, QTime time)
{
    const qint64 key = day.toJulianDay() * 86'400'000 + time.msecsSinceStartOfDay();
    if (const auto known = m_utcMs.constFind(key); known != m_utcMs.cend())
        return *known;
    return *m_utcMs.insert(key, QDateTime(day, time, m_zone).toMSecsSinceEpoch());
}

Intervals normalized(Intervals list)
{
    std::sort(list.begin(), list.end(), [](const Interval& a, const Interval& b) { return a.from < b.from; });
    Intervals out;
    for (const Interval& i : list) {
        if (i.to <= i.from)
            continue;
        if (!out.empty() && i.from <= out.back().to)
            out.back().to = std::max(out.back().to, i.to);
        else
            out.push_back(i);
    }
    return out;
}

qint64 lengthOf(const Intervals& list)
{
    return std::accumulate(list.begin(), list.end(), qint64(0),
                           [](qint64 sum, const Interval& i) { return sum + (i.to - i.from); });
}

qint64 overlapOf(const Intervals& a, const Intervals& b)
{
    qint64 total = 0;
    size_t i = 0;
    size_t j = 0;
    while (i < a.size() && j < b.size()) {
        total += std::max<qint64>(0, std::min(a[i].to, b[j].to) - std::max(a[i].from, b[j].from));
        if (a[i].to < b[j].to)
            ++i;
        else
            ++j;
    }
    return total;
}

Intervals before(Intervals list, qint64 endMs)
{
    for (Interval& i : list)
        i.to = std::min(i.to, endMs);
    return normalized(std::move(list)); // drops those that now end before they start
}

Intervals unionOf(const Intervals& a, const Intervals& b)
{
    Intervals both = a;
    both.insert(both.end(), b.begin(), b.end());
    return normalized(std::move(both));
}

Intervals scheduledFor(const QString& counterCode, const std::vector<const HallConfig*>& configOfDay,
                       QDate from, const QTimeZone& zone)
{
    OpeningHours hours(zone);
    return scheduledFor(counterCode, configOfDay, from, hours);
}

Intervals scheduledFor(const QString& counterCode, const std::vector<const HallConfig*>& configOfDay,
                       QDate from, OpeningHours& hours)
{
    Intervals list;
    for (size_t i = 0; i < configOfDay.size(); ++i) {
        const HallConfig& config = *configOfDay[i];
        const CounterConfig* counter = config.counter(counterCode);
        if (!counter)
            continue;
        const QDate day = from.addDays(qint64(i));
        for (const QString& code : counter->services)
            if (const ServiceConfig* service = config.service(code)) {
                const Intervals& open = hours.of(*service, day);
                list.insert(list.end(), open.begin(), open.end());
            }
    }
    return normalized(std::move(list));
}

Result<StateSpans> loadStateSpans(QSqlDatabase& db, const Interval& range, qint64 nowMs,
                                  const QTimeZone& zone)
{
    auto q = Database::run(db, uR"(SELECT counter_id, state, started_at, ended_at FROM counter_states
                                   WHERE started_at < ? AND (ended_at IS NULL OR ended_at > ?))"_s,
                           {range.to, range.from});
    if (!q.ok())
        return q.error();
    StateSpans spans;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        const qint64 started = r.value(2).toLongLong();
        qint64 ended = r.value(3).toLongLong();
        if (r.value(3).isNull()) {
            // Still open: counted up to now, but not past the end of the day it began, where the engine's
            // rollover will close it.
            const QDate day = Schedule::businessDay(QDateTime::fromMSecsSinceEpoch(started, Qt::UTC), zone);
            ended = std::min(nowMs, Schedule::dayEndUtc(day, zone).toMSecsSinceEpoch());
        }
        auto& spansOfState = r.value(1).toString() == u"break" ? spans.onBreak : spans.open;
        spansOfState[r.value(0).toLongLong()].push_back(
            {std::max(started, range.from), std::min(ended, range.to)});
    }
    if (auto ended = Database::rowsEnded(q.value()); !ended.ok())
        return ended.error();
    for (auto* map : {&spans.open, &spans.onBreak})
        for (auto& list : *map)
            list = normalized(std::move(list));
    return spans;
}

CounterStaffing staffingOf(const Entity& counter, const Intervals& scheduled, const Intervals& open,
                           const Intervals& onBreak)
{
    CounterStaffing s;
    s.code = counter.code;
    s.name = counter.name;
    s.scheduledMin = wholeMinutes(lengthOf(scheduled));
    s.openMin = wholeMinutes(lengthOf(open));
    s.breakMin = wholeMinutes(lengthOf(onBreak));
    s.openInHoursMin = wholeMinutes(overlapOf(open, scheduled));
    s.unstaffedMin = wholeMinutes(lengthOf(scheduled) - overlapOf(unionOf(open, onBreak), scheduled));
    return s;
}

Result<QList<CounterStaffing>> staffingFor(QSqlDatabase& db, const Catalog& catalog, const HallConfig& config,
                                           const Report& report, const QTimeZone& zone)
{
    const Interval range{Schedule::dayStartUtc(report.from, zone).toMSecsSinceEpoch(),
                         Schedule::dayEndUtc(report.to, zone).toMSecsSinceEpoch()};
    const qint64 nowMs = report.asOf.toMSecsSinceEpoch();
    auto spans = loadStateSpans(db, range, nowMs, zone);
    if (!spans.ok())
        return spans.error();
    auto timeline = ConfigTimeline::load(db, config, report.from, report.to, zone);
    if (!timeline.ok())
        return timeline.error();
    std::vector<const HallConfig*> configOfDay;
    for (QDate day = report.from; day <= report.to; day = day.addDays(1))
        configOfDay.push_back(&timeline.value().at(Schedule::dayEndUtc(day, zone).toMSecsSinceEpoch()));
    OpeningHours hours(zone);
    QList<CounterStaffing> list;
    for (const Entity& counter : catalog.counters.items) {
        const Intervals open = spans.value().open.value(counter.id);
        const Intervals onBreak = spans.value().onBreak.value(counter.id);
        // Only the hours up to now: the rest of today cannot have been staffed yet.
        const Intervals scheduled =
            before(scheduledFor(counter.code, configOfDay, report.from, hours), nowMs);
        if (!counter.active && open.empty() && onBreak.empty() && scheduled.empty())
            continue;
        list << staffingOf(counter, scheduled, open, onBreak);
    }
    return list;
}

} // namespace antre::report
