#include "QueueEngine.h"

#include "AuditLog.h"
#include "Clock.h"
#include "Database.h"
#include "HallStore.h"

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace antre {

QueueService::~QueueService() = default;

struct QueueEngine::Now
{
    QDateTime utc;
    qint64 ms = 0;
    QDateTime local;
    QDate today;
    QString todayKey; // YYYY-MM-DD
    qint64 dayStartMs = 0;
};

struct QueueEngine::CounterRow
{
    qint64 id = 0;
    QString code;
    QString name;
    CounterState state = CounterState::Closed;
    qint64 stateRowId = 0;
    qint64 staffRowId = 0; // 0 when opened without an officer
    QString staffCode;
    QString staffName;
    QString reason;
    QDateTime since;
    int priorityStreak = 0;
    QList<qint64> serviceIds;
    QStringList serviceCodes;
};

namespace {

const QString kTicketSelect =
    uR"(SELECT t.id, t.business_day, t.prefix, t.seq, s.code, s.name, os.code, t.status,
        t.priority, t.transferred, t.issued_at, t.queued_at, t.first_called_at, t.called_at, t.serving_at,
        t.finished_at, c.code, st.staff_code, t.outcome, t.recall_count
    FROM tickets t
    JOIN services s ON s.id = t.service_id
    JOIN services os ON os.id = t.original_service_id
    LEFT JOIN counters c ON c.id = t.counter_id
    LEFT JOIN staff st ON st.id = t.staff_id )"_s;

QDateTime fromMs(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

TicketInfo readTicket(const Statement& q)
{
    TicketInfo t;
    t.id = q.value(0).toLongLong();
    t.businessDay = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    t.number = TicketNumber(q.value(2).toString(), q.value(3).toInt());
    t.serviceCode = q.value(4).toString();
    t.serviceName = q.value(5).toString();
    t.originalServiceCode = q.value(6).toString();
    t.status = ticketStatusFromKey(q.value(7).toString()).value_or(TicketStatus::Waiting);
    t.priority = q.value(8).toInt() != 0;
    t.transferred = q.value(9).toInt() != 0;
    t.issuedAt = fromMs(q.value(10));
    t.queuedAt = fromMs(q.value(11));
    t.firstCalledAt = fromMs(q.value(12));
    t.calledAt = fromMs(q.value(13));
    t.servingAt = fromMs(q.value(14));
    t.finishedAt = fromMs(q.value(15));
    t.counterCode = q.value(16).toString();
    t.staffId = q.value(17).toString();
    if (!q.value(18).isNull())
        t.outcome = outcomeFromKey(q.value(18).toString());
    t.recallCount = q.value(19).toInt();
    return t;
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    marks.fill(u"?"_s, n);
    return marks.join(u", ");
}

QVariantList toVariants(const QList<qint64>& ids)
{
    QVariantList list;
    for (qint64 id : ids)
        list << id;
    return list;
}

Error refusalFor(const Availability& availability)
{
    static const QHash<int, QString> codes{
        {int(Availability::State::ClosedDate), u"closed_date"_s},
        {int(Availability::State::ClosedToday), u"closed_today"_s},
        {int(Availability::State::NotYetOpen), u"not_open_yet"_s},
        {int(Availability::State::PastCutoff), u"past_cutoff"_s},
        {int(Availability::State::ClosedForDay), u"closed_for_day"_s},
        {int(Availability::State::QuotaFull), u"quota_full"_s},
    };
    return makeError(ErrorKind::Refused, codes.value(int(availability.state)), availability.reason());
}

QJsonObject ticketJson(const TicketInfo& t)
{
    return {{u"ticket"_s, t.number.toString()},
            {u"service"_s, t.serviceCode},
            {u"day"_s, t.businessDay.toString(Qt::ISODate)}};
}

} // namespace

QueueEngine::QueueEngine(Database& db, const Clock& clock) : m_db(db), m_clock(clock), m_statements(db.sql())
{}

QueueEngine::~QueueEngine() = default;

Status QueueEngine::write(const std::function<Status(QSqlDatabase&)>& body)
{
    m_rollOverInWrite = {};
    m_staleInWrite = false;
    Status status = m_db.write(body);
    // A write that failed was rolled back together with its rollover: the next write does it again.
    if (status.ok() && m_rollOverInWrite.isValid())
        m_rolledOverDay = m_rollOverInWrite;
    if (status.ok() && m_staleInWrite)
        m_rolledOverDay = {};
    return status;
}

Result<Statement> QueueEngine::run(const QString& sql, const QVariantList& args)
{
    return m_statements.run(sql, args);
}

QueueEngine::Now QueueEngine::nowInfo()
{
    Now n;
    n.utc = m_clock.now();
    n.ms = n.utc.toMSecsSinceEpoch();
    n.local = n.utc.toTimeZone(m_zone);
    n.today = n.local.date();
    n.todayKey = n.today.toString(Qt::ISODate);
    if (n.today != m_dayStartOf) {
        m_dayStartMs = Schedule::dayStartUtc(n.today, m_zone).toMSecsSinceEpoch();
        m_dayStartOf = n.today;
    }
    n.dayStartMs = m_dayStartMs;
    return n;
}

Status QueueEngine::refreshConfig()
{
    qint64 current = 0;
    {
        auto version = run(u"SELECT config_version FROM site WHERE id = 1"_s);
        if (!version.ok())
            return version.error();
        if (!version.value().next())
            return makeError(
                ErrorKind::BadInput, u"not_initialized"_s,
                tr("%1: the hall is not set up yet; run 'antre init --config FILE' or 'antre demo'")
                    .arg(m_db.path()));
        current = version.value().value(0).toLongLong();
    }
    if (current == m_configVersion)
        return Done{};
    auto loaded = HallStore(m_db, m_clock).load();
    if (!loaded.ok())
        return loaded.error();
    m_config = loaded.value();
    m_zone = Schedule::zone(m_config.site.timezone);
    m_estimator.configure(m_config);
    // The zone decides what "today" is: both day caches start over.
    m_dayStartOf = {};
    m_rolledOverDay = {};
    m_serviceIds.clear();
    m_serviceCodes.clear();
    auto ids = run(u"SELECT id, code FROM services"_s);
    if (!ids.ok())
        return ids.error();
    while (ids.value().next()) {
        m_serviceIds.insert(ids.value().value(1).toString(), ids.value().value(0).toLongLong());
        m_serviceCodes.insert(ids.value().value(0).toLongLong(), ids.value().value(1).toString());
    }
    m_configVersion = current;
    return Done{};
}

Result<HallConfig> QueueEngine::config()
{
    if (auto s = refreshConfig(); !s.ok())
        return s.error();
    return m_config;
}

Status QueueEngine::rollOverIfDue(const Now& now)
{
    // Leftovers appear only when the business day changes, so one rollover a day per engine finds them all;
    // one done meanwhile by another process leaves ours nothing to do. Writes that make a past day's ticket
    // waiting again (a transfer of yesterday's ticket) forget the day, see write().
    if (now.today == m_rolledOverDay)
        return Done{};
    if (auto s = rollOverIn(now); !s.ok())
        return s;
    m_rollOverInWrite = now.today;
    return Done{};
}

Status QueueEngine::rollOverIn(const Now& now)
{
    auto stale = run(uR"(SELECT id, business_day, prefix, seq FROM tickets
                         WHERE status IN ('waiting', 'called') AND business_day < ?)"_s,
                     {now.todayKey});
    if (!stale.ok())
        return stale.error();
    struct Stale
    {
        qint64 id;
        QDate day;
        QString number;
    };
    QList<Stale> tickets;
    while (stale.value().next())
        tickets << Stale{
            stale.value().value(0).toLongLong(),
            QDate::fromString(stale.value().value(1).toString(), Qt::ISODate),
            TicketNumber(stale.value().value(2).toString(), stale.value().value(3).toInt()).toString()};
    stale.value().finish();
    for (const auto& t : tickets) {
        const qint64 endMs = Schedule::dayEndUtc(t.day, m_zone).toMSecsSinceEpoch();
        auto r = run(u"UPDATE tickets SET status = 'expired', finished_at = ? WHERE id = ?"_s, {endMs, t.id});
        if (!r.ok())
            return r.error();
        if (auto e =
                AuditLog::append(m_statements, now.utc, EventKind::TicketExpired,
                                 {{u"ticket"_s, t.number}, {u"day"_s, t.day.toString(Qt::ISODate)}}, t.id);
            !e.ok())
            return e.error();
    }

    // A booth left open overnight is closed at the end of the day it was opened, so that its minutes
    // do not run into the next day's staffing figures.
    auto open = run(uR"(SELECT cs.id, cs.started_at, c.code FROM counter_states cs
                        JOIN counters c ON c.id = cs.counter_id
                        WHERE cs.ended_at IS NULL AND cs.started_at < ?)"_s,
                    {now.dayStartMs});
    if (!open.ok())
        return open.error();
    QList<std::tuple<qint64, qint64, QString>> states;
    while (open.value().next())
        states.append({open.value().value(0).toLongLong(), open.value().value(1).toLongLong(),
                       open.value().value(2).toString()});
    open.value().finish();
    for (const auto& [id, startedMs, code] : states) {
        const QDate day = Schedule::businessDay(QDateTime::fromMSecsSinceEpoch(startedMs, Qt::UTC), m_zone);
        const qint64 endMs = Schedule::dayEndUtc(day, m_zone).toMSecsSinceEpoch();
        auto r = run(u"UPDATE counter_states SET ended_at = ? WHERE id = ?"_s, {endMs, id});
        if (!r.ok())
            return r.error();
        if (auto e = AuditLog::append(m_statements, now.utc, EventKind::CounterAutoClosed,
                                      {{u"day"_s, day.toString(Qt::ISODate)}}, 0, code);
            !e.ok())
            return e.error();
    }
    return Done{};
}

