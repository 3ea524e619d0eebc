#include "core/HallSimulator.h"

#include "core/Clock.h"
#include "core/Estimator.h"
#include "core/HallConfig.h"
#include "core/QueueEngine.h"
#include "core/Schedule.h"
#include "core/storage/Database.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>
#include <queue>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <optional>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;

// Relative arrivals per half hour from 07:30 to 15:30: people queue at the kiosk before the doors open,
// the morning is the peak, the afternoon after lunch is quieter.
constexpr double kHalfHourProfile[] = {0.8, 1.6, 1.9, 2.0, 1.9, 1.7, 1.5, 1.2,
                                       1.0, 0.6, 0.7, 1.0, 1.0, 0.8, 0.6, 0.3};
constexpr int kProfileStartMin = 7 * 60 + 30;
// By ISO weekday (index 1 = Monday): Monday is the busiest day, Friday (short hours) the quietest.
constexpr double kWeekdayFactor[] = {0, 1.15, 1.0, 1.0, 0.95, 0.8, 0.5, 0.3};
// A booth keeps serving the people who hold a ticket after its hours end, but not for ever.
constexpr qint64 kOvertimeMs = 60 * kMinute;

enum class EventKind
{
    Arrival,
    BoothOpen,
    BoothCall,
    CitizenAtBooth,
    Recall,
    NoShow,
    Finish,
    BreakStart,
    BreakEnd,
    DayEnd,
    HardClose
};

struct Event
{
    qint64 at = 0;
    quint64 order = 0; // ties in time are handled in the order they were scheduled: reproducible
    EventKind kind = EventKind::Arrival;
    int index = 0;    // booth or citizen
    qint64 until = 0; // BreakStart: planned end of the break
    QString reason;   // BreakStart
};

struct Later
{
    bool operator()(const Event& a, const Event& b) const
    {
        return a.at != b.at ? a.at > b.at : a.order > b.order;
    }
};

struct Citizen
{
    QString service;
    bool priority = false;
    bool answersCall = true;
    bool wantsTransfer = false;
    bool transferred = false;
    bool cameBack = false; // arrived while the kiosk was not issuing and came back when it opened
    qint64 patienceMs = 0;
    qint64 issuedAt = 0;
};

enum class BoothState
{
    Closed,
    Idle,
    Busy,
    Break,
    Gone
};

struct Booth
{
    QString code;
    QString officer; // staff ID; empty when opened without a named officer
    BoothState state = BoothState::Closed;
    bool callPending = false;
    bool breakPending = false;
    qint64 breakUntil = 0;
    QString breakReason;
    bool closing = false;     // its hours are over: serve whoever still waits, then close
    bool hardClosing = false; // overtime is over: close after the current citizen
    int citizen = -1;
};

struct IssueRecord
{
    QString service;
    int naive = 0;
};

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

class Simulation final
{
public:
    Simulation(Database& db, const SimulationOptions& options)
        : m_db(db), m_options(options), m_clock(QDateTime::currentDateTimeUtc()), m_engine(db, m_clock),
          m_random(options.seed)
    {}

    Result<SimulationResult> run();

private:
    // ----- randomness (one seeded generator, consumed in event order: reproducible) -----
    double uniform(double from, double to) { return from + (to - from) * m_random.generateDouble(); }
    bool chance(double p) { return m_random.generateDouble() < p; }
    double normal()
    {
        const double u1 = 1.0 - m_random.generateDouble();
        const double u2 = m_random.generateDouble();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
    }
    double lognormal(double median, double sigma) { return median * std::exp(sigma * normal()); }
    int poisson(double lambda)
    {
        if (lambda <= 0)
            return 0;
        if (lambda > 30)
            return qMax(0, int(std::lround(lambda + std::sqrt(lambda) * normal())));
        const double limit = std::exp(-lambda);
        int k = 0;
        for (double p = m_random.generateDouble(); p > limit; p *= m_random.generateDouble())
            ++k;
        return k;
    }

    qint64 at(QDate date, int minuteOfDay) const
    {
        return QDateTime(date, QTime(0, 0).addSecs(minuteOfDay * 60), m_zone).toMSecsSinceEpoch();
    }
    qint64 at(QDate date, QTime time) const { return QDateTime(date, time, m_zone).toMSecsSinceEpoch(); }
    void schedule(qint64 when, EventKind kind, int index, qint64 until = 0, const QString& reason = {})
    {
        m_events.push(Event{when, m_order++, kind, index, until, reason});
    }
    ServiceProfile profile(const QString& service) const
    {
        if (auto it = m_options.profiles.constFind(service); it != m_options.profiles.cend())
            return *it;
        return m_demoProfiles.value(service, ServiceProfile{});
    }

