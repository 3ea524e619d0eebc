#include "kiosk_ui/TicketPrinter.h"

#include "kiosk_ui/EscPosPrinter.h"
#include "kiosk_ui/KioskSettings.h"
#include "kiosk_ui/PdfTicketPrinter.h"
#include "kiosk_ui/SystemTicketPrinter.h"

namespace antre::kiosk {

TicketPrinter::~TicketPrinter() = default;

void TicketPrinter::setAbandon(std::function<bool()> abandon)
{
    m_abandon = std::move(abandon);
}

bool TicketPrinter::abandoned() const
{
    return m_abandon && m_abandon();
}

std::unique_ptr<TicketPrinter> TicketPrinters::create(const KioskSettings& settings)
{
    switch (settings.backend) {
    case PrinterBackend::System:
        return std::make_unique<SystemTicketPrinter>(settings.printerName, settings.paperMm);
    case PrinterBackend::EscPos:
        if (!settings.device.isEmpty())
            return EscPosPrinter::forDevice(settings.device, settings);
        return EscPosPrinter::forNetwork(settings.host, settings.port, settings);
    case PrinterBackend::Pdf:
        break;
    }
    return std::make_unique<PdfTicketPrinter>(settings.pdfFolder, settings.paperMm);
}

} // namespace antre::kiosk
