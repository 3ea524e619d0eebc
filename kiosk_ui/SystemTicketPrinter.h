#pragma once

#include "kiosk_ui/TicketPrinter.h"

namespace antre::kiosk {

// A printer set up in the operating system (CUPS), through Qt PrintSupport. The page is the width of
// the roll and as long as the ticket.
class SystemTicketPrinter final : public TicketPrinter
{
    Q_DECLARE_TR_FUNCTIONS(SystemTicketPrinter)
public:
    SystemTicketPrinter(QString printerName, int paperMm);

    Status print(const TicketContent& ticket) override;
    QString description() const override;

private:
    QString m_printerName; // empty: the default printer
    int m_paperMm;
};

} // namespace antre::kiosk
