#pragma once

#include "core/Result.h"
#include "kiosk_ui/TicketContent.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

namespace antre::kiosk {

struct KioskSettings;

// Where tickets go. A failed print returns an error whose message says what went wrong with which
// device, in words a supervisor can act on ("/dev/usb/lp0: paper has run out").
class TicketPrinter
{
public:
    TicketPrinter() = default;
    virtual ~TicketPrinter();
    Q_DISABLE_COPY_MOVE(TicketPrinter)

    virtual Status print(const TicketContent& ticket) = 0;
    // Human-readable target, e.g. "ESC/POS /dev/usb/lp0, 80 mm".
    virtual QString description() const = 0;

    // Asked by a print that waits on a slow device: true once the kiosk is closing, so that the print gives
    // up with a fault instead of holding the exit. The print queue sets it for each job it prints.
    void setAbandon(std::function<bool()> abandon);

protected:
    bool abandoned() const;

private:
    std::function<bool()> m_abandon;
};

class TicketPrinters final
{
public:
    // The backend chosen in the settings. Creating a printer never touches the device; faults show
    // up when a ticket is printed, where they are logged.
    static std::unique_ptr<TicketPrinter> create(const KioskSettings& settings);
};

} // namespace antre::kiosk
