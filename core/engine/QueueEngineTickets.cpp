// The queue engine's ticket actions at a booth: reading a counter and its queue, calling, and moving the
// called ticket on (serve, finish, no-show, transfer, requeue, cancel). The rest of QueueEngine is in
// core/QueueEngine.cpp and core/engine/QueueEngineCounters.cpp.
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

Result<QueueEngine::CounterRow> QueueEngine::counterRow(const QString& code)
{
    auto found = firstRow(run(uR"(SELECT c.id, c.code, c.name, c.priority_streak, cs.id, cs.state, cs.reason,
                            cs.started_at, st.id, st.staff_code, st.name
                     FROM counters c
                     LEFT JOIN counter_states cs ON cs.counter_id = c.id AND cs.ended_at IS NULL
                     LEFT JOIN staff st ON st.id = cs.staff_id
                     WHERE c.code = ? AND c.active = 1)"_s,
                              {code}));
    if (!found.ok())
        return found.error();
    if (!found.value())
        return makeError(ErrorKind::BadInput, ErrorCode::UnknownCounter, tr("Unknown counter %1").arg(code));
    CounterRow row;
    Statement& r = *found.value();
    row.id = r.value(0).toLongLong();
    row.code = r.value(1).toString();
    row.name = r.value(2).toString();
    row.priorityStreak = r.value(3).toInt();
    if (!r.value(4).isNull()) {
        row.stateRowId = r.value(4).toLongLong();
        row.state = counterStateFromKey(r.value(5).toString()).value_or(CounterState::Closed);
        row.reason = r.value(6).toString();
        row.since = fromMs(r.value(7));
        row.staffRowId = r.value(8).toLongLong();
        row.staffCode = r.value(9).toString();
        row.staffName = r.value(10).toString();
    }
    r.finish();
    if (const auto* config = m_config.counter(code)) {
        row.serviceCodes = config->services;
        for (const auto& service : config->services)
            row.serviceIds << m_serviceIds.value(service);
    }
    return row;
}

Result<TicketInfo> QueueEngine::loadTicket(qint64 ticketId)
{
    auto found = firstTicket(m_statements, u"WHERE t.id = ?"_s, {ticketId});
    if (!found.ok())
        return found.error();
    if (!found.value())
        return makeError(ErrorKind::BadInput, ErrorCode::UnknownTicket, tr("Unknown ticket"));
    return *found.value();
}

Result<TicketInfo> QueueEngine::openTicketAt(qint64 counterId, const QString& counterCode)
{
    auto found = firstTicket(m_statements,
                             u"WHERE t.counter_id = ? AND t.status IN ('called', 'serving') "
                             u"ORDER BY t.called_at DESC LIMIT 1"_s,
                             {counterId});
    if (!found.ok())
        return found.error();
    if (!found.value())
        return makeError(ErrorKind::Refused, ErrorCode::NoTicket,
                         tr("No ticket is called at %1; call the next one first.").arg(counterCode));
    return *found.value();
}

Result<QList<TicketInfo>> QueueEngine::waitingIn(const CounterRow& counter, const Now& now)
{
    QList<TicketInfo> priority;
    QList<TicketInfo> regular;
    if (!counter.serviceIds.isEmpty()) {
        QVariantList args{now.todayKey};
        args += toVariants(counter.serviceIds);
        auto q =
            run(kTicketSelect + u"WHERE t.status = 'waiting' AND t.business_day = ? AND t.service_id IN (" +
                    placeholders(counter.serviceIds.size()) + u") ORDER BY t.queued_at, t.id",
                args);
        if (!q.ok())
            return q.error();
        while (q.value().next()) {
            TicketInfo t = readTicket(q.value());
            (t.priority ? priority : regular) << t;
        }
        if (auto ended = q.value().ended(); !ended.ok())
            return ended.error();
    }
    // The call order: priority first, but at most priority_run_limit priority tickets in a row while a
    // regular ticket waits, so that regular tickets never starve.
    QList<TicketInfo> order;
    int streak = counter.priorityStreak;
    const int limit = qMax(1, m_config.site.priorityRunLimit);
    qsizetype p = 0;
    qsizetype r = 0;
    while (p < priority.size() || r < regular.size()) {
        if (p < priority.size() && (streak < limit || r >= regular.size())) {
            order << priority.at(p++);
            ++streak;
        } else {
            order << regular.at(r++);
            streak = 0;
        }
    }
    return order;
}

