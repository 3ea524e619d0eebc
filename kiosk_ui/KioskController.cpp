#include "kiosk_ui/KioskController.h"

#include "core/services/AuditService.h"
#include "kiosk_ui/TicketPrinter.h"

#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace antre::kiosk {

KioskController::KioskController(QueueService& queue, AuditService& audit, KioskSettings settings,
                                 std::unique_ptr<TicketPrinter> printer)
    : m_queue(queue), m_audit(audit), m_settings(std::move(settings)), m_printer(std::move(printer))
{}

KioskController::~KioskController() = default;

Result<IssuedTicket> KioskController::issue(const QString& serviceCode, bool priority,
                                            const QString& language)
{
    // A press still pending is the same citizen's ticket; a new key now could issue them two.
    if (m_pending)
        return retryPending();
    return send({QUuid::createUuid().toString(QUuid::WithoutBraces), serviceCode, priority, language});
}

Result<IssuedTicket> KioskController::retryPending()
{
    if (!m_pending)
        return makeError(ErrorKind::NothingToDo, ErrorCode::NoTicket, tr("There is no ticket to take again"));
    const Press press = *m_pending;
    return send(press);
}

QString KioskController::pendingKey() const
{
    return m_pending ? m_pending->key : QString();
}

bool KioskController::isConnectionFault(const Error& error)
{
    return error.code == ErrorCode::Unreachable || error.code == ErrorCode::ConnectionLost;
}

Result<IssuedTicket> KioskController::send(const Press& press)
{
    auto issued = m_queue.issue(press.serviceCode, press.priority, press.key);
    if (!issued.ok()) {
        if (isConnectionFault(issued.error()))
            m_pending = press;
        else
            m_pending.reset();
        return issued;
    }
    m_pending.reset();
    auto config = m_queue.config();
    if (!config.ok()) {
        // Issued but not yet shown: the retry replays the same ticket.
        if (isConnectionFault(config.error()))
            m_pending = press;
        return config.error();
    }
    const QString& language = press.language;
    m_current = issued.value();
    m_content = TicketText::compose(issued.value(), config.value(), m_settings, language);
    m_printCount = 0;
    return issued;
}

Status KioskController::print()
{
    if (!m_current)
        return makeError(ErrorKind::NothingToDo, ErrorCode::NoTicket, tr("There is no ticket to print"));
    const PrintJob job = printJob();
    return printFinished(job, job.printer->print(job.content));
}

PrintJob KioskController::printJob()
{
    ++m_printCount;
    return {m_printer.get(), m_content, m_current ? m_current->id : 0,
            m_current ? m_current->number.toString() : QString(), m_printCount};
}

Status KioskController::printFinished(const PrintJob& job, const Status& printed)
{
    if (printed.ok())
        return printed;
    QString message = printed.error().message;
    if (const Status logged = logFault(job, message); !logged.ok()) {
        // The citizen still gets the number on screen; the missing log entry must not go unnoticed.
        qCritical("kiosk: printer fault could not be logged: %s", qPrintable(logged.error().message));
        message += u'\n' + logged.error().message;
    }
    return makeError(printed.error().kind, printed.error().code, message);
}

Status KioskController::logFault(const PrintJob& job, const QString& message)
{
    DeviceFault fault;
    fault.device = u"printer"_s;
    fault.source = m_settings.kioskId;
    fault.ticketId = job.ticketId;
    fault.ticketNumber = job.number;
    fault.deviceName = m_printer->description();
    fault.attempt = job.attempt;
    fault.message = message;
    if (auto recorded = m_audit.recordDeviceFault(fault); !recorded.ok())
        return recorded.error();
    return Done{};
}

const std::optional<IssuedTicket>& KioskController::current() const
{
    return m_current;
}

const TicketContent& KioskController::content() const
{
    return m_content;
}

const KioskSettings& KioskController::settings() const
{
    return m_settings;
}

TicketPrinter& KioskController::printer()
{
    return *m_printer;
}

int KioskController::printCount() const
{
    return m_printCount;
}

} // namespace antre::kiosk
