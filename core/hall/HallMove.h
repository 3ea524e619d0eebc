#pragma once

#include "core/Result.h"
#include "core/storage/TableCopy.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace antre {

class Clock;

// What a move copied and verified.
struct HallMoveResult
{
    QList<TableTally> tables; // every table, in copy order, with its rows
    qint64 auditEvents = 0;   // the audit chain's length, verified on both sides
};

// Moves a hall to another database (antre migrate): a SQLite hall onto a PostgreSQL server, or any direction
// both dialects allow. The source must pass antre check and audit verify first (a damaged hall is not
// spread); the target's schema is made or migrated, then every table is copied in one transaction on the
// target and compared with the source (TableCopy); after the commit the target must pass the same checks,
// with the same audit chain, or it is emptied again. The source is never changed.
class HallMove final
{
    Q_DECLARE_TR_FUNCTIONS(HallMove)
public:
    enum class IfNotEmpty
    {
        Refuse,
        Replace
    };
    static Result<HallMoveResult> run(const QString& from, const QString& to, IfNotEmpty ifNotEmpty,
                                      const Clock& clock);
};

} // namespace antre