    Status load();
    Status planDay(QDate date);
    Status handle(const Event& event);
    Status arrival(int citizenIndex);
    Status tryCall(int boothIndex);
    Status afterTicket(int boothIndex);
    Status startBreak(int boothIndex, qint64 until, const QString& reason);
    Status close(int boothIndex);
    void wakeBooths(const QString& service);
    // Engine failures other than the ones the simulation expects end the run: they are bugs.
    Status fail(const Error& error, const QString& what) const
    {
        return makeError(error.kind, error.code,
                         u"simulation, %1 at %2: %3"_s.arg(
                             what, m_clock.now().toTimeZone(m_zone).toString(Qt::ISODate), error.message));
    }
    Status collectDay(QDate date);
    Status evaluate();

    Database& m_db;
    const SimulationOptions& m_options;
    ManualClock m_clock;
    QueueEngine m_engine;
    QRandomGenerator m_random;
    HallConfig m_config;
    QTimeZone m_zone;
    QHash<QString, qint64> m_serviceIds;
    QHash<QString, ServiceProfile> m_demoProfiles = HallSimulator::demoProfiles();

    std::priority_queue<Event, std::vector<Event>, Later> m_events;
    quint64 m_order = 0;
    QList<Citizen> m_citizens;      // of the current day
    QHash<QString, int> m_byNumber; // today's ticket number → citizen
    QList<Booth> m_booths;          // of the current day
    QHash<QString, QList<int>> m_boothsByService;
    QSet<QString> m_servedToday;         // services with a staffed booth today (transfer targets)
    QHash<qint64, IssueRecord> m_issued; // ticket id → what the simulation saw at issue
    SimulatedDay m_day;
    SimulationResult m_result;
};

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
    return Done{};
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

void Simulation::wakeBooths(const QString& service)
{
    for (int index : m_boothsByService.value(service)) {
        Booth& booth = m_booths[index];
        if (booth.state == BoothState::Idle && !booth.callPending) {
            booth.callPending = true;
            // The officer notices the new ticket on the screen after a few seconds.
            schedule(m_clock.now().toMSecsSinceEpoch() + qint64(uniform(5, 30) * kSecond),
                     EventKind::BoothCall, index);
        }
    }
}

Status Simulation::arrival(int citizenIndex)
{
    Citizen& citizen = m_citizens[citizenIndex];
    auto issued = m_engine.issue(citizen.service, citizen.priority);
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    if (!issued.ok()) {
        if (issued.error().kind != ErrorKind::Refused)
            return fail(issued.error(), u"issue "_s + citizen.service);
        // Before opening or in the lunch break: wait at the kiosk and take a ticket when it opens again.
        if (issued.error().code == ErrorCode::NotOpenYet && !citizen.cameBack) {
            const ServiceConfig* service = m_config.service(citizen.service);
            const QTime local = m_clock.now().toTimeZone(m_zone).time();
            for (const auto& range : Schedule::hoursOn(*service, m_day.date)) {
                if (range.from > local) {
                    citizen.cameBack = true;
                    schedule(at(m_day.date, range.from) + qint64(uniform(0, 8) * kMinute), EventKind::Arrival,
                             citizenIndex);
                    return Done{};
                }
            }
        }
        ++m_day.refused;
        return Done{};
    }
    ++m_result.transactions;
    ++m_day.issued;
    const IssuedTicket& ticket = issued.value();
    citizen.issuedAt = now;
    m_byNumber.insert(ticket.number.toString(), citizenIndex);
    const qint64 dayStart = Schedule::dayStartUtc(m_day.date, m_zone).toMSecsSinceEpoch();
    m_issued.insert(
        ticket.id,
        IssueRecord{citizen.service, Estimator::naiveMinutes(m_db.sql(), m_serviceIds.value(citizen.service),
                                                             ticket.ahead, dayStart)});
    wakeBooths(citizen.service);
    return Done{};
}

