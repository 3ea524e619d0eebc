#include "core/ErrorCode.h"

#include <utility>

namespace antre {

namespace {

// The one table of wire texts, in declaration order: the index of a code is its enumerator's value.
constexpr std::array<std::pair<ErrorCode, QStringView>, kErrorCodeCount> kTexts{{
    {ErrorCode::Database, u"database"},
    {ErrorCode::Io, u"io"},
    {ErrorCode::DiskFull, u"disk_full"},
    {ErrorCode::Locked, u"locked"},
    {ErrorCode::ReadOnly, u"read_only"},
    {ErrorCode::OpenFailed, u"open_failed"},
    {ErrorCode::NoDatabase, u"no_database"},
    {ErrorCode::ForeignDatabase, u"foreign_database"},
    {ErrorCode::Corrupt, u"corrupt"},
    {ErrorCode::Schema, u"schema"},
    {ErrorCode::SchemaMismatch, u"schema_mismatch"},
    {ErrorCode::Exists, u"exists"},
    {ErrorCode::BackupFailed, u"backup_failed"},
    {ErrorCode::NotInitialized, u"not_initialized"},
    {ErrorCode::AlreadyInitialized, u"already_initialized"},
    {ErrorCode::AuditBroken, u"audit_broken"},
    {ErrorCode::BadLocation, u"bad_location"},
    {ErrorCode::Unreachable, u"unreachable"},
    {ErrorCode::ConnectionLost, u"connection_lost"},
    {ErrorCode::AuditSeal, u"seal"},
    {ErrorCode::Sodium, u"sodium"},
    {ErrorCode::BadText, u"bad_text"},
    {ErrorCode::UnstorableText, u"unstorable_text"},
    {ErrorCode::Usage, u"usage"},
    {ErrorCode::ConfigUnreadable, u"config_unreadable"},
    {ErrorCode::InvalidConfig, u"invalid_config"},
    {ErrorCode::UnknownAgency, u"unknown_agency"},
    {ErrorCode::UnknownService, u"unknown_service"},
    {ErrorCode::UnknownCounter, u"unknown_counter"},
    {ErrorCode::UnknownTicket, u"unknown_ticket"},
    {ErrorCode::UnknownStaff, u"unknown_staff"},
    {ErrorCode::UnknownComplaint, u"unknown_complaint"},
    {ErrorCode::ClosedDate, u"closed_date"},
    {ErrorCode::ClosedToday, u"closed_today"},
    {ErrorCode::NotOpenYet, u"not_open_yet"},
    {ErrorCode::PastCutoff, u"past_cutoff"},
    {ErrorCode::ClosedForDay, u"closed_for_day"},
    {ErrorCode::QuotaFull, u"quota_full"},
    {ErrorCode::QueueEmpty, u"queue_empty"},
    {ErrorCode::TicketOpen, u"ticket_open"},
    {ErrorCode::NoTicket, u"no_ticket"},
    {ErrorCode::IllegalTransition, u"illegal_transition"},
    {ErrorCode::SameService, u"same_service"},
    {ErrorCode::CounterNotOpen, u"counter_not_open"},
    {ErrorCode::CounterAlreadyOpen, u"counter_already_open"},
    {ErrorCode::NotOnBreak, u"not_on_break"},
    {ErrorCode::NotAllowed, u"not_allowed"},
    {ErrorCode::StaffBusy, u"staff_busy"},
    {ErrorCode::BadRequestKey, u"bad_request_key"},
    {ErrorCode::RequestKeyReused, u"request_key_reused"},
    {ErrorCode::WrongPin, u"wrong_pin"},
    {ErrorCode::BadPin, u"bad_pin"},
    {ErrorCode::Inactive, u"inactive"},
    {ErrorCode::InvalidStaff, u"invalid_staff"},
    {ErrorCode::NoMember, u"no_member"},
    {ErrorCode::NotAdmin, u"not_admin"},
    {ErrorCode::NotSupervisor, u"not_supervisor"},
    {ErrorCode::Self, u"self"},
    {ErrorCode::NoPin, u"no_pin"},
    {ErrorCode::NoStaffId, u"no_staff_id"},
    {ErrorCode::NotLoggedIn, u"not_logged_in"},
    {ErrorCode::Login, u"login"},
    {ErrorCode::Counter, u"counter"},
    {ErrorCode::BadPeriod, u"bad_period"},
    {ErrorCode::NoReport, u"no_report"},
    {ErrorCode::Report, u"report"},
    {ErrorCode::ExportFailed, u"export_failed"},
    {ErrorCode::BadNumber, u"bad_number"},
    {ErrorCode::Simulation, u"simulation"},
    {ErrorCode::Morning, u"morning"},
    {ErrorCode::DemoMissing, u"demo_missing"},
    {ErrorCode::Cancelled, u"cancelled"},
    {ErrorCode::SettingsUnreadable, u"settings_unreadable"},
    {ErrorCode::SettingsJson, u"settings_json"},
    {ErrorCode::SettingsInvalid, u"settings_invalid"},
    {ErrorCode::PrinterMissing, u"printer_missing"},
    {ErrorCode::PrinterOffline, u"printer_offline"},
    {ErrorCode::PrinterPaperOut, u"printer_paper_out"},
    {ErrorCode::PrinterError, u"printer_error"},
    {ErrorCode::PrinterWrite, u"printer_write"},
    {ErrorCode::PrinterFolder, u"printer_folder"},
    {ErrorCode::PrinterRefused, u"printer_refused"},
    {ErrorCode::PrinterClosed, u"printer_closed"},
    {ErrorCode::DisplayLoad, u"display_load"},
    {ErrorCode::TicketNotServed, u"ticket_not_served"},
    {ErrorCode::SurveyTooLate, u"survey_too_late"},
    {ErrorCode::AlreadyRated, u"already_rated"},
    {ErrorCode::BadSurvey, u"bad_survey"},
}};

constexpr bool inDeclarationOrder()
{
    for (int i = 0; i < kErrorCodeCount; ++i)
        if (static_cast<int>(kTexts.at(i).first) != i || kTexts.at(i).second.isEmpty())
            return false;
    return true;
}
static_assert(inDeclarationOrder(), "kTexts must list every ErrorCode once, in declaration order");

constexpr std::array<ErrorCode, kErrorCodeCount> allCodes()
{
    std::array<ErrorCode, kErrorCodeCount> codes{};
    for (int i = 0; i < kErrorCodeCount; ++i)
        codes.at(i) = kTexts.at(i).first;
    return codes;
}

} // namespace

QString toString(ErrorCode code)
{
    const auto index = static_cast<std::size_t>(code);
    return index < kTexts.size() ? kTexts.at(index).second.toString() : QString();
}

std::optional<ErrorCode> errorCodeFromString(QStringView text)
{
    for (const auto& [code, wire] : kTexts)
        if (wire == text)
            return code;
    return std::nullopt;
}

const std::array<ErrorCode, kErrorCodeCount>& allErrorCodes()
{
    static constexpr std::array<ErrorCode, kErrorCodeCount> codes = allCodes();
    return codes;
}

} // namespace antre
