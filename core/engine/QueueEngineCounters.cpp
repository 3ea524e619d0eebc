// The queue engine's booth sessions (open, break, resume, close) and the hall's status and call history.
#include "core/AuditLog.h"
#include "core/Clock.h"
#include "core/HallStore.h"
#include "core/QueueEngine.h"
#include "core/config/TextRules.h"
#include "core/engine/EngineParts.h"
#include "core/storage/Database.h"

using namespace Qt::Literals::StringLiterals;

namespace antre {

using namespace engine;

Status QueueEngine::changeCounterState(const QString& counterCode, EventKind eventKind,
                                       const std::function<Status(const CounterRow&, qint64)>& change)
{
    return write([&](QSqlDatabase&) -> Status {
        if (auto s = refreshConfig(); !s.ok())
            return s;
        const Now now = nowInfo();
        if (auto s = rollOverIfDue(now); !s.ok())
            return s;
        auto counter = counterRow(counterCode);
        if (!counter.ok())
            return counter.error();
        if (auto s = change(counter.value(), now.ms); !s.ok())
            return s;
        auto after = counterRow(counterCode);
        if (!after.ok())
            return after.error();
        const QJsonObject data{{u"state"_s, toKey(after.value().state)}, {u"reason"_s, after.value().reason}};
        const QString staff =
            after.value().staffCode.isEmpty() ? counter.value().staffCode : after.value().staffCode;
        if (auto e = AuditLog::append(m_statements, now.utc, eventKind, data, 0, counterCode, staff); !e.ok())
            return e.error();
        return Done{};
    });
}

namespace {

Status endState(StatementCache& statements, qint64 stateRowId, qint64 nowMs)
{
    return done(
        statements.run(u"UPDATE counter_states SET ended_at = ? WHERE id = ?"_s, {nowMs, stateRowId}));
}

Status beginState(StatementCache& statements, qint64 counterId, qint64 staffRowId, const QString& state,
                  const QString& reason, qint64 nowMs)
{
    return done(
        statements.run(uR"(INSERT INTO counter_states (counter_id, staff_id, state, reason, started_at)
                                   VALUES (?, ?, ?, ?, ?))"_s,
                       {counterId, staffRowId ? QVariant(staffRowId) : QVariant(), state, reason, nowMs}));
}

} // namespace

Status QueueEngine::openCounter(const QString& counterCode, const QString& staffId)
{
    return changeCounterState(
        counterCode, EventKind::CounterOpened, [&](const CounterRow& c, qint64 nowMs) -> Status {
            if (c.state != CounterState::Closed)
                return makeError(ErrorKind::Refused, ErrorCode::CounterAlreadyOpen,
                                 c.staffName.isEmpty()
                                     ? tr("%1 is already open.").arg(c.name)
                                     : tr("%1 is already open by %2.").arg(c.name, c.staffName));
            qint64 staffRowId = 0;
            if (!staffId.isEmpty()) {
                auto found = firstRow(run(uR"(SELECT s.id, s.role, s.active, s.name,
                                    EXISTS (SELECT 1 FROM staff_counters sc WHERE sc.staff_id = s.id
                                            AND sc.counter_id = ?),
                                    (SELECT c.name FROM counter_states cs
                                     JOIN counters c ON c.id = cs.counter_id
                                     WHERE cs.staff_id = s.id AND cs.ended_at IS NULL LIMIT 1)
                             FROM staff s WHERE s.staff_code = ?)"_s,
                                          {c.id, staffId}));
                if (!found.ok())
                    return found.error();
                if (!found.value())
                    return makeError(ErrorKind::BadInput, ErrorCode::UnknownStaff,
                                     tr("Unknown staff ID %1").arg(staffId));
                const Statement& row = *found.value();
                const bool manager = row.value(1).toString() != toKey(Role::Officer);
                if (row.value(2).toInt() == 0)
                    return makeError(ErrorKind::Refused, ErrorCode::Inactive,
                                     tr("This account is deactivated; ask the hall administrator."));
                if (!manager && row.value(4).toInt() == 0)
                    return makeError(
                        ErrorKind::Refused, ErrorCode::NotAllowed,
                        tr("%1 is not allowed to open %2.").arg(row.value(3).toString(), c.name));
                if (!row.value(5).isNull())
                    return makeError(ErrorKind::Refused, ErrorCode::StaffBusy,
                                     tr("%1 already has %2 open; close it first.")
                                         .arg(row.value(3).toString(), row.value(5).toString()));
                staffRowId = row.value(0).toLongLong();
            }
            if (auto r = run(u"UPDATE counters SET priority_streak = 0 WHERE id = ?"_s, {c.id}); !r.ok())
                return r.error();
            return beginState(m_statements, c.id, staffRowId, u"open"_s, {}, nowMs);
        });
}