Status QueueEngine::rollOver()
{
    // Asked for explicitly: always looks, whatever this engine remembers.
    return write([this](QSqlDatabase&) -> Status {
        if (auto s = refreshConfig(); !s.ok())
            return s;
        const Now now = nowInfo();
        if (auto s = rollOverIn(now); !s.ok())
            return s;
        m_rollOverInWrite = now.today;
        return Done{};
    });
}

Result<IssuedTicket> QueueEngine::issue(const QString& serviceCode, bool priority)
{
    IssuedTicket issued;
    auto status = write([&](QSqlDatabase&) -> Status {
        if (auto s = refreshConfig(); !s.ok())
            return s;
        const Now now = nowInfo();
        if (auto s = rollOverIfDue(now); !s.ok())
            return s;
        const ServiceConfig* service = m_config.service(serviceCode);
        if (!service)
            return makeError(ErrorKind::BadInput, u"unknown_service"_s,
                             tr("Unknown service %1").arg(serviceCode));
        const qint64 serviceId = m_serviceIds.value(service->code);

        // Safe under BEGIN IMMEDIATE: no other writer can insert between this read and our insert. The last
        // number, today's count for the quota (only where there is one: it reads every ticket of the day)
        // and the people ahead, in one statement.
        const bool quota = service->dailyQuota.has_value();
        QVariantList args{now.todayKey, service->prefix};
        if (quota)
            args << now.todayKey << serviceId;
        args << serviceId << (priority ? 1 : 0);
        const QString quotaCount =
            quota ? u"(SELECT count(*) FROM tickets WHERE business_day = ? AND original_service_id = ?)"_s
                  : u"0"_s;
        auto counts = run(
            u"SELECT (SELECT COALESCE(MAX(seq), 0) FROM tickets WHERE business_day = ? AND prefix = ?), "_s +
                quotaCount +
                u", (SELECT count(*) FROM tickets WHERE status = 'waiting' AND service_id = ? "
                u"AND (priority = 1 OR ? = 0))",
            args);
        if (!counts.ok())
            return counts.error();
        counts.value().next();
        const int lastSeq = counts.value().value(0).toInt();
        const int issuedCount = counts.value().value(1).toInt();
        issued.ahead = counts.value().value(2).toInt();
        counts.value().finish();

        const Availability availability = Schedule::availability(*service, now.local, issuedCount);
        if (!availability.isOpen())
            return refusalFor(availability);

        const int seq = lastSeq + 1;
        issued.estimatedWaitMin =
            m_estimator.estimateMinutes(*service, serviceId, issued.ahead, now.dayStartMs, now.ms);

        auto insert = run(uR"(INSERT INTO tickets (business_day, prefix, seq, service_id, original_service_id,
                                priority, status, issued_at, issue_hour, queued_at, estimated_wait_min)
                              VALUES (?, ?, ?, ?, ?, ?, 'waiting', ?, ?, ?, ?) RETURNING id)"_s,
                          {now.todayKey, service->prefix, seq, serviceId, serviceId, priority ? 1 : 0, now.ms,
                           now.local.time().hour(), now.ms, issued.estimatedWaitMin});
        if (!insert.ok())
            return insert.error();
        // RETURNING rather than lastInsertId(): the same on SQLite and PostgreSQL.
        if (!insert.value().next())
            return Database::sqlError(u"issuing a ticket"_s, u"no id returned"_s);
        issued.id = insert.value().value(0).toLongLong();
        insert.value().finish();
        issued.number = TicketNumber(service->prefix, seq);
        issued.serviceCode = service->code;
        issued.serviceName = service->name;
        issued.agencyCode = service->agency;
        if (const auto* agency = m_config.agency(service->agency))
            issued.agencyName = agency->name;
        issued.priority = priority;
        issued.issuedAt = now.utc;
        issued.businessDay = now.today;
        const QJsonObject data{{u"ticket"_s, issued.number.toString()},
                               {u"service"_s, service->code},
                               {u"priority"_s, priority},
                               {u"ahead"_s, issued.ahead},
                               {u"estimated_wait_min"_s, issued.estimatedWaitMin}};
        if (auto e = AuditLog::append(m_statements, now.utc, EventKind::TicketIssued, data, issued.id);
            !e.ok())
            return e.error();
        return Done{};
    });
    if (!status.ok())
        return status.error();
    return issued;
}