Status Simulation::tryCall(int boothIndex)
{
    Booth& booth = m_booths[boothIndex];
    booth.callPending = false;
    if (booth.state != BoothState::Idle)
        return Done{};
    if (booth.hardClosing)
        return close(boothIndex);
    auto call = m_engine.callNext(booth.code);
    if (!call.ok()) {
        if (call.error().kind != ErrorKind::NothingToDo)
            return fail(call.error(), u"call at "_s + booth.code);
        return booth.closing ? close(boothIndex) : Status(Done{});
    }
    ++m_result.transactions;
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    const int citizenIndex = m_byNumber.value(call.value().number.toString(), -1);
    if (citizenIndex < 0)
        return makeError(ErrorKind::Internal, ErrorCode::Simulation,
                         u"simulation: %1 called %2, a ticket it did not issue"_s.arg(
                             booth.code, call.value().number.toString()));
    booth.state = BoothState::Busy;
    booth.citizen = citizenIndex;
    const Citizen& citizen = m_citizens.at(citizenIndex);
    const bool gaveUp = !citizen.transferred && now - citizen.issuedAt > citizen.patienceMs;
    if (citizen.transferred || (citizen.answersCall && !gaveUp))
        schedule(now + qint64(uniform(15, 75) * kSecond), EventKind::CitizenAtBooth, boothIndex);
    else
        schedule(now + qint64(uniform(50, 70) * kSecond), EventKind::Recall, boothIndex);
    return Done{};
}

Status Simulation::afterTicket(int boothIndex)
{
    Booth& booth = m_booths[boothIndex];
    booth.state = BoothState::Idle;
    booth.citizen = -1;
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    if (booth.breakPending) {
        booth.breakPending = false;
        if (now < booth.breakUntil)
            return startBreak(boothIndex, booth.breakUntil, booth.breakReason);
    }
    if (booth.hardClosing)
        return close(boothIndex);
    booth.callPending = true;
    // Notes, stamps, a word with the next person: the next call comes after a short pause.
    schedule(now + qint64(uniform(10, 40) * kSecond), EventKind::BoothCall, boothIndex);
    return Done{};
}

Status Simulation::startBreak(int boothIndex, qint64 until, const QString& reason)
{
    Booth& booth = m_booths[boothIndex];
    if (auto s = m_engine.startBreak(booth.code, reason); !s.ok())
        return fail(s.error(), u"break at "_s + booth.code);
    ++m_result.transactions;
    booth.state = BoothState::Break;
    schedule(until, EventKind::BreakEnd, boothIndex);
    return Done{};
}

Status Simulation::close(int boothIndex)
{
    Booth& booth = m_booths[boothIndex];
    if (auto s = m_engine.closeCounter(booth.code); !s.ok())
        return fail(s.error(), u"close "_s + booth.code);
    ++m_result.transactions;
    booth.state = BoothState::Gone;
    return Done{};
}

