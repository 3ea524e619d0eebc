#pragma once

#include "core/DemoMorning.h"
#include "core/HallSimulator.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace antre {

class AuditService;
class BackupService;
class ChangeNotifier;
class Clock;
class ComplaintService;
class Database;
class ConfigService;
class IntegrityService;
class QueueService;
class ReportService;
class StaffService;
class SurveyService;

// What a program holds of the hall: interfaces only. Every front end, the CLI and later the web service
// get their core objects through this struct, wired once per program; none sees a database.
struct HallServices
{
    QueueService& queue;
    StaffService& staff;
    ConfigService& configs;
    ReportService& reports;
    AuditService& audit;
    IntegrityService& integrity;
    ComplaintService& complaints;
    SurveyService& survey;   // the satisfaction survey (SKM) and its index (IKM)
    BackupService& backups;  // the nightly backups' outcomes
    ChangeNotifier& changes; // not started: a program that shows live state calls start()
    const Clock& clock;
};

// One hall's database opened with the house settings, and the core services over it. The location is a
// SQLite file path today; the storage layer decides what it means.
class Hall final
{
    Q_DECLARE_TR_FUNCTIONS(Hall)
public:
    // What a missing database means. Existing: a mistyped location, refused with "database file not found"
    // (an empty hall made there would answer every question with "nothing"). Create: a new hall (antre init,
    // antre demo, fresh test files).
    enum class IfMissing
    {
        Fail,
        Create
    };
    static Result<std::unique_ptr<Hall>> open(const QString& location, const Clock& clock,
                                              IfMissing ifMissing = IfMissing::Fail);
    ~Hall();
    Q_DISABLE_COPY_MOVE(Hall)

    HallServices& services();
    const QString& location() const;

    // Online backup of the whole hall into a new file (safe while others write).
    Status backupTo(const QString& targetPath);
    // The database's own integrity check: "ok" when healthy.
    Result<QString> storageIntegrity();
    // The damaged file met by any statement on the hall's connection, or nothing. Once set, every write is
    // refused with this error, which names the file and says what to do.
    std::optional<Error> corruption() const;
    // Simulated history through the real engine, for the demo hall: many thousands of commits on a
    // connection that does not sync (a lost demo history is simply made again), then one synced
    // checkpoint that puts them on disk. Never for a live hall.
    Result<SimulationResult> simulateHistory(const SimulationOptions& options);
    // This morning played through the real engine up to options.until, for the demo hall (antre demo
    // --morning): on the same kind of connection as simulateHistory, never for a live hall.
    Result<MorningResult> playMorning(const MorningOptions& options);
    // Every row of every table deleted in one transaction (the schema stays): a demo hall stopped half-way
    // is made empty again, so that the first run offers its three ways again. Never for a live hall.
    Status clear();

private:
    struct Parts;
    // Runs body on a second connection that does not sync, then puts its commits on disk with one synced
    // checkpoint on the hall's own connection.
    Status onBulkConnection(const std::function<Status(Database&)>& body);
    explicit Hall(std::unique_ptr<Parts> parts);
    std::unique_ptr<Parts> m_parts;
};

} // namespace antre
