#pragma once

#include "cli/Command.h"
#include "core/Result.h"

namespace antre::cli {

// The options every command takes.
struct GlobalOptions
{
    QString dbPath; // --db, else $ANTRE_DB, else the default path
    bool json = false;
    bool help = false;
    bool version = false; // --version: the program's version, nothing else
    QString lang;         // --lang, else $ANTRE_LANG, else "en"
};

struct CommandLine
{
    GlobalOptions global;
    bool hasCommand = false;
    QString commandName;
    Command* command = nullptr; // null without a command or with an unknown one
    Arguments args;             // what follows the command's name
};

// `antre [global options] COMMAND [words and options]`; global options may also come after the command.
// Each command's options are checked against that command (and its subcommand): an option it does not
// take is a usage error naming both.
Result<CommandLine> parseCommandLine(const QStringList& arguments, const CommandRegistry& registry);

Error usageError(const QString& message);

} // namespace antre::cli
