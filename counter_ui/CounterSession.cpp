#include "counter_ui/CounterSession.h"

#include "core/Clock.h"
#include "core/Schedule.h"
#include "core/services/ReportService.h"
#include "counter_ui/CounterText.h"

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {

Error withMessage(Error error, const QString& message)
{
    error.message = message;
    return error;
}

} // namespace

CounterSession::CounterSession(QueueService& queue, StaffService& staff, ReportService& reports,
                               const Clock& clock, QObject* parent)
    : QObject(parent), m_queue(queue), m_staff(staff), m_reports(reports), m_clock(clock)
{}

CounterSession::~CounterSession() = default;

QString CounterSession::explain(const Error& error, const QString& staffId) const
{
    CounterText::Context context;
    context.counterName = counterName();
    if (m_snapshot.counter.current) {
        context.ticketNumber = m_snapshot.counter.current->number.toString();
        context.ticketStatus = CounterText::ticketStatus(m_snapshot.counter.current->status);
    }
    context.staff = &m_staff;
    context.staffId = staffId.isEmpty() && m_officer ? m_officer->id : staffId;
    context.now = m_clock.now();
    return CounterText::explain(error, context);
}

Result<StaffMember> CounterSession::login(const QString& staffId, const QString& pin)
{
    const QString id = staffId.trimmed();
    if (id.isEmpty())
        return makeError(ErrorKind::BadInput, ErrorCode::NoStaffId, CounterText::tr("Enter your staff ID."));
    if (pin.isEmpty())
        return makeError(ErrorKind::BadInput, ErrorCode::NoPin, CounterText::tr("Enter your PIN."));
    auto member = m_staff.login(id, pin);
    if (!member.ok())
        return withMessage(member.error(), explain(member.error(), id));
    m_officer = member.value();
    return member;
}

Result<StaffMember> CounterSession::loginWithoutPin(const QString& staffId)
{
    auto member = m_staff.find(staffId.trimmed());
    if (!member.ok())
        return member.error();
    if (!member.value().active)
        return makeError(ErrorKind::Refused, ErrorCode::Inactive,
                         CounterText::tr("This account is deactivated; ask the hall administrator."));
    m_officer = member.value();
    return member;
}

Status CounterSession::verifyPin(const QString& pin)
{
    if (!m_officer)
        return makeError(ErrorKind::Refused, ErrorCode::NotLoggedIn, CounterText::tr("Nobody is logged in."));
    if (pin.isEmpty())
        return makeError(ErrorKind::BadInput, ErrorCode::NoPin, CounterText::tr("Enter your PIN."));
    auto member = m_staff.login(m_officer->id, pin);
    if (!member.ok())
        return withMessage(member.error(), explain(member.error()));
    return Done{};
}

void CounterSession::logout()
{
    m_officer.reset();
    m_counter.clear();
    m_snapshot = {};
}

QString CounterSession::counterName() const
{
    if (!m_snapshot.counter.name.isEmpty())
        return m_snapshot.counter.name;
    return m_counter;
}

Result<QList<BoothChoice>> CounterSession::choices()
{
    if (!m_officer)
        return makeError(ErrorKind::Refused, ErrorCode::NotLoggedIn, CounterText::tr("Nobody is logged in."));
    auto hall = m_queue.status();
    if (!hall.ok())
        return hall.error();
    auto config = m_queue.config();
    if (!config.ok())
        return config.error();
    const bool manager = m_officer->role != Role::Officer;
    QList<BoothChoice> list;
    for (const CounterStatus& c : hall.value().counters) {
        if (!manager && !m_officer->counters.contains(c.code))
            continue;
        BoothChoice choice;
        choice.code = c.code;
        choice.name = c.name;
        for (const QString& service : c.services)
            if (const auto* s = config.value().service(service))
                choice.serviceNames << s->name;
        choice.state = c.state;
        choice.staffName = c.staffName;
        if (c.state == CounterState::Closed || c.staffId == m_officer->id) {
            choice.available = true;
        } else {
            choice.reason = c.staffName.isEmpty() ? CounterText::tr("Already open.")
                                                  : CounterText::tr("Open by %1.").arg(c.staffName);
        }
        list << choice;
    }
    return list;
}

QString CounterSession::resumableCounter()
{
    if (!m_officer)
        return {};
    auto hall = m_queue.status();
    if (!hall.ok())
        return {};
    for (const CounterStatus& c : hall.value().counters)
        if (c.state != CounterState::Closed && c.staffId == m_officer->id)
            return c.code;
    return {};
}

