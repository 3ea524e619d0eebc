// The queue engine's issue of a ticket at a kiosk, with the replay of a request key. The rest of QueueEngine
// is in core/QueueEngine.cpp and core/engine/QueueEngine*.cpp.
#include "core/AuditLog.h"
#include "core/Clock.h"
#include "core/QueueEngine.h"
#include "core/engine/EngineParts.h"
#include "core/storage/Database.h"

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {

// The service and its agency as the ticket names them, for a new ticket and for one replayed by its key
// alike.
void nameService(IssuedTicket& issued, const ServiceConfig& service, const HallConfig& config)
{
    issued.serviceCode = service.code;
    issued.serviceName = service.name;
    issued.agencyCode = service.agency;
    if (const auto* agency = config.agency(service.agency))
        issued.agencyName = agency->name;
}

} // namespace

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
    nameService(issued, service, m_config);
    issued.replayed = true;
    q.finish();
    return std::optional<IssuedTicket>(issued);
}

// What an issue reads before it writes the ticket, under the write lock.
struct QueueEngine::IssueReads
{
    Now now;
    int lastSeq = 0;     // the day's last number of the prefix
    int issuedCount = 0; // the day's tickets of the service, where it has a quota
    int ahead = 0;       // waiting before the new ticket
    // Only when folded: what the estimator reads, and the audit log's head (none when an event was
    // appended after it was read).
    std::optional<Estimator::Observed> observed;
    std::optional<std::pair<qint64, QString>> head;
};

namespace {

// The rows of foldedIssueReads' statement: (tag, a, b, c, text); the estimator's tags come after these.
enum IssueRow
{
    kHeadRow,   // newest queue event's time, config_version, newest event's id, its hash
    kCountsRow, // last number, quota count, people ahead
    kReplayRow, // the ticket of the request key, when there is one
};
static_assert(int(kReplayRow) < Estimator::kFirstFoldedTag);

// The last number of the prefix, the quota count (only where there is one: it reads every ticket of the day)
// and the people ahead, as subselects; args appended.
QString countsColumns(const QString& todayKey, const ServiceConfig& service, qint64 serviceId, bool priority,
                      QVariantList& args)
{
    const bool quota = service.dailyQuota.has_value();
    args << todayKey << service.prefix;
    if (quota)
        args << todayKey << serviceId;
    args << serviceId << (priority ? 1 : 0);
    const QString quotaCount =
        quota ? u"(SELECT count(*) FROM tickets WHERE business_day = ? AND original_service_id = ?)"_s
              : u"0"_s;
    return u"(SELECT COALESCE(MAX(seq), 0) FROM tickets WHERE business_day = ? AND prefix = ?), "_s +
           quotaCount +
           u", (SELECT count(*) FROM tickets WHERE status = 'waiting' AND service_id = ? "
           u"AND (priority = 1 OR ? = 0))";
}

} // namespace

Result<std::optional<QueueEngine::IssueReads>>
QueueEngine::foldedIssueReads(const QString& serviceCode, bool priority, const QString& requestKey)
{
    using Folded = std::optional<IssueReads>;
    // On a server every statement is a round trip, and an issue read in nine (the newest event's time, the
    // configuration's version, the numbers, the estimator's three, the audit chain's head). Here they are one
    // statement, for the business day and the configuration this engine last saw; when either changed (the
    // first issue of an engine or of a day, an import, a clock behind the newest event by a day's turn) the
    // reads go one by one, as on SQLite, with the time already kept forward.
    const ServiceConfig* service = m_configVersion >= 0 ? m_config.service(serviceCode) : nullptr;
    const Now guess = nowInfo();
    if (!service || guess.today != m_rolledOverDay) {
        if (auto kept = keepTimeForward(); !kept.ok())
            return kept.error();
        return Folded();
    }
    const qint64 serviceId = m_serviceIds.value(service->code);
    QVariantList args;
    QString sql = u"SELECT %1, (SELECT %2), (SELECT config_version FROM site WHERE id = 1), "
                  u"(SELECT id FROM events ORDER BY id DESC LIMIT 1), "
                  u"(SELECT hash FROM events ORDER BY id DESC LIMIT 1)"_s.arg(int(kHeadRow))
                      .arg(kNewestQueueEventTime);
    sql += u" UNION ALL SELECT %1, "_s.arg(int(kCountsRow)) +
           countsColumns(guess.todayKey, *service, serviceId, priority, args) + u", NULL";
    if (!requestKey.isEmpty()) {
        sql +=
            u" UNION ALL SELECT %1, ticket_id, NULL, NULL, NULL FROM issue_requests WHERE request_key = ?"_s
                .arg(int(kReplayRow));
        args << requestKey;
    }
    IssueReads reads;
    reads.observed.emplace();
    if (const QString estimator =
            m_estimator.foldedReads(serviceId, guess.dayStartMs, guess.ms, args, *reads.observed);
        !estimator.isEmpty())
        sql += u" UNION ALL " + estimator;

    auto q = run(sql, args);
    if (!q.ok())
        return q.error();
    bool head = false;
    bool counts = false;
    bool replay = false;
    qint64 floorMs = 0;
    qint64 version = -1;
    const auto take = [&](const QSqlQuery& row) {
        switch (row.value(0).toInt()) {
        case kHeadRow:
            head = true;
            floorMs = row.value(1).toLongLong();
            version = row.value(2).isNull() ? -1 : row.value(2).toLongLong();
            reads.head = {row.value(3).toLongLong(), row.value(4).toString()};
            break;
        case kCountsRow:
            counts = true;
            reads.lastSeq = row.value(1).toInt();
            reads.issuedCount = row.value(2).toInt();
            reads.ahead = row.value(3).toInt();
            break;
        case kReplayRow:
            replay = true;
            break;
        default:
            Estimator::takeFoldedRow(row, *reads.observed);
        }
    };
    if (auto rows = Database::forEachRow(q.value().query(), take); !rows.ok())
        return rows.error();
    q.value().finish();
    // Its first two parts are single rows of subselects: no row is a read error, never "nothing yet".
    if (!head || !counts)
        return Database::sqlError(u"reading for an issue"_s, u"no row returned"_s);

    bool appended = false;
    if (auto kept = keepTimeForward(floorMs, &appended); !kept.ok())
        return kept.error();
    if (appended)
        reads.head.reset();
    reads.now = nowInfo();
    if (version != m_configVersion || replay || reads.now.ms != guess.ms)
        return Folded();
    return Folded(std::move(reads));
}

