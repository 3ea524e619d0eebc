#pragma once

#include "cli/Command.h"

#include <memory>

namespace antre::cli {

// The commands of `antre`, one source file each; CommandRegistry makes them.
enum class CounterAction
{
    Call,
    Recall,
    Serve,
    Done,
    NoShow,
    Transfer
};
enum class TicketAction
{
    Requeue,
    Cancel
};

std::unique_ptr<Command> makeInitCommand();
std::unique_ptr<Command> makeDemoCommand();
std::unique_ptr<Command> makeConfigCommand();
std::unique_ptr<Command> makeIssueCommand();
std::unique_ptr<Command> makeCounterCommand();
std::unique_ptr<Command> makeCounterTicketCommand(CounterAction action);
std::unique_ptr<Command> makeTicketCommand(TicketAction action);
std::unique_ptr<Command> makeStatusCommand();
std::unique_ptr<Command> makeReportCommand();
std::unique_ptr<Command> makeAuditCommand();
std::unique_ptr<Command> makeStaffCommand();
std::unique_ptr<Command> makeBackupCommand();
std::unique_ptr<Command> makeCheckCommand();
std::unique_ptr<Command> makeRestoreCommand();
std::unique_ptr<Command> makeComplaintCommand();
std::unique_ptr<Command> makeSurveyCommand();
std::unique_ptr<Command> makeMigrateCommand();
std::unique_ptr<Command> makeServerCommand();

} // namespace antre::cli