Result<QList<TicketInfo>> QueueEngine::waitingFor(const QString& counterCode)
{
    if (auto s = refreshConfig(); !s.ok())
        return s.error();
    auto counter = counterRow(counterCode);
    if (!counter.ok())
        return counter.error();
    return waitingIn(counter.value(), nowInfo());
}

std::optional<Error> QueueEngine::emptyQueueByRead(const QString& counterCode)
{
    if (auto s = refreshConfig(); !s.ok())
        return std::nullopt; // the write path reports it
    const Now now = nowInfo();
    // One statement, so that the booth and the line are read in one snapshot. A booth state from before today
    // is left to the write path: its rollover closes the booth, which is a different answer. The booth's
    // services are those of the configuration (the active ones). Booths ask this every few milliseconds while
    // idle, so the statement only walks the waiting entries of tickets_queue, and it has no IN list: SQLite
    // builds a temporary table (an 88 KB page cache) for one on every run. Doubt goes to the write path: the
    // join order is fixed (CROSS JOIN), and "today or later" keeps the planner off the day index.
    auto row = firstRow(run(uR"(SELECT c.name, cs.state, cs.started_at,
                            EXISTS (SELECT 1
                                    FROM counter_services x CROSS JOIN services s CROSS JOIN tickets t
                                    WHERE x.counter_id = c.id AND s.id = x.service_id AND s.active = 1
                                      AND t.status = 'waiting' AND t.service_id = x.service_id
                                      AND t.business_day >= ?),
                            EXISTS (SELECT 1 FROM tickets WHERE counter_id = c.id AND status = 'called')
                              OR EXISTS (SELECT 1 FROM tickets WHERE counter_id = c.id AND status = 'serving')
                     FROM counters c
                     LEFT JOIN counter_states cs ON cs.counter_id = c.id AND cs.ended_at IS NULL
                     WHERE c.code = ? AND c.active = 1)"_s,
                            {now.todayKey, counterCode}));
    // Any doubt (a failed read included) leaves the decision to the call under the write lock.
    if (!row.ok() || !row.value())
        return std::nullopt;
    Statement& q = *row.value();
    const QString name = q.value(0).toString();
    const bool open = q.value(1).toString() == toKey(CounterState::Open);
    const bool today = q.value(2).toLongLong() >= now.dayStartMs;
    const bool anyoneWaiting = q.value(3).toInt() != 0;
    const bool ticketOpen = q.value(4).toInt() != 0;
    const auto second = q.step();
    if (!second.ok())
        return std::nullopt;
    const bool twoStates = second.value();
    if (!open || !today || anyoneWaiting || ticketOpen || twoStates)
        return std::nullopt;
    return makeError(ErrorKind::NothingToDo, ErrorCode::QueueEmpty,
                     tr("No one is waiting for the services of %1.").arg(name));
}

Result<CallInfo> QueueEngine::callNext(const QString& counterCode)
{
    // Booths ask again and again while the line is empty: answer that from a read, without queueing for the
    // write lock behind the kiosks. A ticket issued just after the read is called by the next ask, as if this
    // one had come a moment earlier; when the read shows someone waiting, the call is decided under the lock.
    if (auto empty = emptyQueueByRead(counterCode))
        return *empty;
    CallInfo call;
    auto status = write([&](QSqlDatabase&) -> Status {
        if (auto s = refreshConfig(); !s.ok())
            return s;
        const Now now = nowInfo();
        if (auto s = rollOverIfDue(now); !s.ok())
            return s;
        auto counter = counterRow(counterCode);
        if (!counter.ok())
            return counter.error();
        const CounterRow& c = counter.value();
        if (c.state != CounterState::Open)
            return makeError(ErrorKind::Refused, ErrorCode::CounterNotOpen,
                             c.state == CounterState::Break
                                 ? tr("%1 is on a break; resume it first.").arg(c.name)
                                 : tr("%1 is not open; open it first.").arg(c.name));
        if (auto open = openTicketAt(c.id, c.code); open.ok())
            return makeError(
                ErrorKind::Refused, ErrorCode::TicketOpen,
                tr("Ticket %1 is still open at %2; finish it, mark it no-show or transfer it first.")
                    .arg(open.value().number.toString(), c.name));
        auto waiting = waitingIn(c, now);
        if (!waiting.ok())
            return waiting.error();
        if (waiting.value().isEmpty())
            return makeError(ErrorKind::NothingToDo, ErrorCode::QueueEmpty,
                             tr("No one is waiting for the services of %1.").arg(c.name));
        const TicketInfo next = waiting.value().constFirst();
        auto update =
            run(uR"(UPDATE tickets SET status = 'called', called_at = ?,
                                first_called_at = COALESCE(first_called_at, ?), counter_id = ?, staff_id = ?
                              WHERE id = ? AND status = 'waiting')"_s,
                {now.ms, now.ms, c.id, c.staffRowId ? QVariant(c.staffRowId) : QVariant(), next.id});
        if (!update.ok())
            return update.error();
        auto streak = run(u"UPDATE counters SET priority_streak = ? WHERE id = ?"_s,
                          {next.priority ? c.priorityStreak + 1 : 0, c.id});
        if (!streak.ok())
            return streak.error();
        QJsonObject data = ticketJson(next);
        data.insert(u"priority"_s, next.priority);
        auto event = AuditLog::append(m_statements, now.utc, EventKind::TicketCalled, data, next.id, c.code,
                                      c.staffCode);
        if (!event.ok())
            return event.error();
        call = CallInfo{event.value(), next.number, next.serviceCode, next.serviceName, c.code, c.name,
                        next.priority, false,       now.utc};
        return Done{};
    });
    if (!status.ok())
        return status.error();
    return call;
}