Result<QueueEngine::CounterRow> QueueEngine::counterRow(const QString& code)
{
    auto q = run(uR"(SELECT c.id, c.code, c.name, c.priority_streak, cs.id, cs.state, cs.reason,
                            cs.started_at, st.id, st.staff_code, st.name
                     FROM counters c
                     LEFT JOIN counter_states cs ON cs.counter_id = c.id AND cs.ended_at IS NULL
                     LEFT JOIN staff st ON st.id = cs.staff_id
                     WHERE c.code = ? AND c.active = 1)"_s,
                 {code});
    if (!q.ok())
        return q.error();
    if (!q.value().next())
        return makeError(ErrorKind::BadInput, u"unknown_counter"_s, tr("Unknown counter %1").arg(code));
    CounterRow row;
    const auto& r = q.value();
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
    q.value().finish();
    if (const auto* config = m_config.counter(code)) {
        row.serviceCodes = config->services;
        for (const auto& service : config->services)
            row.serviceIds << m_serviceIds.value(service);
    }
    return row;
}

Result<TicketInfo> QueueEngine::loadTicket(qint64 ticketId)
{
    auto q = run(kTicketSelect + u"WHERE t.id = ?"_s, {ticketId});
    if (!q.ok())
        return q.error();
    if (!q.value().next())
        return makeError(ErrorKind::BadInput, u"unknown_ticket"_s, tr("Unknown ticket"));
    return readTicket(q.value());
}

