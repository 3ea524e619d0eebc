#pragma once

#include "core/AuditLog.h"
#include "core/Result.h"
#include "core/audit/AuditSeals.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace antre {

// A device that failed a citizen: the kiosk's printer today. Recorded as a device.fault event, which the
// supervisor's dashboard shows until the device works again.
struct DeviceFault
{
    QString device;       // "printer"
    QString source;       // the kiosk's ID
    qint64 ticketId = 0;  // the ticket that was not printed, 0 when none
    QString ticketNumber; // "A-001"
    QString deviceName;   // the printer as configured, e.g. "tcp://10.0.0.5:9100"
    int attempt = 1;      // 1 for the first print, 2 and up for reprints
    QString message;      // what went wrong, as the device reported it
};

// The audit log as the front ends see it: verify the chain, read the history of a ticket or of a period,
// and record what only a device knows.
class AuditService
{
public:
    AuditService() = default;
    virtual ~AuditService();
    Q_DISABLE_COPY_MOVE(AuditService)

    // Number of events when the whole chain and every seal verify; otherwise Refused naming the bad events.
    virtual Result<qint64> verify() = 0;
    // Every damaged event and seal (the first AuditVerification::kListed listed); an error only when the log
    // cannot be read.
    virtual Result<AuditVerification> inspect() = 0;
    // Seals the log's head (AuditSeals): a signed record outside the database, checked by every verify.
    virtual Result<AuditSeal> seal() = 0;
    // Copies the seals beside a backup of the database (backupPath + ".seals").
    virtual Status copySealsTo(const QString& backupPath) = 0;
    virtual Result<QList<AuditEvent>> forTicket(qint64 ticketId) = 0;
    // Events in [fromUtc, toUtc), oldest first; of the given kinds only, unless kinds is empty.
    virtual Result<QList<AuditEvent>> range(const QDateTime& fromUtc, const QDateTime& toUtc,
                                            const QList<EventKind>& kinds = {}) = 0;
    virtual Result<qint64> recordDeviceFault(const DeviceFault& fault) = 0;
};

} // namespace antre
