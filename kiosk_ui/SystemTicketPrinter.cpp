#include "kiosk_ui/SystemTicketPrinter.h"

#include "kiosk_ui/TicketLayout.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QLocalSocket>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinterInfo>
#include <QTcpSocket>
#include <QTemporaryFile>
#include <QThread>

#include <cups/cups.h>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace antre::kiosk {

namespace {

// As QPrinter::HighResolution on CUPS: the layout (and where lines wrap) stays what it was through Qt.
constexpr int kPdfDpi = 1200;
constexpr int kPollMs = 100;

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

struct IppDeleter
{
    void operator()(ipp_t* ipp) const { ippDelete(ipp); }
};
using Ipp = std::unique_ptr<ipp_t, IppDeleter>;

QString attributeText(ipp_t* response, const char* name)
{
    ipp_attribute_t* attribute = ippFindAttribute(response, name, IPP_TAG_ZERO);
    if (!attribute)
        return {};
    QStringList values;
    for (int i = 0; i < ippGetCount(attribute); ++i)
        if (const char* value = ippGetString(attribute, i, nullptr); value && *value)
            values << QString::fromUtf8(value);
    return values.join(u", "_s);
}

// What CUPS says about a queue or a job: its state, and why, in CUPS's words ("paused", the reason given
// to cupsdisable, the backend's last message).
struct CupsState
{
    bool answered = false;
    int state = 0;
    bool accepting = true;
    QString why;
};

QString why(ipp_t* response, const char* message, const char* reasons)
{
    QString text = attributeText(response, message);
    const QString because = attributeText(response, reasons);
    if (!because.isEmpty() && because != u"none"_s && !text.contains(because))
        text = text.isEmpty() ? because : u"%1; %2"_s.arg(text, because);
    return text;
}

CupsState queueState(const QByteArray& queue)
{
    char uri[HTTP_MAX_URI];
    httpAssembleURIf(HTTP_URI_CODING_ALL, uri, sizeof uri, "ipp", nullptr, "localhost", 0, "/printers/%s",
                     queue.constData());
    ipp_t* request = ippNewRequest(IPP_OP_GET_PRINTER_ATTRIBUTES);
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr, uri);
    static const char* const wanted[] = {"printer-state", "printer-state-message", "printer-state-reasons",
                                         "printer-is-accepting-jobs"};
    ippAddStrings(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes", int(std::size(wanted)),
                  nullptr, wanted);
    const Ipp response(cupsDoRequest(CUPS_HTTP_DEFAULT, request, "/"));
    CupsState state;
    if (!response || cupsLastError() > IPP_STATUS_OK_EVENTS_COMPLETE)
        return state;
    state.answered = true;
    state.state = ippGetInteger(ippFindAttribute(response.get(), "printer-state", IPP_TAG_ENUM), 0);
    if (ipp_attribute_t* accepting =
            ippFindAttribute(response.get(), "printer-is-accepting-jobs", IPP_TAG_BOOLEAN))
        state.accepting = ippGetBoolean(accepting, 0) != 0;
    state.why = why(response.get(), "printer-state-message", "printer-state-reasons");
    return state;
}

CupsState jobState(int job)
{
    ipp_t* request = ippNewRequest(IPP_OP_GET_JOB_ATTRIBUTES);
    char uri[HTTP_MAX_URI];
    httpAssembleURIf(HTTP_URI_CODING_ALL, uri, sizeof uri, "ipp", nullptr, "localhost", 0, "/jobs/%d", job);
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "job-uri", nullptr, uri);
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_NAME, "requesting-user-name", nullptr, cupsUser());
    static const char* const wanted[] = {"job-state", "job-state-message", "job-state-reasons"};
    ippAddStrings(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes", int(std::size(wanted)),
                  nullptr, wanted);
    const Ipp response(cupsDoRequest(CUPS_HTTP_DEFAULT, request, "/"));
    CupsState state;
    if (!response || cupsLastError() > IPP_STATUS_OK_EVENTS_COMPLETE)
        return state;
    state.answered = true;
    state.state = ippGetInteger(ippFindAttribute(response.get(), "job-state", IPP_TAG_ENUM), 0);
    state.why = why(response.get(), "job-state-message", "job-state-reasons");
    return state;
}

