#pragma once

#include "core/services/AuditService.h"

namespace antre {

class Clock;
class Database;

// AuditService over the hall's database.
class HallAudit final : public AuditService
{
public:
    HallAudit(Database& db, const Clock& clock);
    ~HallAudit() override;
    Q_DISABLE_COPY_MOVE(HallAudit)

    Result<qint64> verify() override;
    Result<AuditVerification> inspect() override;
    Result<AuditSeal> seal() override;
    Status copySealsTo(const QString& backupPath) override;
    Result<QList<AuditEvent>> forTicket(qint64 ticketId) override;
    Result<QList<AuditEvent>> range(const QDateTime& fromUtc, const QDateTime& toUtc,
                                    const QList<EventKind>& kinds = {}) override;
    Result<qint64> recordDeviceFault(const DeviceFault& fault) override;

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace antre
