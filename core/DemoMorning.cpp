#include "core/DemoMorning.h"

#include "core/Clock.h"
#include "core/QueueEngine.h"
#include "core/Schedule.h"
#include "core/hall/HallAudit.h"
#include "core/simulation/LiveDay.h"
#include "core/storage/Database.h"

#include <QRandomGenerator>
#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {

// Officers come in this long before the first service opens.
constexpr int kBeforeOpeningMin = 10;

struct Booth
{
    QString code;
    enum class State
    {
        Idle,
        Called,
        Serving,
        OnBreak
    } state = State::Idle;
    bool comes = true;   // the citizen called comes to the booth
    QDateTime busyUntil; // UTC: the next thing happens at the booth then
};

class Morning final
{
public:
    Morning(Database& db, const MorningOptions& options)
        : m_db(db), m_options(options), m_clock(options.until), m_engine(db, m_clock), m_audit(db, m_clock),
          m_random(options.seed)
    {}

    Result<MorningResult> run();
    // The live way (LiveDay): booths opened for `day`, then the minutes played one by one as time passes.
    Result<QDateTime> begin(QDate day);
    Status advanceTo(const QDateTime& until);
    const MorningResult& result() const { return m_result; }
    QDateTime closesAt() const { return m_closesAt; }

private:
    // When the first service opens on `day` (UTC), invalid when none does; sets m_closesAt.
    QDateTime openingOn(const HallConfig& config, QDate day);
    Status minute(const HallConfig& config, const QDateTime& now);
    Status openBooths(const HallConfig& config, QDate day);
    Status arrivals(const HallConfig& config);
    Status printerFault(const HallConfig& config);
    Status step(Booth& booth, const QDateTime& now);
    Status call(Booth& booth, const QDateTime& now);
    Status finish(Booth& booth);
    Status callAtTheEnd();
    // Engine errors other than the rules' refusals end the run: they are bugs.
    static bool expected(const Error& error)
    {
        return error.kind == ErrorKind::Refused || error.kind == ErrorKind::NothingToDo;
    }

    Database& m_db;
    const MorningOptions& m_options;
    ManualClock m_clock;
    QueueEngine m_engine;
    HallAudit m_audit;
    QRandomGenerator m_random;
    QTimeZone m_zone;
    QList<Booth> m_booths;
    MorningResult m_result;
    HallConfig m_config;
    QDateTime m_next;     // the next minute to play (live)
    QDateTime m_closesAt; // when the last service closes on the day
    bool m_faultDone = false;
};

QDateTime Morning::openingOn(const HallConfig& config, QDate day)
{
    QTime opening;
    QTime closing;
    for (const auto& service : config.services)
        for (const auto& range : Schedule::hoursOn(service, day)) {
            if (!opening.isValid() || range.from < opening)
                opening = range.from;
            if (!closing.isValid() || range.to > closing)
                closing = range.to;
        }
    if (!opening.isValid())
        return {};
    m_closesAt = QDateTime(day, closing, m_zone).toUTC();
    return QDateTime(day, opening, m_zone).toUTC();
}

Result<MorningResult> Morning::run()
{
    if (!m_options.until.isValid())
        return makeError(ErrorKind::BadInput, ErrorCode::Morning,
                         DemoMorning::tr("The morning needs an end time."));
    auto config = m_engine.config();
    if (!config.ok())
        return config.error();
    m_zone = Schedule::zone(config.value().site.timezone);
    const QDate day = Schedule::businessDay(m_options.until, m_zone);
    m_result.day = day;
    const QDateTime opensAt = openingOn(config.value(), day);
    if (!opensAt.isValid())
        return m_result; // closed all day
    const QDateTime start = opensAt.addSecs(-kBeforeOpeningMin * 60);
    if (m_options.until <= start)
        return m_result; // not open yet
    m_result.played = true;
    const Status played = m_db.batch([&]() -> Status {
        m_clock.set(start);
        if (auto s = openBooths(config.value(), day); !s.ok())
            return s;
        m_faultDone = !m_options.faultAt.isValid() || m_options.faultKiosk.isEmpty();
        for (QDateTime now = opensAt; now < m_options.until; now = now.addSecs(60))
            if (auto s = minute(config.value(), now); !s.ok())
                return s;
        m_clock.set(m_options.until);
        return callAtTheEnd();
    });
    if (!played.ok())
        return played.error();
    return m_result;
}

Result<QDateTime> Morning::begin(QDate day)
{
    auto config = m_engine.config();
    if (!config.ok())
        return config.error();
    m_config = config.value();
    m_zone = Schedule::zone(m_config.site.timezone);
    m_result.day = day;
    const QDateTime opensAt = openingOn(m_config, day);
    if (!opensAt.isValid())
        return QDateTime();
    const QDateTime start = std::max(m_clock.now(), opensAt);
    if (start >= m_closesAt)
        return QDateTime();
    // The officers are in before the doors open; later in the day they are simply there.
    m_clock.set(std::max(m_clock.now(), opensAt.addSecs(-kBeforeOpeningMin * 60)));
    if (auto s = openBooths(m_config, day); !s.ok())
        return s.error();
    m_result.played = true;
    m_faultDone = !m_options.faultAt.isValid() || m_options.faultKiosk.isEmpty();
    m_next = start;
    return start;
}