Status QueueEngine::startBreak(const QString& counterCode, const QString& reason)
{
    if (const QString problem = TextRules::problem(reason.trimmed(), TextRules::Kind::Line);
        !problem.isEmpty())
        return makeError(ErrorKind::BadInput, ErrorCode::BadText, u"reason: "_s + problem);
    return changeCounterState(
        counterCode, EventKind::CounterBreak, [&](const CounterRow& c, qint64 nowMs) -> Status {
            if (c.state != CounterState::Open)
                return makeError(ErrorKind::Refused, ErrorCode::CounterNotOpen,
                                 tr("%1 is not open.").arg(c.name));
            if (auto open = openTicketAt(c.id, c.code); open.ok())
                return makeError(ErrorKind::Refused, ErrorCode::TicketOpen,
                                 tr("Ticket %1 is still open at %2; finish it first.")
                                     .arg(open.value().number.toString(), c.name));
            if (auto s = endState(m_statements, c.stateRowId, nowMs); !s.ok())
                return s;
            return beginState(m_statements, c.id, c.staffRowId, u"break"_s, reason.trimmed(), nowMs);
        });
}

Status QueueEngine::resumeCounter(const QString& counterCode)
{
    return changeCounterState(counterCode, EventKind::CounterResumed,
                              [&](const CounterRow& c, qint64 nowMs) -> Status {
                                  if (c.state != CounterState::Break)
                                      return makeError(ErrorKind::Refused, ErrorCode::NotOnBreak,
                                                       tr("%1 is not on a break.").arg(c.name));
                                  if (auto s = endState(m_statements, c.stateRowId, nowMs); !s.ok())
                                      return s;
                                  return beginState(m_statements, c.id, c.staffRowId, u"open"_s, {}, nowMs);
                              });
}

Status QueueEngine::closeCounter(const QString& counterCode)
{
    return changeCounterState(counterCode, EventKind::CounterClosed,
                              [&](const CounterRow& c, qint64 nowMs) -> Status {
                                  if (c.state == CounterState::Closed)
                                      return makeError(ErrorKind::Refused, ErrorCode::CounterNotOpen,
                                                       tr("%1 is already closed.").arg(c.name));
                                  if (auto open = openTicketAt(c.id, c.code); open.ok())
                                      return makeError(ErrorKind::Refused, ErrorCode::TicketOpen,
                                                       tr("Ticket %1 is still open at %2; finish it first.")
                                                           .arg(open.value().number.toString(), c.name));
                                  return endState(m_statements, c.stateRowId, nowMs);
                              });
}

Result<CounterStatus> QueueEngine::counterStatus(const QString& counterCode)
{
    auto hall = status();
    if (!hall.ok())
        return hall.error();
    for (const auto& counter : hall.value().counters)
        if (counter.code == counterCode)
            return counter;
    return makeError(ErrorKind::BadInput, ErrorCode::UnknownCounter,
                     tr("Unknown counter %1").arg(counterCode));
}

Result<HallStatus> QueueEngine::status()
{
    if (auto s = refreshConfig(); !s.ok())
        return s.error();
    const Now now = nowInfo();
    HallStatus hall;
    hall.siteName = m_config.site.name;
    hall.businessDay = now.today;
    hall.at = now.utc;

    // One pass over today's tickets gives every per-service figure.
    struct Counts
    {
        int waiting = 0, waitingPriority = 0, issued = 0, served = 0;
        qint64 oldest = 0;
    };
    QHash<qint64, Counts> counts;
    {
        auto q = run(uR"(SELECT service_id, original_service_id, status, priority, queued_at FROM tickets
                         WHERE business_day = ?)"_s,
                     {now.todayKey});
        if (!q.ok())
            return q.error();
        while (q.value().next()) {
            const auto& r = q.value();
            const QString status = r.value(2).toString();
            counts[r.value(1).toLongLong()].issued++;
            Counts& c = counts[r.value(0).toLongLong()];
            if (status == u"waiting") {
                c.waiting++;
                if (r.value(3).toInt() != 0)
                    c.waitingPriority++;
                const qint64 queued = r.value(4).toLongLong();
                c.oldest = c.oldest == 0 ? queued : qMin(c.oldest, queued);
            } else if (status == u"done") {
                c.served++;
            }
        }
        if (auto ended = q.value().ended(); !ended.ok())
            return ended.error();
    }

    QHash<QString, bool> inHoursNow;
    for (const auto& service : m_config.services) {
        const Counts c = counts.value(m_serviceIds.value(service.code));
        ServiceStatus s;
        s.code = service.code;
        s.name = service.name;
        s.agencyCode = service.agency;
        if (const auto* agency = m_config.agency(service.agency))
            s.agencyName = agency->name;
        s.prefix = service.prefix;
        s.waiting = c.waiting;
        s.waitingPriority = c.waitingPriority;
        s.issuedToday = c.issued;
        s.servedToday = c.served;
        s.quota = service.dailyQuota;
        s.targetWaitMin = service.targetWaitMin;
        if (c.oldest)
            s.oldestWaitingSince = QDateTime::fromMSecsSinceEpoch(c.oldest, Qt::UTC);
        s.availability = Schedule::availability(service, now.local, c.issued);
        bool inHours = false;
        for (const auto& range : Schedule::hoursOn(service, now.today))
            inHours = inHours || (now.local.time() >= range.from && now.local.time() < range.to);
        inHoursNow.insert(service.code, inHours);
        hall.services << s;
    }

    for (const auto& config : m_config.counters) {
        auto row = counterRow(config.code);
        if (!row.ok())
            return row.error();
        const CounterRow& r = row.value();
        CounterStatus c;
        c.code = r.code;
        c.name = r.name;
        c.services = r.serviceCodes;
        c.state = r.state;
        c.staffId = r.staffCode;
        c.staffName = r.staffName;
        c.breakReason = r.reason;
        c.since = r.since;
        if (auto open = openTicketAt(r.id, r.code); open.ok())
            c.current = open.value();
        if (r.state == CounterState::Closed)
            for (const auto& service : r.serviceCodes)
                c.shouldBeStaffed = c.shouldBeStaffed || inHoursNow.value(service);
        hall.counters << c;
    }
    return hall;
}

