#include "cli/Cli.h"
#include "cli/Context.h"
#include "cli/commands/Commands.h"
#include "cli/commands/TicketOutput.h"
#include "core/QueueService.h"
#include "core/hall/Hall.h"

using namespace Qt::Literals::StringLiterals;

namespace antre::cli {

namespace {

QString nameOf(CounterAction action)
{
    switch (action) {
    case CounterAction::Call:
        return u"call"_s;
    case CounterAction::Recall:
        return u"recall"_s;
    case CounterAction::Serve:
        return u"serve"_s;
    case CounterAction::Done:
        return u"done"_s;
    case CounterAction::NoShow:
        return u"no-show"_s;
    case CounterAction::Transfer:
        return u"transfer"_s;
    }
    return {};
}

// What an officer does with the ticket at a counter: call the next one, call it again, start serving it,
// finish it, mark that nobody came, or send it on to another service.
class CounterTicketCommand final : public Command
{
public:
    explicit CounterTicketCommand(CounterAction action) : Command(nameOf(action)), m_action(action) {}

    QStringList synopsis() const override
    {
        if (m_action == CounterAction::Done)
            return {u"done COUNTER [--outcome completed|incomplete|referred]"_s};
        return {usageLine()};
    }
    QString description() const override
    {
        switch (m_action) {
        case CounterAction::Call:
            return Cli::tr("Calls the next ticket to the counter; prints the number and the counter.");
        case CounterAction::Recall:
            return Cli::tr("Calls the counter's current ticket again.");
        case CounterAction::Serve:
            return Cli::tr("Starts serving the ticket called to the counter.");
        case CounterAction::Done:
            return Cli::tr("Finishes the ticket being served at the counter.");
        case CounterAction::NoShow:
            return Cli::tr("Marks that nobody came for the ticket called to the counter.");
        case CounterAction::Transfer:
            return Cli::tr("Sends the counter's ticket on to another service, keeping its place in line.");
        }
        return {};
    }
    QList<Option> options() const override
    {
        if (m_action == CounterAction::Done)
            return {{u"outcome"_s, u"completed|incomplete|referred"_s, Cli::tr("how it ended (completed)")}};
        return {};
    }

    int run(Context& c) override
    {
        if (auto st = c.expectWords(m_action == CounterAction::Transfer ? 2 : 1, usageLine()); !st.ok())
            return c.fail(st.error());
        if (auto st = c.open(); !st.ok())
            return c.fail(st.error());
        std::optional<Outcome> outcome;
        if (m_action == CounterAction::Done) {
            const QString key = c.args().value(u"outcome"_s, u"completed"_s);
            outcome = outcomeFromKey(key);
            if (!outcome)
                return c.fail(usageError(
                    Cli::tr("--outcome: \"%1\" is not completed, incomplete or referred").arg(key)));
        }
        QueueService& queue = c.services().queue;
        const QString counter = c.words().at(0);
        switch (m_action) {
        case CounterAction::Call:
            return printCall(c, queue.callNext(counter));
        case CounterAction::Recall:
            return printCall(c, queue.recall(counter));
        case CounterAction::Serve:
            return printTicket(c, queue.startServing(counter));
        case CounterAction::Done:
            return printTicket(c, queue.finish(counter, *outcome));
        case CounterAction::NoShow:
            return printTicket(c, queue.markNoShow(counter));
        case CounterAction::Transfer:
            return printTicket(c, queue.transfer(counter, c.words().at(1)));
        }
        return 1;
    }

private:
    QString usageLine() const
    {
        return name() + (m_action == CounterAction::Transfer ? u" COUNTER SERVICE"_s : u" COUNTER"_s);
    }

    CounterAction m_action;
};

} // namespace

std::unique_ptr<Command> makeCounterTicketCommand(CounterAction action)
{
    return std::make_unique<CounterTicketCommand>(action);
}

} // namespace antre::cli
