#pragma once

#include "core/HallConfig.h"
#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace antre {

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

// Staff accounts as the front ends see them: log in, and for administrators, manage accounts. PINs are
// kept as Argon2id hashes; kMaxFailures wrong PINs in a row lock the account for kLockMinutes.
class StaffService
{
public:
    static constexpr int kMaxFailures = 5;
    static constexpr int kLockMinutes = 5;

    StaffService() = default;
    virtual ~StaffService();
    Q_DISABLE_COPY_MOVE(StaffService)

    // Wrong PIN, unknown ID, inactive or locked account: Refused with a message that says which
    // (an unknown ID and a wrong PIN read the same, so IDs cannot be probed).
    virtual Result<StaffMember> login(const QString& staffId, const QString& pin) = 0;
    // Adds or updates by ID; a non-empty pin replaces the stored hash.
    virtual Status save(const StaffConfig& staff, const QString& actorId = {}) = 0;
    virtual Status setPin(const QString& staffId, const QString& pin, const QString& actorId = {}) = 0;
    virtual Status unlock(const QString& staffId, const QString& actorId = {}) = 0;
    virtual Status setActive(const QString& staffId, bool active, const QString& actorId = {}) = 0;
    virtual Result<StaffMember> find(const QString& staffId) = 0;
    virtual Result<QList<StaffMember>> list() = 0;
};

} // namespace antre