Status Morning::advanceTo(const QDateTime& until)
{
    for (; m_next <= until && m_next < m_closesAt; m_next = m_next.addSecs(60))
        if (auto s = minute(m_config, m_next); !s.ok())
            return s;
    return Done{};
}

Status Morning::minute(const HallConfig& config, const QDateTime& now)
{
    m_clock.set(now);
    if (auto s = arrivals(config); !s.ok())
        return s;
    const QTime local = now.toTimeZone(m_zone).time();
    if (!m_faultDone && local >= m_options.faultAt) {
        m_faultDone = true;
        if (auto s = printerFault(config); !s.ok())
            return s;
    }
    for (Booth& booth : m_booths) {
        if (booth.state != Booth::State::OnBreak && booth.code == m_options.breakBooth &&
            m_options.breakAt.isValid() && local >= m_options.breakAt) {
            if (auto s = finish(booth); !s.ok())
                return s;
            if (auto s = m_engine.startBreak(booth.code, m_options.breakReason); !s.ok())
                return s.error();
            booth.state = Booth::State::OnBreak;
            continue;
        }
        if (auto s = step(booth, now); !s.ok())
            return s;
    }
    return Done{};
}

Status Morning::openBooths(const HallConfig& config, QDate day)
{
    QSet<QString> atABooth;
    for (const auto& counter : config.counters) {
        bool open = false;
        for (const auto& code : counter.services)
            if (const ServiceConfig* service = config.service(code))
                open = open || !Schedule::hoursOn(*service, day).isEmpty();
        if (!open || m_options.emptyBooths.contains(counter.code))
            continue;
        // A live day played again (antre demo --live started twice) finds booths still open: they go on.
        if (auto status = m_engine.counterStatus(counter.code);
            status.ok() && status.value().state != CounterState::Closed) {
            Booth booth;
            booth.code = counter.code;
            if (status.value().state == CounterState::Break)
                if (auto s = m_engine.resumeCounter(counter.code); !s.ok())
                    return s.error();
            if (const auto& current = status.value().current) {
                booth.state =
                    current->status == TicketStatus::Serving ? Booth::State::Serving : Booth::State::Called;
                booth.busyUntil = m_clock.now().addSecs(120);
            }
            atABooth.insert(status.value().staffId);
            m_booths << booth;
            ++m_result.boothsOpened;
            continue;
        }
        QString officer;
        for (const auto& member : config.staff)
            if (member.active && member.role == Role::Officer && member.counters.contains(counter.code) &&
                !atABooth.contains(member.id)) {
                officer = member.id;
                break;
            }
        if (officer.isEmpty())
            continue; // nobody may open it: it stays empty
        if (auto s = m_engine.openCounter(counter.code, officer); !s.ok())
            return s.error();
        atABooth.insert(officer);
        Booth booth;
        booth.code = counter.code;
        m_booths << booth;
        ++m_result.boothsOpened;
    }
    return Done{};
}

Status Morning::arrivals(const HallConfig& config)
{
    for (const auto& service : config.services) {
        const int perHour = m_options.arrivalsPerHour.value(service.code, MorningOptions::kDefaultPerHour);
        if (int(m_random.bounded(60)) >= perHour)
            continue;
        auto issued = m_engine.issue(service.code, m_random.bounded(12) == 0);
        if (issued.ok())
            ++m_result.issued;
        else if (!expected(issued.error())) // closed or full: the kiosk says so, the citizen goes home
            return issued.error();
    }
    return Done{};
}

Status Morning::printerFault(const HallConfig& config)
{
    // The kiosk issues the ticket, then its printer runs out of paper: the ticket is real, the paper is not.
    for (const auto& service : config.services) {
        auto issued = m_engine.issue(service.code, false);
        if (!issued.ok()) {
            if (!expected(issued.error()))
                return issued.error();
            continue;
        }
        ++m_result.issued;
        const QString number = issued.value().number.toString();
        DeviceFault fault;
        fault.device = u"printer"_s;
        fault.source = m_options.faultKiosk;
        fault.ticketId = issued.value().id;
        fault.ticketNumber = number;
        fault.message = u"Kertas habis — tiket %1 tidak tercetak"_s.arg(number);
        auto recorded = m_audit.recordDeviceFault(fault);
        return recorded.ok() ? Status(Done{}) : Status(recorded.error());
    }
    return Done{};
}