Result<TicketInfo> QueueEngine::moveOpenTicket(const QString& counterCode, const QList<TicketStatus>& from,
                                               EventKind eventKind,
                                               const std::function<Status(const TicketInfo&, qint64)>& update)
{
    qint64 ticketId = 0;
    QString staffCode;
    auto status = write([&](QSqlDatabase&) -> Status {
        if (auto s = refreshConfig(); !s.ok())
            return s;
        const Now now = nowInfo();
        if (auto s = rollOverIfDue(now); !s.ok())
            return s;
        auto counter = counterRow(counterCode);
        if (!counter.ok())
            return counter.error();
        auto open = openTicketAt(counter.value().id, counter.value().code);
        if (!open.ok())
            return open.error();
        const TicketInfo& t = open.value();
        if (!from.contains(t.status))
            return makeError(ErrorKind::Refused, ErrorCode::IllegalTransition,
                             tr("Ticket %1 is %2; that action is not possible now.")
                                 .arg(t.number.toString(), Labels::status(t.status)));
        if (auto r = update(t, now.ms); !r.ok())
            return r.error();
        ticketId = t.id;
        staffCode = counter.value().staffCode;
        auto after = loadTicket(t.id);
        if (!after.ok())
            return after.error();
        // A past day's ticket waiting again (transferred) is a leftover the next rollover must expire.
        if (t.businessDay < now.today && after.value().status == TicketStatus::Waiting)
            m_staleInWrite = true;
        QJsonObject data = ticketJson(after.value());
        if (after.value().outcome)
            data.insert(u"outcome"_s, toKey(*after.value().outcome));
        if (after.value().serviceCode != t.serviceCode)
            data.insert(u"from_service"_s, t.serviceCode);
        if (auto e = AuditLog::append(m_statements, now.utc, eventKind, data, t.id, counter.value().code,
                                      staffCode);
            !e.ok())
            return e.error();
        return Done{};
    });
    if (!status.ok())
        return status.error();
    return loadTicket(ticketId);
}

Result<CallInfo> QueueEngine::recall(const QString& counterCode)
{
    auto moved = moveOpenTicket(counterCode, {TicketStatus::Called}, EventKind::TicketRecalled,
                                [this](const TicketInfo& t, qint64 nowMs) {
                                    return done(run(u"UPDATE tickets SET called_at = ?, recall_count = "
                                                    u"recall_count + 1 WHERE id = ?"_s,
                                                    {nowMs, t.id}));
                                });
    if (!moved.ok())
        return moved.error();
    auto recent = calls(u"e.ticket_id = ? ORDER BY e.id DESC LIMIT 1"_s, {moved.value().id});
    if (!recent.ok() || recent.value().isEmpty())
        return makeError(ErrorKind::Internal, ErrorCode::Database,
                         tr("The recall was saved but could not be read back."));
    return recent.value().constFirst();
}

Result<TicketInfo> QueueEngine::startServing(const QString& counterCode)
{
    return moveOpenTicket(
        counterCode, {TicketStatus::Called}, EventKind::TicketServing,
        [this](const TicketInfo& t, qint64 nowMs) {
            return done(
                run(u"UPDATE tickets SET status = 'serving', serving_at = ? WHERE id = ?"_s, {nowMs, t.id}));
        });
}

