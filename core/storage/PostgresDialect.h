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
    Q_DISABLE_COPY_MOVE(PostgresDialect)

    // Whether a location names a PostgreSQL database rather than an SQLite file.
    static bool isPostgresLocation(const QString& location);
    // The libpq keywords of a location, in order; an error for a password or a location that cannot be read.
    static Result<QList<QPair<QString, QString>>> keywords(const QString& location);
    // The advisory lock every write transaction takes first (any constant, the same in every program).
    static constexpr qint64 kWriteLockKey = 0x416e747265; // "Antre"
    // The channel of NOTIFY after each write (lower case: PostgreSQL folds unquoted names).
    static constexpr const char* kChangeChannel = "antre_changes";

    QString driver() const override;
    Result<ConnectionPlan> plan(const ConnectionRequest& request) const override;
    Result<ConnectionPlan> probePlan(const QString& location) const override;
    QStringList sessionSettings(bool syncEveryCommit) const override;
    QString schemaVersionQuery() const override;
    QString setSchemaVersionStatement(int version) const override;
    QStringList scriptsOfVersion(int version) const override;
    QStringList splitScript(const QString& script) const override;
    QString tableNamesQuery() const override;
    QString triggerNamesQuery() const override;
    QString beginWriteStatement() const override;
    QStringList afterBeginWriteStatements() const override;
    QStringList beforeCommitStatements() const override;
    QString integrityCheckQuery() const override;
    QString backupStatement() const override;
    QString backupAdvice(const QString& location, const QString& target) const override;
    QString checkpointStatement() const override;
    QString changeCounterQuery() const override;
    StorageFault classify(const QString& driverMessage) const override;
};

} // namespace antre
