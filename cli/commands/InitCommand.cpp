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
        return Cli::tr("Creates the database and sets up the hall from a configuration file (without one, an "
                       "empty hall to configure later).");
    }
    QList<Option> options() const override
    {
        return {{u"config"_s, u"FILE"_s, Cli::tr("the hall configuration to import (JSON)")}};
    }

    int run(Context& c) override
    {
        if (auto st = c.expectWords(0, synopsis().constFirst()); !st.ok())
            return c.fail(st.error());
        HallConfig config;
        if (c.args().has(u"config"_s)) {
            auto read = ConfigIo::readFile(c.args().value(u"config"_s));
            if (!read.ok())
                return c.fail(read.error());
            config = read.value();
        } else {
            config.site.name = Cli::tr("Public Service Hall");
        }
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
