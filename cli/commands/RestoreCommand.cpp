#include "cli/Cli.h"
#include "cli/Context.h"
#include "cli/Output.h"
#include "cli/commands/Commands.h"
#include "core/Clock.h"
#include "core/hall/Hall.h"
#include "core/services/IntegrityService.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace antre::cli {

namespace {

// The files of one SQLite hall besides the main one: its write-ahead log and shared memory, and its seals.
// The key (hall.db.key) is not among them: it belongs to the hall, not to one copy of its data.
const QStringList kCompanions = {u"-wal"_s, u"-shm"_s, u".seals"_s};

bool isFileLocation(const QString& location)
{
    return !location.startsWith(u"postgres://"_s) && !location.startsWith(u"postgresql://"_s) &&
           !location.contains(u'=');
}

Error ioError(const QString& message)
{
    return makeError(ErrorKind::Internal, ErrorCode::Io, message);
}

// Moves a hall's file and its companions to a new name, all or nothing.
Status moveHallFiles(const QString& from, const QString& to)
{
    QStringList moved;
    for (const QString& suffix : QStringList{QString()} + kCompanions) {
        if (!QFileInfo::exists(from + suffix))
            continue;
        if (!QFile::rename(from + suffix, to + suffix)) {
            for (const QString& done : moved)
                QFile::rename(to + done, from + done);
            return ioError(Cli::tr("restore: cannot rename %1 to %2; nothing was changed")
                               .arg(from + suffix, to + suffix));
        }
        moved << suffix;
    }
    return Done{};
}

void removeHallFiles(const QString& path)
{
    for (const QString& suffix : QStringList{QString()} + kCompanions)
        QFile::remove(path + suffix);
}

class RestoreCommand final : public Command
{
public:
    RestoreCommand() : Command(u"restore"_s) {}

    QStringList synopsis() const override { return {u"restore BACKUP"_s}; }
    QString description() const override
    {
        return Cli::tr("Puts a backup back as the hall database: the backup is checked first on a copy (a "
                       "damaged file, a file that is not an Antre hall or one that fails antre check is "
                       "refused and nothing changes); the current database is kept aside, renamed with the "
                       "time of the restore. Stop the hall's programs first.");
    }

    int run(Context& c) override
    {
        if (auto st = c.expectWords(1, synopsis().constFirst()); !st.ok())
            return c.fail(st.error());
        const QString backup = c.words().at(0);
        const QString& db = c.dbPath();
        if (backup.isEmpty())
            return c.fail(usageError(Cli::tr("restore: the backup file name is empty")));
        if (!isFileLocation(db))
            return c.fail(makeError(ErrorKind::BadInput, ErrorCode::BadLocation,
                                    Cli::tr("restore: %1 is not a database file; a PostgreSQL hall is "
                                            "restored with its own tools (pg_restore)")
                                        .arg(db)));
        const QFileInfo backupInfo(backup);
        if (!backupInfo.isFile())
            return c.fail(makeError(ErrorKind::BadInput, ErrorCode::NoDatabase,
                                    Cli::tr("restore: backup file not found: %1").arg(backup)));
        const QFileInfo dbInfo(db);
        if (dbInfo.exists() && dbInfo.canonicalFilePath() == backupInfo.canonicalFilePath())
            return c.fail(usageError(Cli::tr("restore: %1 is the hall database itself").arg(backup)));

        QString clockError;
        const std::unique_ptr<Clock> clock = clockFromEnvironment(false, &clockError);
        if (!clock)
            return c.fail(usageError(clockError));
        const QString stamp = clock->now().toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_s);

        // The backup is never opened itself (opening migrates an older schema): a copy beside the hall is,
        // and that copy, checked, is what takes the hall's place, by a rename on the same file system.
        const QString staging = db + u".restoring-"_s + stamp;
        removeHallFiles(staging);
        if (!QFile::copy(backup, staging))
            return c.fail(ioError(Cli::tr("restore: cannot copy %1 to %2").arg(backup, staging)));
        if (QFileInfo::exists(backup + u".seals"_s) &&
            !QFile::copy(backup + u".seals"_s, staging + u".seals"_s)) {
            removeHallFiles(staging);
            return c.fail(ioError(Cli::tr("restore: cannot copy %1").arg(backup + u".seals"_s)));
        }
        if (auto checked = checkCopy(staging, *clock); !checked.ok()) {
            removeHallFiles(staging);
            const Error& e = checked.error();
            // The copy's name means nothing to the reader: the finding is about the backup.
            QString finding = e.message;
            finding.replace(staging, backup);
            return c.fail(
                makeError(e.kind, e.code,
                          Cli::tr("restore: %1 is refused, nothing was changed: %2").arg(backup, finding)));
        }

        const QString aside = db + u".before-restore-"_s + stamp;
        if (QFileInfo::exists(db)) {
            if (auto st = moveHallFiles(db, aside); !st.ok()) {
                removeHallFiles(staging);
                return c.fail(st.error());
            }
        }
        QFile::remove(staging + u"-shm"_s);
        if (auto st = moveHallFiles(staging, db); !st.ok()) {
            // Putting the previous database back is all that is left to try; if that fails too, both are
            // said.
            if (auto back = moveHallFiles(aside, db); !back.ok())
                printErr(back.error().message);
            removeHallFiles(staging);
            return c.fail(st.error());
        }
        if (QFileInfo::exists(aside))
            printOut(
                Cli::tr("restored %1 from %2; the previous database is kept as %3\n").arg(db, backup, aside));
        else
            printOut(Cli::tr("restored %1 from %2\n").arg(db, backup));
        return 0;
    }

private:
    // The copy opened as a hall (its schema migrated if it is older) and checked as antre check does.
    static Status checkCopy(const QString& copy, const Clock& clock)
    {
        auto opened = Hall::open(copy, clock, Hall::IfMissing::Fail);
        if (!opened.ok())
            return opened.error();
        const std::unique_ptr<Hall> hall = std::move(opened).value();
        QStringList problems;
        for (const IntegrityFinding& f : hall->services().integrity.check(IntegrityService::Mode::ReadOnly))
            if (!f.ok)
                problems << f.check + u": " + f.problem;
        if (auto corrupt = hall->corruption())
            return *corrupt;
        if (!problems.isEmpty())
            return makeError(ErrorKind::Internal, ErrorCode::Corrupt,
                             Cli::tr("it does not pass antre check (%1)").arg(problems.join(u"; "_s)));
        return Done{};
    }
};

} // namespace

std::unique_ptr<Command> makeRestoreCommand()
{
    return std::make_unique<RestoreCommand>();
}

} // namespace antre::cli
