#include "cli/Cli.h"
#include "cli/Context.h"
#include "cli/Output.h"
#include "cli/commands/Commands.h"
#include "core/Clock.h"
#include "core/QueueService.h"
#include "core/Schedule.h"
#include "core/hall/Hall.h"
#include "core/services/SurveyService.h"
#include "core/survey/SurveyCsv.h"

#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace antre::cli {

namespace {

class SurveyCommand final : public Command
{
public:
    SurveyCommand() : Command(u"survey"_s) {}

    QStringList synopsis() const override
    {
        return {
            u"survey add --ticket A-001 [--date YYYY-MM-DD] --answers persyaratan=4,prosedur=3,…,sarana=4 "
            u"[--saran TEXT]"_s,
            u"survey import FILE.csv"_s};
    }
    QString description() const override
    {
        return Cli::tr("Records a satisfaction survey (SKM) response for a served ticket of the last 7 days, "
                       "or imports paper forms from a CSV file (all or nothing).");
    }
    QList<Option> options() const override
    {
        return {{u"ticket"_s, u"A-001"_s, Cli::tr("add: the ticket of the visit rated")},
                {u"date"_s, u"YYYY-MM-DD"_s, Cli::tr("add: the ticket's day (today)")},
                {u"answers"_s, u"CODE=1..4,…"_s, Cli::tr("add: the nine elements' scores, in any order")},
                {u"saran"_s, u"TEXT"_s, Cli::tr("add: the citizen's suggestion")}};
    }
    bool isSubcommand(const QString& word) const override { return word == u"add" || word == u"import"; }
    QStringList optionsOf(const QString& subcommand) const override
    {
        if (subcommand == u"add")
            return {u"ticket"_s, u"date"_s, u"answers"_s, u"saran"_s};
        return {};
    }

    int run(Context& c) override
    {
        const QString sub = c.words().value(0);
        if (sub == u"add")
            return add(c);
        if (sub == u"import")
            return import(c);
        return c.fail(usageError(Cli::tr("usage: antre survey add --ticket A-001 --answers … | antre survey "
                                         "import FILE.csv")));
    }

private:
    int add(Context& c) const
    {
        if (auto st = c.expectWords(1, synopsis().constFirst()); !st.ok())
            return c.fail(st.error());
        if (!c.args().has(u"ticket"_s) || !c.args().has(u"answers"_s))
            return c.fail(usageError(Cli::tr("survey add needs --ticket and --answers")));
        const auto ticket = TicketNumber::parse(c.args().value(u"ticket"_s));
        if (!ticket)
            return c.fail(usageError(Cli::tr("--ticket: \"%1\" is not a ticket number like A-001")
                                         .arg(c.args().value(u"ticket"_s))));
        auto answers = SurveyAnswers::parse(c.args().value(u"answers"_s));
        if (!answers.ok())
            return c.fail(answers.error());
        auto given = dateOption(c, u"date"_s);
        if (!given.ok())
            return c.fail(given.error());
        if (auto st = c.open(); !st.ok())
            return c.fail(st.error());
        QDate date = given.value();
        if (!date.isValid()) {
            auto hall = c.services().queue.config();
            if (!hall.ok())
                return c.fail(hall.error());
            date = Schedule::businessDay(c.clock().now(), Schedule::zone(hall.value().site.timezone));
        }
        SurveyResponse response;
        response.ticket = *ticket;
        response.businessDay = date;
        response.answers = answers.value();
        response.saran = c.args().value(u"saran"_s);
        response.source = SurveySource::Cli;
        auto recorded = c.services().survey.record(response);
        if (!recorded.ok())
            return c.fail(recorded.error());
        if (c.json())
            printOut(jsonText({{u"response"_s, recorded.value()},
                               {u"ticket"_s, ticket->toString()},
                               {u"date"_s, date.toString(Qt::ISODate)}}));
        else
            printOut(Cli::tr("recorded the survey of %1 (%2)\n")
                         .arg(ticket->toString(), date.toString(Qt::ISODate)));
        return 0;
    }

    static int import(Context& c)
    {
        if (auto st = c.expectWords(2, u"survey import FILE.csv"_s); !st.ok())
            return c.fail(st.error());
        const QString file = c.words().at(1);
        auto rows = SurveyCsv::readFile(file);
        if (!rows.ok())
            return c.fail(rows.error());
        if (auto st = c.open(); !st.ok())
            return c.fail(st.error());
        auto stored = c.services().survey.importPaper(rows.value(), QFileInfo(file).fileName());
        if (!stored.ok())
            return c.fail(stored.error());
        if (c.json())
            printOut(jsonText({{u"file"_s, file}, {u"imported"_s, stored.value()}}));
        else
            printOut(Cli::tr("imported %n survey response(s) from %1\n", nullptr, stored.value()).arg(file));
        return 0;
    }
};

} // namespace

std::unique_ptr<Command> makeSurveyCommand()
{
    return std::make_unique<SurveyCommand>();
}

} // namespace antre::cli
