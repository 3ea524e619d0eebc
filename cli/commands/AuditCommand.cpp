#include "Cli.h"
#include "Context.h"
#include "Output.h"
#include "commands/Commands.h"
#include "hall/Hall.h"
#include "services/AuditService.h"

using namespace Qt::Literals::StringLiterals;

namespace antre::cli {

namespace {

class AuditCommand final : public Command
{
public:
    AuditCommand() : Command(u"audit"_s) {}

    QStringList synopsis() const override { return {u"audit verify"_s}; }
    QString description() const override
    {
        return Cli::tr(
            "Checks the hash chain of the audit log: every event since the hall was set up, in order "
            "and unchanged.");
    }

    int run(Context& c) override
    {
        if (c.words().value(0) != u"verify" || c.words().size() != 1)
            return c.fail(usageError(Cli::tr("usage: antre audit verify")));
        if (auto st = c.open(Need::Database); !st.ok())
            return c.fail(st.error());
        auto verified = c.services().audit.verify();
        if (!verified.ok()) {
            printErr(Cli::tr("audit log damaged: %1").arg(verified.error().message));
            return 1;
        }
        printOut(c.json() ? jsonText({{u"ok"_s, true}, {u"events"_s, verified.value()}})
                          : Cli::tr("ok: %1 events\n").arg(verified.value()));
        return 0;
    }
};

} // namespace

std::unique_ptr<Command> makeAuditCommand()
{
    return std::make_unique<AuditCommand>();
}

} // namespace antre::cli
