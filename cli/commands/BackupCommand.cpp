#include "cli/Cli.h"
#include "cli/Context.h"
#include "cli/Output.h"
#include "cli/commands/Commands.h"
#include "core/hall/Hall.h"
#include "core/services/AuditService.h"
#include "core/services/BackupService.h"

#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace antre::cli {

namespace {

class BackupCommand final : public Command
{
public:
    BackupCommand() : Command(u"backup"_s) {}

    QStringList synopsis() const override
    {
        return {u"backup FILE"_s, u"backup --record ok FILE"_s, u"backup --record failed REASON"_s};
    }
    QString description() const override
    {
        return Cli::tr("Writes a consistent copy of the database to a new file, safe while the hall runs; an "
                       "existing file is never overwritten. With --record, writes nothing but records a "
                       "backup's outcome in the hall, for the supervisor's dashboard.");
    }
    QList<Option> options() const override
    {
        return {{u"record"_s, u"ok|failed"_s,
                 Cli::tr("record that the backup FILE was made and checked, or that a backup failed and "
                         "why (the nightly backup script does this)")}};
    }

    int run(Context& c) override
    {
        if (auto st = c.expectWords(1, synopsis().constFirst()); !st.ok())
            return c.fail(st.error());
        if (c.args().has(u"record"_s))
            return record(c);
        const QString target = c.words().at(0);
        // An empty name is a script's unset variable: say so, rather than what SQLite makes of "".
        if (target.isEmpty())
            return c.fail(usageError(Cli::tr("backup: the backup file name is empty")));
        if (auto st = c.open(Need::Database); !st.ok())
            return c.fail(st.error());
        // Sealed first, so that the copy holds the sealed head and its seal file vouches for the copy. A seal
        // that cannot be made (a damaged log, a key others may read) does not stop the backup: it is said.
        // An existing target is refused below, before anything is sealed for it.
        if (!QFileInfo::exists(target))
            if (auto sealed = c.services().audit.seal(); !sealed.ok())
                printErr(Cli::tr("backup: not sealed: %1").arg(sealed.error().message));
        if (auto st = c.hall().backupTo(target); !st.ok())
            return c.fail(st.error());
        if (auto st = c.services().audit.copySealsTo(target); !st.ok())
            printErr(Cli::tr("backup: %1").arg(st.error().message));
        printOut(Cli::tr("backup written to %1\n").arg(target));
        return 0;
    }

private:
    static int record(Context& c)
    {
        const QString outcome = c.args().value(u"record"_s);
        if (outcome != u"ok"_s && outcome != u"failed"_s)
            return c.fail(usageError(Cli::tr("backup: --record takes ok or failed, not %1").arg(outcome)));
        BackupRun run;
        run.ok = outcome == u"ok"_s;
        (run.ok ? run.file : run.reason) = c.words().at(0);
        if (c.words().at(0).trimmed().isEmpty())
            return c.fail(usageError(run.ok ? Cli::tr("backup: the backup file name is empty")
                                            : Cli::tr("backup: the reason of the failure is empty")));
        if (auto st = c.open(Need::Database); !st.ok())
            return c.fail(st.error());
        if (auto recorded = c.services().backups.record(run); !recorded.ok())
            return c.fail(recorded.error());
        printOut(run.ok ? Cli::tr("recorded: backup %1 made and checked\n").arg(run.file)
                        : Cli::tr("recorded: backup failed: %1\n").arg(run.reason));
        return 0;
    }
};

} // namespace

std::unique_ptr<Command> makeBackupCommand()
{
    return std::make_unique<BackupCommand>();
}

} // namespace antre::cli
