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
    const std::optional<TicketInfo> previous = std::exchange(m_current, status.value().current);
    const bool first = !std::exchange(m_read, true);
    const bool changed =
        first || status.value().name != m_status.name || status.value().state != m_status.state;
    m_status = status.value();
    if (changed)
        Q_EMIT statusChanged(m_status);
    if (first || !previous || (m_current && m_current->id == previous->id))
        return Done{};
    // The ticket left the booth: finished here, or sent elsewhere (transfer, no-show, requeue), which the
    // ticket's own state tells apart. A finish followed at once by the next call is seen as one change.
    auto left = m_queue.ticket(previous->number, previous->businessDay);
    if (!left.ok())
        return left.error();
    if (left.value().status == TicketStatus::Done && left.value().counterCode == m_code)
        Q_EMIT finished(left.value());
    return Done{};
}

} // namespace antre::survey
