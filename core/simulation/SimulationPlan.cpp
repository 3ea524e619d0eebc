#include "core/simulation/Simulation.h"

using namespace Qt::Literals::StringLiterals;

namespace antre::simulation {

QList<TimeRange> merged(QList<TimeRange> ranges)
{
    std::sort(ranges.begin(), ranges.end(),
              [](const TimeRange& a, const TimeRange& b) { return a.from < b.from; });
    QList<TimeRange> out;
    for (const auto& r : ranges) {
        if (!out.isEmpty() && r.from <= out.last().to)
            out.last().to = qMax(out.last().to, r.to);
        else
            out << r;
    }
    return out;
}

Status Simulation::load()
{
    auto config = m_engine.config();
    if (!config.ok())
        return config.error();
    m_config = config.value();
    m_zone = Schedule::zone(m_config.site.timezone);
    auto ids = Database::run(m_db.sql(), u"SELECT id, code FROM services"_s);
    if (!ids.ok())
        return ids.error();
    while (ids.value().next())
        m_serviceIds.insert(ids.value().value(1).toString(), ids.value().value(0).toLongLong());
    return Database::rowsEnded(ids.value());
}

Status Simulation::planDay(QDate date)
{
    m_citizens.clear();
    m_byNumber.clear();
    m_booths.clear();
    m_boothsByService.clear();
    m_servedToday.clear();
    m_day = SimulatedDay{};
    m_day.date = date;
    const int weekday = date.dayOfWeek();

    // Officers: who came in today. Each is at one booth at most.
    QSet<QString> present;
    for (const auto& member : m_config.staff)
        if (member.active && member.role == Role::Officer && !chance(m_options.absenceRate))
            present.insert(member.id);

    for (const auto& counter : m_config.counters) {
        Booth booth;
        booth.code = counter.code;
        QList<TimeRange> hours;
        for (const auto& code : counter.services)
            if (const ServiceConfig* service = m_config.service(code))
                hours += Schedule::hoursOn(*service, date);
        hours = merged(hours);
        const int index = int(m_booths.size());
        m_booths << booth;
        if (hours.isEmpty())
            continue;

        std::optional<bool> forced;
        for (const auto& rule : m_options.staffing)
            if (rule.counter == counter.code && (rule.weekday == 0 || rule.weekday == weekday))
                forced = rule.staffed;
        QString officer;
        if (forced != std::optional<bool>(false)) {
            QStringList candidates;
            for (const auto& member : m_config.staff)
                if (present.contains(member.id) && member.counters.contains(counter.code))
                    candidates << member.id;
            if (!candidates.isEmpty()) {
                officer = candidates.at(int(m_random.bounded(int(candidates.size()))));
                present.remove(officer);
            }
        }
        // A booth the rota leaves empty is opened without a named officer only when the question asks for it.
        const bool staffed = forced.value_or(!officer.isEmpty());
        if (!staffed)
            continue;
        m_booths[index].officer = officer;
        for (const auto& code : counter.services) {
            m_boothsByService[code] << index;
            m_servedToday.insert(code);
        }
        ++m_day.boothsOpened;

        // Officers come in around opening time, some a little late.
        schedule(at(date, hours.first().from) + qint64(uniform(-10, 12) * kMinute), EventKind::BoothOpen,
                 index);
        // The gaps between opening ranges are breaks: lunch (istirahat), on Friday the Friday prayer.
        for (qsizetype i = 0; i + 1 < hours.size(); ++i) {
            const qint64 from = at(date, hours.at(i).to) + qint64(uniform(-3, 5) * kMinute);
            const qint64 until = at(date, hours.at(i + 1).from) + qint64(uniform(-5, 10) * kMinute);
            schedule(from, EventKind::BreakStart, index, until,
                     weekday == 5 ? u"sholat Jumat"_s : u"istirahat"_s);
        }
        // Some officers step out for the afternoon prayer (Ashar, around 15.00 in Banten).
        const qint64 asharFrom = at(date, QTime(15, 0)) + qint64(uniform(0, 15) * kMinute);
        if (chance(0.3) && asharFrom + 20 * kMinute < at(date, hours.last().to))
            schedule(asharFrom, EventKind::BreakStart, index, asharFrom + qint64(uniform(10, 15) * kMinute),
                     u"sholat Ashar"_s);
        schedule(at(date, hours.last().to), EventKind::DayEnd, index);
        schedule(at(date, hours.last().to) + kOvertimeMs, EventKind::HardClose, index);
    }

    // Arrivals: each service's weekly demand spread over the days it is open.
    double totalWeight = 0;
    for (const auto& service : m_config.services)
        totalWeight += profile(service.code).weight;
    const double dayFactor = kWeekdayFactor[weekday];
    for (const auto& service : m_config.services) {
        if (Schedule::hoursOn(service, date).isEmpty())
            continue; // people know the days a service is open, and its holidays
        int openDays = 0;
        for (auto it = service.hours.cbegin(); it != service.hours.cend(); ++it)
            openDays += it.value().isEmpty() ? 0 : 1;
        const ServiceProfile p = profile(service.code);
        const double perDay =
            m_options.visitorsPerDay * p.weight / qMax(1e-9, totalWeight) * 5.0 / qMax(1, openDays);
        const int count = poisson(perDay * dayFactor);
        for (int i = 0; i < count; ++i) {
            double total = 0;
            for (double w : kHalfHourProfile)
                total += w;
            double pick = uniform(0, total);
            int bucket = 0;
            while (bucket + 1 < int(std::size(kHalfHourProfile)) && pick >= kHalfHourProfile[bucket])
                pick -= kHalfHourProfile[bucket++];
            const double minute = kProfileStartMin + bucket * 30 + uniform(0, 30);
            Citizen citizen;
            citizen.service = service.code;
            citizen.priority = chance(m_options.priorityRate);
            citizen.answersCall = !chance(m_options.noShowRate);
            citizen.wantsTransfer = chance(m_options.transferRate);
            citizen.patienceMs = qint64(lognormal(180, 0.5) * kMinute);
            m_citizens << citizen;
            schedule(at(date, 0) + qint64(minute * kMinute), EventKind::Arrival, int(m_citizens.size() - 1));
        }
    }
    m_day.visitors = int(m_citizens.size());
    return Done{};
}

} // namespace antre::simulation
