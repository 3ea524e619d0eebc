#include "cli/Cli.h"
#include "cli/Context.h"
#include "cli/Output.h"
#include "cli/commands/Commands.h"
#include "core/QueueService.h"
#include "core/hall/Hall.h"

using namespace Qt::Literals::StringLiterals;

namespace antre::cli {

namespace {

class IssueCommand final : public Command
{
public:
    IssueCommand() : Command(u"issue"_s) {}

    QStringList synopsis() const override { return {u"issue SERVICE [--priority]"_s}; }
    QString description() const override
    {
        return Cli::tr("Issues a ticket for a service, as the kiosk does; prints its number, e.g. A-001.");
    }
    QList<Option> options() const override
    {
        return {
            {u"priority"_s, {}, Cli::tr("a priority ticket (elderly, disabled, pregnant, small children)")}};
    }

    int run(Context& c) override
    {
        if (auto st = c.expectWords(1, synopsis().constFirst()); !st.ok())
            return c.fail(st.error());
        if (auto st = c.open(); !st.ok())
            return c.fail(st.error());
        auto issued = c.services().queue.issue(c.words().at(0), c.args().has(u"priority"_s));
        if (!issued.ok())
            return c.fail(issued.error());
        const IssuedTicket& t = issued.value();
        if (c.json())
            printOut(jsonText({{u"ticket"_s, t.number.toString()},
                               {u"service"_s, t.serviceCode},
                               {u"priority"_s, t.priority},
                               {u"ahead"_s, t.ahead},
                               {u"estimated_wait_min"_s, t.estimatedWaitMin}}));
        else
            printOut(t.number.toString() + u'\n');
        return 0;
    }
};

} // namespace

std::unique_ptr<Command> makeIssueCommand()
{
    return std::make_unique<IssueCommand>();
}

} // namespace antre::cli
