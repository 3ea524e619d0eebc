#include "cli/Cli.h"
#include "cli/Context.h"
#include "cli/Output.h"
#include "cli/commands/Commands.h"
#include "core/ConfigIo.h"
#include "core/hall/Hall.h"
#include "core/services/ConfigService.h"

using namespace Qt::Literals::StringLiterals;

namespace antre::cli {

namespace {

class InitCommand final : public Command
{
public:
    InitCommand() : Command(u"init"_s) {}

    QStringList synopsis() const override { return {u"init [--config FILE]"_s}; }
    QString description() const override
    {
        return Cli::tr("Creates the database and sets up the hall from a configuration file (without one, "
                       "says how else to begin: the demo hall or the supervisor's first-run wizard).");
    }
    QList<Option> options() const override
    {
        return {{u"config"_s, u"FILE"_s, Cli::tr("the hall configuration to import (JSON)")}};
    }

    int run(Context& c) override
    {
        if (auto st = c.expectWords(0, synopsis().constFirst()); !st.ok())
            return c.fail(st.error());
        // Without a configuration there is no hall to make yet: an empty one would only answer "nothing"
        // everywhere. The newcomer learns the three ways in instead, and no file is made.
        if (!c.args().has(u"config"_s))
            return c.fail(usageError(Cli::tr(
                "antre init needs the hall's configuration. To set up a hall, do one of:\n"
                "  antre demo                    the demo hall (MPP Kota Serang), to try Antre out\n"
                "  antre init --config FILE      a hall from its configuration file (JSON); on a hall "
                "already made: antre config import FILE\n"
                "  antre-supervisor              the first-run wizard: the hall, its first service and "
                "booth, the first administrator")));
        auto read = ConfigIo::readFile(c.args().value(u"config"_s));
        if (!read.ok())
            return c.fail(read.error());
        const HallConfig config = read.value();
        if (auto st = c.open(Need::NewDatabase); !st.ok())
            return c.fail(st.error());
        ConfigService& configs = c.services().configs;
        if (configs.isInitialized())
            return c.fail(
                makeError(ErrorKind::Refused, ErrorCode::AlreadyInitialized,
                          Cli::tr("%1 is already set up; use 'antre config import FILE' to change it")
                              .arg(c.dbPath())));
        if (auto st = configs.import(config); !st.ok())
            return c.fail(st.error());
        printOut(Cli::tr("initialized %1\n").arg(c.dbPath()));
        return 0;
    }
};

} // namespace

std::unique_ptr<Command> makeInitCommand()
{
    return std::make_unique<InitCommand>();
}

} // namespace antre::cli
