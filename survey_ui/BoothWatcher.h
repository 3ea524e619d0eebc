#pragma once

#include "core/QueueService.h"

#include <QDateTime>
#include <QObject>
#include <QString>

namespace antre::survey {

// Follows one booth through the queue: when the booth finishes a ticket, finished() names it. Reads only when
// told (refresh(), wired to the hall's change notifier), so a test drives it without a timer.
class BoothWatcher final : public QObject
{
    Q_OBJECT
public:
    BoothWatcher(QueueService& queue, QString counterCode, QObject* parent = nullptr);
    ~BoothWatcher() override = default;
    Q_DISABLE_COPY_MOVE(BoothWatcher)

    // A survey screen can offer one ticket only, so of the tickets finished since the last read it offers
    // the newest, and only if it was finished within this many seconds: the citizen of an older one has
    // left the booth (after a long outage or reconnect, say), and a stranger would rate their visit.
    static constexpr int kOfferWithinSecs = 5 * 60;

    // Reads the booth now. The first read only learns the booth's last finished ticket: one finished before
    // the screen started is not offered.
    Status refresh();
    const QString& counterCode() const { return m_code; }
    const CounterStatus& status() const { return m_status; }

Q_SIGNALS:
    // A ticket was finished at the booth (status done, any outcome): the newest since the last read.
    void finished(const antre::TicketInfo& ticket);
    void statusChanged(const antre::CounterStatus& status);

private:
    QueueService& m_queue;
    QString m_code;
    CounterStatus m_status;
    struct FinishKey
    {
        qint64 id = 0;
        QDateTime at;
        bool operator==(const FinishKey&) const = default;
    };
    FinishKey m_lastFinished; // the newest finished ticket already offered (or there at the first read)
    bool m_read = false;
};

} // namespace antre::survey