Status Simulation::handle(const Event& event)
{
    m_clock.set(QDateTime::fromMSecsSinceEpoch(event.at, Qt::UTC));
    const qint64 now = event.at;
    switch (event.kind) {
    case EventKind::Arrival:
        return arrival(event.index);
    case EventKind::BoothOpen: {
        Booth& booth = m_booths[event.index];
        if (auto s = m_engine.openCounter(booth.code, booth.officer); !s.ok())
            return fail(s.error(), u"open "_s + booth.code);
        ++m_result.transactions;
        booth.state = BoothState::Idle;
        return tryCall(event.index);
    }
    case EventKind::BoothCall:
        return tryCall(event.index);
    case EventKind::CitizenAtBooth: {
        Booth& booth = m_booths[event.index];
        auto serving = m_engine.startServing(booth.code);
        if (!serving.ok())
            return fail(serving.error(), u"serve at "_s + booth.code);
        ++m_result.transactions;
        const ServiceProfile p = profile(m_citizens.at(booth.citizen).service);
        const double minutes = std::clamp(lognormal(p.medianServiceMin, p.spread), 0.5, 90.0);
        schedule(now + qint64(minutes * kMinute), EventKind::Finish, event.index);
        return Done{};
    }
    case EventKind::Recall: {
        Booth& booth = m_booths[event.index];
        if (auto r = m_engine.recall(booth.code); !r.ok())
            return fail(r.error(), u"recall at "_s + booth.code);
        ++m_result.transactions;
        schedule(now + qint64(uniform(60, 120) * kSecond), EventKind::NoShow, event.index);
        return Done{};
    }
    case EventKind::NoShow: {
        Booth& booth = m_booths[event.index];
        if (auto r = m_engine.markNoShow(booth.code); !r.ok())
            return fail(r.error(), u"no-show at "_s + booth.code);
        ++m_result.transactions;
        ++m_day.noShows;
        return afterTicket(event.index);
    }
    case EventKind::Finish: {
        Booth& booth = m_booths[event.index];
        Citizen& citizen = m_citizens[booth.citizen];
        if (citizen.wantsTransfer && !citizen.transferred) {
            // Sent on to another service of the same agency that someone serves today (KTP-el → KK, …).
            const ServiceConfig* from = m_config.service(citizen.service);
            QStringList targets;
            for (const auto& service : m_config.services)
                if (service.agency == from->agency && service.code != from->code &&
                    m_servedToday.contains(service.code))
                    targets << service.code;
            if (!targets.isEmpty()) {
                const QString target = targets.at(int(m_random.bounded(int(targets.size()))));
                if (auto t = m_engine.transfer(booth.code, target); !t.ok())
                    return fail(t.error(), u"transfer at "_s + booth.code);
                ++m_result.transactions;
                ++m_day.transfers;
                citizen.transferred = true;
                citizen.service = target;
                const QString freed = target;
                if (auto s = afterTicket(event.index); !s.ok())
                    return s;
                wakeBooths(freed);
                return Done{};
            }
        }
        const double roll = m_random.generateDouble();
        const Outcome outcome = roll < 0.9    ? Outcome::Completed
                                : roll < 0.97 ? Outcome::Incomplete
                                              : Outcome::Referred;
        if (auto f = m_engine.finish(booth.code, outcome); !f.ok())
            return fail(f.error(), u"finish at "_s + booth.code);
        ++m_result.transactions;
        ++m_day.served;
        return afterTicket(event.index);
    }
    case EventKind::BreakStart: {
        Booth& booth = m_booths[event.index];
        if (booth.state == BoothState::Idle)
            return startBreak(event.index, event.until, event.reason);
        if (booth.state == BoothState::Busy) {
            // The citizen at the booth is served to the end first.
            booth.breakPending = true;
            booth.breakUntil = event.until;
            booth.breakReason = event.reason;
        }
        return Done{};
    }
    case EventKind::BreakEnd: {
        Booth& booth = m_booths[event.index];
        if (booth.state != BoothState::Break)
            return Done{};
        if (auto s = m_engine.resumeCounter(booth.code); !s.ok())
            return fail(s.error(), u"resume "_s + booth.code);
        ++m_result.transactions;
        booth.state = BoothState::Idle;
        return tryCall(event.index);
    }
    case EventKind::DayEnd: {
        Booth& booth = m_booths[event.index];
        booth.closing = true;
        if (booth.state == BoothState::Idle && !booth.callPending)
            return tryCall(event.index);
        if (booth.state == BoothState::Break) {
            // Still on a break at closing time: come back only to close the booth.
            booth.state = BoothState::Idle;
            if (auto s = m_engine.resumeCounter(booth.code); !s.ok())
                return fail(s.error(), u"resume "_s + booth.code);
            ++m_result.transactions;
            return close(event.index);
        }
        return Done{};
    }
    case EventKind::HardClose: {
        Booth& booth = m_booths[event.index];
        booth.hardClosing = true;
        if (booth.state == BoothState::Idle)
            return close(event.index);
        return Done{};
    }
    }
    return Done{};
}

Status Simulation::collectDay(QDate date)
{
    auto q = Database::run(m_db.sql(), uR"(SELECT count(*), COALESCE(sum(status IN ('waiting', 'called')), 0),
                                              avg(CASE WHEN first_called_at IS NOT NULL
                                                       THEN first_called_at - issued_at END)
                                           FROM tickets WHERE business_day = ?)"_s,
                           {date.toString(Qt::ISODate)});
    if (!q.ok())
        return q.error();
    if (q.value().next()) {
        m_day.notCalled = q.value().value(1).toInt();
        m_day.meanWaitMin = q.value().value(2).toDouble() / double(kMinute);
    }
    m_result.days << m_day;
    return Done{};
}

