#include "survey_ui/BoothWatcher.h"

#include <utility>

namespace antre::survey {

BoothWatcher::BoothWatcher(QueueService& queue, QString counterCode, QObject* parent)
    : QObject(parent), m_queue(queue), m_code(std::move(counterCode))
{}

Status BoothWatcher::refresh()
{
    auto status = m_queue.counterStatus(m_code);
    if (!status.ok())
        return status.error();
    const bool first = !std::exchange(m_read, true);
    const bool changed =
        first || status.value().name != m_status.name || status.value().state != m_status.state;
    m_status = status.value();
    if (changed)
        Q_EMIT statusChanged(m_status);
    // Asked of the core, not inferred from the ticket seen at the booth last time: notifications coalesce
    // (and a PostgreSQL reconnect reads once), so between two reads a ticket may have been called and
    // finished unseen, or two finished. Only the newest is offered.
    auto last = m_queue.lastFinished(m_code, kOfferWithinSecs);
    if (!last.ok())
        return last.error();
    if (!last.value())
        return Done{};
    const FinishKey key{last.value()->id, last.value()->finishedAt};
    if (first || key == m_lastFinished) {
        m_lastFinished = key;
        return Done{};
    }
    m_lastFinished = key;
    Q_EMIT finished(*last.value());
    return Done{};
}

} // namespace antre::survey
