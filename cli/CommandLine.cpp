#include "cli/CommandLine.h"

#include "cli/Cli.h"

using namespace Qt::Literals::StringLiterals;

namespace antre::cli {

namespace {

QList<Option> globalOptions()
{
    return {{u"db"_s, u"FILE"_s, {}},
            {u"lang"_s, u"en|id"_s, {}},
            {u"json"_s, {}, {}},
            {u"help"_s, {}, {}},
            {u"version"_s, {}, {}}};
}

std::optional<Option> globalOption(const QString& name)
{
    for (const Option& o : globalOptions())
        if (o.name == name)
            return o;
    return std::nullopt;
}

} // namespace

Error usageError(const QString& message)
{
    return makeError(ErrorKind::BadInput, ErrorCode::Usage, message);
}

Result<CommandLine> parseCommandLine(const QStringList& arguments, const CommandRegistry& registry)
{
    CommandLine line;
    std::optional<QString> db;
    std::optional<QString> lang;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (!arg.startsWith(u"--") || arg == u"--") {
            if (!line.hasCommand) {
                line.hasCommand = true;
                line.commandName = arg;
                line.command = registry.find(arg);
            } else {
                line.args.words << arg;
            }
            continue;
        }
        QString name = arg.mid(2);
        QString value;
        const bool inlineValue = name.contains(u'=');
        if (inlineValue) {
            value = name.section(u'=', 1);
            name = name.section(u'=', 0, 0);
        }
        const std::optional<Option> global = globalOption(name);
        if (!global && line.hasCommand && !line.command)
            continue; // the words of an unknown command cannot be judged; the command is refused instead
        const std::optional<Option> option = global         ? global
                                             : line.command ? line.command->option(name)
                                                            : std::nullopt;
        if (!option || (!option->takesValue() && inlineValue)) {
            if (line.command)
                return usageError(
                    Cli::tr("%1: unknown option --%2 (see antre %1 --help)").arg(line.command->name(), name));
            return usageError(Cli::tr("unknown option --%1 (see antre --help)").arg(name));
        }
        if (option->takesValue() && !inlineValue) {
            if (i + 1 >= arguments.size())
                return usageError(Cli::tr("option --%1 needs a value").arg(name));
            value = arguments.at(++i);
        }
        if (name == u"db")
            db = value;
        else if (name == u"lang")
            lang = value;
        else if (name == u"json")
            line.global.json = true;
        else if (name == u"help")
            line.global.help = true;
        else if (name == u"version")
            line.global.version = true;
        else if (option->takesValue())
            line.args.values.insert(name, value);
        else
            line.args.flags.insert(name);
        if (!global)
            line.args.given << name;
    }
    // A subcommand takes only its own options (`counter open --reason` is a mistake, not a wish).
    if (line.command && !line.args.words.isEmpty() &&
        line.command->isSubcommand(line.args.words.constFirst())) {
        const QString sub = line.args.words.constFirst();
        const QStringList allowed = line.command->optionsOf(sub);
        for (const QString& name : std::as_const(line.args.given))
            if (!allowed.contains(name))
                return usageError(Cli::tr("%1: unknown option --%2 (see antre %1 --help)")
                                      .arg(line.command->name() + u' ' + sub, name));
    }
    // An empty --db is a script's unset variable, not a wish for the default database.
    if (db && db->isEmpty())
        return usageError(Cli::tr("--db: the database file name is empty"));
    line.global.dbPath = db.value_or(qEnvironmentVariable("ANTRE_DB"));
    if (line.global.dbPath.isEmpty())
        line.global.dbPath = Cli::defaultDatabasePath();
    line.global.lang = lang.value_or(qEnvironmentVariable("ANTRE_LANG", u"en"_s));
    return line;
}

} // namespace antre::cli
