#pragma once

#include "HallConfig.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace antre {

class Clock;
class Database;

struct StaffMember
{
    QString id;
    QString name;
    Role role = Role::Officer;
    QStringList counters;
    bool active = true;
    bool hasPin = false;
    int failedAttempts = 0;
    QDateTime lockedUntil; // UTC; invalid when not locked
};

// Staff accounts: PINs as Argon2id hashes, lockout after repeated wrong PINs.
class StaffDirectory final
{
    Q_DECLARE_TR_FUNCTIONS(StaffDirectory)
public:
    static constexpr int kMaxFailures = 5;
    static constexpr int kLockMinutes = 5;

    StaffDirectory(Database& db, const Clock& clock);
    Q_DISABLE_COPY_MOVE(StaffDirectory)

    // Wrong PIN, unknown ID, inactive or locked account: Refused with a message that says which
    // (an unknown ID and a wrong PIN read the same, so IDs cannot be probed).
    Result<StaffMember> login(const QString& staffId, const QString& pin);
    // Adds or updates by ID; a non-empty pin replaces the stored hash.
    Status save(const StaffConfig& staff, const QString& actorId = {});
    Status setPin(const QString& staffId, const QString& pin, const QString& actorId = {});
    Status unlock(const QString& staffId, const QString& actorId = {});
    Status setActive(const QString& staffId, bool active, const QString& actorId = {});
    Result<StaffMember> find(const QString& staffId);
    Result<QList<StaffMember>> list();

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace antre
