#pragma once

#include <QString>

#include <optional>

namespace antre {

// Every kind of audit event the core writes. The stored text ("ticket.issued") is the wire form: it is in
// the hash chain and in exported logs, so a kind's text never changes once released.
enum class EventKind
{
    TicketIssued,
    TicketCalled,
    TicketRecalled,
    TicketServing,
    TicketDone,
    TicketNoShow,
    TicketTransferred,
    TicketRequeued,
    TicketCancelled,
    TicketExpired,
    CounterOpened,
    CounterBreak,
    CounterResumed,
    CounterClosed,
    CounterAutoClosed,
    StaffSaved,
    StaffPinReset,
    StaffUnlocked,
    StaffActivated,
    StaffDeactivated,
    StaffLogin,
    StaffLoginFailed,
    StaffLocked,
    ConfigImported,
    DeviceFault,
    ClockSkew,              // the clock was behind the newest event: the engine kept to the event's time
    ComplaintReceived,      // a complaint recorded, with its reference
    ComplaintStatusChanged, // from one status to another (a rejection with its reason)
    ComplaintAssigned,      // to an agency and an officer
    ComplaintNoted,         // a note of the desk
    ComplaintAnswered,      // the answer given to the citizen
    ComplaintReclassified,  // another SLA class, so another due day
    SurveyRecorded,         // a satisfaction survey response (its scores, never who gave them)
    BackupRecorded,         // a nightly backup's outcome: verified, or failed with the reason
};

QString toString(EventKind kind);
// The kind stored as text, or nothing for a text no release of Antre wrote (a foreign or damaged row).
std::optional<EventKind> eventKindFromString(const QString& text);
// True for the ticket.* kinds.
bool isTicketEvent(EventKind kind);

} // namespace antre
