#include "core/simulation/Simulation.h"

using namespace Qt::Literals::StringLiterals;

namespace antre::simulation {

void Simulation::wakeBooths(const QString& service)
{
    for (int index : m_boothsByService.value(service)) {
        Booth& booth = m_booths[index];
        if (booth.state == BoothState::Idle && !booth.callPending) {
            booth.callPending = true;
            // The officer notices the new ticket on the screen after a few seconds.
            schedule(m_clock.now().toMSecsSinceEpoch() + qint64(uniform(5, 30) * kSecond),
                     EventKind::BoothCall, index);
        }
    }
}

Status Simulation::arrival(int citizenIndex)
{
    Citizen& citizen = m_citizens[citizenIndex];
    auto issued = m_engine.issue(citizen.service, citizen.priority);
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    if (!issued.ok()) {
        if (issued.error().kind != ErrorKind::Refused)
            return fail(issued.error(), u"issue "_s + citizen.service);
        // Before opening or in the lunch break: wait at the kiosk and take a ticket when it opens again.
        if (issued.error().code == ErrorCode::NotOpenYet && !citizen.cameBack) {
            const ServiceConfig* service = m_config.service(citizen.service);
            const QTime local = m_clock.now().toTimeZone(m_zone).time();
            for (const auto& range : Schedule::hoursOn(*service, m_day.date)) {
                if (range.from > local) {
                    citizen.cameBack = true;
                    schedule(at(m_day.date, range.from) + qint64(uniform(0, 8) * kMinute), EventKind::Arrival,
                             citizenIndex);
                    return Done{};
                }
            }
        }
        ++m_day.refused;
        return Done{};
    }
    ++m_result.transactions;
    ++m_day.issued;
    const IssuedTicket& ticket = issued.value();
    citizen.issuedAt = now;
    m_byNumber.insert(ticket.number.toString(), citizenIndex);
    const qint64 dayStart = Schedule::dayStartUtc(m_day.date, m_zone).toMSecsSinceEpoch();
    m_issued.insert(
        ticket.id,
        IssueRecord{citizen.service, Estimator::naiveMinutes(m_db.sql(), m_serviceIds.value(citizen.service),
                                                             ticket.ahead, dayStart)});
    wakeBooths(citizen.service);
    return Done{};
}

Status Simulation::tryCall(int boothIndex)
{
    Booth& booth = m_booths[boothIndex];
    booth.callPending = false;
    if (booth.state != BoothState::Idle)
        return Done{};
    if (booth.hardClosing)
        return close(boothIndex);
    auto call = m_engine.callNext(booth.code);
    if (!call.ok()) {
        if (call.error().kind != ErrorKind::NothingToDo)
            return fail(call.error(), u"call at "_s + booth.code);
        return booth.closing ? close(boothIndex) : Status(Done{});
    }
    ++m_result.transactions;
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    const int citizenIndex = m_byNumber.value(call.value().number.toString(), -1);
    if (citizenIndex < 0)
        return makeError(ErrorKind::Internal, ErrorCode::Simulation,
                         u"simulation: %1 called %2, a ticket it did not issue"_s.arg(
                             booth.code, call.value().number.toString()));
    booth.state = BoothState::Busy;
    booth.citizen = citizenIndex;
    const Citizen& citizen = m_citizens.at(citizenIndex);
    const bool gaveUp = !citizen.transferred && now - citizen.issuedAt > citizen.patienceMs;
    if (citizen.transferred || (citizen.answersCall && !gaveUp))
        schedule(now + qint64(uniform(15, 75) * kSecond), EventKind::CitizenAtBooth, boothIndex);
    else
        schedule(now + qint64(uniform(50, 70) * kSecond), EventKind::Recall, boothIndex);
    return Done{};
}

Status Simulation::afterTicket(int boothIndex)
{
    Booth& booth = m_booths[boothIndex];
    booth.state = BoothState::Idle;
    booth.citizen = -1;
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    if (booth.breakPending) {
        booth.breakPending = false;
        if (now < booth.breakUntil)
            return startBreak(boothIndex, booth.breakUntil, booth.breakReason);
    }
    if (booth.hardClosing)
        return close(boothIndex);
    booth.callPending = true;
    // Notes, stamps, a word with the next person: the next call comes after a short pause.
    schedule(now + qint64(uniform(10, 40) * kSecond), EventKind::BoothCall, boothIndex);
    return Done{};
}

Status Simulation::startBreak(int boothIndex, qint64 until, const QString& reason)
{
    Booth& booth = m_booths[boothIndex];
    if (auto s = m_engine.startBreak(booth.code, reason); !s.ok())
        return fail(s.error(), u"break at "_s + booth.code);
    ++m_result.transactions;
    booth.state = BoothState::Break;
    schedule(until, EventKind::BreakEnd, boothIndex);
    return Done{};
}

Status Simulation::close(int boothIndex)
{
    Booth& booth = m_booths[boothIndex];
    if (auto s = m_engine.closeCounter(booth.code); !s.ok())
        return fail(s.error(), u"close "_s + booth.code);
    ++m_result.transactions;
    booth.state = BoothState::Gone;
    return Done{};
}

Status Simulation::handle(const Event& event)
{
    m_clock.set(QDateTime::fromMSecsSinceEpoch(event.at, Qt::UTC));
    const qint64 now = event.at;
    switch (event.kind) {
    case EventKind::Arrival:
        return arrival(event.index);
    case EventKind::BoothOpen: {
        Booth& booth = m_booths[event.index];
        if (auto s = m_engine.openCounter(booth.code, booth.officer); !s.ok())
            return fail(s.error(), u"open "_s + booth.code);
        ++m_result.transactions;
        booth.state = BoothState::Idle;
        return tryCall(event.index);
    }
    case EventKind::BoothCall:
        return tryCall(event.index);
    case EventKind::CitizenAtBooth: {
        Booth& booth = m_booths[event.index];
        auto serving = m_engine.startServing(booth.code);
        if (!serving.ok())
            return fail(serving.error(), u"serve at "_s + booth.code);
        ++m_result.transactions;
        const ServiceProfile p = profile(m_citizens.at(booth.citizen).service);
        const double minutes = std::clamp(lognormal(p.medianServiceMin, p.spread), 0.5, 90.0);
        schedule(now + qint64(minutes * kMinute), EventKind::Finish, event.index);
        return Done{};
    }
    case EventKind::Recall: {
        Booth& booth = m_booths[event.index];
        if (auto r = m_engine.recall(booth.code); !r.ok())
            return fail(r.error(), u"recall at "_s + booth.code);
        ++m_result.transactions;
        schedule(now + qint64(uniform(60, 120) * kSecond), EventKind::NoShow, event.index);
        return Done{};
    }
    case EventKind::NoShow: {
        Booth& booth = m_booths[event.index];
        if (auto r = m_engine.markNoShow(booth.code); !r.ok())
            return fail(r.error(), u"no-show at "_s + booth.code);
        ++m_result.transactions;
        ++m_day.noShows;
        return afterTicket(event.index);
    }
    case EventKind::Finish: {
        Booth& booth = m_booths[event.index];
        Citizen& citizen = m_citizens[booth.citizen];
        if (citizen.wantsTransfer && !citizen.transferred) {
            // Sent on to another service of the same agency that someone serves today (KTP-el → KK, …).
            const ServiceConfig* from = m_config.service(citizen.service);
            QStringList targets;
            for (const auto& service : m_config.services)
                if (service.agency == from->agency && service.code != from->code &&
                    m_servedToday.contains(service.code))
                    targets << service.code;
            if (!targets.isEmpty()) {
                const QString target = targets.at(int(m_random.bounded(int(targets.size()))));
                if (auto t = m_engine.transfer(booth.code, target); !t.ok())
                    return fail(t.error(), u"transfer at "_s + booth.code);
                ++m_result.transactions;
                ++m_day.transfers;
                citizen.transferred = true;
                citizen.service = target;
                const QString freed = target;
                if (auto s = afterTicket(event.index); !s.ok())
                    return s;
                wakeBooths(freed);
                return Done{};
            }
        }
        const double roll = m_random.generateDouble();
        const Outcome outcome = roll < 0.9    ? Outcome::Completed
                                : roll < 0.97 ? Outcome::Incomplete
                                              : Outcome::Referred;
        if (auto f = m_engine.finish(booth.code, outcome); !f.ok())
            return fail(f.error(), u"finish at "_s + booth.code);
        ++m_result.transactions;
        ++m_day.served;
        return afterTicket(event.index);
    }
    case EventKind::BreakStart: {
        Booth& booth = m_booths[event.index];
        if (booth.state == BoothState::Idle)
            return startBreak(event.index, event.until, event.reason);
        if (booth.state == BoothState::Busy) {
            // The citizen at the booth is served to the end first.
            booth.breakPending = true;
            booth.breakUntil = event.until;
            booth.breakReason = event.reason;
        }
        return Done{};
    }
    case EventKind::BreakEnd: {
        Booth& booth = m_booths[event.index];
        if (booth.state != BoothState::Break)
            return Done{};
        if (auto s = m_engine.resumeCounter(booth.code); !s.ok())
            return fail(s.error(), u"resume "_s + booth.code);
        ++m_result.transactions;
        booth.state = BoothState::Idle;
        return tryCall(event.index);
    }
    case EventKind::DayEnd: {
        Booth& booth = m_booths[event.index];
        booth.closing = true;
        if (booth.state == BoothState::Idle && !booth.callPending)
            return tryCall(event.index);
        if (booth.state == BoothState::Break) {
            // Still on a break at closing time: come back only to close the booth.
            booth.state = BoothState::Idle;
            if (auto s = m_engine.resumeCounter(booth.code); !s.ok())
                return fail(s.error(), u"resume "_s + booth.code);
            ++m_result.transactions;
            return close(event.index);
        }
        return Done{};
    }
    case EventKind::HardClose: {
        Booth& booth = m_booths[event.index];
        booth.hardClosing = true;
        if (booth.state == BoothState::Idle)
            return close(event.index);
        return Done{};
    }
    }
    return Done{};
}

Status Simulation::collectDay(QDate date)
{
    auto q = Database::run(
        m_db.sql(),
        uR"(SELECT count(*), COALESCE(sum(CASE WHEN status IN ('waiting', 'called') THEN 1 ELSE 0 END), 0),
                                              avg(CASE WHEN first_called_at IS NOT NULL
                                                       THEN first_called_at - issued_at END)
                                           FROM tickets WHERE business_day = ?)"_s,
        {date.toString(Qt::ISODate)});
    if (!q.ok())
        return q.error();
    const auto totals = Database::nextRow(q.value());
    if (!totals.ok())
        return totals.error();
    if (totals.value()) {
        m_day.notCalled = q.value().value(1).toInt();
        m_day.meanWaitMin = q.value().value(2).toDouble() / double(kMinute);
    }
    m_result.days << m_day;
    return Done{};
}

