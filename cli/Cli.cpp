#include "cli/Cli.h"

#include "cli/CommandLine.h"
#include "cli/Context.h"
#include "cli/Output.h"
#include "core/I18n.h"

#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {

QString usageText()
{
    return Cli::tr(R"(usage: antre [--db FILE] [--json] [--lang en|id] COMMAND ...

  init [--config FILE]              create the database (and import a hall configuration)
  demo [--history-days N] [--morning]
                                    create the demo hall (with N days of simulated history, and this
                                    morning played until now)
  config import FILE | config export
  issue SERVICE [--priority]        issue a ticket; prints its number, e.g. A-001
  counter open|break|resume|close COUNTER [--staff ID] [--reason R]
  call COUNTER | recall COUNTER | serve COUNTER | done COUNTER [--outcome completed|incomplete|referred]
  no-show COUNTER | transfer COUNTER SERVICE | requeue TICKET | cancel TICKET
  status                            waiting per service; each counter's state and ticket
  report daily [--date YYYY-MM-DD] [--format text|csv|json]
  report range --from YYYY-MM-DD --to YYYY-MM-DD [--format text|csv|json]
  report ombudsman [--from D --to D] --out FILE.pdf
                                    the Ombudsman's compliance report: the PDF and its CSV files
  audit verify                      check the hash chain of the audit log
  audit seal                        sign the log's head into the seal file beside the database
  staff add ID --name N --role officer|supervisor|admin [--counters L1,L2]   (PIN on stdin)
  staff login ID                    (PIN on stdin)
  backup FILE                       consistent copy of the database, safe while the hall runs
  check [--repair]                  integrity, audit chain and queue invariants (--repair removes
                                    report summaries that differ from their tickets)
  restore BACKUP                    put a checked backup back; the current database is kept aside

antre COMMAND --help shows a command's options.
The database is --db, else $ANTRE_DB, else %1.
ANTRE_NOW (ISO 8601 with offset) sets the clock for drills and tests.
Exit codes: 0 done, 1 error, 2 bad input, 3 nothing to do, 4 refused by a rule.
)")
        .arg(Cli::defaultDatabasePath());
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
        cli::printOut(usageText());
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
