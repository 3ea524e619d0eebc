#include "core/report/OfficerDay.h"

#include "core/AuditLog.h"
#include "core/storage/Database.h"

#include <QHash>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace antre {

Result<OfficerDay> OfficerDay::read(Database& db, const QString& staffId, const QDateTime& dayStartUtc,
                                    const QDateTime& nowUtc)
{
    // The end bound is exclusive; an event stamped this very millisecond still counts.
    auto events = AuditLog::range(db.sql(), dayStartUtc, nowUtc.addMSecs(1),
                                  {EventKind::TicketCalled, EventKind::TicketServing, EventKind::TicketDone,
                                   EventKind::TicketNoShow, EventKind::TicketTransferred});
    if (!events.ok())
        return events.error();
    OfficerDay f;
    QHash<qint64, QDateTime> servingSince;
    QList<qint64> durations;
    for (const AuditEvent& e : events.value()) {
        if (e.staffId != staffId)
            continue;
        if (e.kind == EventKind::TicketCalled) {
            ++f.called;
        } else if (e.kind == EventKind::TicketServing) {
            servingSince.insert(e.ticketId, e.at);
        } else if (e.kind == EventKind::TicketDone) {
            ++f.served;
            if (const auto it = servingSince.constFind(e.ticketId); it != servingSince.cend())
                durations << it.value().secsTo(e.at);
        } else if (e.kind == EventKind::TicketNoShow) {
            ++f.noShow;
        } else if (e.kind == EventKind::TicketTransferred) {
            ++f.transferred;
            servingSince.remove(e.ticketId);
        }
    }
    if (!durations.isEmpty()) {
        std::sort(durations.begin(), durations.end());
        const qsizetype n = durations.size();
        f.medianServiceSecs =
            n % 2 ? durations.at(n / 2) : (durations.at(n / 2 - 1) + durations.at(n / 2)) / 2;
    }
    return f;
}

} // namespace antre
