#include "kiosk_ui/SystemTicketPrinter.h"

#include "kiosk_ui/TicketLayout.h"

#include <QLocalSocket>
#include <QPageLayout>
#include <QPainter>
#include <QPrinter>
#include <QPrinterInfo>
#include <QTcpSocket>

using namespace Qt::Literals::StringLiterals;

namespace antre::kiosk {

namespace {

// Whether the print system answers at all. Qt reports a printer as missing both when CUPS does not know it
// and when CUPS is not running, and the two need different hands: the queue set up, or the service started.
// Where CUPS listens follows libcups: $CUPS_SERVER (a socket path or host[:port]), else its local socket,
// else localhost:631.
bool printSystemAnswers()
{
    constexpr int kTimeoutMs = 500;
    const QString server = qEnvironmentVariable("CUPS_SERVER");
    QStringList sockets;
    if (server.startsWith(u'/'))
        sockets << server;
    else if (server.isEmpty())
        sockets << u"/run/cups/cups.sock"_s << u"/var/run/cups/cups.sock"_s;
    for (const QString& path : sockets) {
        QLocalSocket socket;
        socket.connectToServer(path);
        if (socket.waitForConnected(kTimeoutMs))
            return true;
    }
    if (server.startsWith(u'/'))
        return false;
    QString host = server.isEmpty() ? u"localhost"_s : server;
    quint16 port = 631;
    if (const qsizetype colon = host.lastIndexOf(u':'); colon > 0 && !host.contains(u']')) {
        port = quint16(host.mid(colon + 1).toUInt());
        host = host.left(colon);
    }
    QTcpSocket socket;
    socket.connectToHost(host, port);
    return socket.waitForConnected(kTimeoutMs);
}

} // namespace

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
    if (info.isNull() && !printSystemAnswers())
        return makeError(ErrorKind::Internal, ErrorCode::PrinterOffline,
                         tr("The print system (CUPS) is not running, so %1 cannot print; start it "
                            "(systemctl start cups) or ask the hall's technician")
                             .arg(m_printerName.isEmpty() ? tr("the default system printer")
                                                          : u"\"%1\""_s.arg(m_printerName)));
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
