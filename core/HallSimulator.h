#pragma once

#include "core/Cancellation.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include <functional>

namespace antre {

class Database;

// How citizens use one service in the simulation.
struct ServiceProfile
{
    double weight = 1.0;         // share of the hall's visitors (relative to the other services)
    double medianServiceMin = 7; // service time is lognormal around this median
    double spread = 0.45;        // sigma of the lognormal: 0.45 puts 90% of services within ×0.5 … ×2
};

// A booth staffed (or left empty) whatever the officers' rota says: "what if booth L7 is staffed on Monday".
struct StaffingOverride
{
    QString counter;     // counter code
    int weekday = 0;     // ISO weekday (1 = Monday); 0 = every day
    bool staffed = true; // false: the booth stays closed
};

struct SimulationOptions
{
    QDate firstDay; // local date of the first simulated day
    int days = 30;
    quint32 seed = 20261123; // the same seed gives the same days
    // Visitors on an ordinary Monday–Thursday; Friday is shorter and quieter, weekends follow the hours.
    double visitorsPerDay = 350;
    double priorityRate = 0.08; // elderly, disabled, pregnant, with small children
    double noShowRate = 0.05;   // called but not there (on top of those who gave up waiting)
    double transferRate = 0.02; // sent on to another service of the same agency
    double absenceRate = 0.07;  // chance that an officer does not come in on a given day
    QList<StaffingOverride> staffing;
    // Per service code. A service missing here takes its profile from HallSimulator::demoProfiles(), and
    // failing that ServiceProfile{}.
    QHash<QString, ServiceProfile> profiles;
    // Called after each simulated day is committed, with the number of days done, on the simulating thread:
    // a window shows it (antre-supervisor's first run).
    std::function<void(int daysDone)> dayDone;
    // Read before each day: once cancelled, run() stops with ErrorCode::Cancelled, the days done committed.
    Cancellation cancellation;
};

struct SimulatedDay
{
    QDate date;
    int visitors = 0; // people who came to the kiosk (a refused one who came back counts once)
    int issued = 0;
    int refused = 0; // turned away: quota full, past the cutoff, closed for the day
    int served = 0;  // finished at a booth
    int noShows = 0;
    int transfers = 0;
    int notCalled = 0;      // still waiting when the hall closed (expired)
    int boothsOpened = 0;   // booths staffed at some point of the day
    double meanWaitMin = 0; // issue → first call, over called tickets
};

// The kiosk's estimate against what happened, over every ticket that was called.
struct EstimatorEvaluation
{
    int samples = 0;
    double projectMae = 0;  // mean |estimate − actual| in minutes, the project's estimator
    double naiveMae = 0;    // the same for ahead × mean service time
    double projectBias = 0; // mean (estimate − actual): positive means the kiosk promised too long a wait
    double naiveBias = 0;
    double meanActualMin = 0;
    // Per service code: {samples, project MAE, naive MAE}.
    struct PerService
    {
        int samples = 0;
        double projectMae = 0;
        double naiveMae = 0;
    };
    QMap<QString, PerService> byService;
};

struct SimulationResult
{
    QList<SimulatedDay> days;
    EstimatorEvaluation estimator;
    qint64 transactions = 0; // engine calls that changed the database
    qint64 elapsedMs = 0;
};

// A discrete-event simulation of hall days that drives the real QueueEngine with a simulated clock:
// arrivals by hour with a morning peak, lognormal service times per service, officers who arrive a
// little late, take the lunch break (istirahat, or Friday prayer) between the opening ranges, sometimes
// a short afternoon prayer break, and are sometimes absent; booths without any officer stay empty.
// Citizens sometimes take a priority ticket, give up after a long wait, miss their call or get sent to
// another service. Opening hours, cutoffs, holidays and quotas are the engine's own rules: a refused
// ticket simply does not happen (people who arrive during a break come back when it ends).
//
// Uses: the demo's history (antre demo --history-days N), capacity questions (StaffingOverride), and the
// evaluation of the kiosk's wait estimate against a naive one.
//
// The hall must be set up in the database already. The simulation writes real tickets, booth states and
// audit events for the simulated days, so run it on a new database (with Durability::BulkUnsafe for
// speed: it writes tens of thousands of transactions).
class HallSimulator final
{
    Q_DECLARE_TR_FUNCTIONS(HallSimulator)
public:
    explicit HallSimulator(Database& db);
    ~HallSimulator();
    Q_DISABLE_COPY_MOVE(HallSimulator)

    Result<SimulationResult> run(const SimulationOptions& options);

    // Typical service times and demand of the demo hall's services (MPP Kota Serang).
    static QHash<QString, ServiceProfile> demoProfiles();

private:
    Database& m_db;
};

} // namespace antre
