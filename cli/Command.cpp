#include "cli/Command.h"

#include "cli/Cli.h"
#include "cli/commands/Commands.h"

#include <QTextStream>

using namespace Qt::Literals::StringLiterals;

namespace antre::cli {

Command::Command(QString name) : m_name(std::move(name)) {}

Command::~Command() = default;

QStringList Command::optionsOf(const QString& subcommand) const
{
    Q_UNUSED(subcommand);
    QStringList names;
    for (const Option& o : options())
        names << o.name;
    return names;
}

std::optional<Option> Command::option(const QString& name) const
{
    for (const Option& o : options())
        if (o.name == name)
            return o;
    return std::nullopt;
}

QString Command::helpText() const
{
    QString out;
    QTextStream t(&out);
    const QStringList forms = synopsis();
    for (qsizetype i = 0; i < forms.size(); ++i)
        t << (i == 0 ? Cli::tr("usage: antre %1").arg(forms.at(i)) : u"       antre "_s + forms.at(i))
          << u'\n';
    t << u'\n' << description() << u'\n';
    const QList<Option> own = options();
    if (!own.isEmpty()) {
        t << u'\n' << Cli::tr("Options:") << u'\n';
        for (const Option& o : own) {
            const QString form = u"--"_s + o.name + (o.takesValue() ? u' ' + o.valueName : QString());
            t << u"  "_s << form.leftJustified(33) << u' ' << o.help << u'\n';
        }
    }
    t << u'\n'
      << Cli::tr("Every command also takes --db FILE, --json, --lang en|id and --help (see antre --help).")
      << u'\n';
    return out;
}

CommandRegistry::CommandRegistry()
{
    // The order of `antre --help`.
    m_commands.push_back(makeInitCommand());
    m_commands.push_back(makeDemoCommand());
    m_commands.push_back(makeConfigCommand());
    m_commands.push_back(makeIssueCommand());
    m_commands.push_back(makeCounterCommand());
    for (const CounterAction action : {CounterAction::Call, CounterAction::Recall, CounterAction::Serve,
                                       CounterAction::Done, CounterAction::NoShow, CounterAction::Transfer})
        m_commands.push_back(makeCounterTicketCommand(action));
    m_commands.push_back(makeTicketCommand(TicketAction::Requeue));
    m_commands.push_back(makeTicketCommand(TicketAction::Cancel));
    m_commands.push_back(makeStatusCommand());
    m_commands.push_back(makeReportCommand());
    m_commands.push_back(makeSurveyCommand());
    m_commands.push_back(makeAuditCommand());
    m_commands.push_back(makeStaffCommand());
    m_commands.push_back(makeBackupCommand());
    m_commands.push_back(makeCheckCommand());
    m_commands.push_back(makeRestoreCommand());
    m_commands.push_back(makeMigrateCommand());
    m_commands.push_back(makeServerCommand());
    m_commands.push_back(makeComplaintCommand());
}

CommandRegistry::~CommandRegistry() = default;

QList<const Command*> CommandRegistry::commands() const
{
    QList<const Command*> out;
    for (const auto& command : m_commands)
        out << command.get();
    return out;
}

Command* CommandRegistry::find(const QString& name) const
{
    for (const auto& command : m_commands)
        if (command->name() == name)
            return command.get();
    return nullptr;
}

} // namespace antre::cli
