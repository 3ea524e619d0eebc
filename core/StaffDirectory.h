#pragma once

#include "core/HallConfig.h"
#include "core/Result.h"
#include "core/services/StaffService.h"

#include <QCoreApplication>
#include <QDateTime>

namespace antre {

class Clock;
class Database;

// Staff accounts: PINs as Argon2id hashes, lockout after repeated wrong PINs.
class StaffDirectory final : public StaffService
{
    Q_DECLARE_TR_FUNCTIONS(StaffDirectory)
public:
    StaffDirectory(Database& db, const Clock& clock);
    ~StaffDirectory() override;
    Q_DISABLE_COPY_MOVE(StaffDirectory)

    // Wrong PIN, unknown ID, inactive or locked account: Refused with a message that says which
    // (an unknown ID and a wrong PIN read the same, so IDs cannot be probed).
    Result<StaffMember> login(const QString& staffId, const QString& pin) override;
    // Adds or updates by ID; a non-empty pin replaces the stored hash.
    Status save(const StaffConfig& staff, const QString& actorId = {}) override;
    Status setPin(const QString& staffId, const QString& pin, const QString& actorId = {}) override;
    Status unlock(const QString& staffId, const QString& actorId = {}) override;
    Status setActive(const QString& staffId, bool active, const QString& actorId = {}) override;
    Result<StaffMember> find(const QString& staffId) override;
    Result<QList<StaffMember>> list() override;

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace antre
