#pragma once

#include "cli/CommandLine.h"
#include "core/Result.h"

#include <QDate>

#include <memory>

namespace antre {
class Clock;
class Hall;
struct HallServices;
} // namespace antre

namespace antre::cli {

// What a command needs of the database file. Only init and demo make a new one: anywhere else a missing
// file is a mistyped --db, and an empty database made there would let check and backup pass on nothing.
// Importing into a hall that does not exist yet is what init --config does.
enum class Need
{
    Hall,        // the file, with a hall set up: the queue commands, status, report, export, staff
    Database,    // the file, set up or not: config import, audit verify, backup, check
    NewDatabase, // the file, made when missing: init, demo
};

// One run of a command: its command line, and the hall once the command has opened it.
class Context final
{
public:
    explicit Context(const CommandLine& line);
    ~Context();
    Q_DISABLE_COPY_MOVE(Context)

    const Arguments& args() const { return m_line.args; }
    const QStringList& words() const { return m_line.args.words; }
    bool json() const { return m_line.global.json; }
    const QString& dbPath() const { return m_line.global.dbPath; }

    // Reads the clock (ANTRE_NOW or the system's) and opens the hall. Call once.
    Status open(Need need = Need::Hall);
    Hall& hall();
    HallServices& services();
    const Clock& clock() const;

    // Exactly count positional words, else the usage line.
    Status expectWords(qsizetype count, const QString& synopsis) const;
    // Prints the error (and, with --json, the error as JSON on standard output); returns its exit code.
    // Once the database was found damaged, that is the error shown, whatever the command met after it.
    int fail(const Error& failure) const;
    // The command's exit code, unless the database was found damaged on the way and the command did not
    // say so (a read that only gave advice, or whose "nothing found" the command took at its word): then
    // that error is shown and the exit code is 1.
    int finish(int exitCode) const;

private:
    const CommandLine& m_line;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<Hall> m_hall;
    mutable bool m_toldCorruption = false;
};

// The option --name as a date YYYY-MM-DD, `fallback` when it is not given (an invalid QDate: none); a usage
// error when it is not a date.
Result<QDate> dateOption(const Context& c, const QString& name, QDate fallback = {});

} // namespace antre::cli
