#pragma once

#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace antre::cli {

class Context;

// An option on the command line: --name VALUE (also --name=VALUE), or a flag --name.
struct Option
{
    QString name;      // without the dashes
    QString valueName; // "FILE", "YYYY-MM-DD"; empty for a flag
    QString help;      // one line for `antre COMMAND --help`
    bool takesValue() const { return !valueName.isEmpty(); }
};

// What the command line says after the command's name, checked against the command's options.
struct Arguments
{
    QStringList words;             // positional, a subcommand first where the command has them
    QMap<QString, QString> values; // --name VALUE
    QSet<QString> flags;           // --name
    QStringList given;             // every option's name in the order given

    bool has(const QString& name) const { return values.contains(name) || flags.contains(name); }
    QString value(const QString& name, const QString& fallback = {}) const
    {
        return values.value(name, fallback);
    }
};

// One command of `antre`: its name, how it is used, its own options and what it does. Options that every
// command takes (--db, --json, --lang, --help) are the program's, not the command's.
class Command
{
public:
    explicit Command(QString name);
    virtual ~Command();
    Q_DISABLE_COPY_MOVE(Command)

    const QString& name() const { return m_name; }
    // How it is called, without the leading "antre ": one line per form ("issue SERVICE [--priority]").
    virtual QStringList synopsis() const = 0;
    // One or two sentences for `antre COMMAND --help`.
    virtual QString description() const = 0;
    virtual QList<Option> options() const { return {}; }
    // For a command with subcommands (config import|export): whether the word is one, and the options it
    // takes. By default a command has none, and every option belongs to the command itself.
    virtual bool isSubcommand(const QString& word) const
    {
        Q_UNUSED(word);
        return false;
    }
    virtual QStringList optionsOf(const QString& subcommand) const;
    // Exit code: 0 done, 1 error, 2 bad input, 3 nothing to do, 4 refused by a rule.
    virtual int run(Context& context) = 0;

    std::optional<Option> option(const QString& name) const;
    QString helpText() const;

private:
    QString m_name;
};

// Every command of the program, made once by the program's entry point and owned here.
class CommandRegistry final
{
public:
    CommandRegistry();
    ~CommandRegistry();
    Q_DISABLE_COPY_MOVE(CommandRegistry)

    Command* find(const QString& name) const;
    // In the order of `antre --help`.
    QList<const Command*> commands() const;

private:
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace antre::cli
