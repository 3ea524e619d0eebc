// The queue engine's issue of a ticket at a kiosk, with the replay of a request key. The rest of QueueEngine
// is in core/QueueEngine.cpp and core/engine/QueueEngine*.cpp.
#include "core/AuditLog.h"
#include "core/Clock.h"
#include "core/QueueEngine.h"
#include "core/engine/EngineParts.h"
#include "core/storage/Database.h"

using namespace Qt::Literals::StringLiterals;

namespace antre {

using namespace engine;

Result<std::optional<IssuedTicket>> QueueEngine::replayOf(const QString& requestKey,
                                                          const ServiceConfig& service, bool priority)
{
    auto found = firstRow(
        run(uR"(SELECT r.ticket_id, r.service_id, r.priority, r.ahead, r.others_ahead, t.prefix, t.seq,
                                t.business_day, t.issued_at, t.estimated_wait_min, t.original_service_id
                         FROM issue_requests r JOIN tickets t ON t.id = r.ticket_id WHERE r.request_key = ?)"_s,
            {requestKey}));
    if (!found.ok())
        return found.error();
    if (!found.value())
        return std::optional<IssuedTicket>();
    Statement& q = *found.value();
    const qint64 serviceId = q.value(1).toLongLong();
    if (serviceId != m_serviceIds.value(service.code) || (q.value(2).toInt() != 0) != priority)
        return makeError(ErrorKind::BadInput, ErrorCode::RequestKeyReused,
                         tr("Request key %1 was already used for another ticket (service %2); a new press "
                            "needs a new key")
                             .arg(requestKey, m_serviceCodes.value(serviceId)));
    IssuedTicket issued;
    issued.id = q.value(0).toLongLong();
    issued.priority = priority;
    issued.ahead = q.value(3).toInt();
    issued.othersAhead = q.value(4).toInt();
    issued.number = TicketNumber(q.value(5).toString(), q.value(6).toInt());
    issued.businessDay = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    issued.issuedAt = fromMs(q.value(8));
    issued.estimatedWaitMin = q.value(9).toInt();
    issued.serviceCode = service.code;
    issued.serviceName = service.name;
    issued.agencyCode = service.agency;
    if (const auto* agency = m_config.agency(service.agency))
        issued.agencyName = agency->name;
    issued.replayed = true;
    q.finish();
    return std::optional<IssuedTicket>(issued);
}

Result<IssuedTicket> QueueEngine::issue(const QString& serviceCode, bool priority, const QString& requestKey)
{
    if (!requestKey.isEmpty() && !isValidRequestKey(requestKey))
        return makeError(
            ErrorKind::BadInput, ErrorCode::BadRequestKey,
            tr("Malformed request key \"%1\": 8 to 64 letters, digits, '-' or '_'").arg(requestKey.left(80)));
    IssuedTicket issued;
    auto status = write([&](QSqlDatabase&) -> Status {
        issued = IssuedTicket();
        if (auto s = refreshConfig(); !s.ok())
            return s;
        const Now now = nowInfo();
        if (auto s = rollOverIfDue(now); !s.ok())
            return s;
        const ServiceConfig* service = m_config.service(serviceCode);
        if (!service)
            return makeError(ErrorKind::BadInput, ErrorCode::UnknownService,
                             tr("Unknown service %1").arg(serviceCode));
        const qint64 serviceId = m_serviceIds.value(service->code);
        // Before the opening hours and the quota: a retry after the cutoff still gets the ticket it was
        // issued.
        if (!requestKey.isEmpty()) {
            auto replay = replayOf(requestKey, *service, priority);
            if (!replay.ok())
                return replay.error();
            if (replay.value()) {
                issued = *replay.value();
                return Done{};
            }
        }

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
        auto counts = firstRow(run(
            u"SELECT (SELECT COALESCE(MAX(seq), 0) FROM tickets WHERE business_day = ? AND prefix = ?), "_s +
                quotaCount +
                u", (SELECT count(*) FROM tickets WHERE status = 'waiting' AND service_id = ? "
                u"AND (priority = 1 OR ? = 0))",
            args));
        if (!counts.ok())
            return counts.error();
        // An aggregate always has its one row: no row is a read error, never "nothing issued yet".
        if (!counts.value())
            return Database::sqlError(u"counting the day's tickets"_s, u"no row returned"_s);
        Statement& count = *counts.value();
        const int lastSeq = count.value(0).toInt();
        const int issuedCount = count.value(1).toInt();
        issued.ahead = count.value(2).toInt();
        count.finish();

        const Availability availability = Schedule::availability(*service, now.local, issuedCount);
        if (!availability.isOpen())
            return refusalFor(availability);

        const int seq = lastSeq + 1;
        const auto estimate = m_estimator.estimate(*service, serviceId, issued.ahead, now.dayStartMs, now.ms);
        issued.estimatedWaitMin = estimate.minutes;
        issued.othersAhead = estimate.othersAhead;

        auto insert =
            firstRow(run(uR"(INSERT INTO tickets (business_day, prefix, seq, service_id, original_service_id,
                                priority, status, issued_at, issue_hour, queued_at, estimated_wait_min)
                              VALUES (?, ?, ?, ?, ?, ?, 'waiting', ?, ?, ?, ?) RETURNING id)"_s,
                         {now.todayKey, service->prefix, seq, serviceId, serviceId, priority ? 1 : 0, now.ms,
                          now.local.time().hour(), now.ms, issued.estimatedWaitMin}));
        if (!insert.ok())
            return insert.error();
        // RETURNING rather than lastInsertId(): the same on SQLite and PostgreSQL.
        if (!insert.value())
            return Database::sqlError(u"issuing a ticket"_s, u"no id returned"_s);
        issued.id = insert.value()->value(0).toLongLong();
        insert.value()->finish();
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
        if (!requestKey.isEmpty())
            if (auto r =
                    run(uR"(INSERT INTO issue_requests (request_key, ticket_id, service_id, priority, ahead,
                                   others_ahead, created_at) VALUES (?, ?, ?, ?, ?, ?, ?))"_s,
                        {requestKey, issued.id, serviceId, priority ? 1 : 0, issued.ahead, issued.othersAhead,
                         now.ms});
                !r.ok())
                return r.error();
        return Done{};
    });
    if (!status.ok())
        return status.error();
    return issued;
}

} // namespace antre
