#include "cli/Cli.h"
#include "cli/Context.h"
#include "cli/Output.h"
#include "cli/commands/Commands.h"
#include "core/QueueService.h"
#include "core/hall/Hall.h"

#include <QJsonArray>
#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace antre::cli {

namespace {

QString localTime(const QDateTime& utc, const QString& zoneId)
{
    return utc.isValid() ? utc.toTimeZone(Schedule::zone(zoneId)).toString(u"HH:mm"_s) : QString();
}

QJsonObject statusJson(const HallStatus& hall)
{
    QJsonArray services;
    for (const auto& s : hall.services) {
        QJsonObject o{{u"code"_s, s.code},
                      {u"name"_s, s.name},
                      {u"agency"_s, s.agencyCode},
                      {u"waiting"_s, s.waiting},
                      {u"waiting_priority"_s, s.waitingPriority},
                      {u"issued_today"_s, s.issuedToday},
                      {u"served_today"_s, s.servedToday},
                      {u"open"_s, s.availability.isOpen()}};
        if (s.quota)
            o.insert(u"quota"_s, *s.quota);
        if (!s.availability.isOpen())
            o.insert(u"reason"_s, s.availability.reason());
        if (s.oldestWaitingSince.isValid())
            o.insert(u"longest_wait_min"_s, s.oldestWaitingSince.secsTo(hall.at) / 60);
        services.append(o);
    }
    QJsonArray counters;
    for (const auto& c : hall.counters) {
        QJsonObject o{{u"code"_s, c.code},
                      {u"name"_s, c.name},
                      {u"state"_s, toKey(c.state)},
                      {u"should_be_staffed"_s, c.shouldBeStaffed}};
        if (!c.staffId.isEmpty())
            o.insert(u"staff"_s, c.staffId);
        if (!c.breakReason.isEmpty())
            o.insert(u"reason"_s, c.breakReason);
        if (c.current)
            o.insert(u"ticket"_s, QJsonObject{{u"number"_s, c.current->number.toString()},
                                              {u"status"_s, toKey(c.current->status)}});
        counters.append(o);
    }
    return {{u"site"_s, hall.siteName},
            {u"day"_s, hall.businessDay.toString(Qt::ISODate)},
            {u"services"_s, services},
            {u"counters"_s, counters}};
}

QString statusText(const HallStatus& hall, const QString& zone)
{
    QString out;
    QTextStream t(&out);
    t << hall.siteName << u" — "_s << hall.businessDay.toString(Qt::ISODate) << u' '
      << localTime(hall.at, zone) << u"\n\n"_s;
    t << Cli::tr("Services") << u'\n';
    for (const auto& s : hall.services) {
        t << u"  "_s << s.code.leftJustified(10) << s.name.left(36).leftJustified(37)
          << Cli::tr("waiting %1").arg(s.waiting)
          << (s.waitingPriority > 0 ? Cli::tr(" (%1 priority)").arg(s.waitingPriority) : QString()) << u"  "_s
          << Cli::tr("issued %1").arg(s.issuedToday) << u"  "_s
          << (s.availability.isOpen() ? Cli::tr("open") : s.availability.reason()) << u'\n';
    }
    t << u'\n' << Cli::tr("Counters") << u'\n';
    for (const auto& c : hall.counters) {
        t << u"  "_s << c.code.leftJustified(6) << c.name.leftJustified(12)
          << Labels::counterState(c.state).leftJustified(10);
        if (!c.staffName.isEmpty())
            t << u' ' << c.staffName;
        if (!c.breakReason.isEmpty())
            t << u" ("_s << c.breakReason << u')';
        if (c.current)
            t << u"  "_s << c.current->number.toString() << u' ' << Labels::status(c.current->status);
        if (c.shouldBeStaffed)
            t << u"  "_s << Cli::tr("! should be staffed now");
        t << u'\n';
    }
    return out;
}

class StatusCommand final : public Command
{
public:
    StatusCommand() : Command(u"status"_s) {}

    QStringList synopsis() const override { return {u"status"_s}; }
    QString description() const override
    {
        return Cli::tr("Shows the hall now: waiting per service, each counter's state and ticket.");
    }

    int run(Context& c) override
    {
        if (auto st = c.expectWords(0, synopsis().constFirst()); !st.ok())
            return c.fail(st.error());
        if (auto st = c.open(); !st.ok())
            return c.fail(st.error());
        QueueService& queue = c.services().queue;
        auto hall = queue.status();
        if (!hall.ok())
            return c.fail(hall.error());
        auto config = queue.config();
        printOut(c.json() ? jsonText(statusJson(hall.value()))
                          : statusText(hall.value(),
                                       config.ok() ? config.value().site.timezone : u"Asia/Jakarta"_s));
        return 0;
    }
};

} // namespace

std::unique_ptr<Command> makeStatusCommand()
{
    return std::make_unique<StatusCommand>();
}

} // namespace antre::cli