ActionOutcome CounterSession::enter(const QString& counterCode)
{
    if (!m_officer)
        return {false, CounterText::tr("Nobody is logged in.")};
    auto status = m_queue.counterStatus(counterCode);
    if (!status.ok())
        return {false, explain(status.error())};
    m_snapshot = {};
    m_snapshot.counter = status.value();
    const CounterStatus& c = status.value();
    bool resumed = false;
    if (c.state == CounterState::Closed) {
        if (auto opened = m_queue.openCounter(counterCode, m_officer->id); !opened.ok())
            return {false, explain(opened.error())};
    } else if (c.staffId == m_officer->id) {
        resumed = true;
    } else {
        return {false, c.staffName.isEmpty()
                           ? CounterText::tr("%1 is already open.").arg(c.name)
                           : CounterText::tr("%1 is already open by %2.").arg(c.name, c.staffName)};
    }
    m_counter = counterCode;
    refresh();
    if (!inBooth())
        return {false, m_lastError};
    if (!resumed)
        return {
            true,
            CounterText::tr("%1 is open. Press Call next (F1) to call the first number.").arg(counterName())};
    if (m_snapshot.counter.current)
        return {true, CounterText::tr("Resumed %1; number %2 is still open.")
                          .arg(counterName(), m_snapshot.counter.current->number.toString())};
    return {true, CounterText::tr("Resumed %1.").arg(counterName())};
}

void CounterSession::refresh()
{
    if (!inBooth() || !m_officer)
        return;
    auto hall = m_queue.status();
    if (!hall.ok()) {
        // The snapshot stays: the officer keeps seeing the ticket they are serving.
        m_disconnected = CounterText::isConnectionFault(hall.error());
        m_lastError = m_disconnected ? CounterText::waitingForServer() : hall.error().message;
        Q_EMIT refreshed();
        return;
    }
    m_disconnected = false;
    const CounterStatus* mine = nullptr;
    for (const CounterStatus& c : hall.value().counters)
        if (c.code == m_counter)
            mine = &c;
    if (!mine || mine->state == CounterState::Closed || mine->staffId != m_officer->id) {
        const QString name = mine ? mine->name : m_counter;
        QString message;
        if (!mine)
            message = CounterText::tr("%1 no longer exists in the hall configuration.").arg(name);
        else if (mine->state == CounterState::Closed)
            message = CounterText::tr("%1 was closed from elsewhere.").arg(name);
        else
            message = CounterText::tr("%1 was taken over by %2.").arg(name, mine->staffName);
        m_counter.clear();
        m_lastError = message;
        Q_EMIT boothLost(message);
        return;
    }
    BoothSnapshot next;
    next.counter = *mine;
    next.services = hall.value().services;
    next.at = hall.value().at;
    auto waiting = m_queue.waitingFor(m_counter);
    if (!waiting.ok()) {
        m_disconnected = CounterText::isConnectionFault(waiting.error());
        m_lastError = m_disconnected ? CounterText::waitingForServer() : waiting.error().message;
        Q_EMIT refreshed();
        return;
    }
    next.waiting = waiting.value();
    auto config = m_queue.config();
    const QTimeZone zone = Schedule::zone(config.ok() ? config.value().site.timezone : u"Asia/Jakarta"_s);
    next.zone = zone;
    const QDateTime dayStart = Schedule::dayStartUtc(hall.value().businessDay, zone);
    auto figures = m_reports.officerDay(m_officer->id, dayStart, hall.value().at);
    if (figures.ok())
        next.figures = figures.value();
    m_snapshot = next;
    m_lastError = figures.ok() ? QString() : figures.error().message;
    Q_EMIT refreshed();
}

BoothSituation CounterSession::situation() const
{
    BoothSituation s;
    s.state = inBooth() ? m_snapshot.counter.state : CounterState::Closed;
    if (m_snapshot.counter.current) {
        s.ticket = m_snapshot.counter.current->status;
        s.ticketNumber = m_snapshot.counter.current->number.toString();
    }
    s.waiting = static_cast<int>(m_snapshot.waiting.size());
    return s;
}

ActionState CounterSession::state(CounterAction action) const
{
    if (m_disconnected)
        return {false, CounterText::waitingForServer()};
    return CounterActions::evaluate(action, situation());
}

QString CounterSession::currentNumber() const
{
    return m_snapshot.counter.current ? m_snapshot.counter.current->number.toString() : QString();
}

QString CounterSession::serviceName(const QString& code) const
{
    for (const ServiceStatus& s : m_snapshot.services)
        if (s.code == code)
            return s.name;
    return code;
}

ActionOutcome CounterSession::act(CounterAction action, const std::function<std::optional<Error>()>& run,
                                  const std::function<QString()>& success)
{
    if (!inBooth())
        return {false, CounterText::tr("No counter is open.")};
    if (!state(action).enabled) {
        // The screen may lag behind another process by a few milliseconds; look again before refusing.
        refresh();
        if (!inBooth())
            return {false, m_lastError};
        if (const ActionState again = state(action); !again.enabled)
            return {false, again.reason};
    }
    if (const auto error = run()) {
        refresh();
        return {false, explain(*error)};
    }
    const QString message = success();
    refresh();
    return {true, message};
}

ActionOutcome CounterSession::callNext()
{
    std::optional<CallInfo> call;
    return act(
        CounterAction::CallNext,
        [&]() -> std::optional<Error> {
            auto r = m_queue.callNext(m_counter);
            if (!r.ok())
                return r.error();
            call = r.value();
            return std::nullopt;
        },
        [&] {
            return CounterText::tr("Number %1 called (%2).").arg(call->number.toString(), call->serviceName);
        });
}

