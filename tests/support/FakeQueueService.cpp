#include "tests/support/FakeQueueService.h"

#include "core/Clock.h"
#include "core/Schedule.h"

#include <QTimer>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace antre::test {

FakeChangeNotifier::~FakeChangeNotifier() = default;

void FakeChangeNotifier::notify()
{
    if (!m_active || m_pending)
        return;
    m_pending = true;
    QTimer::singleShot(0, this, [this] {
        m_pending = false;
        if (m_active)
            Q_EMIT changed();
    });
}

FakeQueueService::FakeQueueService(HallConfig config, const Clock& clock)
    : m_config(std::move(config)), m_clock(clock)
{}

FakeQueueService::~FakeQueueService() = default;

void FakeQueueService::setConfig(const HallConfig& config)
{
    m_config = config;
    changed();
}

std::optional<Error> FakeQueueService::outage() const
{
    if (m_reachable)
        return std::nullopt;
    return makeError(ErrorKind::Internal, ErrorCode::Unreachable,
                     u"fake hall: cannot reach the database server"_s);
}

QDate FakeQueueService::today() const
{
    return Schedule::businessDay(m_clock.now(), Schedule::zone(m_config.site.timezone));
}

void FakeQueueService::changed()
{
    m_changes.notify();
}

Result<const CounterConfig*> FakeQueueService::counterConfig(const QString& code) const
{
    if (const auto* counter = m_config.counter(code))
        return counter;
    return makeError(ErrorKind::BadInput, ErrorCode::UnknownCounter, u"Unknown counter %1"_s.arg(code));
}

FakeQueueService::Counter& FakeQueueService::counterState(const QString& code)
{
    return m_counters[code];
}

TicketInfo* FakeQueueService::openTicketAt(const QString& counterCode)
{
    for (auto& t : m_tickets)
        if (t.counterCode == counterCode &&
            (t.status == TicketStatus::Called || t.status == TicketStatus::Serving))
            return &t;
    return nullptr;
}

TicketInfo* FakeQueueService::ticketById(qint64 id)
{
    for (auto& t : m_tickets)
        if (t.id == id)
            return &t;
    return nullptr;
}

