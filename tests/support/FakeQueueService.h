#pragma once

#include "core/HallConfig.h"
#include "core/QueueService.h"
#include "core/services/ChangeNotifier.h"

#include <QHash>
#include <QList>

#include <optional>

namespace antre {
class Clock;
}

namespace antre::test {

// A ChangeNotifier that the fake queue pokes on every change. Like the storage's watcher, it tells its
// listeners from the event loop a moment after the change, once for a burst of changes, and only while
// started.
class FakeChangeNotifier final : public ChangeNotifier
{
public:
    FakeChangeNotifier() = default;
    ~FakeChangeNotifier() override;
    Q_DISABLE_COPY_MOVE(FakeChangeNotifier)

    void start() override { m_active = true; }
    void stop() override { m_active = false; }
    bool isActive() const override { return m_active; }

    void notify();

private:
    bool m_active = false;
    bool m_pending = false;
};

// The queue in memory, for front-end tests that need no database: the rules a screen relies on, kept
// simple. Numbers are gapless per prefix and business day; callNext takes priority tickets first, at most
// site.priorityRunLimit in a row while a regular ticket waits, each group in queue order; a transfer keeps
// the ticket's place in line; issue follows the opening hours, cutoff and quota (Schedule::availability);
// errors carry the engine's codes. The business day is the site's local date by the given clock. Not
// modelled: the estimator (estimatedWaitMin is ahead × kMinutesPerTicket), staff PINs and overnight
// counters.
class FakeQueueService final : public QueueService
{
public:
    static constexpr int kMinutesPerTicket = 5;

    FakeQueueService(HallConfig config, const Clock& clock);
    ~FakeQueueService() override;
    Q_DISABLE_COPY_MOVE(FakeQueueService)

    // As after another process imported a new configuration.
    void setConfig(const HallConfig& config);
    // Pokes on every change made through this service (start it to hear them).
    FakeChangeNotifier& changes() { return m_changes; }

    // The hall out of reach (server down, cable cut): every call answers ErrorCode::Unreachable, nothing
    // changes, until set reachable again.
    void setReachable(bool reachable) { m_reachable = reachable; }
    bool isReachable() const { return m_reachable; }
    // The next `count` issues commit their ticket but answer connection_lost, as when the connection drops
    // between COMMIT and its acknowledgement.
    void loseIssueAnswers(int count) { m_lostIssueAnswers = count; }
    // Calls of issue() made, answered or not (a test counts the kiosk's retries with it).
    int issueCalls() const { return m_issueCalls; }
    int ticketCount() const { return int(m_tickets.size()); }

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
    struct Counter
    {
        CounterState state = CounterState::Closed;
        QString staffId;
        QString reason;
        QDateTime since;
        int priorityStreak = 0;
    };
    struct Call
    {
        qint64 eventId = 0;
        qint64 ticketId = 0;
        QString counterCode;
        bool recall = false;
        QDateTime at;
    };

    struct Request
    {
        qint64 ticketId = 0;
        QString serviceCode;
        bool priority = false;
        int ahead = 0;
    };

    QDate today() const;
    std::optional<Error> outage() const;
    qint64 nextEventId() { return ++m_lastEventId; }
    void changed();
    Result<const CounterConfig*> counterConfig(const QString& code) const;
    Counter& counterState(const QString& code);
    TicketInfo* openTicketAt(const QString& counterCode);
    TicketInfo* ticketById(qint64 id);
    QList<TicketInfo> waitingIn(const CounterConfig& counter);
    CallInfo callInfo(const Call& call) const;
    Result<TicketInfo*> openTicketIn(const QString& counterCode, const QList<TicketStatus>& from);
    Result<TicketInfo*> todaysTicket(const TicketNumber& number, TicketStatus from);

    HallConfig m_config;
    const Clock& m_clock;
    FakeChangeNotifier m_changes;
    QList<TicketInfo> m_tickets;
    QHash<QString, Counter> m_counters;
    QList<Call> m_calls;
    qint64 m_lastEventId = 0;
    QHash<QString, Request> m_requests;
    bool m_reachable = true;
    int m_lostIssueAnswers = 0;
    int m_issueCalls = 0;
};

} // namespace antre::test