Status Morning::step(Booth& booth, const QDateTime& now)
{
    if (booth.state == Booth::State::OnBreak || (booth.busyUntil.isValid() && now < booth.busyUntil))
        return Done{};
    switch (booth.state) {
    case Booth::State::Called:
        if (!booth.comes) {
            if (auto r = m_engine.markNoShow(booth.code); !r.ok())
                return r.error();
            booth.state = Booth::State::Idle;
            return call(booth, now);
        }
        if (auto r = m_engine.startServing(booth.code); !r.ok())
            return r.error();
        booth.state = Booth::State::Serving;
        booth.busyUntil = now.addSecs(60 * (4 + int(m_random.bounded(9))));
        return Done{};
    case Booth::State::Serving:
        if (auto s = finish(booth); !s.ok())
            return s;
        return call(booth, now);
    case Booth::State::Idle:
        return call(booth, now);
    case Booth::State::OnBreak:
        break;
    }
    return Done{};
}

Status Morning::call(Booth& booth, const QDateTime& now)
{
    auto called = m_engine.callNext(booth.code);
    if (!called.ok())
        return expected(called.error()) ? Status(Done{}) : Status(called.error());
    booth.state = Booth::State::Called;
    booth.comes = m_random.bounded(14) != 0;
    // The citizen walks up within a minute or two; one who does not come is marked after two minutes.
    booth.busyUntil = now.addSecs(booth.comes ? 60 * (1 + int(m_random.bounded(2))) : 120);
    return Done{};
}

Status Morning::finish(Booth& booth)
{
    if (booth.state == Booth::State::Called) {
        if (auto r = m_engine.startServing(booth.code); !r.ok())
            return r.error();
        booth.state = Booth::State::Serving;
    }
    if (booth.state != Booth::State::Serving)
        return Done{};
    const Outcome outcome = m_random.bounded(20) == 0 ? Outcome::Incomplete : Outcome::Completed;
    if (auto r = m_engine.finish(booth.code, outcome); !r.ok())
        return r.error();
    ++m_result.served;
    booth.state = Booth::State::Idle;
    return Done{};
}

Status Morning::callAtTheEnd()
{
    for (Booth& booth : m_booths) {
        if (booth.code != m_options.callingBooth || booth.state == Booth::State::OnBreak)
            continue;
        if (auto s = finish(booth); !s.ok())
            return s;
        auto called = m_engine.callNext(booth.code);
        if (!called.ok())
            return expected(called.error()) ? Status(Done{}) : Status(called.error());
        booth.state = Booth::State::Called;
        m_result.calledTicket = called.value().number.toString();
    }
    return Done{};
}

} // namespace

MorningOptions MorningOptions::demo(const QDateTime& until)
{
    MorningOptions options;
    options.until = until;
    // At the morning peak; JHT and HAJI get more than their booths can take.
    options.arrivalsPerHour = {
        {u"KTPEL"_s, 22}, {u"KK"_s, 10},  {u"AKTA"_s, 6}, {u"PINDAH"_s, 4}, {u"NIB"_s, 6},  {u"PBG"_s, 2},
        {u"AK1"_s, 16},   {u"PPKB"_s, 2}, {u"JHT"_s, 20}, {u"BPU"_s, 4},    {u"JKN"_s, 10}, {u"PKB"_s, 8},
        {u"NPWP"_s, 5},   {u"PLN"_s, 5},  {u"SKCK"_s, 9}, {u"HAJI"_s, 5},   {u"PDAM"_s, 4}, {u"BJB"_s, 6}};
    options.emptyBooths = {u"L5"_s, u"L14"_s, u"L16"_s};
    options.breakBooth = u"L7"_s;
    options.breakAt = QTime(9, 12);
    options.breakReason = u"Istirahat sholat"_s;
    options.faultKiosk = u"KIOSK-LOBI-1"_s;
    options.faultAt = QTime(8, 47);
    options.callingBooth = u"L1"_s;
    return options;
}

DemoMorning::DemoMorning(Database& db) : m_db(db) {}

DemoMorning::~DemoMorning() = default;

Result<MorningResult> DemoMorning::run(const MorningOptions& options)
{
    return Morning(m_db, options).run();
}

struct LiveDay::State
{
    std::unique_ptr<Database> db;
    MorningOptions options;
    Morning morning;
    State(std::unique_ptr<Database> database, const MorningOptions& o)
        : db(std::move(database)), options(o), morning(*db, options)
    {}
};

Result<std::unique_ptr<LiveDay>> LiveDay::open(const QString& location, const MorningOptions& options)
{
    auto db = Database::open(location, Database::Mode::ReadWrite, Database::Durability::Full,
                             Database::IfMissing::Fail);
    if (!db.ok())
        return db.error();
    return std::unique_ptr<LiveDay>(new LiveDay(std::make_unique<State>(std::move(db).value(), options)));
}

LiveDay::LiveDay(std::unique_ptr<State> state) : m_state(std::move(state)) {}

LiveDay::~LiveDay() = default;

Result<QDateTime> LiveDay::begin(QDate day)
{
    return m_state->morning.begin(day);
}

Status LiveDay::advanceTo(const QDateTime& now)
{
    return m_state->morning.advanceTo(now);
}

const MorningResult& LiveDay::result() const
{
    return m_state->morning.result();
}

QDateTime LiveDay::closesAt() const
{
    return m_state->morning.closesAt();
}

} // namespace antre
