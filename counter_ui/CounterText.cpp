#include "counter_ui/CounterText.h"

#include "core/services/StaffService.h"

using namespace Qt::Literals::StringLiterals;

namespace antre {

QString CounterText::waitingForServer()
{
    return tr("Waiting for the connection to the server…");
}

bool CounterText::isConnectionFault(const Error& error)
{
    return error.code == ErrorCode::Unreachable || error.code == ErrorCode::ConnectionLost;
}

QString CounterText::explain(const Error& error, const Context& c)
{
    const QString ticket =
        c.ticketNumber.isEmpty() ? tr("The current number") : tr("Number %1").arg(c.ticketNumber);
    // No default: a new code makes the compiler ask whether the booth words it (-Wswitch).
    switch (error.code) {
    case ErrorCode::QueueEmpty:
        return tr("No one is waiting for the services of %1.").arg(c.counterName);
    case ErrorCode::TicketOpen:
        return tr("%1 is still open at this counter: serve it, mark it no-show or transfer it first.")
            .arg(ticket);
    case ErrorCode::CounterNotOpen:
        return tr("%1 is not open.").arg(c.counterName);
    case ErrorCode::NotOnBreak:
        return tr("%1 is not on a break.").arg(c.counterName);
    case ErrorCode::NoTicket:
        return tr("No number is called at %1; press Call next (F1) first.").arg(c.counterName);
    case ErrorCode::IllegalTransition:
        return c.ticketStatus.isEmpty()
                   ? tr("That is not possible for %1 now.").arg(ticket)
                   : tr("%1 is %2; that is not possible now.").arg(ticket, c.ticketStatus);
    case ErrorCode::SameService:
        return tr("%1 is already in that service.").arg(ticket);
    case ErrorCode::CounterAlreadyOpen:
        return tr("%1 is already open by another officer.").arg(c.counterName);
    case ErrorCode::NotAllowed:
        return tr("You are not assigned to %1; ask the supervisor.").arg(c.counterName);
    case ErrorCode::StaffBusy:
        return tr("You already have another counter open; close it first.");
    case ErrorCode::WrongPin:
        return tr("Wrong staff ID or PIN.");
    case ErrorCode::Inactive:
        return tr("This account is deactivated; ask the hall administrator.");
    case ErrorCode::Locked: {
        int minutes = StaffService::kLockMinutes;
        if (c.staff && !c.staffId.isEmpty() && c.now.isValid()) {
            if (auto member = c.staff->find(c.staffId); member.ok() && member.value().lockedUntil.isValid())
                minutes =
                    static_cast<int>(qMax<qint64>(1, (c.now.secsTo(member.value().lockedUntil) + 59) / 60));
        }
        return tr("Too many wrong PINs: this account is locked for %n minute(s).", nullptr, minutes);
    }
    case ErrorCode::Unreachable:
        return waitingForServer();
    case ErrorCode::ConnectionLost:
        return tr("The connection to the server was lost while saving; the counter shows what was saved as "
                  "soon as it is back.");
    // Not the booth's to word: the engine's own message says it.
    case ErrorCode::BadRequestKey:
    case ErrorCode::RequestKeyReused:
    case ErrorCode::Database:
    case ErrorCode::Io:
    case ErrorCode::DiskFull:
    case ErrorCode::ReadOnly:
    case ErrorCode::OpenFailed:
    case ErrorCode::NoDatabase:
    case ErrorCode::ForeignDatabase:
    case ErrorCode::Corrupt:
    case ErrorCode::Schema:
    case ErrorCode::SchemaMismatch:
    case ErrorCode::Exists:
    case ErrorCode::BackupFailed:
    case ErrorCode::NotInitialized:
    case ErrorCode::AlreadyInitialized:
    case ErrorCode::AuditBroken:
    case ErrorCode::BadLocation:
    case ErrorCode::AuditSeal:
    case ErrorCode::Sodium:
    case ErrorCode::BadText:
    case ErrorCode::UnstorableText:
    case ErrorCode::Usage:
    case ErrorCode::ConfigUnreadable:
    case ErrorCode::InvalidConfig:
    case ErrorCode::UnknownAgency:
    case ErrorCode::UnknownService:
    case ErrorCode::UnknownCounter:
    case ErrorCode::UnknownTicket:
    case ErrorCode::UnknownStaff:
    case ErrorCode::UnknownComplaint:
    case ErrorCode::ClosedDate:
    case ErrorCode::ClosedToday:
    case ErrorCode::NotOpenYet:
    case ErrorCode::PastCutoff:
    case ErrorCode::ClosedForDay:
    case ErrorCode::QuotaFull:
    case ErrorCode::BadPin:
    case ErrorCode::InvalidStaff:
    case ErrorCode::NoMember:
    case ErrorCode::NotAdmin:
    case ErrorCode::NotSupervisor:
    case ErrorCode::Self:
    case ErrorCode::NoPin:
    case ErrorCode::NoStaffId:
    case ErrorCode::NotLoggedIn:
    case ErrorCode::Login:
    case ErrorCode::Counter:
    case ErrorCode::BadPeriod:
    case ErrorCode::NoReport:
    case ErrorCode::Report:
    case ErrorCode::ExportFailed:
    case ErrorCode::BadNumber:
    case ErrorCode::Simulation:
    case ErrorCode::Morning:
    case ErrorCode::DemoMissing:
    case ErrorCode::Cancelled:
    case ErrorCode::SettingsUnreadable:
    case ErrorCode::SettingsJson:
    case ErrorCode::SettingsInvalid:
    case ErrorCode::PrinterMissing:
    case ErrorCode::PrinterOffline:
    case ErrorCode::PrinterPaperOut:
    case ErrorCode::PrinterError:
    case ErrorCode::PrinterWrite:
    case ErrorCode::PrinterFolder:
    case ErrorCode::PrinterRefused:
    case ErrorCode::PrinterClosed:
    case ErrorCode::DisplayLoad:
    case ErrorCode::TicketNotServed:
    case ErrorCode::SurveyTooLate:
    case ErrorCode::AlreadyRated:
    case ErrorCode::BadSurvey:
        break;
    }
    return error.message;
}

QString CounterText::minutes(qint64 seconds)
{
    if (seconds < 60)
        return tr("< 1 min");
    const qint64 total = seconds / 60;
    if (total < 60)
        return tr("%1 min").arg(total);
    return tr("%1 h %2 min").arg(total / 60).arg(total % 60, 2, 10, QChar(u'0'));
}

QString CounterText::minutesSeconds(qint64 seconds)
{
    return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QChar(u'0'));
}

