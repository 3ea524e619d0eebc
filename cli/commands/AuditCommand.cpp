#include "cli/Cli.h"
#include "cli/Context.h"
#include "cli/Output.h"
#include "cli/commands/Commands.h"
#include "core/hall/Hall.h"
#include "core/services/AuditService.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace antre::cli {

namespace {

class AuditCommand final : public Command
{
public:
    AuditCommand() : Command(u"audit"_s) {}

    QStringList synopsis() const override { return {u"audit verify"_s, u"audit seal"_s}; }
    QString description() const override
    {
        return Cli::tr(
            "Checks the hash chain of the audit log: every event since the hall was set up, in order "
            "and unchanged, and the log against every seal. \"audit seal\" records the log's head, signed "
            "with the hall's key, in the seal file beside the database.");
    }

    int run(Context& c) override
    {
        const QString verb = c.words().value(0);
        if ((verb != u"verify" && verb != u"seal") || c.words().size() != 1)
            return c.fail(usageError(Cli::tr("usage: antre audit verify | antre audit seal")));
        if (auto st = c.open(Need::Database); !st.ok())
            return c.fail(st.error());
        return verb == u"seal" ? seal(c) : verify(c);
    }

private:
    static int seal(Context& c)
    {
        auto sealed = c.services().audit.seal();
        if (!sealed.ok())
            return c.fail(sealed.error());
        const AuditSeal& s = sealed.value();
        printOut(c.json() ? jsonText({{u"ok"_s, true},
                                      {u"events"_s, s.events},
                                      {u"head"_s, s.head},
                                      {u"at"_s, s.at.toString(Qt::ISODateWithMs)}})
                          : Cli::tr("sealed: %1 events, head %2\n").arg(s.events).arg(s.head));
        return 0;
    }

    static int verify(Context& c)
    {
        auto inspected = c.services().audit.inspect();
        if (!inspected.ok()) {
            // A damaged file is not a damaged chain: its message says what to do, as for every command.
            if (inspected.error().code == ErrorCode::Corrupt)
                return c.fail(inspected.error());
            printErr(Cli::tr("audit log damaged: %1").arg(inspected.error().message));
            return 1;
        }
        const AuditVerification& v = inspected.value();
        if (v.ok()) {
            printOut(c.json() ? jsonText({{u"ok"_s, true}, {u"events"_s, v.events}})
                              : Cli::tr("ok: %1 events\n").arg(v.events));
            return 0;
        }
        if (c.json()) {
            QJsonArray listed;
            for (const AuditDamage& d : v.listed)
                listed.append(QJsonObject{{u"event"_s, d.event},
                                          {u"last_event"_s, d.lastEvent},
                                          {u"kind"_s, kindKey(d.kind)},
                                          {u"message"_s, d.message}});
            printOut(jsonText({{u"ok"_s, false},
                               {u"events"_s, v.events},
                               {u"damaged"_s, v.damaged},
                               {u"seals"_s, v.seals},
                               {u"damages"_s, listed}}));
        }
        printErr(Cli::tr("audit log damaged: %n damaged event(s)", nullptr,
                         int(qMin<qint64>(v.damaged, INT_MAX))));
        for (const AuditDamage& d : v.listed)
            printErr(u"  "_s + d.message);
        if (v.damaged > v.listed.size())
            printErr(Cli::tr("  … and more: only the first %1 are listed").arg(v.listed.size()));
        return 1;
    }

    static QString kindKey(AuditDamageKind kind)
    {
        switch (kind) {
        case AuditDamageKind::Edited:
            return u"edited"_s;
        case AuditDamageKind::Missing:
            return u"missing"_s;
        case AuditDamageKind::OutOfOrder:
            return u"out_of_order"_s;
        case AuditDamageKind::BadLink:
            return u"bad_link"_s;
        case AuditDamageKind::BadSeal:
            return u"bad_seal"_s;
        }
        return {};
    }
};

} // namespace

std::unique_ptr<Command> makeAuditCommand()
{
    return std::make_unique<AuditCommand>();
}

} // namespace antre::cli
