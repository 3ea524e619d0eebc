#include "core/hall/DemoHall.h"

#include "core/Clock.h"
#include "core/ErrorCode.h"
#include "core/HallSimulator.h"
#include "core/Schedule.h"
#include "core/hall/FirstRun.h"
#include "core/hall/Hall.h"
#include "core/services/ConfigService.h"

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {
void report(const DemoHallOptions& options, DemoHallProgress::Step step, int done, int total)
{
    if (options.progress)
        options.progress(DemoHallProgress{step, done, total});
}

Error stopped()
{
    return makeError(ErrorKind::Refused, ErrorCode::Cancelled,
                     DemoHall::tr("The demo hall was not made: it was stopped."));
}

// Everything after the configuration's import, which the caller undoes when this fails or is stopped.
Status fill(Hall& hall, const DemoHallOptions& options, DemoHallResult& result)
{
    HallServices& services = hall.services();
    const QTimeZone zone = Schedule::zone(result.config.site.timezone);
    const QDate today = Schedule::businessDay(services.clock.now(), zone);
    if (options.historyDays > 0) {
        SimulationOptions simulation;
        simulation.firstDay = today.addDays(-options.historyDays);
        simulation.days = options.historyDays;
        simulation.cancellation = options.cancellation;
        simulation.dayDone = [&](int done) {
            report(options, DemoHallProgress::Step::History, done, options.historyDays);
        };
        report(options, DemoHallProgress::Step::History, 0, options.historyDays);
        auto simulated = hall.simulateHistory(simulation);
        if (!simulated.ok())
            return simulated.error().code == ErrorCode::Cancelled ? stopped() : simulated.error();
        result.firstDay = simulation.firstDay;
        result.lastDay = today.addDays(-1);
        result.historyDays = options.historyDays;
        for (const SimulatedDay& day : simulated.value().days) {
            result.issued += day.issued;
            result.served += day.served;
        }
    }
    if (options.morning) {
        if (options.cancellation.isCancelled())
            return stopped();
        report(options, DemoHallProgress::Step::Morning, 0, 1);
        auto played = hall.playMorning(MorningOptions::demo(services.clock.now()));
        if (!played.ok())
            return played.error();
        result.morning = std::move(played).value();
    }
    // The last word: a stop asked during the morning still leaves no demo hall behind.
    if (options.cancellation.isCancelled())
        return stopped();
    return Done{};
}
} // namespace

Result<DemoHallResult> DemoHall::create(Hall& hall, const DemoHallOptions& options)
{
    if (options.historyDays < 0 || options.historyDays > DemoHallOptions::kMaxHistoryDays)
        return makeError(ErrorKind::BadInput, ErrorCode::Simulation,
                         tr("The demo's history is %1 days; it must be 0 to %2 days.")
                             .arg(options.historyDays)
                             .arg(DemoHallOptions::kMaxHistoryDays));
    auto config = FirstRun::demoConfig();
    if (!config.ok())
        return config.error();
    HallServices& services = hall.services();
    if (services.configs.isInitialized())
        return makeError(
            ErrorKind::Refused, ErrorCode::AlreadyInitialized,
            tr("%1 is already set up; the demo hall goes into a new database").arg(hall.location()));

    DemoHallResult result;
    result.config = config.value();
    for (const StaffConfig& member : std::as_const(result.config.staff)) {
        if (member.role == Role::Supervisor) {
            result.supervisorId = member.id;
            break;
        }
    }
    // Hashed first (seconds of Argon2id), then imported in one transaction: a failure or a stop while hashing
    // leaves the hall as it was.
    const auto hashes = FirstRun::hashPins(
        result.config,
        [&](int done, int total) { report(options, DemoHallProgress::Step::Pins, done, total); },
        options.cancellation);
    if (!hashes)
        return stopped();
    if (auto imported = services.configs.importHashed(result.config, *hashes); !imported.ok())
        return imported.error();

    if (const Status filled = fill(hall, options, result); !filled.ok()) {
        // Every row of this hall is the demo's (it had no configuration before): emptied, the first run
        // offers its three ways again rather than a hall with half a history.
        if (const Status emptied = hall.clear(); !emptied.ok())
            return makeError(emptied.error().kind, emptied.error().code,
                             tr("%1; and the half-made demo hall could not be emptied again: %2. Delete %3 "
                                "before starting again.")
                                 .arg(filled.error().message, emptied.error().message, hall.location()));
        return filled.error();
    }
    return result;
}

Result<DemoHallResult> DemoHall::create(const QString& location, const Clock& clock,
                                        const DemoHallOptions& options)
{
    auto hall = Hall::open(location, clock, Hall::IfMissing::Create);
    if (!hall.ok())
        return hall.error();
    return create(*hall.value(), options);
}

} // namespace antre
