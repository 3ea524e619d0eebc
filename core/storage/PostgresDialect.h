#pragma once

#include "core/storage/SqlDialect.h"

#include <QList>
#include <QPair>

namespace antre {

// PostgreSQL, the hall server: Qt's QPSQL driver over libpq. A location is a postgresql:// (or postgres://)
// URI, service=NAME, or a libpq key=value conninfo ("host=srv dbname=hall"); plan() turns each into libpq
// keywords for QSqlDatabase::setConnectOptions, adding a connect timeout and TCP keepalives so that a dead
// server is noticed within seconds. Passwords never come with the location: libpq reads ~/.pgpass,
// PGPASSFILE, the service file and the PG* environment by itself.
//
// Writes are serialised like SQLite's BEGIN IMMEDIATE: BEGIN (READ COMMITTED) and at once a
// transaction-scoped advisory lock, so that every statement after it sees all earlier commits (see
// docs/ARCHITECTURE.md).
class PostgresDialect final : public SqlDialect
{
public:
    PostgresDialect() = default;
    ~PostgresDialect() override = default;
    Q_DISABLE_COPY_MOVE(PostgresDialect)

    // Whether a location names a PostgreSQL database rather than an SQLite file.
    static bool isPostgresLocation(const QString& location);
    // The libpq keywords of a location, in order; an error for a password or a location that cannot be read.
    static Result<QList<QPair<QString, QString>>> keywords(const QString& location);
    // The advisory lock every write transaction takes first (any constant, the same in every program).
    static constexpr qint64 kWriteLockKey = 0x416e747265; // "Antre"
    // The channel of NOTIFY after each write (lower case: PostgreSQL folds unquoted names).
    static constexpr const char* kChangeChannel = "antre_changes";

    // What an SQLSTATE (QSqlError::nativeErrorCode on QPSQL) means: class 08 (connection exception) and
    // 57P01–57P03 (the server shut down or restarting) Unreachable; 53300 (too many connections)
    // Unreachable too, as no connection is to be had now; 40001 (serialization failure), 40P01 (deadlock)
    // and 55P03 (lock timeout) Busy; 53100 DiskFull; 25006 ReadOnly; 42501 (insufficient privilege) Denied;
    // 58030 Io; XX001/XX002 NotADatabase. Class 23 (a unique or other constraint violated, 23505 …) is Other
    // on purpose: SQLite's "UNIQUE constraint failed" is the plain database error too, and every figure and
    // code is the same on both. Other, so that the message decides, for anything else or an empty code.
    static StorageFault faultOfState(const QString& sqlState);
    // Whether running the transaction again may succeed: a serialization failure or a deadlock, which
    // PostgreSQL resolved by rolling this one back.
    static bool isRetryableState(const QString& sqlState);
    // A backup of the database at location into target with pg_dump -Fc (found on PATH or in PostgreSQL
    // 15's folder), waiting for it; the refusal with backupAdvice when pg_dump is not installed.
    Status dump(const QString& location, const QString& target) const;

    QString driver() const override;
    Result<ConnectionPlan> plan(const ConnectionRequest& request) const override;
    Result<ConnectionPlan> probePlan(const QString& location) const override;
    QStringList sessionSettings(bool syncEveryCommit) const override;
    QStringList connectionSettings() const override;
    QString packedRowsQuery(const QStringList& columns, const QString& fromWhere,
                            const QString& orderBy) const override;
    QString schemaVersionQuery() const override;
    QString setSchemaVersionStatement(int version) const override;
    QStringList scriptsOfVersion(int version) const override;
    QStringList splitScript(const QString& script) const override;
    QString tableNamesQuery() const override;
    QString triggerNamesQuery() const override;
    QString foreignKeyParentsQuery() const override;
    QStringList bookkeepingTables() const override;
    QString identityColumnsQuery() const override;
    QString advanceIdentityStatement(const QString& table, const QString& column) const override;
    QString beginWriteStatement() const override;
    QStringList afterBeginWriteStatements() const override;
    QStringList beforeCommitStatements() const override;
    bool sendsStatementsTogether() const override;
    QString integrityCheckQuery() const override;
    QString backupStatement() const override;
    QString backupAdvice(const QString& location, const QString& target) const override;
    QString checkpointStatement() const override;
    QString changeCounterQuery() const override;
    StorageFault classify(const QString& driverMessage) const override;
};

} // namespace antre
