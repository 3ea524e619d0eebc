#include "cli/commands/TicketOutput.h"

#include "cli/Context.h"
#include "cli/Output.h"

using namespace Qt::Literals::StringLiterals;

namespace antre::cli {

int printCall(const Context& c, const Result<CallInfo>& call)
{
    if (!call.ok())
        return c.fail(call.error());
    const CallInfo& info = call.value();
    if (c.json())
        printOut(jsonText({{u"ticket"_s, info.number.toString()},
                           {u"service"_s, info.serviceCode},
                           {u"counter"_s, info.counterCode}}));
    else
        printOut(info.number.toString() + u' ' + info.counterCode + u'\n');
    return 0;
}

int printTicket(const Context& c, const Result<TicketInfo>& ticket)
{
    if (!ticket.ok())
        return c.fail(ticket.error());
    const TicketInfo& t = ticket.value();
    if (c.json()) {
        QJsonObject o{{u"ticket"_s, t.number.toString()},
                      {u"service"_s, t.serviceCode},
                      {u"status"_s, toKey(t.status)}};
        if (!t.counterCode.isEmpty())
            o.insert(u"counter"_s, t.counterCode);
        if (t.outcome)
            o.insert(u"outcome"_s, toKey(*t.outcome));
        printOut(jsonText(o));
    } else {
        printOut(t.number.toString() + u' ' + toKey(t.status) + u'\n');
    }
    return 0;
}

} // namespace antre::cli
