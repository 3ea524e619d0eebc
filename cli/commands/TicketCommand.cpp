#include "cli/Cli.h"
#include "cli/Context.h"
#include "cli/commands/Commands.h"
#include "cli/commands/TicketOutput.h"
#include "core/QueueService.h"
#include "core/hall/Hall.h"

using namespace Qt::Literals::StringLiterals;

namespace antre::cli {

namespace {

// What a supervisor does with a ticket by its number: put it back in line, or cancel it.
class TicketCommand final : public Command
{
public:
    explicit TicketCommand(TicketAction action)
        : Command(action == TicketAction::Requeue ? u"requeue"_s : u"cancel"_s), m_action(action)
    {}

    QStringList synopsis() const override { return {name() + u" TICKET"_s}; }
    QString description() const override
    {
        return m_action == TicketAction::Requeue
                   ? Cli::tr("Puts a ticket of today (e.g. A-001) back in line at its place.")
                   : Cli::tr("Cancels a ticket of today (e.g. A-001).");
    }

    int run(Context& c) override
    {
        if (auto st = c.expectWords(1, synopsis().constFirst()); !st.ok())
            return c.fail(st.error());
        const auto number = TicketNumber::parse(c.words().at(0));
        if (!number)
            return c.fail(
                usageError(Cli::tr("\"%1\" is not a ticket number like A-001").arg(c.words().at(0))));
        if (auto st = c.open(); !st.ok())
            return c.fail(st.error());
        QueueService& queue = c.services().queue;
        return printTicket(c, m_action == TicketAction::Requeue ? queue.requeue(*number)
                                                                : queue.cancel(*number));
    }

private:
    TicketAction m_action;
};

} // namespace

std::unique_ptr<Command> makeTicketCommand(TicketAction action)
{
    return std::make_unique<TicketCommand>(action);
}

} // namespace antre::cli
