#include "core/audit/EventKind.h"

#include <QHash>

#include <array>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {

constexpr std::array<std::pair<EventKind, QStringView>, 34> kNames{{
    {EventKind::TicketIssued, u"ticket.issued"},
    {EventKind::TicketCalled, u"ticket.called"},
    {EventKind::TicketRecalled, u"ticket.recalled"},
    {EventKind::TicketServing, u"ticket.serving"},
    {EventKind::TicketDone, u"ticket.done"},
    {EventKind::TicketNoShow, u"ticket.no_show"},
    {EventKind::TicketTransferred, u"ticket.transferred"},
    {EventKind::TicketRequeued, u"ticket.requeued"},
    {EventKind::TicketCancelled, u"ticket.cancelled"},
    {EventKind::TicketExpired, u"ticket.expired"},
    {EventKind::CounterOpened, u"counter.opened"},
    {EventKind::CounterBreak, u"counter.break"},
    {EventKind::CounterResumed, u"counter.resumed"},
    {EventKind::CounterClosed, u"counter.closed"},
    {EventKind::CounterAutoClosed, u"counter.auto_closed"},
    {EventKind::StaffSaved, u"staff.saved"},
    {EventKind::StaffPinReset, u"staff.pin_reset"},
    {EventKind::StaffUnlocked, u"staff.unlocked"},
    {EventKind::StaffActivated, u"staff.activated"},
    {EventKind::StaffDeactivated, u"staff.deactivated"},
    {EventKind::StaffLogin, u"staff.login"},
    {EventKind::StaffLoginFailed, u"staff.login_failed"},
    {EventKind::StaffLocked, u"staff.locked"},
    {EventKind::ConfigImported, u"config.imported"},
    {EventKind::DeviceFault, u"device.fault"},
    {EventKind::ClockSkew, u"clock.skew"},
    {EventKind::ComplaintReceived, u"complaint.received"},
    {EventKind::ComplaintStatusChanged, u"complaint.status_changed"},
    {EventKind::ComplaintAssigned, u"complaint.assigned"},
    {EventKind::ComplaintNoted, u"complaint.noted"},
    {EventKind::ComplaintAnswered, u"complaint.answered"},
    {EventKind::ComplaintReclassified, u"complaint.reclassified"},
    {EventKind::SurveyRecorded, u"survey.recorded"},
    {EventKind::BackupRecorded, u"backup.recorded"},
}};

} // namespace

QString toString(EventKind kind)
{
    for (const auto& [k, name] : kNames)
        if (k == kind)
            return name.toString();
    return {};
}

std::optional<EventKind> eventKindFromString(const QString& text)
{
    for (const auto& [k, name] : kNames)
        if (name == text)
            return k;
    return std::nullopt;
}

bool isTicketEvent(EventKind kind)
{
    return toString(kind).startsWith(u"ticket."_s);
}

} // namespace antre
