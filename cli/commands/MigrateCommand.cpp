#include "cli/Cli.h"
#include "cli/Context.h"
#include "cli/Output.h"
#include "cli/commands/Commands.h"
#include "core/Clock.h"
#include "core/hall/HallMove.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace antre::cli {

namespace {

class MigrateCommand final : public Command
{
public:
    MigrateCommand() : Command(u"migrate"_s) {}

    QStringList synopsis() const override { return {u"migrate --from DB --to DB [--replace]"_s}; }
    QString description() const override
    {
        return Cli::tr("Moves a hall into another database (a SQLite file onto a PostgreSQL server, or back) "
                       "with its whole history, and verifies the copy (antre check, audit verify, every "
                       "table's rows) before saying done. The source is not changed.");
    }
    QList<Option> options() const override
    {
        return {{u"from"_s, u"DB"_s, Cli::tr("the hall to copy (a file, or a PostgreSQL location)")},
                {u"to"_s, u"DB"_s, Cli::tr("the database to copy it into; it must be empty")},
                {u"replace"_s, {}, Cli::tr("empty a target that is not empty first (its data is lost)")}};
    }

    int run(Context& c) override
    {
        if (auto st = c.expectWords(0, synopsis().constFirst()); !st.ok())
            return c.fail(st.error());
        if (!c.args().has(u"from"_s) || !c.args().has(u"to"_s))
            return c.fail(usageError(Cli::tr("migrate: give both --from and --to")));
        QString clockError;
        const std::unique_ptr<Clock> clock = clockFromEnvironment(false, &clockError);
        if (!clock)
            return c.fail(usageError(clockError));
        const QString from = c.args().value(u"from"_s);
        const QString to = c.args().value(u"to"_s);
        auto moved = HallMove::run(from, to,
                                   c.args().has(u"replace"_s) ? HallMove::IfNotEmpty::Replace
                                                              : HallMove::IfNotEmpty::Refuse,
                                   *clock);
        if (!moved.ok())
            return c.fail(moved.error());
        qint64 rows = 0;
        QJsonArray tables;
        for (const TableTally& tally : moved.value().tables) {
            rows += tally.rows;
            tables.append(QJsonObject{{u"table"_s, tally.table}, {u"rows"_s, tally.rows}});
        }
        if (c.json()) {
            printOut(jsonText(
                {{u"ok"_s, true}, {u"tables"_s, tables}, {u"audit_events"_s, moved.value().auditEvents}}));
            return 0;
        }
        for (const TableTally& tally : moved.value().tables)
            printOut(Cli::tr("%1 %2 rows\n").arg(tally.table, -24).arg(tally.rows));
        printOut(Cli::tr("moved %1 to %2: %3 tables, %4 rows; the audit chain (%5 events), antre check and "
                         "every table's rows verified\n")
                     .arg(from, to)
                     .arg(moved.value().tables.size())
                     .arg(rows)
                     .arg(moved.value().auditEvents));
        return 0;
    }
};

} // namespace

std::unique_ptr<Command> makeMigrateCommand()
{
    return std::make_unique<MigrateCommand>();
}

} // namespace antre::cli
