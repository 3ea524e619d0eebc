#include "cli/Cli.h"
#include "cli/Context.h"
#include "cli/Output.h"
#include "cli/commands/Commands.h"
#include "core/QueueService.h"
#include "core/hall/Hall.h"

using namespace Qt::Literals::StringLiterals;

namespace antre::cli {

namespace {

class CounterCommand final : public Command
{
public:
    CounterCommand() : Command(u"counter"_s) {}

    QStringList synopsis() const override
    {
        return {u"counter open COUNTER [--staff ID]"_s, u"counter break COUNTER [--reason R]"_s,
                u"counter resume COUNTER"_s, u"counter close COUNTER"_s};
    }
    QString description() const override
    {
        return Cli::tr(
            "Opens a counter (booth) for an officer, starts or ends a break, or closes it; prints the "
            "counter's new state.");
    }
    QList<Option> options() const override
    {
        return {{u"staff"_s, u"ID"_s, Cli::tr("open: the officer at the counter")},
                {u"reason"_s, u"R"_s, Cli::tr("break: why, shown on the display (istirahat)")}};
    }
    bool isSubcommand(const QString& word) const override
    {
        return word == u"open" || word == u"break" || word == u"resume" || word == u"close";
    }
    QStringList optionsOf(const QString& subcommand) const override
    {
        if (subcommand == u"open")
            return {u"staff"_s};
        if (subcommand == u"break")
            return {u"reason"_s};
        return {};
    }

    int run(Context& c) override
    {
        const QString sub = c.words().value(0);
        if (!isSubcommand(sub) || c.words().size() != 2)
            return c.fail(usageError(
                Cli::tr("usage: antre counter open|break|resume|close COUNTER [--staff ID] [--reason R]")));
        if (auto st = c.open(); !st.ok())
            return c.fail(st.error());
        QueueService& queue = c.services().queue;
        const QString counter = c.words().at(1);
        Status result = Done{};
        if (sub == u"open")
            result = queue.openCounter(counter, c.args().value(u"staff"_s));
        else if (sub == u"break")
            result = queue.startBreak(counter, c.args().value(u"reason"_s, u"istirahat"_s));
        else if (sub == u"resume")
            result = queue.resumeCounter(counter);
        else
            result = queue.closeCounter(counter);
        if (!result.ok())
            return c.fail(result.error());
        auto status = queue.counterStatus(counter);
        if (!status.ok())
            return c.fail(status.error());
        if (c.json())
            printOut(jsonText({{u"counter"_s, counter}, {u"state"_s, toKey(status.value().state)}}));
        else
            printOut(counter + u' ' + toKey(status.value().state) + u'\n');
        return 0;
    }
};

} // namespace

std::unique_ptr<Command> makeCounterCommand()
{
    return std::make_unique<CounterCommand>();
}

} // namespace antre::cli