ActionOutcome CounterSession::recall()
{
    const QString number = currentNumber();
    return act(
        CounterAction::Recall,
        [&]() -> std::optional<Error> {
            auto r = m_queue.recall(m_counter);
            return r.ok() ? std::nullopt : std::optional<Error>(r.error());
        },
        [&] { return CounterText::tr("Number %1 called again.").arg(number); });
}

ActionOutcome CounterSession::serve()
{
    const QString number = currentNumber();
    return act(
        CounterAction::Serve,
        [&]() -> std::optional<Error> {
            auto r = m_queue.startServing(m_counter);
            return r.ok() ? std::nullopt : std::optional<Error>(r.error());
        },
        [&] { return CounterText::tr("Serving number %1. Press Done (F4) when finished.").arg(number); });
}

ActionOutcome CounterSession::finish(Outcome outcome)
{
    const QString number = currentNumber();
    return act(
        CounterAction::Finish,
        [&]() -> std::optional<Error> {
            auto r = m_queue.finish(m_counter, outcome);
            return r.ok() ? std::nullopt : std::optional<Error>(r.error());
        },
        [&] { return CounterText::tr("Number %1 done: %2.").arg(number, CounterText::outcome(outcome)); });
}

ActionOutcome CounterSession::finishAndCallNext()
{
    const QString finished = currentNumber();
    std::optional<Error> callError;
    std::optional<CallInfo> call;
    ActionOutcome outcome = act(
        CounterAction::FinishAndNext,
        [&]() -> std::optional<Error> {
            auto done = m_queue.finish(m_counter, Outcome::Completed);
            if (!done.ok())
                return done.error();
            // The finish stands even when the call is refused (someone else took the last ticket).
            auto next = m_queue.callNext(m_counter);
            if (next.ok())
                call = next.value();
            else
                callError = next.error();
            return std::nullopt;
        },
        [&] {
            if (call)
                return CounterText::tr("Number %1 done. Number %2 called (%3).")
                    .arg(finished, call->number.toString(), call->serviceName);
            return QString();
        });
    if (outcome.ok && callError) {
        outcome.ok = false;
        outcome.message = CounterText::tr("Number %1 done. %2").arg(finished, explain(*callError));
    }
    return outcome;
}

ActionOutcome CounterSession::noShow()
{
    const QString number = currentNumber();
    return act(
        CounterAction::NoShow,
        [&]() -> std::optional<Error> {
            auto r = m_queue.markNoShow(m_counter);
            return r.ok() ? std::nullopt : std::optional<Error>(r.error());
        },
        [&] { return CounterText::tr("Number %1 marked as no-show.").arg(number); });
}

ActionOutcome CounterSession::transfer(const QString& serviceCode)
{
    const QString number = currentNumber();
    const QString target = serviceName(serviceCode);
    return act(
        CounterAction::Transfer,
        [&]() -> std::optional<Error> {
            auto r = m_queue.transfer(m_counter, serviceCode);
            return r.ok() ? std::nullopt : std::optional<Error>(r.error());
        },
        [&] {
            return CounterText::tr("Number %1 transferred to %2; the citizen keeps their place in line.")
                .arg(number, target);
        });
}

ActionOutcome CounterSession::startBreak(const QString& reason)
{
    if (inBooth() && m_snapshot.counter.state == CounterState::Break)
        return {false, CounterText::tr("%1 is already on a break.").arg(counterName())};
    return act(
        CounterAction::Break,
        [&]() -> std::optional<Error> {
            auto r = m_queue.startBreak(m_counter, reason);
            return r.ok() ? std::nullopt : std::optional<Error>(r.error());
        },
        [&] { return CounterText::tr("On a break (%1). Press Resume (F8) to reopen.").arg(reason); });
}

ActionOutcome CounterSession::resume()
{
    if (inBooth() && m_snapshot.counter.state != CounterState::Break)
        return {false, CounterText::tr("%1 is not on a break.").arg(counterName())};
    return act(
        CounterAction::Break,
        [&]() -> std::optional<Error> {
            auto r = m_queue.resumeCounter(m_counter);
            return r.ok() ? std::nullopt : std::optional<Error>(r.error());
        },
        [&] { return CounterText::tr("%1 is open again.").arg(counterName()); });
}

ActionOutcome CounterSession::close()
{
    const QString name = counterName();
    if (!inBooth())
        return {false, CounterText::tr("No counter is open.")};
    if (const ActionState s = state(CounterAction::Close); !s.enabled)
        return {false, s.reason};
    if (auto r = m_queue.closeCounter(m_counter); !r.ok()) {
        refresh();
        return {false, explain(r.error())};
    }
    m_counter.clear();
    m_snapshot = {};
    return {true, CounterText::tr("%1 is closed.").arg(name)};
}

} // namespace antre
