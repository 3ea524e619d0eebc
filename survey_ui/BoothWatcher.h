#pragma once

#include "core/QueueService.h"

#include <QObject>
#include <QString>

#include <optional>

namespace antre::survey {

// Follows one booth through the queue: when the ticket it had (called or being served) leaves it finished,
// finished() names that ticket. Reads only when told (refresh(), wired to the hall's change notifier), so a
// test drives it without a timer.
class BoothWatcher final : public QObject
{
    Q_OBJECT
public:
    BoothWatcher(QueueService& queue, QString counterCode, QObject* parent = nullptr);
    ~BoothWatcher() override = default;
    Q_DISABLE_COPY_MOVE(BoothWatcher)

    // Reads the booth now. The first read only learns which ticket is there: a ticket finished before the
    // screen started is not offered.
    Status refresh();
    const QString& counterCode() const { return m_code; }
    const CounterStatus& status() const { return m_status; }

Q_SIGNALS:
    // The booth's ticket was finished there (status done, any outcome).
    void finished(const antre::TicketInfo& ticket);
    void statusChanged(const antre::CounterStatus& status);

private:
    QueueService& m_queue;
    QString m_code;
    CounterStatus m_status;
    std::optional<TicketInfo> m_current;
    bool m_read = false;
};

} // namespace antre::survey
