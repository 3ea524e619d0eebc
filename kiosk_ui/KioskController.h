#pragma once

#include "core/QueueService.h"
#include "kiosk_ui/KioskSettings.h"
#include "kiosk_ui/PrintQueue.h"
#include "kiosk_ui/TicketContent.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace antre {
class AuditService;
} // namespace antre

namespace antre::kiosk {

class TicketPrinter;

// Issues tickets and prints them. The ticket is committed by the engine before anything is printed, so a
// printer fault never loses or duplicates a number; the fault is written to the audit log as
// "device.fault" for supervisors, and print() can be repeated for the same ticket.
class KioskController final
{
    Q_DECLARE_TR_FUNCTIONS(KioskController)
public:
    KioskController(QueueService& queue, AuditService& audit, KioskSettings settings,
                    std::unique_ptr<TicketPrinter> printer);
    ~KioskController();
    Q_DISABLE_COPY_MOVE(KioskController)

    // One button press: a new request key. `language` ("id"/"en") words the date on the ticket. When the hall
    // cannot be reached, or the answer was lost (isConnectionFault), the press stays pending with its key.
    Result<IssuedTicket> issue(const QString& serviceCode, bool priority, const QString& language);
    // The pending press again, with the same request key: the citizen gets the ticket the first attempt
    // committed, if it did, and never a second one. NothingToDo without a pending press.
    Result<IssuedTicket> retryPending();
    bool hasPending() const { return m_pending.has_value(); }
    // The request key of the pending press (empty without one).
    QString pendingKey() const;
    // An error that means the hall could not be reached or the outcome of the write is unknown.
    static bool isConnectionFault(const Error& error);
    // Prints the current ticket (again), here and now. A failure is logged and returned.
    Status print();
    // The same in two halves, for printing on another thread (PrintQueue): the job for the current ticket,
    // then, back on this thread, its outcome (a failure is logged, for the job's ticket, and returned).
    PrintJob printJob();
    Status printFinished(const PrintJob& job, const Status& printed);

    const std::optional<IssuedTicket>& current() const;
    const TicketContent& content() const;
    const KioskSettings& settings() const;
    TicketPrinter& printer();
    int printCount() const;

private:
    struct Press
    {
        QString key;
        QString serviceCode;
        bool priority = false;
        QString language;
    };
    Status logFault(const PrintJob& job, const QString& message);
    Result<IssuedTicket> send(const Press& press);

    QueueService& m_queue;
    AuditService& m_audit;
    KioskSettings m_settings;
    std::unique_ptr<TicketPrinter> m_printer;
    std::optional<IssuedTicket> m_current;
    TicketContent m_content;
    int m_printCount = 0; // prints of the current ticket, successful or not
    std::optional<Press> m_pending;
};

} // namespace antre::kiosk
