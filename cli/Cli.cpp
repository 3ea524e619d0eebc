#include "cli/Cli.h"

#include "cli/CommandLine.h"
#include "cli/Context.h"
#include "cli/Output.h"
#include "core/I18n.h"

#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {

QString usageText(const cli::CommandRegistry& registry)
{
    QString out = Cli::tr("usage: antre [--db FILE] [--json] [--lang en|id] COMMAND ...") + u"\n\n"_s;
    // From the commands themselves, so that a new command cannot be left out of the overview.
    for (const cli::Command* command : registry.commands())
        for (const QString& form : command->synopsis())
            out += u"  "_s + form + u'\n';
    out += u'\n' + Cli::tr(R"(antre COMMAND --help shows a command's options.
The database is --db (a file, postgresql://HOST/DB or service=NAME), else $ANTRE_DB, else %1.
ANTRE_NOW (ISO 8601 with offset) sets the clock for drills and tests.
Exit codes: 0 done, 1 error, 2 bad input, 3 nothing to do, 4 refused by a rule.
)")
                       .arg(Cli::defaultDatabasePath());
    return out;
}

} // namespace

QString Cli::defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/antre/hall.db"_s;
}

int Cli::run(const QStringList& arguments)
{
    const cli::CommandRegistry registry;
    auto parsed = cli::parseCommandLine(arguments, registry);
    if (!parsed.ok()) {
        cli::printErr(parsed.error().message);
        return static_cast<int>(parsed.error().kind);
    }
    const cli::CommandLine& line = parsed.value();
    cli::Context context(line);

#ifdef ANTRE_HAVE_PDF
    I18n i18n({u"cli"_s, u"report_pdf"_s});
#else
    I18n i18n({u"cli"_s});
#endif
    if (!I18n::isSupported(line.global.lang))
        return context.fail(cli::usageError(tr("--lang: \"%1\" is not en or id").arg(line.global.lang)));
    i18n.setLanguage(line.global.lang);

    // What an installed package is: printed as is, untranslated, for scripts and bug reports.
    if (line.global.version) {
        cli::printOut(u"antre " ANTRE_VERSION u"\n"_s);
        return 0;
    }
    if (!line.hasCommand) {
        cli::printOut(usageText(registry));
        return line.global.help ? 0 : 2;
    }
    if (!line.command)
        return context.fail(
            cli::usageError(tr("unknown command \"%1\" (see antre --help)").arg(line.commandName)));
    if (line.global.help) {
        cli::printOut(line.command->helpText());
        return 0;
    }
    return context.finish(line.command->run(context));
}

} // namespace antre
