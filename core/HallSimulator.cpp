#include "core/HallSimulator.h"

#include "core/simulation/Simulation.h"

using namespace Qt::Literals::StringLiterals;

namespace antre {

HallSimulator::HallSimulator(Database& db) : m_db(db) {}

HallSimulator::~HallSimulator() = default;

Result<SimulationResult> HallSimulator::run(const SimulationOptions& options)
{
    return simulation::Simulation(m_db, options).run();
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
