#pragma once

#include "core/HallSimulator.h"
#include "core/Result.h"

namespace antre {
class Database;
}

namespace antre::simulation {

// Complaints of the simulated days for the demo hall (antre demo --history-days N), recorded and followed
// up through the real ComplaintStore with a simulated clock: a few a week, mostly about waiting and the
// officers, from the kiosk, the desk, social media and SP4N-LAPOR!; most answered within their SLA, a few
// late, a few rejected, the newest still open. The same seed gives the same complaints; the tickets
// simulated before are not touched (the complaints draw from a generator of their own).
class ComplaintSimulation final
{
public:
    ComplaintSimulation(Database& db, const SimulationOptions& options);
    ~ComplaintSimulation();
    Q_DISABLE_COPY_MOVE(ComplaintSimulation)

    // The number of complaints recorded.
    Result<int> run();

private:
    Database& m_db;
    SimulationOptions m_options;
};

} // namespace antre::simulation
