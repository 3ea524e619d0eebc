#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace antre {

// What a connection is asked to do.
struct ConnectionRequest
{
    QString location;             // a file for SQLite; a URI, service=NAME or conninfo for PostgreSQL
    bool write = true;            // false: a read-only connection is enough
    bool createIfMissing = false; // a missing database is made (antre init, antre demo, fresh test files)
    int busyTimeoutMs = 5000;
};

// How one connection reaches the database, decided by the dialect before the connection is opened.
struct ConnectionPlan
{
    QString databaseName;   // for QSqlDatabase::setDatabaseName
    QString connectOptions; // for QSqlDatabase::setConnectOptions
    bool exists = true;     // false: opening makes a new, empty database
    // Set when the connection can only read although a writer was asked for: every write returns it.
    std::optional<Error> writeRefusal;
};

// What a driver error means for the person at the booth.
enum class StorageFault
{
    Other,
    Busy,         // another connection holds the lock past the busy timeout
    DiskFull,     // nothing more fits
    ReadOnly,     // the database cannot be written by this user
    Io,           // the disk failed or the file cannot grow
    CannotOpen,   // the database (or what it needs next to it) cannot be opened
    NotADatabase, // not a database of this kind, or damaged
    Unreachable,  // the database server cannot be reached, or the connection to it was lost
    Denied,       // the connection's database role may not do this (a kiosk changing the configuration)
};

// The storage seam: everything the core needs that plain, portable SQL cannot say. The core writes its
// queries in portable SQL (see docs/ARCHITECTURE.md, "Storage seam"); what differs between databases —
// connection settings, the schema version, the write lock, the catalogue, backup, change detection, the
// schema scripts and their trigger syntax — is asked of the dialect. A second database is a new dialect and
// its scripts, not edits through the engine, reports and CLI.
class SqlDialect
{
public:
    SqlDialect() = default;
    virtual ~SqlDialect() = default;
    Q_DISABLE_COPY_MOVE(SqlDialect)

    // The dialect for a location: PostgreSQL for a postgresql:// or postgres:// URI, service=NAME or a libpq
    // key=value conninfo; SQLite for a file path.
    static std::unique_ptr<SqlDialect> forLocation(const QString& location);

    virtual QString driver() const = 0; // the Qt SQL driver

    // Connections. plan() checks the location (missing, not writable, …) and changes nothing but what a
    // request implies: the folder of a new database, a stale SQLite -shm nobody uses. probePlan() reaches an
    // existing database read-only, in a way that leaves nothing behind (the first look at a file that may
    // belong to another program).
    virtual Result<ConnectionPlan> plan(const ConnectionRequest& request) const = 0;
    virtual Result<ConnectionPlan> probePlan(const QString& location) const = 0;
    // Run on every connection that writes, right after it opened. syncEveryCommit false is for generating
    // history in bulk only (Database::Durability::BulkUnsafe).
    virtual QStringList sessionSettings(bool syncEveryCommit) const = 0;
    // Run on every connection, reading or writing, right after it opened (before sessionSettings).
    virtual QStringList connectionSettings() const { return {}; }

    // Rows of integers packed into one text value: a statement whose single row has one column, the rows of
    // `SELECT columns FROM fromWhere ORDER BY orderBy` each as its values in decimal separated by ',' (NULL:
    // nothing between the commas) and ended by '\n' (NULL when there are no rows); read it with PackedRows.
    // Where reading each value of each row costs the driver more than the database's work (QPSQL parses
    // every value from text into a QVariant, ~0.3 µs each), one value per day instead of six per ticket.
    // Empty: the driver reads rows fast enough (SQLite), read them as they are.
    virtual QString packedRowsQuery(const QStringList& columns, const QString& fromWhere,
                                    const QString& orderBy) const
    {
        Q_UNUSED(columns);
        Q_UNUSED(fromWhere);
        Q_UNUSED(orderBy);
        return {};
    }

    // The schema version: one row, one integer column (0 for a database without a schema).
    virtual QString schemaVersionQuery() const = 0;
    virtual QString setSchemaVersionStatement(int version) const = 0;
    // The scripts (resource paths) that take a schema from version - 1 to version; version 1 makes it.
    virtual QStringList scriptsOfVersion(int version) const = 0;
    // A script as single statements, in order.
    virtual QStringList splitScript(const QString& script) const = 0;

    // The catalogue: names of the tables and triggers (one column).
    virtual QString tableNamesQuery() const = 0;
    virtual QString triggerNamesQuery() const = 0;
    // For moving a hall between databases (TableCopy). The tables one table's foreign keys name (one
    // parameter: the table; one column). The tables of the dialect's own bookkeeping, which a copy leaves
    // alone (PostgreSQL's schema version row). The columns numbered by the database (one parameter: the
    // table; one column), with the statement that moves a column's numbering past its largest value; no
    // query where the database numbers past the largest row by itself (SQLite's rowid).
    virtual QString foreignKeyParentsQuery() const = 0;
    virtual QStringList bookkeepingTables() const { return {}; }
    virtual QString identityColumnsQuery() const { return {}; }
    virtual QString advanceIdentityStatement(const QString& table, const QString& column) const
    {
        Q_UNUSED(table);
        Q_UNUSED(column);
        return {};
    }

    // A write transaction that takes the write lock up front (no deadlock half-way between writers).
    virtual QString beginWriteStatement() const = 0;
    // Run right after beginWriteStatement (the write lock, where BEGIN cannot take it), and right before the
    // COMMIT of every write transaction (a change notification that is sent only if it commits).
    virtual QStringList afterBeginWriteStatements() const { return {}; }
    virtual QStringList beforeCommitStatements() const { return {}; }
    // Whether statements without parameters may go to the database together, as one text of several
    // statements answered each in turn: BEGIN then goes with afterBeginWriteStatements and COMMIT after
    // beforeCommitStatements, one round trip each to a server instead of one per statement.
    virtual bool sendsStatementsTogether() const { return false; }
    // Rows of text, the single row "ok" when the database is sound.
    virtual QString integrityCheckQuery() const = 0;
    // An online backup into a new file (one parameter: its path), consistent while others write.
    virtual QString backupStatement() const = 0;
    // Where backupStatement is empty: what to run instead, said to the user as the reason of the refusal.
    virtual QString backupAdvice(const QString& location, const QString& target) const
    {
        Q_UNUSED(location);
        Q_UNUSED(target);
        return {};
    }
    // Moves committed changes into the main database (SQLite's write-ahead log).
    virtual QString checkpointStatement() const = 0;
    // One integer that changes whenever another connection commits; cheap enough to poll 40 times a second.
    virtual QString changeCounterQuery() const = 0;

    virtual StorageFault classify(const QString& driverMessage) const = 0;
};

} // namespace antre
