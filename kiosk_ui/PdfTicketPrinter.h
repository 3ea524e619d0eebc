#pragma once

#include "kiosk_ui/TicketPrinter.h"

namespace antre::kiosk {

// Writes each ticket as a PDF page of the real paper size into a folder: for halls without a printer,
// for audits and for tests. Files are written atomically; a reprint gets its own file.
class PdfTicketPrinter final : public TicketPrinter
{
    Q_DECLARE_TR_FUNCTIONS(PdfTicketPrinter)
public:
    PdfTicketPrinter(QString folder, int paperMm);

    Status print(const TicketContent& ticket) override;
    QString description() const override;
    // The file written by the last successful print.
    QString lastFile() const;

private:
    QString m_folder;
    int m_paperMm;
    QString m_lastFile;
};

} // namespace antre::kiosk
