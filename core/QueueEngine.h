#pragma once

#include "core/Estimator.h"
#include "core/HallConfig.h"
#include "core/QueueService.h"
#include "core/audit/EventKind.h"
#include "core/storage/StatementCache.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QTimeZone>

#include <functional>
#include <optional>

class QSqlDatabase;

namespace antre {

class Clock;
class Database;

// SQLite implementation of QueueService. Every write is one BEGIN IMMEDIATE transaction that also
// appends the audit event(s), so numbers are gapless and unique across any number of processes. The
// statements are prepared once per engine (its connection), and the day's rollover runs once a day.
class QueueEngine final : public QueueService
{
    Q_DECLARE_TR_FUNCTIONS(QueueEngine)
public:
    QueueEngine(Database& db, const Clock& clock);
    ~QueueEngine() override;
    Q_DISABLE_COPY_MOVE(QueueEngine)

    using QueueService::issue;
    Result<IssuedTicket> issue(const QString& serviceCode, bool priority, const QString& requestKey) override;
    Result<CallInfo> callNext(const QString& counterCode) override;
    Result<CallInfo> recall(const QString& counterCode) override;
    Result<TicketInfo> startServing(const QString& counterCode) override;
    Result<TicketInfo> finish(const QString& counterCode, Outcome outcome) override;
    Result<TicketInfo> markNoShow(const QString& counterCode) override;
    Result<TicketInfo> transfer(const QString& counterCode, const QString& serviceCode) override;
    Result<TicketInfo> requeue(const TicketNumber& number) override;
    Result<TicketInfo> cancel(const TicketNumber& number) override;
    Status openCounter(const QString& counterCode, const QString& staffId) override;
    Status startBreak(const QString& counterCode, const QString& reason) override;
    Status resumeCounter(const QString& counterCode) override;
    Status closeCounter(const QString& counterCode) override;
    Status rollOver() override;
    Result<HallStatus> status() override;
    Result<CounterStatus> counterStatus(const QString& counterCode) override;
    Result<QList<TicketInfo>> waitingFor(const QString& counterCode) override;
    Result<QList<CallInfo>> recentCalls(int limit) override;
    Result<QList<CallInfo>> callsAfter(qint64 eventId) override;
    Result<TicketInfo> ticket(const TicketNumber& number, QDate businessDay) override;
    Result<std::optional<TicketInfo>> lastFinished(const QString& counterCode, int withinSecs) override;

    Result<HallConfig> config() override;

private:
    struct Now;
    struct CounterRow;
    struct IssueReads;
    // Database::write, plus remembering the business day whose rollover committed. The body starts after
    // keepTimeForward, unless it keeps the time forward itself (timeKeptByBody).
    Status write(const std::function<Status(QSqlDatabase&)>& body, bool timeKeptByBody = false);
    Result<Statement> run(const QString& sql, const QVariantList& args = {});
    Status refreshConfig();
    // Inside a write: reads the newest event's time, and records clock.skew once when the clock is behind.
    Status keepTimeForward();
    // The same with the newest event's time read by the caller; *appended tells whether clock.skew was.
    Status keepTimeForward(qint64 floorMs, bool* appended);
    Now nowInfo();
    // The rollover, unless this engine already committed it for this business day.
    Status rollOverIfDue(const Now& now);
    Status rollOverIn(const Now& now);
    Result<CounterRow> counterRow(const QString& code);
    Result<TicketInfo> openTicketAt(qint64 counterId, const QString& counterCode);
    Result<TicketInfo> loadTicket(qint64 ticketId);
    Result<QList<TicketInfo>> waitingIn(const CounterRow& counter, const Now& now);
    // The queue_empty refusal when a plain read shows the booth open, free and nobody waiting; otherwise
    // nothing, and the call goes on under the write lock.
    std::optional<Error> emptyQueueByRead(const QString& counterCode);
    // Shared shape of the counter actions that move the counter's open ticket from one status to another.
    Result<TicketInfo> moveOpenTicket(const QString& counterCode, const QList<TicketStatus>& from,
                                      EventKind eventKind,
                                      const std::function<Status(const TicketInfo&, qint64)>& update);
    Status changeCounterState(const QString& counterCode, EventKind eventKind,
                              const std::function<Status(const CounterRow&, qint64)>& change);
    Result<TicketInfo> changeTicketByNumber(const TicketNumber& number, TicketStatus from,
                                            EventKind eventKind, const QString& sql);
    Result<QList<CallInfo>> calls(const QString& where, const QVariantList& args);
    // Inside issue's write: the ticket a request key already issued, or nothing for a new key.
    Result<std::optional<IssuedTicket>> replayOf(const QString& requestKey, const ServiceConfig& service,
                                                 bool priority);
    // Inside issue's write on a server: everything the ticket needs read in one statement, the newest event's
    // time first (keepTimeForward). Nothing when the reads must go one by one (see QueueEngineIssue.cpp).
    Result<std::optional<IssueReads>> foldedIssueReads(const QString& serviceCode, bool priority,
                                                       const QString& requestKey);

    Database& m_db;
    const Clock& m_clock;
    StatementCache m_statements;
    Estimator m_estimator{m_statements}; // after m_statements, whose statements it runs
    qint64 m_configVersion = -1;
    HallConfig m_config;
    QTimeZone m_zone;
    QHash<QString, qint64> m_serviceIds;
    QHash<qint64, QString> m_serviceCodes;
    // The business day whose rollover this engine committed last; a write of the same day skips it.
    QDate m_rolledOverDay;
    // Set inside a write: the day rolled over (kept if the write commits), or that the write made a past
    // day's ticket waiting again (so the next write rolls over again).
    QDate m_rollOverInWrite;
    bool m_staleInWrite = false;
    // Local midnight of m_dayStartOf in UTC milliseconds: a time zone conversion once a day, not per write.
    QDate m_dayStartOf;
    qint64 m_dayStartMs = 0;
    // The time of the newest audit event, read at the start of every write: the engine's time never goes
    // back before it, so a clock set back cannot reorder the queue (see nowInfo).
    qint64 m_eventFloorMs = 0;
    bool m_skewReported = false; // a clock.skew event was written for the current episode
};

} // namespace antre
