#include "display_ui/DisplayModel.h"

#include "display_ui/DisplayLog.h"

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {
// Enough history to list the earlier calls even when the same tickets are recalled several times.
constexpr int kKeptCalls = 60;
// A missed call older than this is shown on the board but not read out.
constexpr qint64 kAnnouncedWithinMs = 60 * 1000;

// Staff changes (PINs, names) do not concern the display.
bool sameForDisplay(const HallConfig& a, const HallConfig& b)
{
    return a.site == b.site && a.agencies == b.agencies && a.services == b.services &&
           a.counters == b.counters;
}
} // namespace

DisplayModel::DisplayModel(QueueService& queue, DisplayFilter filter, int earlierCount, QObject* parent)
    : QObject(parent), m_queue(queue), m_filter(std::move(filter)), m_earlierCount(earlierCount)
{}

DisplayModel::~DisplayModel() = default;

Status DisplayModel::load()
{
    auto config = m_queue.config();
    if (!config.ok())
        return config.error();
    m_config = std::move(config).value();
    if (auto applied = m_filter.apply(m_config); !applied.ok())
        return applied;

    auto status = m_queue.status();
    if (!status.ok())
        return status.error();
    m_status = std::move(status).value();
    if (!reloadToday())
        return makeError(ErrorKind::Internal, ErrorCode::DisplayLoad, m_problem);

    if (m_calls.isEmpty() && m_lastEventId == 0) {
        // No call yet today: start after the newest call ever made, so that yesterday's calls are
        // never announced. This reads the call history once, at start-up only.
        auto all = m_queue.callsAfter(0);
        if (!all.ok())
            return all.error();
        if (!all.value().isEmpty())
            m_lastEventId = all.value().constLast().eventId;
    }
    readStatus();
    Q_EMIT statusChanged();
    return Done{};
}

bool DisplayModel::reloadToday()
{
    auto recent = m_queue.recentCalls(kKeptCalls);
    if (!recent.ok()) {
        setProblem(recent.error().message);
        return false;
    }
    m_calls.clear();
    for (const CallInfo& call : recent.value()) {
        m_lastEventId = std::max(m_lastEventId, call.eventId);
        if (m_filter.acceptsCall(call))
            m_calls << call;
    }
    return true;
}

void DisplayModel::refresh()
{
    QList<CallInfo> arrived;
    const bool ok = refreshConfig() && refreshCalls(arrived) && readStatus();
    if (ok)
        setProblem({});
    // Now is the hall's clock as the status just read it; when that read failed, the newest call is the best
    // guess.
    QDateTime now = m_status.at;
    for (const CallInfo& call : arrived) {
        if (!now.isValid() || call.at > now)
            now = call.at;
        // Off by default (a display runs for months); a technician checking how fast calls reach this
        // screen turns it on with QT_LOGGING_RULES="antre.display.debug=true".
        qCDebug(lcDisplay).noquote() << u"call shown: %1 at %2 (called %3)"_s.arg(
            call.number.toString(), call.counterCode, call.at.toString(Qt::ISODateWithMs));
    }
    if (const QList<CallInfo> spoken = announceable(arrived, now); !spoken.isEmpty())
        Q_EMIT callsArrived(spoken);
    Q_EMIT statusChanged();
}

QList<CallInfo> DisplayModel::announceable(const QList<CallInfo>& arrived, const QDateTime& now)
{
    QList<CallInfo> out;
    for (const CallInfo& call : arrived)
        if (!now.isValid() || !call.at.isValid() || call.at.msecsTo(now) <= kAnnouncedWithinMs)
            out << call;
    return out;
}

void DisplayModel::refreshStatus()
{
    if (readStatus())
        setProblem({});
    Q_EMIT statusChanged();
}

bool DisplayModel::refreshConfig()
{
    auto config = m_queue.config();
    if (!config.ok()) {
        setProblem(config.error().message);
        return false;
    }
    if (sameForDisplay(config.value(), m_config))
        return true;
    // A re-import may drop a code this display was limited to; keep the old filter rather than
    // showing the whole hall on a screen meant for one floor.
    DisplayFilter filter = m_filter;
    if (auto applied = filter.apply(config.value()); !applied.ok()) {
        setProblem(applied.error().message);
        return false;
    }
    m_filter = filter;
    m_config = std::move(config).value();
    return true;
}

bool DisplayModel::refreshCalls(QList<CallInfo>& arrived)
{
    auto calls = m_queue.callsAfter(m_lastEventId);
    if (!calls.ok()) {
        setProblem(calls.error().message);
        return false;
    }
    for (const CallInfo& call : calls.value()) {
        m_lastEventId = std::max(m_lastEventId, call.eventId);
        if (!m_filter.acceptsCall(call))
            continue;
        arrived << call;
        m_calls.prepend(call);
    }
    if (m_calls.size() > kKeptCalls)
        m_calls.resize(kKeptCalls);
    return true;
}

bool DisplayModel::readStatus()
{
    auto status = m_queue.status();
    if (!status.ok()) {
        setProblem(status.error().message);
        return false;
    }
    HallStatus hall = std::move(status).value();
    const bool newDay = m_status.businessDay.isValid() && hall.businessDay != m_status.businessDay;
    hall.services.removeIf([this](const ServiceStatus& s) { return !m_filter.acceptsService(s.code); });
    hall.counters.removeIf([this](const CounterStatus& c) { return !m_filter.acceptsCounter(c.code); });
    m_status = std::move(hall);
    // At midnight yesterday's calls leave the board; the numbers start again from 001.
    if (newDay)
        return reloadToday();
    return true;
}

std::optional<CallInfo> DisplayModel::latest() const
{
    if (m_calls.isEmpty())
        return std::nullopt;
    return m_calls.constFirst();
}

QList<CallInfo> DisplayModel::earlier() const
{
    QList<CallInfo> out;
    if (m_calls.isEmpty())
        return out;
    QList<TicketNumber> seen{m_calls.constFirst().number};
    for (qsizetype i = 1; i < m_calls.size() && out.size() < m_earlierCount; ++i) {
        const CallInfo& call = m_calls.at(i);
        if (seen.contains(call.number))
            continue;
        seen << call.number;
        out << call;
    }
    return out;
}

void DisplayModel::setProblem(const QString& problem)
{
    if (problem == m_problem)
        return;
    if (!problem.isEmpty())
        qCWarning(lcDisplay).noquote() << "cannot read the queue:" << problem;
    else
        qCInfo(lcDisplay) << "queue data readable again";
    m_problem = problem;
    Q_EMIT problemChanged(m_problem);
}

} // namespace antre
