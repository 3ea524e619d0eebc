#pragma once

#include "kiosk_ui/KioskSettings.h"
#include "kiosk_ui/TicketContent.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace antre::kiosk {

// Turns a ticket into the raw ESC/POS command stream understood by the cheap 58/80 mm thermal printers
// most halls buy (Epson TM compatible): text in code page 437, the printer's own QR code (GS ( k) and a
// paper cut (GS V). The stream is deterministic, so it is tested byte for byte.
class EscPosEncoder final
{
public:
    EscPosEncoder(int paperMm, PaperCut cut);

    QByteArray encode(const TicketContent& ticket) const;

    // Font A characters per line: 32 on 58 mm paper (384 dots), 48 on 80 mm (576 dots).
    int columns() const;
    // Plain ASCII for the printer: accents dropped, dashes and quotes simplified.
    static QByteArray toPrinterText(const QString& text);
    // Greedy word wrap to `width` characters; words longer than a line are split.
    static QStringList wrap(const QString& text, int width, int indent = 0);

    // Real-time status requests (DLE EOT n): n = 1 printer status, n = 4 roll paper sensor.
    static QByteArray paperStatusRequest();
    // True when a DLE EOT 4 answer says the paper has run out.
    static bool paperOut(char rollStatus);

private:
    int m_paperMm;
    PaperCut m_cut;
};

} // namespace antre::kiosk
