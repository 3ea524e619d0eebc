#include "core/hall/HallAudit.h"

#include "core/Clock.h"
#include "core/audit/AuditSeals.h"
#include "core/config/TextRules.h"
#include "core/storage/Database.h"

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace antre {

HallAudit::HallAudit(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

HallAudit::~HallAudit() = default;

Result<qint64> HallAudit::verify()
{
    auto inspected = inspect();
    if (!inspected.ok())
        return inspected.error();
    if (!inspected.value().ok())
        return makeError(ErrorKind::Refused, ErrorCode::AuditBroken, inspected.value().summary());
    return inspected.value().events;
}

Result<AuditVerification> HallAudit::inspect()
{
    return AuditSeals::inspect(m_db);
}

Result<AuditSeal> HallAudit::seal()
{
    return AuditSeals(m_db.path()).seal(m_db.sql(), m_clock.now());
}

Status HallAudit::copySealsTo(const QString& backupPath)
{
    return AuditSeals(m_db.path()).copyTo(backupPath);
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

namespace {

// A device's words are recorded whatever they are (the fault matters more than its spelling), but only as
// text the database returns as written, and not without end.
QString storable(const QString& text)
{
    QString out;
    for (const char32_t c :
         TextRules::codePoints(text).mid(0, TextRules::maxLength(TextRules::Kind::Paragraph)))
        out += (c == 0 || TextRules::isSurrogate(c) || TextRules::isNoncharacter(c))
                   ? QString(QChar(0xFFFD))
                   : QString::fromUcs4(&c, 1);
    return out;
}

} // namespace

Result<qint64> HallAudit::recordDeviceFault(const DeviceFault& fault)
{
    // The field names are what the dashboard and exported logs have always read.
    const QJsonObject data{{u"device"_s, storable(fault.device)},
                           {u"kiosk"_s, storable(fault.source)},
                           {u"ticket"_s, storable(fault.ticketNumber)},
                           {u"printer"_s, storable(fault.deviceName)},
                           {u"attempt"_s, fault.attempt},
                           {u"message"_s, storable(fault.message)}};
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
