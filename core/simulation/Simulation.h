#pragma once

// Internal to HallSimulator: the discrete-event model of a hall day (citizens, booths, the engine they
// drive). core/simulation/SimulationPlan.cpp plans a day, core/simulation/Simulation.cpp runs it.

#include "core/Clock.h"
#include "core/Estimator.h"
#include "core/HallConfig.h"
#include "core/HallSimulator.h"
#include "core/QueueEngine.h"
#include "core/Schedule.h"
#include "core/simulation/SurveySimulation.h"
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

namespace antre::simulation {

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

// Opening ranges joined where they touch or overlap, in order.
QList<TimeRange> merged(QList<TimeRange> ranges);

class Simulation final
{
public:
    Simulation(Database& db, const SimulationOptions& options)
        : m_db(db), m_options(options), m_clock(QDateTime::currentDateTimeUtc()), m_engine(db, m_clock),
          m_random(options.seed), m_surveys(db, options.seed)
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
        using namespace Qt::Literals::StringLiterals;
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
    SurveySimulation m_surveys; // after each day, some of its served citizens answer the survey
};

} // namespace antre::simulation
