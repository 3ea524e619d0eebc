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

class ConfigCommand final : public Command
{
public:
    ConfigCommand() : Command(u"config"_s) {}

    QStringList synopsis() const override { return {u"config import FILE"_s, u"config export"_s}; }
    QString description() const override
    {
        return Cli::tr("Imports a hall configuration (all or nothing, with a precise message for each "
                       "problem), or prints the one in force as JSON (without PINs).");
    }

    int run(Context& c) override
    {
        const QString sub = c.words().value(0);
        if (sub == u"import")
            return import(c);
        if (sub == u"export")
            return exportConfig(c);
        return c.fail(usageError(Cli::tr("usage: antre config import FILE | antre config export")));
    }

private:
    static int import(Context& c)
    {
        if (auto st = c.expectWords(2, u"config import FILE"_s); !st.ok())
            return c.fail(st.error());
        const QString file = c.words().at(1);
        auto read = ConfigIo::readFile(file);
        if (!read.ok())
            return c.fail(read.error());
        if (auto st = c.open(Need::Database); !st.ok())
            return c.fail(st.error());
        if (auto st = c.services().configs.import(read.value()); !st.ok())
            return c.fail(st.error());
        printOut(Cli::tr("imported %1\n").arg(file));
        return 0;
    }

    static int exportConfig(Context& c)
    {
        if (auto st = c.expectWords(1, u"config export"_s); !st.ok())
            return c.fail(st.error());
        if (auto st = c.open(); !st.ok())
            return c.fail(st.error());
        auto config = c.services().configs.load();
        if (!config.ok())
            return c.fail(config.error());
        printOut(QString::fromUtf8(ConfigIo::toJsonBytes(config.value())));
        return 0;
    }
};

} // namespace

std::unique_ptr<Command> makeConfigCommand()
{
    return std::make_unique<ConfigCommand>();
}

} // namespace antre::cli