Result<TicketInfo> QueueEngine::openTicketAt(qint64 counterId, const QString& counterCode)
{
    auto q = run(kTicketSelect + u"WHERE t.counter_id = ? AND t.status IN ('called', 'serving') "
                                 u"ORDER BY t.called_at DESC LIMIT 1"_s,
                 {counterId});
    if (!q.ok())
        return q.error();
    if (!q.value().next())
        return makeError(ErrorKind::Refused, u"no_ticket"_s,
                         tr("No ticket is called at %1; call the next one first.").arg(counterCode));
    return readTicket(q.value());
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
    auto q = run(uR"(SELECT c.name, cs.state, cs.started_at,
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
                 {now.todayKey, counterCode});
    if (!q.ok() || !q.value().next())
        return std::nullopt;
    const QString name = q.value().value(0).toString();
    const bool open = q.value().value(1).toString() == toKey(CounterState::Open);
    const bool today = q.value().value(2).toLongLong() >= now.dayStartMs;
    const bool anyoneWaiting = q.value().value(3).toInt() != 0;
    const bool ticketOpen = q.value().value(4).toInt() != 0;
    const bool twoStates = q.value().next();
    if (!open || !today || anyoneWaiting || ticketOpen || twoStates)
        return std::nullopt;
    return makeError(ErrorKind::NothingToDo, u"queue_empty"_s,
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
            return makeError(ErrorKind::Refused, u"counter_not_open"_s,
                             c.state == CounterState::Break
                                 ? tr("%1 is on a break; resume it first.").arg(c.name)
                                 : tr("%1 is not open; open it first.").arg(c.name));
        if (auto open = openTicketAt(c.id, c.code); open.ok())
            return makeError(
                ErrorKind::Refused, u"ticket_open"_s,
                tr("Ticket %1 is still open at %2; finish it, mark it no-show or transfer it first.")
                    .arg(open.value().number.toString(), c.name));
        auto waiting = waitingIn(c, now);
        if (!waiting.ok())
            return waiting.error();
        if (waiting.value().isEmpty())
            return makeError(ErrorKind::NothingToDo, u"queue_empty"_s,
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
            return makeError(ErrorKind::Refused, u"illegal_transition"_s,
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

namespace {

Status done(const Result<Statement>& r)
{
    return r.ok() ? Status(Done{}) : Status(r.error());
}

} // namespace

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
        return makeError(ErrorKind::Internal, u"database"_s,
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
        return makeError(ErrorKind::BadInput, u"unknown_service"_s,
                         tr("Unknown service %1").arg(serviceCode));
    const qint64 target = m_serviceIds.value(serviceCode);
    // The ticket goes back to waiting in the new service with its original queue time, so the citizen keeps
    // their place in line; the first call time stays, so their wait is measured from the first call.
    return moveOpenTicket(
        counterCode, {TicketStatus::Called, TicketStatus::Serving}, EventKind::TicketTransferred,
        [&](const TicketInfo& t, qint64) -> Status {
            if (t.serviceCode == serviceCode)
                return makeError(
                    ErrorKind::Refused, u"same_service"_s,
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
        TicketInfo t;
        {
            auto q = run(kTicketSelect + u"WHERE t.business_day = ? AND t.prefix = ? AND t.seq = ?"_s,
                         {now.todayKey, number.prefix(), number.sequence()});
            if (!q.ok())
                return q.error();
            if (!q.value().next())
                return makeError(ErrorKind::BadInput, u"unknown_ticket"_s,
                                 tr("No ticket %1 today").arg(number.toString()));
            t = readTicket(q.value());
        }
        if (t.status != from)
            return makeError(ErrorKind::Refused, u"illegal_transition"_s,
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
                return makeError(ErrorKind::Refused, u"counter_already_open"_s,
                                 c.staffName.isEmpty()
                                     ? tr("%1 is already open.").arg(c.name)
                                     : tr("%1 is already open by %2.").arg(c.name, c.staffName));
            qint64 staffRowId = 0;
            if (!staffId.isEmpty()) {
                auto s = run(uR"(SELECT s.id, s.role, s.active, s.name,
                                    EXISTS (SELECT 1 FROM staff_counters sc WHERE sc.staff_id = s.id
                                            AND sc.counter_id = ?),
                                    (SELECT c.name FROM counter_states cs
                                     JOIN counters c ON c.id = cs.counter_id
                                     WHERE cs.staff_id = s.id AND cs.ended_at IS NULL LIMIT 1)
                             FROM staff s WHERE s.staff_code = ?)"_s,
                             {c.id, staffId});
                if (!s.ok())
                    return s.error();
                if (!s.value().next())
                    return makeError(ErrorKind::BadInput, u"unknown_staff"_s,
                                     tr("Unknown staff ID %1").arg(staffId));
                const auto& row = s.value();
                const bool manager = row.value(1).toString() != toKey(Role::Officer);
                if (row.value(2).toInt() == 0)
                    return makeError(ErrorKind::Refused, u"inactive"_s,
                                     tr("This account is deactivated; ask the hall administrator."));
                if (!manager && row.value(4).toInt() == 0)
                    return makeError(
                        ErrorKind::Refused, u"not_allowed"_s,
                        tr("%1 is not allowed to open %2.").arg(row.value(3).toString(), c.name));
                if (!row.value(5).isNull())
                    return makeError(ErrorKind::Refused, u"staff_busy"_s,
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
    return changeCounterState(
        counterCode, EventKind::CounterBreak, [&](const CounterRow& c, qint64 nowMs) -> Status {
            if (c.state != CounterState::Open)
                return makeError(ErrorKind::Refused, u"counter_not_open"_s,
                                 tr("%1 is not open.").arg(c.name));
            if (auto open = openTicketAt(c.id, c.code); open.ok())
                return makeError(ErrorKind::Refused, u"ticket_open"_s,
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
                                      return makeError(ErrorKind::Refused, u"not_on_break"_s,
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
                                      return makeError(ErrorKind::Refused, u"counter_not_open"_s,
                                                       tr("%1 is already closed.").arg(c.name));
                                  if (auto open = openTicketAt(c.id, c.code); open.ok())
                                      return makeError(ErrorKind::Refused, u"ticket_open"_s,
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
    return makeError(ErrorKind::BadInput, u"unknown_counter"_s, tr("Unknown counter %1").arg(counterCode));
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
    auto q = run(kTicketSelect + u"WHERE t.business_day = ? AND t.prefix = ? AND t.seq = ?"_s,
                 {businessDay.toString(Qt::ISODate), number.prefix(), number.sequence()});
    if (!q.ok())
        return q.error();
    if (!q.value().next())
        return makeError(ErrorKind::BadInput, u"unknown_ticket"_s,
                         tr("No ticket %1 on %2").arg(number.toString(), businessDay.toString(Qt::ISODate)));
    return readTicket(q.value());
}

} // namespace antre