QString orUnknown(const QString& why)
{
    return why.isEmpty() ? SystemTicketPrinter::tr("no reason given") : why;
}

} // namespace

SystemTicketPrinter::SystemTicketPrinter(QString printerName, int paperMm, int jobTimeoutMs)
    : m_printerName(std::move(printerName)), m_paperMm(paperMm), m_jobTimeoutMs(jobTimeoutMs)
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
    const QString notRunning =
        tr("The print system (CUPS) is not running, so %1 cannot print; start it "
           "(systemctl start cups) or ask the hall's technician")
            .arg(m_printerName.isEmpty() ? tr("the default system printer") : u"\"%1\""_s.arg(m_printerName));
    if (info.isNull() && !printSystemAnswers())
        return makeError(ErrorKind::Internal, ErrorCode::PrinterOffline, notRunning);
    if (info.isNull())
        return makeError(ErrorKind::Internal, ErrorCode::PrinterMissing,
                         m_printerName.isEmpty()
                             ? tr("No system printer is set up (no default printer in CUPS)")
                             : tr("System printer \"%1\" is not set up").arg(m_printerName));
    const QString name = info.printerName();
    const QByteArray queue = name.toUtf8();

    // A stopped queue keeps every job until someone starts it again: say so now, not "printed".
    const CupsState state = queueState(queue);
    if (!state.answered && !printSystemAnswers())
        return makeError(ErrorKind::Internal, ErrorCode::PrinterOffline, notRunning);
    if (state.state == IPP_PSTATE_STOPPED)
        return makeError(ErrorKind::Internal, ErrorCode::PrinterOffline,
                         tr("%1: the print queue is stopped in CUPS (%2); once the printer is ready, start "
                            "the queue again (cupsenable %1) and print the ticket again")
                             .arg(name, orUnknown(state.why)));
    if (!state.accepting)
        return makeError(ErrorKind::Internal, ErrorCode::PrinterOffline,
                         tr("%1: the print queue does not accept jobs (%2); let it accept them again "
                            "(cupsaccept %1)")
                             .arg(name, orUnknown(state.why)));
    if (info.state() == QPrinter::Error)
        return makeError(
            ErrorKind::Internal, ErrorCode::PrinterOffline,
            tr("%1: the printer reports an error (offline, door open or out of paper?)").arg(name));

    QTemporaryFile file(QDir::temp().filePath(u"antre-ticket-XXXXXX.pdf"_s));
    if (!file.open())
        return makeError(
            ErrorKind::Internal, ErrorCode::PrinterRefused,
            tr("%1: the ticket cannot be prepared for printing: %2").arg(name, file.errorString()));
    QSizeF pageMm;
    {
        QPdfWriter writer(&file);
        writer.setResolution(kPdfDpi);
        writer.setCreator(u"Antre"_s);
        writer.setTitle(ticket.number);
        const TicketLayout layout(ticket, m_paperMm, writer);
        pageMm = QSizeF(layout.widthMm(), layout.heightMm());
        writer.setPageLayout(QPageLayout(QPageSize(pageMm, QPageSize::Millimeter, {}, QPageSize::ExactMatch),
                                         QPageLayout::Portrait, QMarginsF()));
        QPainter painter;
        if (!painter.begin(&writer))
            return makeError(ErrorKind::Internal, ErrorCode::PrinterRefused,
                             tr("%1: the printer did not accept the ticket").arg(name));
        layout.paint(painter);
        painter.end();
    }
    file.close();

    // The page as it is: the roll's width and the ticket's length, never scaled onto the queue's default
    // sheet.
    const QByteArray media =
        u"Custom.%1x%2mm"_s.arg(pageMm.width(), 0, 'f', 1).arg(pageMm.height(), 0, 'f', 1).toLatin1();
    cups_option_t* options = nullptr;
    int count = cupsAddOption("media", media.constData(), 0, &options);
    count = cupsAddOption("sides", "one-sided", count, &options);
    const int job =
        cupsPrintFile2(CUPS_HTTP_DEFAULT, queue.constData(), QFile::encodeName(file.fileName()).constData(),
                       ticket.number.toUtf8().constData(), count, options);
    cupsFreeOptions(count, options);
    if (job <= 0) {
        if (!printSystemAnswers())
            return makeError(ErrorKind::Internal, ErrorCode::PrinterOffline, notRunning);
        return makeError(
            ErrorKind::Internal, ErrorCode::PrinterRefused,
            tr("%1: CUPS did not take the ticket: %2").arg(name, QString::fromUtf8(cupsLastErrorString())));
    }
    return followJob(name, job);
}