Result<TicketInfo> QueueEngine::finish(const QString& counterCode, Outcome outcome)
{
    return moveOpenTicket(counterCode, {TicketStatus::Serving}, EventKind::TicketDone,
                          [this, outcome](const TicketInfo& t, qint64 nowMs) {
                              return done(
                                  run(u"UPDATE tickets SET status = 'done', finished_at = ?, outcome = ? "
                                      u"WHERE id = ?"_s,
                                      {nowMs, toKey(outcome), t.id}));
                          });
}

Result<TicketInfo> QueueEngine::markNoShow(const QString& counterCode)
{
    return moveOpenTicket(
        counterCode, {TicketStatus::Called}, EventKind::TicketNoShow,
        [this](const TicketInfo& t, qint64 nowMs) {
            return done(
                run(u"UPDATE tickets SET status = 'no_show', finished_at = ? WHERE id = ?"_s, {nowMs, t.id}));
        });
}

Result<TicketInfo> QueueEngine::transfer(const QString& counterCode, const QString& serviceCode)
{
    if (auto s = refreshConfig(); !s.ok())
        return s.error();
    if (!m_config.service(serviceCode))
        return makeError(ErrorKind::BadInput, ErrorCode::UnknownService,
                         tr("Unknown service %1").arg(serviceCode));
    const qint64 target = m_serviceIds.value(serviceCode);
    // The ticket goes back to waiting in the new service with its original queue time, so the citizen keeps
    // their place in line; the first call time stays, so their wait is measured from the first call.
    return moveOpenTicket(
        counterCode, {TicketStatus::Called, TicketStatus::Serving}, EventKind::TicketTransferred,
        [&](const TicketInfo& t, qint64) -> Status {
            if (t.serviceCode == serviceCode)
                return makeError(
                    ErrorKind::Refused, ErrorCode::SameService,
                    tr("Ticket %1 is already in service %2.").arg(t.number.toString(), serviceCode));
            return done(run(uR"(UPDATE tickets SET status = 'waiting', service_id = ?,
                                                    transferred = 1, counter_id = NULL, staff_id = NULL,
                                                    called_at = NULL, serving_at = NULL WHERE id = ?)"_s,
                            {target, t.id}));
        });
}

Result<TicketInfo> QueueEngine::changeTicketByNumber(const TicketNumber& number, TicketStatus from,
                                                     EventKind eventKind, const QString& sql)
{
    qint64 ticketId = 0;
    auto status = write([&](QSqlDatabase&) -> Status {
        if (auto s = refreshConfig(); !s.ok())
            return s;
        const Now now = nowInfo();
        if (auto s = rollOverIfDue(now); !s.ok())
            return s;
        auto found = firstTicket(m_statements, u"WHERE t.business_day = ? AND t.prefix = ? AND t.seq = ?"_s,
                                 {now.todayKey, number.prefix(), number.sequence()});
        if (!found.ok())
            return found.error();
        if (!found.value())
            return makeError(ErrorKind::BadInput, ErrorCode::UnknownTicket,
                             tr("No ticket %1 today").arg(number.toString()));
        const TicketInfo& t = *found.value();
        if (t.status != from)
            return makeError(ErrorKind::Refused, ErrorCode::IllegalTransition,
                             tr("Ticket %1 is %2; that action is not possible now.")
                                 .arg(t.number.toString(), Labels::status(t.status)));
        auto r = run(sql, {now.ms, t.id});
        if (!r.ok())
            return r.error();
        ticketId = t.id;
        if (auto e = AuditLog::append(m_statements, now.utc, eventKind, ticketJson(t), t.id); !e.ok())
            return e.error();
        return Done{};
    });
    if (!status.ok())
        return status.error();
    return loadTicket(ticketId);
}

Result<TicketInfo> QueueEngine::requeue(const TicketNumber& number)
{
    // A citizen who missed the call joins the back of the line: fair to those who stayed.
    return changeTicketByNumber(number, TicketStatus::NoShow, EventKind::TicketRequeued,
                                uR"(UPDATE tickets SET status = 'waiting', queued_at = ?, counter_id = NULL,
                                      staff_id = NULL, called_at = NULL, finished_at = NULL WHERE id = ?)"_s);
}

Result<TicketInfo> QueueEngine::cancel(const TicketNumber& number)
{
    return changeTicketByNumber(number, TicketStatus::Waiting, EventKind::TicketCancelled,
                                u"UPDATE tickets SET status = 'cancelled', finished_at = ? WHERE id = ?"_s);
}

} // namespace antre