Result<IssuedTicket> QueueEngine::issue(const QString& serviceCode, bool priority, const QString& requestKey)
{
    if (!requestKey.isEmpty() && !isValidRequestKey(requestKey))
        return makeError(
            ErrorKind::BadInput, ErrorCode::BadRequestKey,
            tr("Malformed request key \"%1\": 8 to 64 letters, digits, '-' or '_'").arg(requestKey.left(80)));
    // On a server the body reads the newest event's time with the rest (foldedIssueReads).
    const bool fold = m_statements.isRemote();
    IssuedTicket issued;
    auto status = write(
        [&](QSqlDatabase&) -> Status {
            issued = IssuedTicket();
            std::optional<IssueReads> folded;
            if (fold) {
                auto reads = foldedIssueReads(serviceCode, priority, requestKey);
                if (!reads.ok())
                    return reads.error();
                folded = std::move(reads).value();
            }
            IssueReads reads;
            if (folded) {
                reads = std::move(*folded);
            } else {
                if (auto s = refreshConfig(); !s.ok())
                    return s;
                reads.now = nowInfo();
                if (auto s = rollOverIfDue(reads.now); !s.ok())
                    return s;
            }
            const Now& now = reads.now;
            const ServiceConfig* service = m_config.service(serviceCode);
            if (!service)
                return makeError(ErrorKind::BadInput, ErrorCode::UnknownService,
                                 tr("Unknown service %1").arg(serviceCode));
            const qint64 serviceId = m_serviceIds.value(service->code);
            // Before the opening hours and the quota: a retry after the cutoff still gets the ticket it was
            // issued. (Folded reads saw no ticket for the key.)
            if (!folded && !requestKey.isEmpty()) {
                auto replay = replayOf(requestKey, *service, priority);
                if (!replay.ok())
                    return replay.error();
                if (replay.value()) {
                    issued = *replay.value();
                    return Done{};
                }
            }

            // Safe under BEGIN IMMEDIATE: no other writer can insert between this read and our insert.
            if (!folded) {
                QVariantList args;
                const QString columns = countsColumns(now.todayKey, *service, serviceId, priority, args);
                auto counts = firstRow(run(u"SELECT "_s + columns, args));
                if (!counts.ok())
                    return counts.error();
                // An aggregate always has its one row: no row is a read error, never "nothing issued yet".
                if (!counts.value())
                    return Database::sqlError(u"counting the day's tickets"_s, u"no row returned"_s);
                Statement& count = *counts.value();
                reads.lastSeq = count.value(0).toInt();
                reads.issuedCount = count.value(1).toInt();
                reads.ahead = count.value(2).toInt();
                count.finish();
            }
            issued.ahead = reads.ahead;

            const Availability availability = Schedule::availability(*service, now.local, reads.issuedCount);
            if (!availability.isOpen())
                return refusalFor(availability);

            const int seq = reads.lastSeq + 1;
            const auto estimate =
                reads.observed
                    ? m_estimator.estimate(*service, issued.ahead, now.dayStartMs, now.ms, *reads.observed)
                    : m_estimator.estimate(*service, serviceId, issued.ahead, now.dayStartMs, now.ms);
            issued.estimatedWaitMin = estimate.minutes;
            issued.othersAhead = estimate.othersAhead;
            auto insert = firstRow(
                run(uR"(INSERT INTO tickets (business_day, prefix, seq, service_id, original_service_id,
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
            nameService(issued, *service, m_config);
            issued.priority = priority;
            issued.issuedAt = now.utc;
            issued.businessDay = now.today;
            const QJsonObject data{{u"ticket"_s, issued.number.toString()},
                                   {u"service"_s, service->code},
                                   {u"priority"_s, priority},
                                   {u"ahead"_s, issued.ahead},
                                   {u"estimated_wait_min"_s, issued.estimatedWaitMin}};
            // The head read with the rest saves the audit log's read of it.
            if (auto e = reads.head ? AuditLog::appendAfter(m_statements, *reads.head, now.utc,
                                                            EventKind::TicketIssued, data, issued.id)
                                    : AuditLog::append(m_statements, now.utc, EventKind::TicketIssued, data,
                                                       issued.id);
                !e.ok())
                return e.error();
            if (!requestKey.isEmpty())
                if (auto r = run(
                        uR"(INSERT INTO issue_requests (request_key, ticket_id, service_id, priority, ahead,
                                   others_ahead, created_at) VALUES (?, ?, ?, ?, ?, ?, ?))"_s,
                        {requestKey, issued.id, serviceId, priority ? 1 : 0, issued.ahead, issued.othersAhead,
                         now.ms});
                    !r.ok())
                    return r.error();
            return Done{};
        },
        fold);
    if (!status.ok())
        return status.error();
    return issued;
}

} // namespace antre
