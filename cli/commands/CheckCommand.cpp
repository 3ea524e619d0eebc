#include "cli/Cli.h"
#include "cli/Context.h"
#include "cli/Output.h"
#include "cli/commands/Commands.h"
#include "core/hall/Hall.h"
#include "core/services/IntegrityService.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace antre::cli {

namespace {

class CheckCommand final : public Command
{
public:
    CheckCommand() : Command(u"check"_s) {}

    QStringList synopsis() const override { return {u"check [--repair]"_s}; }
    QString description() const override
    {
        return Cli::tr(
            "Checks the database's integrity, the audit chain, the queue's invariants and the report "
            "summaries; changes nothing unless --repair is given. Exit code 1 when a check fails.");
    }
    QList<Option> options() const override
    {
        return {{u"repair"_s,
                 {},
                 Cli::tr("remove report summaries that differ from their tickets (reports make "
                         "them again) and say so")}};
    }

    int run(Context& c) override
    {
        if (auto st = c.expectWords(0, synopsis().constFirst()); !st.ok())
            return c.fail(st.error());
        if (auto st = c.open(Need::Database); !st.ok())
            return c.fail(st.error());
        const auto mode =
            c.args().has(u"repair"_s) ? IntegrityService::Mode::Repair : IntegrityService::Mode::ReadOnly;
        QStringList problems;
        QJsonArray results;
        for (const IntegrityFinding& f : c.services().integrity.check(mode)) {
            results.append(QJsonObject{{u"check"_s, f.check}, {u"ok"_s, f.ok}, {u"problem"_s, f.problem}});
            if (!f.ok)
                problems << f.check + u": " + f.problem;
            else if (!c.json())
                printOut(Cli::tr("ok    %1\n").arg(f.check));
        }
        if (c.json())
            printOut(jsonText({{u"ok"_s, problems.isEmpty()}, {u"checks"_s, results}}));
        for (const auto& problem : problems)
            printErr(Cli::tr("FAIL  %1").arg(problem));
        return problems.isEmpty() ? 0 : 1;
    }
};

} // namespace

std::unique_ptr<Command> makeCheckCommand()
{
    return std::make_unique<CheckCommand>();
}

} // namespace antre::cli