Result<QList<CallInfo>> QueueEngine::calls(const QString& where, const QVariantList& args)
{
    if (auto s = refreshConfig(); !s.ok())
        return s.error();
    auto q = run(uR"(SELECT e.id, t.prefix, t.seq, s.code, s.name, c.code, c.name, t.priority, e.kind, e.at
                     FROM events e
                     JOIN tickets t ON t.id = e.ticket_id
                     JOIN services s ON s.id = t.service_id
                     JOIN counters c ON c.code = e.counter_code
                     WHERE e.kind IN ('ticket.called', 'ticket.recalled') AND )"_s +
                     where,
                 args);
    if (!q.ok())
        return q.error();
    QList<CallInfo> list;
    while (q.value().next()) {
        const auto& r = q.value();
        list << CallInfo{
            r.value(0).toLongLong(), TicketNumber(r.value(1).toString(), r.value(2).toInt()),
            r.value(3).toString(),   r.value(4).toString(),
            r.value(5).toString(),   r.value(6).toString(),
            r.value(7).toInt() != 0, eventKindFromString(r.value(8).toString()) == EventKind::TicketRecalled,
            fromMs(r.value(9))};
    }
    if (auto ended = q.value().ended(); !ended.ok())
        return ended.error();
    return list;
}

Result<QList<CallInfo>> QueueEngine::recentCalls(int limit)
{
    const Now now = nowInfo();
    return calls(u"e.at >= ? ORDER BY e.id DESC LIMIT ?"_s, {now.dayStartMs, limit});
}

Result<QList<CallInfo>> QueueEngine::callsAfter(qint64 eventId)
{
    return calls(u"e.id > ? ORDER BY e.id"_s, {eventId});
}

Result<TicketInfo> QueueEngine::ticket(const TicketNumber& number, QDate businessDay)
{
    auto found = firstTicket(m_statements, u"WHERE t.business_day = ? AND t.prefix = ? AND t.seq = ?"_s,
                             {businessDay.toString(Qt::ISODate), number.prefix(), number.sequence()});
    if (!found.ok())
        return found.error();
    if (!found.value())
        return makeError(ErrorKind::BadInput, ErrorCode::UnknownTicket,
                         tr("No ticket %1 on %2").arg(number.toString(), businessDay.toString(Qt::ISODate)));
    return *found.value();
}

Result<std::optional<TicketInfo>> QueueEngine::lastFinished(const QString& counterCode, int withinSecs)
{
    if (auto s = refreshConfig(); !s.ok())
        return s.error();
    if (!m_config.counter(counterCode))
        return makeError(ErrorKind::BadInput, ErrorCode::UnknownCounter,
                         tr("Unknown counter %1").arg(counterCode));
    const Now now = nowInfo();
    // Bounded to the business days the window can reach, so a booth's years of finished tickets are not read.
    const QDateTime since = now.utc.addSecs(-qMax(0, withinSecs));
    const QString firstDay = since.toTimeZone(m_zone).date().toString(Qt::ISODate);
    return firstTicket(m_statements, uR"(WHERE c.code = ? AND t.status = 'done' AND t.business_day >= ?
                                        AND t.finished_at >= ?
                                     ORDER BY t.finished_at DESC, t.id DESC LIMIT 1)"_s,
                       {counterCode, firstDay, since.toMSecsSinceEpoch()});
}

} // namespace antre
