#pragma once

#include "core/Result.h"
#include "kiosk_ui/TicketContent.h"

#include <QMutex>
#include <QObject>
#include <QThread>

#include <functional>
#include <map>
#include <optional>

namespace antre::kiosk {

class TicketPrinter;

// One print of one ticket: what the printing thread needs, copied, so that the next citizen's ticket can be
// issued while this one is still printing.
struct PrintJob
{
    TicketPrinter* printer = nullptr;
    TicketContent content;
    qint64 ticketId = 0;
    QString number;
    int attempt = 0; // 1 for the first print of the ticket, 2 for the first reprint, …
};

// Prints on a thread of its own, one job after the other in the order submitted, so that a slow or dead
// printer (a network printer waits up to its timeout) never freezes the screen. The printer is used only on
// that thread while jobs run.
class PrintQueue final : public QObject
{
    Q_OBJECT
public:
    using Answer = std::function<void(const PrintJob&, const Status&)>;

    explicit PrintQueue(QObject* parent = nullptr);
    // Waits for the job being printed, if any, and answers every job before it returns: a job that had
    // not started gets the error printer_closed, so that no ticket's fault is lost when the kiosk exits.
    ~PrintQueue() override;
    Q_DISABLE_COPY_MOVE(PrintQueue)

    // `done` runs on this object's thread with the job and the printer's answer, once per job.
    void submit(PrintJob job, Answer done);
    // True once the queue is being destroyed: a printer waiting on a slow device may give up early.
    bool closing() const;

private:
    struct Entry
    {
        PrintJob job;
        Answer done;
        std::optional<Status> result; // set on the printing thread once printed
    };
    void runJob(quint64 id);
    void deliver(quint64 id);

    QThread m_thread;
    QObject* m_worker;      // lives in m_thread: jobs are posted to it
    mutable QMutex m_mutex; // guards m_entries and m_closing, shared with the printing thread
    std::map<quint64, Entry> m_entries;
    quint64 m_lastId = 0;
    bool m_closing = false;
};

} // namespace antre::kiosk