Status Simulation::evaluate()
{
    if (m_result.days.isEmpty())
        return Done{};
    auto q =
        Database::run(m_db.sql(), uR"(SELECT id, issued_at, first_called_at, estimated_wait_min FROM tickets
                                           WHERE business_day BETWEEN ? AND ? AND first_called_at IS NOT NULL)"_s,
                      {m_result.days.constFirst().date.toString(Qt::ISODate),
                       m_result.days.constLast().date.toString(Qt::ISODate)});
    if (!q.ok())
        return q.error();
    EstimatorEvaluation& e = m_result.estimator;
    double actualSum = 0;
    while (q.value().next()) {
        const auto record = m_issued.constFind(q.value().value(0).toLongLong());
        if (record == m_issued.cend())
            continue; // a ticket that was already in the database
        const double actual =
            double(q.value().value(2).toLongLong() - q.value().value(1).toLongLong()) / kMinute;
        const double project = q.value().value(3).toDouble();
        const double naive = record->naive;
        ++e.samples;
        actualSum += actual;
        e.projectMae += std::abs(project - actual);
        e.naiveMae += std::abs(naive - actual);
        e.projectBias += project - actual;
        e.naiveBias += naive - actual;
        auto& s = e.byService[record->service];
        ++s.samples;
        s.projectMae += std::abs(project - actual);
        s.naiveMae += std::abs(naive - actual);
    }
    if (auto ended = Database::rowsEnded(q.value()); !ended.ok())
        return ended.error();
    if (e.samples == 0)
        return Done{};
    e.projectMae /= e.samples;
    e.naiveMae /= e.samples;
    e.projectBias /= e.samples;
    e.naiveBias /= e.samples;
    e.meanActualMin = actualSum / e.samples;
    for (auto& s : e.byService) {
        s.projectMae /= s.samples;
        s.naiveMae /= s.samples;
    }
    return Done{};
}

