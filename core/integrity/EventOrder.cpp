#include "core/integrity/EventOrder.h"

#include "core/Types.h"
#include "core/audit/EventKind.h"
#include "core/storage/Database.h"

#include <QDateTime>
#include <QHash>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {

// What the events so far say of one ticket's current visit to a booth.
struct Visit
{
    qint64 issueEvent = 0; // the id of its ticket.issued event, 0 when it has none
    qint64 issuedAt = -1;
    qint64 calledAt = -1;  // the latest call of this visit, -1 while waiting
    qint64 servingAt = -1; // the start of service of this visit
};

QString timeText(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(Qt::ISODateWithMs);
}

bool endsAtBooth(EventKind kind)
{
    return kind == EventKind::TicketServing || kind == EventKind::TicketDone ||
           kind == EventKind::TicketNoShow;
}

} // namespace

EventOrder::EventOrder(Database& db) : m_db(db) {}

Result<std::pair<QStringList, qint64>> EventOrder::problems(int shown)
{
    QHash<qint64, Visit> tickets;
    {
        // Each ticket's issue event first, so that an event logged before it is named too.
        auto q =
            Database::run(m_db.sql(), u"SELECT ticket_id, min(id) FROM events WHERE kind = 'ticket.issued' "
                                      u"AND ticket_id IS NOT NULL GROUP BY ticket_id"_s);
        if (!q.ok())
            return q.error();
        if (auto read = Database::forEachRow(q.value(),
                                             [&](const QSqlQuery& r) {
                                                 tickets[r.value(0).toLongLong()].issueEvent =
                                                     r.value(1).toLongLong();
                                             });
            !read.ok())
            return read.error();
    }
    auto q =
        Database::run(m_db.sql(), uR"(SELECT e.id, e.at, e.kind, e.ticket_id, t.prefix, t.seq, t.business_day,
                                                  e.counter_code
                                           FROM events e LEFT JOIN tickets t ON t.id = e.ticket_id
                                           WHERE e.kind LIKE 'ticket.%' OR e.kind LIKE 'counter.%'
                                           ORDER BY e.id)"_s);
    if (!q.ok())
        return q.error();
    QStringList listed;
    qint64 count = 0;
    // The newest time so far and its event: what the engine keeps every next event at or after.
    qint64 floorId = 0;
    qint64 floorAt = 0;
    const Status read = Database::forEachRow(q.value(), [&](const QSqlQuery& r) {
        const qint64 id = r.value(0).toLongLong();
        const qint64 at = r.value(1).toLongLong();
        const QString kindText = r.value(2).toString();
        QStringList wrong;
        if (floorId > 0 && at < floorAt)
            wrong << tr("%1 at %2, before event %3 logged ahead of it (%4)")
                         .arg(kindText, timeText(at))
                         .arg(floorId)
                         .arg(timeText(floorAt));
        QString subject = r.value(7).toString();
        const auto kind = eventKindFromString(kindText);
        if (kind && isTicketEvent(*kind) && !r.value(3).isNull()) {
            const qint64 ticketId = r.value(3).toLongLong();
            subject = r.value(4).isNull()
                          ? tr("ticket %1").arg(ticketId)
                          : tr("%1 on %2")
                                .arg(TicketNumber(r.value(4).toString(), r.value(5).toInt()).toString(),
                                     r.value(6).toString());
            Visit& visit = tickets[ticketId];
            if (*kind == EventKind::TicketIssued) {
                if (visit.issuedAt < 0)
                    visit.issuedAt = at;
            } else if (visit.issueEvent > id) {
                wrong << tr("%1 logged before the ticket's issue event (event %2)")
                             .arg(kindText)
                             .arg(visit.issueEvent);
            } else if (visit.issuedAt >= 0 && at < visit.issuedAt) {
                wrong << tr("%1 at %2, before the ticket was issued at %3")
                             .arg(kindText, timeText(at), timeText(visit.issuedAt));
            }
            if (endsAtBooth(*kind) && visit.calledAt >= 0 && at < visit.calledAt)
                wrong << tr("%1 at %2, before the ticket was called at %3")
                             .arg(kindText, timeText(at), timeText(visit.calledAt));
            else if (*kind != EventKind::TicketServing && endsAtBooth(*kind) && visit.servingAt >= 0 &&
                     at < visit.servingAt)
                wrong << tr("%1 at %2, before the ticket's service started at %3")
                             .arg(kindText, timeText(at), timeText(visit.servingAt));
            switch (*kind) {
            case EventKind::TicketCalled:
            case EventKind::TicketRecalled:
                visit.calledAt = at;
                visit.servingAt = -1;
                break;
            case EventKind::TicketServing:
                visit.servingAt = at;
                break;
            case EventKind::TicketIssued:
            case EventKind::TicketTransferred:
            case EventKind::TicketRequeued:
                visit.calledAt = -1; // waiting again: the next visit starts with a call
                visit.servingAt = -1;
                break;
            default:
                break;
            }
        }
        if (floorId == 0 || at >= floorAt) {
            floorId = id;
            floorAt = at;
        }
        if (wrong.isEmpty())
            return;
        ++count;
        if (listed.size() < shown)
            listed << (subject.isEmpty() ? tr("event %1: %2").arg(id).arg(wrong.join(u", "_s))
                                         : tr("event %1 (%2): %3").arg(id).arg(subject, wrong.join(u", "_s)));
    });
    if (!read.ok())
        return read.error();
    return std::pair{listed, count};
}

} // namespace antre
