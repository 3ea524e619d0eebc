#include "KioskController.h"

#include "AuditLog.h"
#include "Clock.h"
#include "Database.h"
#include "QueueEngine.h"
#include "TicketPrinter.h"

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace antre::kiosk {

KioskController::KioskController(QueueEngine& engine, Database& database, const Clock& clock,
                                 KioskSettings settings, std::unique_ptr<TicketPrinter> printer)
    : m_engine(engine), m_database(database), m_clock(clock), m_settings(std::move(settings)),
      m_printer(std::move(printer))
{}

KioskController::~KioskController() = default;

Result<IssuedTicket> KioskController::issue(const QString& serviceCode, bool priority,
                                            const QString& language)
{
    auto issued = m_engine.issue(serviceCode, priority);
    if (!issued.ok())
        return issued;
    auto config = m_engine.config();
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
        return makeError(ErrorKind::NothingToDo, u"no_ticket"_s, tr("There is no ticket to print"));
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
    const QJsonObject data{{u"device"_s, u"printer"_s}, {u"kiosk"_s, m_settings.kioskId},
                           {u"ticket"_s, job.number},   {u"printer"_s, m_printer->description()},
                           {u"attempt"_s, job.attempt}, {u"message"_s, message}};
    return m_database.write([&](QSqlDatabase& db) -> Status {
        auto appended = AuditLog::append(db, m_clock.now(), EventKind::DeviceFault, data, job.ticketId);
        if (!appended.ok())
            return appended.error();
        return Done{};
    });
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
