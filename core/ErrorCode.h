#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace antre {

// Why an operation failed, one enumerator per reason, so that front ends switch over it instead of comparing
// text. The wire text (toString, Error::codeText) is what the CLI's --json output and the logs show: it is
// part of the interface, so a code's text never changes once released, and a new code gets a new text.
// "locked" is both a locked staff account and a locked database file (the text is older than the enum).
enum class ErrorCode
{
    // Storage and files
    Database,
    Io,
    DiskFull,
    Locked,
    ReadOnly,
    OpenFailed,
    NoDatabase,
    ForeignDatabase,
    Corrupt,
    Schema,
    SchemaMismatch,
    Exists,
    BackupFailed,
    NotInitialized,
    AlreadyInitialized,
    AuditBroken,
    BadLocation,
    Unreachable,
    // The connection was lost during a write: whether it committed is unknown (retry it idempotently).
    ConnectionLost,
    AuditSeal,
    Sodium,
    BadText,
    UnstorableText,
    // Command line and configuration
    Usage,
    ConfigUnreadable,
    InvalidConfig,
    // Queue: unknown names, service hours, ticket and counter rules
    UnknownAgency,
    UnknownService,
    UnknownCounter,
    UnknownTicket,
    UnknownStaff,
    UnknownComplaint,
    ClosedDate,
    ClosedToday,
    NotOpenYet,
    PastCutoff,
    ClosedForDay,
    QuotaFull,
    QueueEmpty,
    TicketOpen,
    NoTicket,
    IllegalTransition,
    SameService,
    CounterNotOpen,
    CounterAlreadyOpen,
    NotOnBreak,
    NotAllowed,
    StaffBusy,
    BadRequestKey,
    RequestKeyReused,
    // Staff and login
    WrongPin,
    BadPin,
    Inactive,
    InvalidStaff,
    NoMember,
    NotAdmin,
    NotSupervisor,
    Self,
    NoPin,
    NoStaffId,
    NotLoggedIn,
    Login,
    Counter,
    // Reports and exports
    BadPeriod,
    NoReport,
    Report,
    ExportFailed,
    BadNumber,
    // Demo and simulation
    Simulation,
    Morning,
    DemoMissing,
    // Long work stopped at the user's request (Cancellation)
    Cancelled,
    // Kiosk settings and ticket printers
    SettingsUnreadable,
    SettingsJson,
    SettingsInvalid,
    PrinterMissing,
    PrinterOffline,
    PrinterPaperOut,
    PrinterError,
    PrinterWrite,
    PrinterFolder,
    PrinterRefused,
    PrinterClosed,
    // Display
    DisplayLoad,
    // Satisfaction survey
    TicketNotServed,
    SurveyTooLate,
    AlreadyRated,
    BadSurvey,
};

// The last enumerator: ErrorCode.cpp checks its table against it at compile time. Keep it the last one.
inline constexpr ErrorCode kLastErrorCode = ErrorCode::BadSurvey;
inline constexpr int kErrorCodeCount = static_cast<int>(kLastErrorCode) + 1;

// The stable wire text, e.g. "queue_empty".
QString toString(ErrorCode code);
// The code written as `text`, or nothing for a text no release of Antre wrote.
std::optional<ErrorCode> errorCodeFromString(QStringView text);
// Every code, in declaration order (for tests and tools that list them).
const std::array<ErrorCode, kErrorCodeCount>& allErrorCodes();

} // namespace antre
