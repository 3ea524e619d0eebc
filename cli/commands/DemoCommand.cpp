#include "cli/Cli.h"
#include "cli/Context.h"
#include "cli/Output.h"
#include "cli/commands/Commands.h"
#include "cli/commands/LiveDemo.h"
#include "core/Clock.h"
#include "core/Schedule.h"
#include "core/hall/DemoHall.h"

using namespace Qt::Literals::StringLiterals;

namespace antre::cli {

namespace {

class DemoCommand final : public Command
{
public:
    DemoCommand() : Command(u"demo"_s) {}

    QStringList synopsis() const override
    {
        return {u"demo [--history-days N] [--morning]"_s,
                u"demo --live [--speed N] [--day YYYY-MM-DD] [--for DURATION]"_s};
    }
    QString description() const override
    {
        return Cli::tr(
            "Creates the demo hall (MPP Kota Serang) in a new database, with simulated days before "
            "today and, with --morning, today from opening until now (ANTRE_NOW), played through "
            "the real queue engine with a fixed seed. With --live, plays a day of an existing demo hall as "
            "it happens, at the wall clock's pace or N times faster, until the hall closes or Ctrl+C.");
    }
    QList<Option> options() const override
    {
        return {
            {u"history-days"_s, u"N"_s, Cli::tr("days of simulated history before today, 0 to 366 (30)")},
            {u"morning"_s, {}, Cli::tr("also play this morning: booths open and serving, queues waiting")},
            {u"live"_s, {}, Cli::tr("play the day live in the existing hall, for the screens to watch")},
            {u"speed"_s, u"N"_s, Cli::tr("with --live: N simulated seconds per second, 1 to 3600 (1)")},
            {u"day"_s, u"YYYY-MM-DD"_s,
             Cli::tr("with --live: the day to play from its opening (today, from now)")},
            {u"for"_s, u"DURATION"_s, Cli::tr("with --live: stop after this long, e.g. 90s, 10m, 2h")}};
    }

    int run(Context& c) override
    {
        if (auto st = c.expectWords(0, u"demo [--history-days N]"_s); !st.ok())
            return c.fail(st.error());
        if (c.args().has(u"live"_s))
            return runLiveDemo(c);
        const QString daysText = c.args().value(u"history-days"_s, u"30"_s);
        bool isNumber = false;
        const int historyDays = daysText.toInt(&isNumber);
        if (!isNumber || historyDays < 0 || historyDays > 366)
            return c.fail(usageError(
                Cli::tr("--history-days: \"%1\" is not a number of days from 0 to 366").arg(daysText)));
        if (auto st = c.open(Need::NewDatabase); !st.ok())
            return c.fail(st.error());
        DemoHallOptions options;
        options.historyDays = historyDays;
        options.morning = c.args().has(u"morning"_s);
        auto made = DemoHall::create(c.hall(), options);
        if (!made.ok())
            return c.fail(made.error());
        const DemoHallResult& demo = made.value();
        printOut(Cli::tr("demo hall \"%1\" created in %2\n").arg(demo.config.site.name, c.dbPath()));
        if (demo.historyDays > 0)
            printOut(Cli::tr("%1 days of history simulated (%2 to %3): %4 tickets, %5 served\n")
                         .arg(demo.historyDays)
                         .arg(demo.firstDay.toString(Qt::ISODate), demo.lastDay.toString(Qt::ISODate))
                         .arg(demo.issued)
                         .arg(demo.served));
        if (demo.morning)
            printMorning(*demo.morning, c.clock().now().toTimeZone(Schedule::zone(demo.config.site.timezone)),
                         MorningOptions::demo(c.clock().now()).callingBooth);
        return 0;
    }

private:
    static void printMorning(const MorningResult& m, const QDateTime& localNow, const QString& callingBooth)
    {
        if (!m.played) {
            printOut(Cli::tr("no morning played: the hall is closed on %1 or has not opened yet\n")
                         .arg(m.day.toString(Qt::ISODate)));
            return;
        }
        printOut(Cli::tr("morning of %1 played until %2: %3 booths open, %4 tickets, %5 served\n")
                     .arg(m.day.toString(Qt::ISODate), Schedule::formatTime(localNow.time()))
                     .arg(m.boothsOpened)
                     .arg(m.issued)
                     .arg(m.served));
        if (!m.calledTicket.isEmpty())
            printOut(Cli::tr("%1 has just called %2\n").arg(callingBooth, m.calledTicket));
    }
};

} // namespace

std::unique_ptr<Command> makeDemoCommand()
{
    return std::make_unique<DemoCommand>();
}

} // namespace antre::cli
