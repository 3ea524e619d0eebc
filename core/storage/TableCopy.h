#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace antre {

class Database;

// What one table holds: its rows and a digest of their contents that does not depend on the order the
// database returns them in (two databases sort text differently) nor on how a driver types a value.
struct TableTally
{
    QString table;
    qint64 rows = 0;
    quint64 sum = 0; // of the rows' hashes, modulo 2^64
    quint64 mix = 0; // the rows' hashes xor-ed
    bool sameContents(const TableTally& other) const
    {
        return rows == other.rows && sum == other.sum && mix == other.mix;
    }
};

// Copies every table of one database into another of the same schema version, whichever dialects they are
// (a SQLite hall onto a PostgreSQL server, or back). Generic over tables and columns: the tables and their
// columns are read from the catalogue, so a table added to the schema is copied without a change here.
// Each value goes over as the driver read it, ids included.
class TableCopy final
{
    Q_DECLARE_TR_FUNCTIONS(TableCopy)
public:
    enum class IfNotEmpty
    {
        Refuse,
        Replace
    };
    // In one write transaction of target: refuses a target holding any row (unless Replace, which empties
    // it first), copies the tables, parents before the tables whose foreign keys name them, moves the
    // target's id numbering past the copied ids, then reads the copy back and compares every table's rows
    // and contents with what was read from source. Any difference rolls back and says which table differed
    // and how. Returns the tallies of source, in copy order.
    static Result<QList<TableTally>> copy(Database& source, Database& target, IfNotEmpty ifNotEmpty);
    // Deletes every row of every table (children first), in one write transaction.
    static Status clear(Database& target);
    // The tallies of every table, in copy order.
    static Result<QList<TableTally>> tally(Database& db);
};

} // namespace antre
