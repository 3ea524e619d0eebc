#include "hall/HallAudit.h"

#include "Clock.h"
#include "Database.h"

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace antre {

HallAudit::HallAudit(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

HallAudit::~HallAudit() = default;

Result<qint64> HallAudit::verify()
{
    return AuditLog::verify(m_db.sql());
}

Result<QList<AuditEvent>> HallAudit::forTicket(qint64 ticketId)
{
    return AuditLog::forTicket(m_db.sql(), ticketId);
}

Result<QList<AuditEvent>> HallAudit::range(const QDateTime& fromUtc, const QDateTime& toUtc,
                                           const QList<EventKind>& kinds)
{
    return AuditLog::range(m_db.sql(), fromUtc, toUtc, kinds);
}

Result<qint64> HallAudit::recordDeviceFault(const DeviceFault& fault)
{
    // The field names are what the dashboard and exported logs have always read.
    const QJsonObject data{{u"device"_s, fault.device},       {u"kiosk"_s, fault.source},
                           {u"ticket"_s, fault.ticketNumber}, {u"printer"_s, fault.deviceName},
                           {u"attempt"_s, fault.attempt},     {u"message"_s, fault.message}};
    qint64 id = 0;
    const Status written = m_db.write([&](QSqlDatabase& db) -> Status {
        auto appended = AuditLog::append(db, m_clock.now(), EventKind::DeviceFault, data, fault.ticketId);
        if (!appended.ok())
            return appended.error();
        id = appended.value();
        return Done{};
    });
    if (!written.ok())
        return written.error();
    return id;
}

} // namespace antre