// Until CUPS has printed the job: a job that stops, or a queue that stops under it, is cancelled (a
// reprint must not come out twice once the printer is back) and is a fault with CUPS's reason.
Status SystemTicketPrinter::followJob(const QString& name, int job)
{
    const QByteArray queue = name.toUtf8();
    const QDeadlineTimer deadline(m_jobTimeoutMs);
    CupsState last;
    for (;;) {
        const CupsState state = jobState(job);
        if (state.answered)
            last = state;
        if (state.state == IPP_JSTATE_COMPLETED)
            return Done{};
        const CupsState printer = queueState(queue);
        const bool ended = state.state == IPP_JSTATE_CANCELED || state.state == IPP_JSTATE_ABORTED;
        if (ended && printer.state != IPP_PSTATE_STOPPED)
            return makeError(ErrorKind::Internal, ErrorCode::PrinterRefused,
                             tr("%1: CUPS gave up printing the ticket (job %2: %3)")
                                 .arg(name)
                                 .arg(job)
                                 .arg(orUnknown(printer.why.isEmpty() ? state.why : printer.why)));
        if (ended || state.state == IPP_JSTATE_STOPPED || printer.state == IPP_PSTATE_STOPPED) {
            cupsCancelJob2(CUPS_HTTP_DEFAULT, queue.constData(), job, 0);
            return makeError(ErrorKind::Internal, ErrorCode::PrinterOffline,
                             tr("%1: the print queue stopped while printing the ticket (%2); the job was "
                                "cancelled. Once the printer is ready, start the queue again (cupsenable %1) "
                                "and print the ticket again")
                                 .arg(name, orUnknown(printer.why.isEmpty() ? state.why : printer.why)));
        }
        if (!state.answered && !printer.answered && !printSystemAnswers())
            return makeError(ErrorKind::Internal, ErrorCode::PrinterOffline,
                             tr("%1: the print system (CUPS) stopped while printing the ticket (job %2); "
                                "start it (systemctl start cups) and check whether the ticket came out")
                                 .arg(name)
                                 .arg(job));
        if (abandoned())
            return makeError(ErrorKind::Internal, ErrorCode::PrinterClosed,
                             tr("%1: the kiosk was closed while the ticket waited in CUPS (job %2, %3); it "
                                "may still print")
                                 .arg(name)
                                 .arg(job)
                                 .arg(orUnknown(last.why)));
        if (deadline.hasExpired())
            return makeError(
                ErrorKind::Internal, ErrorCode::PrinterOffline,
                tr("%1: the ticket was not printed within %2 s (job %3 still waits in CUPS: %4); "
                   "check the printer")
                    .arg(name)
                    .arg(m_jobTimeoutMs / 1000)
                    .arg(job)
                    .arg(orUnknown(printer.why.isEmpty() ? last.why : printer.why)));
        QThread::msleep(kPollMs);
    }
}

} // namespace antre::kiosk
