#include "cli/Cli.h"
#include "cli/Context.h"
#include "cli/Output.h"
#include "cli/commands/Commands.h"
#include "core/ConfigIo.h"
#include "core/PinHasher.h"
#include "core/hall/Hall.h"
#include "core/services/StaffService.h"

#include <QFile>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace antre::cli {

namespace {

// The PIN is one short line. Read a bounded amount, so that a PIN "typed" from /dev/zero or a huge file is
// refused at once instead of filling the memory; nullopt when the line is longer than any PIN could be.
std::optional<QString> readPin()
{
    constexpr qint64 kMaxLine = 64;
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return QString();
    const QByteArray line = in.readLine(kMaxLine + 1);
    if (line.size() > kMaxLine && !line.endsWith('\n'))
        return std::nullopt;
    return QString::fromUtf8(line).trimmed();
}

Error pinUsageError()
{
    return usageError(Cli::tr("the PIN read from standard input must be 4 to 12 digits"));
}

class StaffCommand final : public Command
{
public:
    StaffCommand() : Command(u"staff"_s) {}

    QStringList synopsis() const override
    {
        return {u"staff add ID --name N --role officer|supervisor|admin [--counters L1,L2]"_s,
                u"staff login ID"_s};
    }
    QString description() const override
    {
        return Cli::tr(
            "Adds or updates a staff account, or checks a login; the PIN (4 to 12 digits) is read from "
            "standard input.");
    }
    QList<Option> options() const override
    {
        return {{u"name"_s, u"N"_s, Cli::tr("add: the full name")},
                {u"role"_s, u"officer|supervisor|admin"_s, Cli::tr("add: what the account may do")},
                {u"counters"_s, u"L1,L2"_s, Cli::tr("add: the counters an officer may open")}};
    }
    bool isSubcommand(const QString& word) const override { return word == u"add" || word == u"login"; }
    QStringList optionsOf(const QString& subcommand) const override
    {
        if (subcommand == u"add")
            return Command::optionsOf(subcommand);
        return {};
    }

    int run(Context& c) override
    {
        const QString sub = c.words().value(0);
        if (!isSubcommand(sub) || c.words().size() != 2)
            return c.fail(usageError(
                Cli::tr("usage: antre staff add ID --name N --role R [--counters L1,L2] | staff login ID")));
        if (auto st = c.open(); !st.ok())
            return c.fail(st.error());
        return sub == u"login" ? login(c) : add(c);
    }

private:
    static int login(Context& c)
    {
        // A PIN that cannot be one (empty, letters, a flood of bytes) is a mistake at the keyboard or in a
        // script, not a guess: it is refused before the login and never counts as a failed attempt.
        const auto pin = readPin();
        if (!pin || !PinHasher::isWellFormedPin(*pin))
            return c.fail(pinUsageError());
        auto member = c.services().staff.login(c.words().at(1), *pin);
        if (!member.ok())
            return c.fail(member.error());
        printOut(c.json()
                     ? jsonText({{u"id"_s, member.value().id},
                                 {u"name"_s, member.value().name},
                                 {u"role"_s, toKey(member.value().role)}})
                     : Cli::tr("ok: %1 (%2)\n").arg(member.value().name, Labels::role(member.value().role)));
        return 0;
    }

    static int add(Context& c)
    {
        const QString id = c.words().at(1);
        StaffConfig member;
        member.id = id;
        member.name = c.args().value(u"name"_s).trimmed();
        if (member.name.isEmpty())
            return c.fail(usageError(Cli::tr("staff add: --name is required")));
        const auto role = roleFromKey(c.args().value(u"role"_s));
        if (!role)
            return c.fail(usageError(Cli::tr("--role: \"%1\" is not officer, supervisor or admin")
                                         .arg(c.args().value(u"role"_s))));
        member.role = *role;
        const QString counters = c.args().value(u"counters"_s);
        if (!counters.isEmpty())
            member.counters = counters.split(u',', Qt::SkipEmptyParts);
        // The rules of a configuration file for the ID (a code) and the name, so that what is saved here
        // comes back through config export and import.
        HallConfig probe;
        probe.staff = {member};
        const QString at = u"staff[0]."_s;
        for (const QString& problem : ConfigIo::validate(probe))
            if (problem.startsWith(at + u"id: "_s) || problem.startsWith(at + u"name: "_s))
                return c.fail(usageError(Cli::tr("staff add: %1").arg(problem.mid(at.size()))));
        const auto pin = readPin();
        if (!pin || !PinHasher::isWellFormedPin(*pin))
            return c.fail(pinUsageError());
        member.pin = *pin;
        if (auto st = c.services().staff.save(member); !st.ok())
            return c.fail(st.error());
        printOut(Cli::tr("staff %1 saved\n").arg(id));
        return 0;
    }
};

} // namespace

std::unique_ptr<Command> makeStaffCommand()
{
    return std::make_unique<StaffCommand>();
}

} // namespace antre::cli
