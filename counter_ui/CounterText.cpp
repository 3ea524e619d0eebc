#include "CounterText.h"

#include "services/StaffService.h"

using namespace Qt::Literals::StringLiterals;

namespace antre {

QString CounterText::explain(const Error& error, const Context& c)
{
    const QString& code = error.code;
    const QString ticket =
        c.ticketNumber.isEmpty() ? tr("The current number") : tr("Number %1").arg(c.ticketNumber);
    if (code == u"queue_empty")
        return tr("No one is waiting for the services of %1.").arg(c.counterName);
    if (code == u"ticket_open")
        return tr("%1 is still open at this counter: serve it, mark it no-show or transfer it first.")
            .arg(ticket);
    if (code == u"counter_not_open")
        return tr("%1 is not open.").arg(c.counterName);
    if (code == u"not_on_break")
        return tr("%1 is not on a break.").arg(c.counterName);
    if (code == u"no_ticket")
        return tr("No number is called at %1; press Call next (F1) first.").arg(c.counterName);
    if (code == u"illegal_transition")
        return c.ticketStatus.isEmpty()
                   ? tr("That is not possible for %1 now.").arg(ticket)
                   : tr("%1 is %2; that is not possible now.").arg(ticket, c.ticketStatus);
    if (code == u"same_service")
        return tr("%1 is already in that service.").arg(ticket);
    if (code == u"counter_already_open")
        return tr("%1 is already open by another officer.").arg(c.counterName);
    if (code == u"not_allowed")
        return tr("You are not assigned to %1; ask the supervisor.").arg(c.counterName);
    if (code == u"staff_busy")
        return tr("You already have another counter open; close it first.");
    if (code == u"wrong_pin")
        return tr("Wrong staff ID or PIN.");
    if (code == u"inactive")
        return tr("This account is deactivated; ask the hall administrator.");
    if (code == u"locked") {
        int minutes = StaffService::kLockMinutes;
        if (c.staff && !c.staffId.isEmpty() && c.now.isValid()) {
            if (auto member = c.staff->find(c.staffId); member.ok() && member.value().lockedUntil.isValid())
                minutes =
                    static_cast<int>(qMax<qint64>(1, (c.now.secsTo(member.value().lockedUntil) + 59) / 60));
        }
        return tr("Too many wrong PINs: this account is locked for %n minute(s).", nullptr, minutes);
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
