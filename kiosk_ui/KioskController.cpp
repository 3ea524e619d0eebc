#include "kiosk_ui/KioskController.h"

#include "core/services/AuditService.h"
#include "kiosk_ui/TicketPrinter.h"

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
    auto issued = m_queue.issue(serviceCode, priority);
    if (!issued.ok())
        return issued;
    auto config = m_queue.config();
    if (!config.ok())
        return config.error();
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
