#include "hall/Hall.h"

#include "ChangeWatcher.h"
#include "Database.h"
#include "HallStore.h"
#include "QueueEngine.h"
#include "StaffDirectory.h"
#include "hall/HallAudit.h"
#include "hall/HallReports.h"

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace antre {

struct Hall::Parts
{
    Parts(std::unique_ptr<Database> database, const Clock& clock)
        : db(std::move(database)), engine(*db, clock), staff(*db, clock), configs(*db, clock), reports(*db),
          audit(*db, clock),
          watcher(db->path()), services{engine, staff, configs, reports, audit, watcher, clock}
    {}

    std::unique_ptr<Database> db;
    QueueEngine engine;
    StaffDirectory staff;
    HallStore configs;
    HallReports reports;
    HallAudit audit;
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

Result<SimulationResult> Hall::simulateHistory(const SimulationOptions& options)
{
    std::optional<Result<SimulationResult>> simulated;
    {
        auto bulk = Database::open(location(), Database::Mode::ReadWrite, Database::Durability::BulkUnsafe,
                                   Database::IfMissing::Fail);
        if (!bulk.ok())
            return bulk.error();
        simulated.emplace(HallSimulator(*bulk.value()).run(options));
    } // the unsynced connection is closed before the synced checkpoint below
    if (!simulated->ok())
        return simulated->error();
    if (auto checkpoint = Database::run(m_parts->db->sql(), u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        !checkpoint.ok())
        return checkpoint.error();
    return std::move(*simulated);
}

} // namespace antre
