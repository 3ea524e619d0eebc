#pragma once

#include "core/HallConfig.h"
#include "core/Result.h"
#include "core/Schedule.h"
#include "core/Types.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace antre {

struct IssuedTicket
{
    qint64 id = 0;
    TicketNumber number;
    QString serviceCode;
    QString serviceName;
    QString agencyCode;
    QString agencyName;
    bool priority = false;
    int ahead = 0;            // people waiting before this ticket for the same service
    int othersAhead = 0;      // people of other services waiting for the same booths (in the estimate)
    int estimatedWaitMin = 0; // from the estimator
    QDateTime issuedAt;       // UTC
    QDate businessDay;
    // True when the request key had already issued this ticket: a retry got the ticket it had, not a new one.
    bool replayed = false;
};

struct TicketInfo
{
    qint64 id = 0;
    TicketNumber number;
    QDate businessDay;
    QString serviceCode;
    QString serviceName;
    QString originalServiceCode;
    TicketStatus status = TicketStatus::Waiting;
    bool priority = false;
    bool transferred = false;
    QDateTime issuedAt;      // UTC
    QDateTime queuedAt;      // place in line (UTC); kept across transfers
    QDateTime firstCalledAt; // UTC, invalid if never called
    QDateTime calledAt;      // latest call
    QDateTime servingAt;
    QDateTime finishedAt;
    QString counterCode;
    QString staffId;
    std::optional<Outcome> outcome;
    int recallCount = 0;
};

struct CallInfo
{
    qint64 eventId = 0;
    TicketNumber number;
    QString serviceCode;
    QString serviceName;
    QString counterCode;
    QString counterName;
    bool priority = false;
    bool recall = false;
    QDateTime at; // UTC
};

struct CounterStatus
{
    QString code;
    QString name;
    QStringList services;
    CounterState state = CounterState::Closed;
    QString staffId;
    QString staffName;
    QString breakReason;
    QDateTime since;                   // UTC start of the current state
    std::optional<TicketInfo> current; // called or being served
    // True when one of its services is open now but the counter is not open.
    bool shouldBeStaffed = false;
};

struct ServiceStatus
{
    QString code;
    QString name;
    QString agencyCode;
    QString agencyName;
    QString prefix;
    int waiting = 0;
    int waitingPriority = 0;
    int issuedToday = 0;
    int servedToday = 0; // done today (any outcome)
    std::optional<int> quota;
    int targetWaitMin = 15;
    QDateTime oldestWaitingSince; // UTC queue time of the longest-waiting ticket
    Availability availability;
};

struct HallStatus
{
    QString siteName;
    QDate businessDay;
    QDateTime at; // UTC
    QList<ServiceStatus> services;
    QList<CounterStatus> counters;
};

// The one place where queue state changes. Each call is one transaction that also appends its
// audit event(s). Counters and services are addressed by code, tickets by today's number.
class QueueService
{
public:
    QueueService() = default;
    virtual ~QueueService();
    Q_DISABLE_COPY_MOVE(QueueService)

    // Issues a ticket. A non-empty request key makes the issue idempotent: the key is stored with the ticket
    // in the same transaction, and the same key again (a retry after a lost answer) returns that ticket with
    // replayed set instead of a second one. Keys are 8 to 64 characters of A–Z, a–z, 0–9, '-' and '_'
    // (bad_request_key); a key already used for another service or priority is request_key_reused. Keys are
    // kept at least a day.
    virtual Result<IssuedTicket> issue(const QString& serviceCode, bool priority,
                                       const QString& requestKey) = 0;
    // Without a request key (the CLI, scripts, simulations): every call issues a new ticket.
    Result<IssuedTicket> issue(const QString& serviceCode, bool priority)
    {
        return issue(serviceCode, priority, QString());
    }
    // Whether a request key has the form issue() accepts.
    static bool isValidRequestKey(const QString& key);

    virtual Result<CallInfo> callNext(const QString& counterCode) = 0;
    virtual Result<CallInfo> recall(const QString& counterCode) = 0;
    virtual Result<TicketInfo> startServing(const QString& counterCode) = 0;
    virtual Result<TicketInfo> finish(const QString& counterCode, Outcome outcome) = 0;
    virtual Result<TicketInfo> markNoShow(const QString& counterCode) = 0;
    virtual Result<TicketInfo> transfer(const QString& counterCode, const QString& serviceCode) = 0;
    virtual Result<TicketInfo> requeue(const TicketNumber& number) = 0;
    virtual Result<TicketInfo> cancel(const TicketNumber& number) = 0;

    virtual Status openCounter(const QString& counterCode, const QString& staffId) = 0;
    virtual Status startBreak(const QString& counterCode, const QString& reason) = 0;
    virtual Status resumeCounter(const QString& counterCode) = 0;
    virtual Status closeCounter(const QString& counterCode) = 0;

    // Expires tickets of past business days still waiting or called; closes counters left open
    // overnight at the end of their day. Every write runs this first; idempotent.
    virtual Status rollOver() = 0;

    virtual Result<HallStatus> status() = 0;
    virtual Result<CounterStatus> counterStatus(const QString& counterCode) = 0;
    // Waiting tickets of the counter's services in the order callNext would take them.
    virtual Result<QList<TicketInfo>> waitingFor(const QString& counterCode) = 0;
    virtual Result<QList<CallInfo>> recentCalls(int limit) = 0;
    // Calls after a given event id, oldest first (for the display's announcement queue).
    virtual Result<QList<CallInfo>> callsAfter(qint64 eventId) = 0;
    virtual Result<TicketInfo> ticket(const TicketNumber& number, QDate businessDay) = 0;
    // The newest ticket finished (status done, any outcome) at the booth no longer than withinSecs ago by
    // the hall's clock, or nothing. For a screen that follows a booth: it learns of a finish however many
    // changes were coalesced into one read, without having seen the ticket while it was called.
    virtual Result<std::optional<TicketInfo>> lastFinished(const QString& counterCode, int withinSecs) = 0;

    // The configuration the queue runs on (reloaded when another process imports a new one).
    virtual Result<HallConfig> config() = 0;
};

} // namespace antre
