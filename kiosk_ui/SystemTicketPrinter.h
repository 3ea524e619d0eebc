#pragma once

#include "kiosk_ui/TicketPrinter.h"

namespace antre::kiosk {

// A printer set up in the operating system (CUPS). The ticket is drawn as a PDF page the width of the roll
// and as long as the ticket, handed to CUPS as a job, and followed until CUPS has printed it: a queue that
// is stopped, refuses the job, or stops while printing it is a fault that names the queue and what to do,
// never a ticket reported printed that is not.
class SystemTicketPrinter final : public TicketPrinter
{
    Q_DECLARE_TR_FUNCTIONS(SystemTicketPrinter)
public:
    // jobTimeoutMs: how long a job may wait in CUPS before the print is a fault (the job is left to print).
    SystemTicketPrinter(QString printerName, int paperMm, int jobTimeoutMs = 60000);

    Status print(const TicketContent& ticket) override;
    QString description() const override;

private:
    Status followJob(const QString& queue, int job);

    QString m_printerName; // empty: the default printer
    int m_paperMm;
    int m_jobTimeoutMs;
};

} // namespace antre::kiosk