Result<SimulationResult> Simulation::run()
{
    QElapsedTimer timer;
    timer.start();
    if (!m_options.firstDay.isValid())
        return makeError(ErrorKind::BadInput, ErrorCode::Simulation,
                         HallSimulator::tr("The simulation needs a first day."));
    if (m_options.days < 0)
        return makeError(ErrorKind::BadInput, ErrorCode::Simulation,
                         HallSimulator::tr("The number of days is negative."));
    if (auto s = load(); !s.ok())
        return s.error();
    for (int d = 0; d < m_options.days; ++d) {
        if (m_options.cancellation.isCancelled())
            return makeError(ErrorKind::Refused, ErrorCode::Cancelled,
                             HallSimulator::tr("The simulation was stopped after %1 of %2 days.")
                                 .arg(d)
                                 .arg(m_options.days));
        const QDate date = m_options.firstDay.addDays(d);
        // One transaction per simulated day: a thousand engine writes cost one commit.
        auto day = m_db.batch([&]() -> Status {
            if (auto s = planDay(date); !s.ok())
                return s;
            while (!m_events.empty()) {
                const Event event = m_events.top();
                m_events.pop();
                if (auto s = handle(event); !s.ok())
                    return s;
            }
            if (auto s = collectDay(date); !s.ok())
                return s;
            return m_surveys.simulateDay(date, m_clock.now());
        });
        if (!day.ok())
            return day.error();
        if (m_options.dayDone)
            m_options.dayDone(d + 1);
    }
    // Tickets nobody called expire, booths are closed: the next day starts clean, as in a real hall.
    if (m_options.days > 0) {
        m_clock.set(Schedule::dayStartUtc(m_options.firstDay.addDays(m_options.days), m_zone));
        if (auto s = m_engine.rollOver(); !s.ok())
            return s.error();
    }
    if (auto s = evaluate(); !s.ok())
        return s.error();
    m_result.elapsedMs = timer.elapsed();
    return m_result;
}

} // namespace antre::simulation
