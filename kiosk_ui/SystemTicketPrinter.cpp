#include "SystemTicketPrinter.h"

#include "TicketLayout.h"

#include <QPageLayout>
#include <QPainter>
#include <QPrinter>
#include <QPrinterInfo>

using namespace Qt::Literals::StringLiterals;

namespace antre::kiosk {

SystemTicketPrinter::SystemTicketPrinter(QString printerName, int paperMm)
    : m_printerName(std::move(printerName)), m_paperMm(paperMm)
{}

QString SystemTicketPrinter::description() const
{
    const QString name = m_printerName.isEmpty() ? tr("default system printer") : m_printerName;
    return tr("%1, %2 mm").arg(name).arg(m_paperMm);
}

Status SystemTicketPrinter::print(const TicketContent& ticket)
{
    const QPrinterInfo info =
        m_printerName.isEmpty() ? QPrinterInfo::defaultPrinter() : QPrinterInfo::printerInfo(m_printerName);
    if (info.isNull())
        return makeError(ErrorKind::Internal, ErrorCode::PrinterMissing,
                         m_printerName.isEmpty()
                             ? tr("No system printer is set up (no default printer in CUPS)")
                             : tr("System printer \"%1\" is not set up").arg(m_printerName));
    if (info.state() == QPrinter::Error)
        return makeError(ErrorKind::Internal, ErrorCode::PrinterOffline,
                         tr("%1: the printer reports an error (offline, door open or out of paper?)")
                             .arg(info.printerName()));

    QPrinter printer(info, QPrinter::HighResolution);
    if (!printer.isValid())
        return makeError(ErrorKind::Internal, ErrorCode::PrinterMissing,
                         tr("%1: the printer cannot be used").arg(info.printerName()));
    printer.setDocName(ticket.number);
    printer.setFullPage(true);
    const TicketLayout layout(ticket, m_paperMm, printer);
    printer.setPageLayout(QPageLayout(QPageSize(QSizeF(layout.widthMm(), layout.heightMm()),
                                                QPageSize::Millimeter, {}, QPageSize::ExactMatch),
                                      QPageLayout::Portrait, QMarginsF()));
    QPainter painter;
    if (!painter.begin(&printer))
        return makeError(ErrorKind::Internal, ErrorCode::PrinterRefused,
                         tr("%1: the printer did not accept the ticket").arg(info.printerName()));
    layout.paint(painter);
    painter.end();
    if (printer.printerState() == QPrinter::Error || printer.printerState() == QPrinter::Aborted)
        return makeError(ErrorKind::Internal, ErrorCode::PrinterRefused,
                         tr("%1: the print job failed").arg(info.printerName()));
    return Done{};
}

} // namespace antre::kiosk
