#pragma once

#include "Result.h"
#include "TicketContent.h"

#include <QObject>
#include <QThread>

#include <functional>

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
    explicit PrintQueue(QObject* parent = nullptr);
    // Waits for the job being printed, if any; jobs not yet started are dropped.
    ~PrintQueue() override;
    Q_DISABLE_COPY_MOVE(PrintQueue)

    // `done` runs on this object's thread with the job and the printer's answer.
    void submit(PrintJob job, std::function<void(const PrintJob&, const Status&)> done);

private:
    QThread m_thread;
    QObject* m_worker; // lives in m_thread: jobs are posted to it
};

} // namespace antre::kiosk