Status Simulation::evaluate()
{
    if (m_result.days.isEmpty())
        return Done{};
    auto q =
        Database::run(m_db.sql(), uR"(SELECT id, issued_at, first_called_at, estimated_wait_min FROM tickets
                                           WHERE business_day BETWEEN ? AND ? AND first_called_at IS NOT NULL)"_s,
                      {m_result.days.constFirst().date.toString(Qt::ISODate),
                       m_result.days.constLast().date.toString(Qt::ISODate)});
    if (!q.ok())
        return q.error();
    EstimatorEvaluation& e = m_result.estimator;
    double actualSum = 0;
    while (q.value().next()) {
        const auto record = m_issued.constFind(q.value().value(0).toLongLong());
        if (record == m_issued.cend())
            continue; // a ticket that was already in the database
        const double actual =
            double(q.value().value(2).toLongLong() - q.value().value(1).toLongLong()) / kMinute;
        const double project = q.value().value(3).toDouble();
        const double naive = record->naive;
        ++e.samples;
        actualSum += actual;
        e.projectMae += std::abs(project - actual);
        e.naiveMae += std::abs(naive - actual);
        e.projectBias += project - actual;
        e.naiveBias += naive - actual;
        auto& s = e.byService[record->service];
        ++s.samples;
        s.projectMae += std::abs(project - actual);
        s.naiveMae += std::abs(naive - actual);
    }
    if (e.samples == 0)
        return Done{};
    e.projectMae /= e.samples;
    e.naiveMae /= e.samples;
    e.projectBias /= e.samples;
    e.naiveBias /= e.samples;
    e.meanActualMin = actualSum / e.samples;
    for (auto& s : e.byService) {
        s.projectMae /= s.samples;
        s.naiveMae /= s.samples;
    }
    return Done{};
}

Result<SimulationResult> Simulation::run()
{
    QElapsedTimer timer;
    timer.start();
    if (!m_options.firstDay.isValid())
        return makeError(ErrorKind::BadInput, ErrorCode::Simulation,
                         HallSimulator::tr("The simulation needs a first day."));
    if (m_options.days < 0)
        return makeError(ErrorKind::BadInput, ErrorCode::Simulation,
                         HallSimulator::tr("The number of days is negative."));
    if (auto s = load(); !s.ok())
        return s.error();
    for (int d = 0; d < m_options.days; ++d) {
        const QDate date = m_options.firstDay.addDays(d);
        // One transaction per simulated day: a thousand engine writes cost one commit.
        auto day = m_db.batch([&]() -> Status {
            if (auto s = planDay(date); !s.ok())
                return s;
            while (!m_events.empty()) {
                const Event event = m_events.top();
                m_events.pop();
                if (auto s = handle(event); !s.ok())
                    return s;
            }
            return collectDay(date);
        });
        if (!day.ok())
            return day.error();
    }
    // Tickets nobody called expire, booths are closed: the next day starts clean, as in a real hall.
    if (m_options.days > 0) {
        m_clock.set(Schedule::dayStartUtc(m_options.firstDay.addDays(m_options.days), m_zone));
        if (auto s = m_engine.rollOver(); !s.ok())
            return s.error();
    }
    if (auto s = evaluate(); !s.ok())
        return s.error();
    m_result.elapsedMs = timer.elapsed();
    return m_result;
}

} // namespace

HallSimulator::HallSimulator(Database& db) : m_db(db) {}

HallSimulator::~HallSimulator() = default;

Result<SimulationResult> HallSimulator::run(const SimulationOptions& options)
{
    return Simulation(m_db, options).run();
}

QHash<QString, ServiceProfile> HallSimulator::demoProfiles()
{
    // Weights: share of the hall's visitors (sum 100); Disnaker's AK/I and BPJS Ketenagakerjaan are the
    // busiest services of MPP Kota Serang. Median service times in minutes, from what officers report.
    return {
        {u"KTPEL"_s, {12, 5, 0.45}}, {u"KK"_s, {7, 6, 0.45}},     {u"AKTA"_s, {5, 5, 0.45}},
        {u"PINDAH"_s, {2, 7, 0.45}}, {u"NIB"_s, {4, 12, 0.5}},    {u"PBG"_s, {1.5, 15, 0.5}},
        {u"AK1"_s, {15, 4, 0.4}},    {u"PPKB"_s, {2, 8, 0.45}},   {u"JHT"_s, {9, 7, 0.45}},
        {u"BPU"_s, {3, 5, 0.45}},    {u"JKN"_s, {7, 8, 0.45}},    {u"PKB"_s, {7, 6, 0.4}},
        {u"PASPOR"_s, {4, 8, 0.4}},  {u"NPWP"_s, {2.5, 10, 0.5}}, {u"PLN"_s, {3, 6, 0.45}},
        {u"SKCK"_s, {7, 5, 0.4}},    {u"TILANG"_s, {2, 4, 0.4}},  {u"HAJI"_s, {1.5, 15, 0.5}},
        {u"PDAM"_s, {3, 5, 0.4}},    {u"BJB"_s, {2, 8, 0.45}},
    };
}

} // namespace antre
