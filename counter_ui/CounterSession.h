#pragma once

#include "core/QueueService.h"
#include "core/report/OfficerDay.h"
#include "core/services/StaffService.h"
#include "counter_ui/CounterActions.h"

#include <QObject>
#include <QTimeZone>

#include <functional>
#include <optional>

namespace antre {

class Clock;
class ReportService;

// A counter the officer may choose on the picker.
struct BoothChoice
{
    QString code;
    QString name;
    QStringList serviceNames;
    CounterState state = CounterState::Closed;
    QString staffName; // who has it open
    bool available = false;
    QString reason; // why not, when not available
};

struct BoothSnapshot
{
    CounterStatus counter;
    QList<TicketInfo> waiting;     // in the order Call next takes them
    QList<ServiceStatus> services; // the whole hall, for transfers
    OfficerDay figures;
    QDateTime at;   // UTC
    QTimeZone zone; // the hall's, for local times
};

struct ActionOutcome
{
    bool ok = false;
    QString message; // translated, for the status line
};

// One officer's session at one booth: login, the booth's live state, and every action. The widgets only
// display what this reports; all changes go through the queue service.
class CounterSession final : public QObject
{
    Q_OBJECT
public:
    CounterSession(QueueService& queue, StaffService& staff, ReportService& reports, const Clock& clock,
                   QObject* parent = nullptr);
    ~CounterSession() override;
    Q_DISABLE_COPY_MOVE(CounterSession)

    // Errors carry a message worded for the booth.
    Result<StaffMember> login(const QString& staffId, const QString& pin);
    // Screenshots and drills only (the program allows it only with --screenshot).
    Result<StaffMember> loginWithoutPin(const QString& staffId);
    // Unlocking after the idle lock: the same officer's PIN, with the same lockout rules.
    Status verifyPin(const QString& pin);
    void logout();
    bool isLoggedIn() const { return m_officer.has_value(); }
    const StaffMember& officer() const { return *m_officer; }

    // Counters this officer may use, with the reason for those taken by someone else.
    Result<QList<BoothChoice>> choices();
    // A counter already open (or on a break) in this officer's name, to resume after a restart.
    QString resumableCounter();
    // Opens the counter, or resumes it when it is already open in this officer's name.
    ActionOutcome enter(const QString& counterCode);
    bool inBooth() const { return !m_counter.isEmpty(); }
    const QString& counterCode() const { return m_counter; }
    QString counterName() const;

    // Reloads the booth from the database; emits refreshed(), or boothLost() when the counter was closed
    // or taken over elsewhere.
    void refresh();
    const BoothSnapshot& snapshot() const { return m_snapshot; }
    BoothSituation situation() const;
    ActionState state(CounterAction action) const;
    QString lastError() const { return m_lastError; }
    // The last read found the hall's server out of reach: the booth keeps showing what it last read, and
    // every action waits (state() says why) until a refresh reads again.
    bool isDisconnected() const { return m_disconnected; }

    ActionOutcome callNext();
    ActionOutcome recall();
    ActionOutcome serve();
    ActionOutcome finish(Outcome outcome);
    ActionOutcome finishAndCallNext();
    ActionOutcome noShow();
    ActionOutcome transfer(const QString& serviceCode);
    ActionOutcome startBreak(const QString& reason);
    ActionOutcome resume();
    ActionOutcome close();

    const Clock& clock() const { return m_clock; }
    QString explain(const Error& error, const QString& staffId = {}) const;

Q_SIGNALS:
    void refreshed();
    void boothLost(const QString& message);

private:
    // Shared shape of every action: the local rules first (refreshing once in case they are stale), then
    // the engine, then a refresh so the screen shows the result.
    ActionOutcome act(CounterAction action, const std::function<std::optional<Error>()>& run,
                      const std::function<QString()>& success);
    QString currentNumber() const;
    QString serviceName(const QString& code) const;

    QueueService& m_queue;
    StaffService& m_staff;
    ReportService& m_reports;
    const Clock& m_clock;
    std::optional<StaffMember> m_officer;
    QString m_counter;
    BoothSnapshot m_snapshot;
    QString m_lastError;
    bool m_disconnected = false;
};

} // namespace antre
