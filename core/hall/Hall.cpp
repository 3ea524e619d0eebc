#include "core/hall/Hall.h"

#include "core/ChangeWatcher.h"
#include "core/HallStore.h"
#include "core/QueueEngine.h"
#include "core/StaffDirectory.h"
#include "core/complaint/ComplaintStore.h"
#include "core/hall/HallAudit.h"
#include "core/hall/HallBackups.h"
#include "core/hall/HallReports.h"
#include "core/integrity/IntegrityCheck.h"
#include "core/simulation/ComplaintSimulation.h"
#include "core/storage/Database.h"
#include "core/storage/TableCopy.h"
#include "core/survey/SurveyStore.h"

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace antre {

struct Hall::Parts
{
    Parts(std::unique_ptr<Database> database, const Clock& clock)
        : db(std::move(database)), engine(*db, clock), staff(*db, clock), configs(*db, clock), reports(*db),
          audit(*db, clock), integrity(*db), complaints(*db, clock, configs), survey(*db, clock),
          backups(*db, clock),
          watcher(db->path()), services{engine,     staff,  configs, reports, audit, integrity,
                                        complaints, survey, backups, watcher, clock}
    {}

    std::unique_ptr<Database> db;
    QueueEngine engine;
    StaffDirectory staff;
    HallStore configs;
    HallReports reports;
    HallAudit audit;
    IntegrityCheck integrity;
    ComplaintStore complaints;
    SurveyStore survey;
    HallBackups backups;
    ChangeWatcher watcher;
    HallServices services;
};

Result<std::unique_ptr<Hall>> Hall::open(const QString& location, const Clock& clock, IfMissing ifMissing)
{
    auto db = Database::open(location, Database::Mode::ReadWrite, Database::Durability::Full,
                             ifMissing == IfMissing::Create ? Database::IfMissing::Create
                                                            : Database::IfMissing::Fail);
    if (!db.ok())
        return db.error();
    return std::unique_ptr<Hall>(new Hall(std::make_unique<Parts>(std::move(db).value(), clock)));
}

Hall::Hall(std::unique_ptr<Parts> parts) : m_parts(std::move(parts)) {}

Hall::~Hall() = default;

HallServices& Hall::services()
{
    return m_parts->services;
}

const QString& Hall::location() const
{
    return m_parts->db->path();
}

Status Hall::backupTo(const QString& targetPath)
{
    return m_parts->db->backupTo(targetPath);
}

Result<QString> Hall::storageIntegrity()
{
    return m_parts->db->integrityCheck();
}

std::optional<Error> Hall::corruption() const
{
    return m_parts->db->corruption();
}

Status Hall::onBulkConnection(const std::function<Status(Database&)>& body)
{
    std::optional<Status> done;
    {
        auto bulk = Database::open(location(), Database::Mode::ReadWrite, Database::Durability::BulkUnsafe,
                                   Database::IfMissing::Fail);
        if (!bulk.ok())
            return bulk.error();
        done.emplace(body(*bulk.value()));
    } // the unsynced connection is closed before the synced checkpoint below
    if (!done->ok())
        return *done;
    if (auto checkpoint = m_parts->db->checkpoint(); !checkpoint.ok())
        return checkpoint.error();
    return Done{};
}

Result<SimulationResult> Hall::simulateHistory(const SimulationOptions& options)
{
    std::optional<SimulationResult> result;
    const Status done = onBulkConnection([&](Database& bulk) -> Status {
        auto simulated = HallSimulator(bulk).run(options);
        if (!simulated.ok())
            return simulated.error();
        // The demo's complaint list and report: complaints of the same days, followed up at the desk.
        if (auto complaints = simulation::ComplaintSimulation(bulk, options).run(); !complaints.ok())
            return complaints.error();
        result = std::move(simulated).value();
        return Done{};
    });
    if (!done.ok())
        return done.error();
    return std::move(*result);
}

Result<MorningResult> Hall::playMorning(const MorningOptions& options)
{
    std::optional<MorningResult> result;
    const Status done = onBulkConnection([&](Database& bulk) -> Status {
        auto played = DemoMorning(bulk).run(options);
        if (!played.ok())
            return played.error();
        result = std::move(played).value();
        return Done{};
    });
    if (!done.ok())
        return done.error();
    return std::move(*result);
}

Status Hall::clear()
{
    return TableCopy::clear(*m_parts->db);
}

} // namespace antre
