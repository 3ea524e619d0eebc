#include "core/integrity/EventReplay.h"

#include "core/audit/EventKind.h"
#include "core/storage/Database.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {

// What the events of one ticket imply.
struct Implied
{
    QString status;
    QString service;
    qint64 issuedAt = -1;
    qint64 firstCalledAt = -1;
    QString counter;
    QString outcome;
};

// The status each ticket event leaves a ticket in (QueueEngine's updates, event by event).
QString statusAfter(EventKind kind)
{
    switch (kind) {
    case EventKind::TicketIssued:
    case EventKind::TicketTransferred:
    case EventKind::TicketRequeued:
        return u"waiting"_s;
    case EventKind::TicketCalled:
    case EventKind::TicketRecalled:
        return u"called"_s;
    case EventKind::TicketServing:
        return u"serving"_s;
    case EventKind::TicketDone:
        return u"done"_s;
    case EventKind::TicketNoShow:
        return u"no_show"_s;
    case EventKind::TicketCancelled:
        return u"cancelled"_s;
    case EventKind::TicketExpired:
        return u"expired"_s;
    default:
        return {};
    }
}

bool atBooth(const QString& status)
{
    return status == u"called" || status == u"serving" || status == u"done" || status == u"no_show";
}

} // namespace

EventReplay::EventReplay(Database& db) : m_db(db) {}

Result<std::pair<QStringList, qint64>> EventReplay::mismatches(int shown)
{
    QHash<qint64, Implied> implied;
    {
        auto q = Database::run(m_db.sql(), uR"(SELECT ticket_id, at, kind, counter_code, data FROM events
                                               WHERE ticket_id IS NOT NULL ORDER BY id)"_s);
        if (!q.ok())
            return q.error();
        while (q.value().next()) {
            const auto kind = eventKindFromString(q.value().value(2).toString());
            if (!kind || !isTicketEvent(*kind))
                continue;
            Implied& t = implied[q.value().value(0).toLongLong()];
            const qint64 at = q.value().value(1).toLongLong();
            const QJsonObject data = QJsonDocument::fromJson(q.value().value(4).toString().toUtf8()).object();
            t.status = statusAfter(*kind);
            if (data.contains(u"service"_s))
                t.service = data.value(u"service"_s).toString();
            if (*kind == EventKind::TicketIssued)
                t.issuedAt = at;
            if (*kind == EventKind::TicketCalled && t.firstCalledAt < 0)
                t.firstCalledAt = at;
            if (atBooth(t.status))
                t.counter = q.value().value(3).toString();
            if (*kind == EventKind::TicketDone)
                t.outcome = data.value(u"outcome"_s).toString();
        }
        if (auto ended = Database::rowsEnded(q.value(), tr("reading the audit log")); !ended.ok())
            return ended.error();
    }
    auto q = Database::run(m_db.sql(), uR"(SELECT t.id, t.prefix, t.seq, t.business_day, t.status, s.code,
                                                  t.issued_at, t.first_called_at, c.code, t.outcome
                                           FROM tickets t JOIN services s ON s.id = t.service_id
                                           LEFT JOIN counters c ON c.id = t.counter_id ORDER BY t.id)"_s);
    if (!q.ok())
        return q.error();
    QStringList shownRows;
    qint64 count = 0;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        const auto found = implied.constFind(r.value(0).toLongLong());
        if (found == implied.cend() || found->issuedAt < 0)
            continue; // "every ticket has its issue event" names these
        const Implied& e = *found;
        const QString status = r.value(4).toString();
        const qint64 firstCalled = r.value(7).isNull() ? -1 : r.value(7).toLongLong();
        QStringList wrong;
        if (status != e.status)
            wrong << tr("status %1, its events say %2").arg(status, e.status);
        if (r.value(5).toString() != e.service && !e.service.isEmpty())
            wrong << tr("service %1, its events say %2").arg(r.value(5).toString(), e.service);
        if (r.value(6).toLongLong() != e.issuedAt)
            wrong << tr("issue time differs from its events");
        if (firstCalled != e.firstCalledAt)
            wrong << tr("first call time differs from its events");
        if (atBooth(status) && status == e.status && r.value(8).toString() != e.counter)
            wrong << tr("booth %1, its events say %2").arg(r.value(8).toString(), e.counter);
        if (status == u"done" && e.status == u"done" && r.value(9).toString() != e.outcome)
            wrong << tr("outcome %1, its events say %2").arg(r.value(9).toString(), e.outcome);
        if (wrong.isEmpty())
            continue;
        ++count;
        if (shownRows.size() < shown)
            shownRows << tr("%1-%2 on %3: %4")
                             .arg(r.value(1).toString())
                             .arg(r.value(2).toInt())
                             .arg(r.value(3).toString(), wrong.join(u", "_s));
    }
    if (auto ended = Database::rowsEnded(q.value(), tr("reading the tickets")); !ended.ok())
        return ended.error();
    return std::pair{shownRows, count};
}

} // namespace antre
