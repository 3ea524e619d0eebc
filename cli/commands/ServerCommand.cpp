#include "cli/Cli.h"
#include "cli/Context.h"
#include "cli/Output.h"
#include "cli/commands/Commands.h"
#include "core/storage/PgRoles.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace antre::cli {

namespace {

class ServerCommand final : public Command
{
public:
    ServerCommand() : Command(u"server"_s) {}

    QStringList synopsis() const override { return {u"server init"_s}; }
    QString description() const override
    {
        return Cli::tr("On a PostgreSQL hall: creates the schema and the group roles antre_display, "
                       "antre_kiosk, antre_counter, antre_supervisor and antre_admin, each with only the "
                       "rights its devices need. Run it as the database's owner, again after each upgrade.");
    }

    int run(Context& c) override
    {
        if (auto st = c.expectWords(1, synopsis().constFirst()); !st.ok())
            return c.fail(st.error());
        if (c.words().constFirst() != u"init"_s)
            return c.fail(usageError(Cli::tr("usage: antre %1").arg(synopsis().constFirst())));
        if (auto st = PgRoles::init(c.dbPath()); !st.ok())
            return c.fail(st.error());
        if (c.json()) {
            printOut(
                jsonText({{u"ok"_s, true}, {u"roles"_s, QJsonArray::fromStringList(PgRoles::groupRoles())}}));
            return 0;
        }
        printOut(Cli::tr("roles ready on %1: %2\n").arg(c.dbPath(), PgRoles::groupRoles().join(u", "_s)));
        printOut(Cli::tr("give each device its own login in one of them, for instance:\n"
                         "  CREATE ROLE kiosk1 LOGIN PASSWORD '…' IN ROLE antre_kiosk;\n"));
        return 0;
    }
};

} // namespace

std::unique_ptr<Command> makeServerCommand()
{
    return std::make_unique<ServerCommand>();
}

} // namespace antre::cli