QList<TicketInfo> FakeQueueService::waitingIn(const CounterConfig& counter)
{
    const QDate day = today();
    QList<TicketInfo> priority;
    QList<TicketInfo> regular;
    QList<TicketInfo> waiting;
    for (const auto& t : m_tickets)
        if (t.status == TicketStatus::Waiting && t.businessDay == day &&
            counter.services.contains(t.serviceCode))
            waiting << t;
    std::stable_sort(waiting.begin(), waiting.end(), [](const TicketInfo& a, const TicketInfo& b) {
        return a.queuedAt != b.queuedAt ? a.queuedAt < b.queuedAt : a.id < b.id;
    });
    for (const auto& t : waiting)
        (t.priority ? priority : regular) << t;
    // The engine's rule: priority first, at most priorityRunLimit in a row while a regular ticket waits.
    QList<TicketInfo> order;
    int streak = counterState(counter.code).priorityStreak;
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

CallInfo FakeQueueService::callInfo(const Call& call) const
{
    CallInfo info;
    info.eventId = call.eventId;
    info.counterCode = call.counterCode;
    if (const auto* counter = m_config.counter(call.counterCode))
        info.counterName = counter->name;
    info.recall = call.recall;
    info.at = call.at;
    for (const auto& t : m_tickets) {
        if (t.id != call.ticketId)
            continue;
        info.number = t.number;
        info.serviceCode = t.serviceCode;
        info.serviceName = t.serviceName;
        info.priority = t.priority;
    }
    return info;
}

Result<IssuedTicket> FakeQueueService::issue(const QString& serviceCode, bool priority,
                                             const QString& requestKey)
{
    ++m_issueCalls;
    if (auto down = outage())
        return *down;
    if (!requestKey.isEmpty() && !isValidRequestKey(requestKey))
        return makeError(ErrorKind::BadInput, ErrorCode::BadRequestKey, u"Malformed request key"_s);
    (void)rollOver();
    const ServiceConfig* service = m_config.service(serviceCode);
    if (!service)
        return makeError(ErrorKind::BadInput, ErrorCode::UnknownService,
                         u"Unknown service %1"_s.arg(serviceCode));
    if (auto known = m_requests.constFind(requestKey); !requestKey.isEmpty() && known != m_requests.cend()) {
        if (known->serviceCode != service->code || known->priority != priority)
            return makeError(ErrorKind::BadInput, ErrorCode::RequestKeyReused,
                             u"Request key %1 was already used for another ticket"_s.arg(requestKey));
        const TicketInfo* t = ticketById(known->ticketId);
        IssuedTicket issued;
        issued.id = t->id;
        issued.number = t->number;
        issued.serviceCode = service->code;
        issued.serviceName = service->name;
        issued.agencyCode = service->agency;
        if (const auto* agency = m_config.agency(service->agency))
            issued.agencyName = agency->name;
        issued.priority = priority;
        issued.ahead = known->ahead;
        issued.estimatedWaitMin = known->ahead * kMinutesPerTicket;
        issued.issuedAt = t->issuedAt;
        issued.businessDay = t->businessDay;
        issued.replayed = true;
        return issued;
    }
    const QDate day = today();
    const QDateTime now = m_clock.now();
    int lastSeq = 0;
    int issuedToday = 0;
    int ahead = 0;
    for (const auto& t : m_tickets) {
        if (t.businessDay != day)
            continue;
        if (t.number.prefix() == service->prefix)
            lastSeq = qMax(lastSeq, t.number.sequence());
        if (t.originalServiceCode == service->code)
            ++issuedToday;
        if (t.status == TicketStatus::Waiting && t.serviceCode == service->code && (t.priority || !priority))
            ++ahead;
    }
    const QDateTime local = now.toTimeZone(Schedule::zone(m_config.site.timezone));
    const Availability availability = Schedule::availability(*service, local, issuedToday);
    if (!availability.isOpen())
        return makeError(ErrorKind::Refused, availability.refusalCode(), availability.reason());

    TicketInfo t;
    t.id = m_tickets.size() + 1;
    t.number = TicketNumber(service->prefix, lastSeq + 1);
    t.businessDay = day;
    t.serviceCode = service->code;
    t.serviceName = service->name;
    t.originalServiceCode = service->code;
    t.priority = priority;
    t.issuedAt = now;
    t.queuedAt = now;
    m_tickets << t;
    nextEventId();

    IssuedTicket issued;
    issued.id = t.id;
    issued.number = t.number;
    issued.serviceCode = service->code;
    issued.serviceName = service->name;
    issued.agencyCode = service->agency;
    if (const auto* agency = m_config.agency(service->agency))
        issued.agencyName = agency->name;
    issued.priority = priority;
    issued.ahead = ahead;
    issued.estimatedWaitMin = ahead * kMinutesPerTicket;
    issued.issuedAt = now;
    issued.businessDay = day;
    if (!requestKey.isEmpty())
        m_requests.insert(requestKey, Request{t.id, service->code, priority, ahead});
    changed();
    if (m_lostIssueAnswers > 0) {
        --m_lostIssueAnswers;
        return makeError(ErrorKind::Internal, ErrorCode::ConnectionLost,
                         u"fake hall: the connection was lost; the outcome of the write is unknown"_s);
    }
    return issued;
}

Result<CallInfo> FakeQueueService::callNext(const QString& counterCode)
{
    if (auto down = outage())
        return *down;
    (void)rollOver();
    auto config = counterConfig(counterCode);
    if (!config.ok())
        return config.error();
    const CounterConfig& c = *config.value();
    Counter& counter = counterState(c.code);
    if (counter.state != CounterState::Open)
        return makeError(ErrorKind::Refused, ErrorCode::CounterNotOpen,
                         counter.state == CounterState::Break
                             ? u"%1 is on a break; resume it first."_s.arg(c.name)
                             : u"%1 is not open; open it first."_s.arg(c.name));
    if (const TicketInfo* open = openTicketAt(c.code))
        return makeError(ErrorKind::Refused, ErrorCode::TicketOpen,
                         u"Ticket %1 is still open at %2."_s.arg(open->number.toString(), c.name));
    const QList<TicketInfo> waiting = waitingIn(c);
    if (waiting.isEmpty())
        return makeError(ErrorKind::NothingToDo, ErrorCode::QueueEmpty,
                         u"No one is waiting for the services of %1."_s.arg(c.name));
    TicketInfo* next = ticketById(waiting.constFirst().id);
    const QDateTime now = m_clock.now();
    next->status = TicketStatus::Called;
    next->calledAt = now;
    if (!next->firstCalledAt.isValid())
        next->firstCalledAt = now;
    next->counterCode = c.code;
    next->staffId = counter.staffId;
    counter.priorityStreak = next->priority ? counter.priorityStreak + 1 : 0;
    const Call call{nextEventId(), next->id, c.code, false, now};
    m_calls << call;
    changed();
    return callInfo(call);
}

Result<TicketInfo*> FakeQueueService::openTicketIn(const QString& counterCode,
                                                   const QList<TicketStatus>& from)
{
    (void)rollOver();
    auto config = counterConfig(counterCode);
    if (!config.ok())
        return config.error();
    TicketInfo* open = openTicketAt(counterCode);
    if (!open)
        return makeError(ErrorKind::Refused, ErrorCode::NoTicket,
                         u"There is no open ticket at %1."_s.arg(config.value()->name));
    if (!from.contains(open->status))
        return makeError(ErrorKind::Refused, ErrorCode::IllegalTransition,
                         u"Ticket %1 is %2; that action is not possible now."_s.arg(open->number.toString(),
                                                                                    toKey(open->status)));
    return open;
}

Result<CallInfo> FakeQueueService::recall(const QString& counterCode)
{
    if (auto down = outage())
        return *down;
    auto open = openTicketIn(counterCode, {TicketStatus::Called});
    if (!open.ok())
        return open.error();
    TicketInfo* t = open.value();
    t->calledAt = m_clock.now();
    ++t->recallCount;
    const Call call{nextEventId(), t->id, counterCode, true, t->calledAt};
    m_calls << call;
    changed();
    return callInfo(call);
}

Result<TicketInfo> FakeQueueService::startServing(const QString& counterCode)
{
    if (auto down = outage())
        return *down;
    auto open = openTicketIn(counterCode, {TicketStatus::Called});
    if (!open.ok())
        return open.error();
    open.value()->status = TicketStatus::Serving;
    open.value()->servingAt = m_clock.now();
    nextEventId();
    changed();
    return *open.value();
}

Result<TicketInfo> FakeQueueService::finish(const QString& counterCode, Outcome outcome)
{
    if (auto down = outage())
        return *down;
    auto open = openTicketIn(counterCode, {TicketStatus::Serving});
    if (!open.ok())
        return open.error();
    open.value()->status = TicketStatus::Done;
    open.value()->finishedAt = m_clock.now();
    open.value()->outcome = outcome;
    nextEventId();
    changed();
    return *open.value();
}

Result<TicketInfo> FakeQueueService::markNoShow(const QString& counterCode)
{
    if (auto down = outage())
        return *down;
    auto open = openTicketIn(counterCode, {TicketStatus::Called});
    if (!open.ok())
        return open.error();
    open.value()->status = TicketStatus::NoShow;
    open.value()->finishedAt = m_clock.now();
    nextEventId();
    changed();
    return *open.value();
}

Result<TicketInfo> FakeQueueService::transfer(const QString& counterCode, const QString& serviceCode)
{
    if (auto down = outage())
        return *down;
    const ServiceConfig* service = m_config.service(serviceCode);
    if (!service)
        return makeError(ErrorKind::BadInput, ErrorCode::UnknownService,
                         u"Unknown service %1"_s.arg(serviceCode));
    auto open = openTicketIn(counterCode, {TicketStatus::Called, TicketStatus::Serving});
    if (!open.ok())
        return open.error();
    TicketInfo* t = open.value();
    if (t->serviceCode == serviceCode)
        return makeError(ErrorKind::Refused, ErrorCode::SameService,
                         u"Ticket %1 is already in service %2."_s.arg(t->number.toString(), serviceCode));
    // Back to waiting in the new service with its queue time: the citizen keeps their place in line.
    t->status = TicketStatus::Waiting;
    t->serviceCode = service->code;
    t->serviceName = service->name;
    t->transferred = true;
    t->counterCode.clear();
    t->staffId.clear();
    t->calledAt = {};
    t->servingAt = {};
    nextEventId();
    changed();
    return *t;
}

Result<TicketInfo*> FakeQueueService::todaysTicket(const TicketNumber& number, TicketStatus from)
{
    (void)rollOver();
    const QDate day = today();
    for (auto& t : m_tickets) {
        if (t.businessDay != day || !(t.number == number))
            continue;
        if (t.status != from)
            return makeError(ErrorKind::Refused, ErrorCode::IllegalTransition,
                             u"Ticket %1 is %2; that action is not possible now."_s.arg(number.toString(),
                                                                                        toKey(t.status)));
        return &t;
    }
    return makeError(ErrorKind::BadInput, ErrorCode::UnknownTicket,
                     u"No ticket %1 today"_s.arg(number.toString()));
}

Result<TicketInfo> FakeQueueService::requeue(const TicketNumber& number)
{
    if (auto down = outage())
        return *down;
    auto found = todaysTicket(number, TicketStatus::NoShow);
    if (!found.ok())
        return found.error();
    TicketInfo* t = found.value();
    t->status = TicketStatus::Waiting;
    t->queuedAt = m_clock.now(); // the back of the line
    t->counterCode.clear();
    t->staffId.clear();
    t->calledAt = {};
    t->finishedAt = {};
    nextEventId();
    changed();
    return *t;
}

Result<TicketInfo> FakeQueueService::cancel(const TicketNumber& number)
{
    if (auto down = outage())
        return *down;
    auto found = todaysTicket(number, TicketStatus::Waiting);
    if (!found.ok())
        return found.error();
    found.value()->status = TicketStatus::Cancelled;
    found.value()->finishedAt = m_clock.now();
    nextEventId();
    changed();
    return *found.value();
}

Status FakeQueueService::openCounter(const QString& counterCode, const QString& staffId)
{
    if (auto down = outage())
        return *down;
    (void)rollOver();
    auto config = counterConfig(counterCode);
    if (!config.ok())
        return config.error();
    const CounterConfig& c = *config.value();
    Counter& counter = counterState(c.code);
    if (counter.state != CounterState::Closed)
        return makeError(ErrorKind::Refused, ErrorCode::CounterAlreadyOpen,
                         u"%1 is already open."_s.arg(c.name));
    if (!staffId.isEmpty()) {
        const auto member = std::find_if(m_config.staff.cbegin(), m_config.staff.cend(),
                                         [&](const StaffConfig& s) { return s.id == staffId; });
        if (member == m_config.staff.cend())
            return makeError(ErrorKind::BadInput, ErrorCode::UnknownStaff,
                             u"Unknown staff ID %1"_s.arg(staffId));
        if (!member->active)
            return makeError(ErrorKind::Refused, ErrorCode::Inactive, u"This account is deactivated."_s);
        if (member->role == Role::Officer && !member->counters.contains(c.code))
            return makeError(ErrorKind::Refused, ErrorCode::NotAllowed,
                             u"%1 is not allowed to open %2."_s.arg(member->name, c.name));
        for (auto it = m_counters.cbegin(); it != m_counters.cend(); ++it)
            if (it.value().state != CounterState::Closed && it.value().staffId == staffId)
                return makeError(ErrorKind::Refused, ErrorCode::StaffBusy,
                                 u"%1 already has %2 open; close it first."_s.arg(member->name, it.key()));
    }
    counter = Counter{CounterState::Open, staffId, {}, m_clock.now(), 0};
    nextEventId();
    changed();
    return Done{};
}

Status FakeQueueService::startBreak(const QString& counterCode, const QString& reason)
{
    if (auto down = outage())
        return *down;
    auto config = counterConfig(counterCode);
    if (!config.ok())
        return config.error();
    Counter& counter = counterState(counterCode);
    if (counter.state != CounterState::Open)
        return makeError(ErrorKind::Refused, ErrorCode::CounterNotOpen,
                         u"%1 is not open."_s.arg(config.value()->name));
    if (openTicketAt(counterCode))
        return makeError(ErrorKind::Refused, ErrorCode::TicketOpen,
                         u"A ticket is still open; finish it first."_s);
    counter.state = CounterState::Break;
    counter.reason = reason.trimmed();
    counter.since = m_clock.now();
    nextEventId();
    changed();
    return Done{};
}

Status FakeQueueService::resumeCounter(const QString& counterCode)
{
    if (auto down = outage())
        return *down;
    auto config = counterConfig(counterCode);
    if (!config.ok())
        return config.error();
    Counter& counter = counterState(counterCode);
    if (counter.state != CounterState::Break)
        return makeError(ErrorKind::Refused, ErrorCode::NotOnBreak,
                         u"%1 is not on a break."_s.arg(config.value()->name));
    counter.state = CounterState::Open;
    counter.reason.clear();
    counter.since = m_clock.now();
    nextEventId();
    changed();
    return Done{};
}

Status FakeQueueService::closeCounter(const QString& counterCode)
{
    if (auto down = outage())
        return *down;
    auto config = counterConfig(counterCode);
    if (!config.ok())
        return config.error();
    Counter& counter = counterState(counterCode);
    if (counter.state == CounterState::Closed)
        return makeError(ErrorKind::Refused, ErrorCode::CounterNotOpen,
                         u"%1 is already closed."_s.arg(config.value()->name));
    if (openTicketAt(counterCode))
        return makeError(ErrorKind::Refused, ErrorCode::TicketOpen,
                         u"A ticket is still open; finish it first."_s);
    counter = Counter{CounterState::Closed, {}, {}, m_clock.now(), 0};
    nextEventId();
    changed();
    return Done{};
}

Status FakeQueueService::rollOver()
{
    const QDate day = today();
    bool any = false;
    for (auto& t : m_tickets) {
        if (t.businessDay < day && (t.status == TicketStatus::Waiting || t.status == TicketStatus::Called)) {
            t.status = TicketStatus::Expired;
            any = true;
        }
    }
    if (any)
        changed();
    return Done{};
}

Result<HallStatus> FakeQueueService::status()
{
    if (auto down = outage())
        return *down;
    const QDate day = today();
    const QDateTime now = m_clock.now();
    const QDateTime local = now.toTimeZone(Schedule::zone(m_config.site.timezone));
    HallStatus hall;
    hall.siteName = m_config.site.name;
    hall.businessDay = day;
    hall.at = now;
    QHash<QString, bool> inHoursNow;
    for (const auto& service : m_config.services) {
        ServiceStatus s;
        s.code = service.code;
        s.name = service.name;
        s.agencyCode = service.agency;
        if (const auto* agency = m_config.agency(service.agency))
            s.agencyName = agency->name;
        s.prefix = service.prefix;
        s.quota = service.dailyQuota;
        s.targetWaitMin = service.targetWaitMin;
        for (const auto& t : m_tickets) {
            if (t.businessDay != day)
                continue;
            if (t.originalServiceCode == service.code)
                ++s.issuedToday;
            if (t.serviceCode != service.code)
                continue;
            if (t.status == TicketStatus::Waiting) {
                ++s.waiting;
                if (t.priority)
                    ++s.waitingPriority;
                if (!s.oldestWaitingSince.isValid() || t.queuedAt < s.oldestWaitingSince)
                    s.oldestWaitingSince = t.queuedAt;
            } else if (t.status == TicketStatus::Done) {
                ++s.servedToday;
            }
        }
        s.availability = Schedule::availability(service, local, s.issuedToday);
        bool inHours = false;
        for (const auto& range : Schedule::hoursOn(service, day))
            inHours = inHours || (local.time() >= range.from && local.time() < range.to);
        inHoursNow.insert(service.code, inHours);
        hall.services << s;
    }
    for (const auto& config : m_config.counters) {
        const Counter counter = m_counters.value(config.code);
        CounterStatus c;
        c.code = config.code;
        c.name = config.name;
        c.services = config.services;
        c.state = counter.state;
        c.staffId = counter.staffId;
        for (const auto& member : m_config.staff)
            if (member.id == counter.staffId)
                c.staffName = member.name;
        c.breakReason = counter.reason;
        c.since = counter.since;
        if (const TicketInfo* open = openTicketAt(config.code))
            c.current = *open;
        if (counter.state == CounterState::Closed)
            for (const auto& service : config.services)
                c.shouldBeStaffed = c.shouldBeStaffed || inHoursNow.value(service);
        hall.counters << c;
    }
    return hall;
}

Result<CounterStatus> FakeQueueService::counterStatus(const QString& counterCode)
{
    if (auto down = outage())
        return *down;
    auto hall = status();
    for (const auto& counter : hall.value().counters)
        if (counter.code == counterCode)
            return counter;
    return makeError(ErrorKind::BadInput, ErrorCode::UnknownCounter,
                     u"Unknown counter %1"_s.arg(counterCode));
}

Result<QList<TicketInfo>> FakeQueueService::waitingFor(const QString& counterCode)
{
    if (auto down = outage())
        return *down;
    auto config = counterConfig(counterCode);
    if (!config.ok())
        return config.error();
    return waitingIn(*config.value());
}

Result<QList<CallInfo>> FakeQueueService::recentCalls(int limit)
{
    if (auto down = outage())
        return *down;
    const QDateTime dayStart = Schedule::dayStartUtc(today(), Schedule::zone(m_config.site.timezone));
    QList<CallInfo> calls;
    for (auto it = m_calls.crbegin(); it != m_calls.crend() && calls.size() < limit; ++it)
        if (it->at >= dayStart)
            calls << callInfo(*it);
    return calls;
}

Result<QList<CallInfo>> FakeQueueService::callsAfter(qint64 eventId)
{
    if (auto down = outage())
        return *down;
    QList<CallInfo> calls;
    for (const auto& call : m_calls)
        if (call.eventId > eventId)
            calls << callInfo(call);
    return calls;
}

Result<TicketInfo> FakeQueueService::ticket(const TicketNumber& number, QDate businessDay)
{
    if (auto down = outage())
        return *down;
    for (const auto& t : m_tickets)
        if (t.businessDay == businessDay && t.number == number)
            return t;
    return makeError(ErrorKind::BadInput, ErrorCode::UnknownTicket,
                     u"No ticket %1 on %2"_s.arg(number.toString(), businessDay.toString(Qt::ISODate)));
}

Result<std::optional<TicketInfo>> FakeQueueService::lastFinished(const QString& counterCode, int withinSecs)
{
    if (auto down = outage())
        return *down;
    if (!m_config.counter(counterCode))
        return makeError(ErrorKind::BadInput, ErrorCode::UnknownCounter,
                         u"Unknown counter %1"_s.arg(counterCode));
    const QDateTime since = m_clock.now().addSecs(-qMax(0, withinSecs));
    std::optional<TicketInfo> newest;
    for (const auto& t : m_tickets)
        if (t.status == TicketStatus::Done && t.counterCode == counterCode && t.finishedAt >= since &&
            (!newest || t.finishedAt > newest->finishedAt ||
             (t.finishedAt == newest->finishedAt && t.id > newest->id)))
            newest = t;
    return newest;
}

Result<HallConfig> FakeQueueService::config()
{
    if (auto down = outage())
        return *down;
    return m_config;
}

} // namespace antre::test