QString CounterText::outcome(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Completed:
        return tr("Completed");
    case Outcome::Incomplete:
        return tr("Incomplete");
    case Outcome::Referred:
        return tr("Referred");
    }
    return {};
}

QString CounterText::outcomeDetail(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Completed:
        return tr("The service is finished.");
    case Outcome::Incomplete:
        return tr("Requirements missing; the citizen must come back.");
    case Outcome::Referred:
        return tr("Sent to another agency or office.");
    }
    return {};
}

QString CounterText::ticketStatus(TicketStatus status)
{
    switch (status) {
    case TicketStatus::Waiting:
        return tr("waiting");
    case TicketStatus::Called:
        return tr("called");
    case TicketStatus::Serving:
        return tr("being served");
    case TicketStatus::Done:
        return tr("done");
    case TicketStatus::NoShow:
        return tr("no-show");
    case TicketStatus::Cancelled:
        return tr("cancelled");
    case TicketStatus::Expired:
        return tr("expired");
    }
    return {};
}

QString CounterText::counterState(CounterState state)
{
    switch (state) {
    case CounterState::Closed:
        return tr("Closed");
    case CounterState::Open:
        return tr("Open");
    case CounterState::Break:
        return tr("On break");
    }
    return {};
}

QStringList CounterText::breakReasons()
{
    return {tr("Rest"), tr("Prayer"), tr("Meeting"), tr("System failure")};
}

} // namespace antre
