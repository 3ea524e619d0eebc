#pragma once

#include "core/storage/SqlDialect.h"

#include <QtGlobal>

namespace antre {

// SQLite: one file, WAL journal (the files <db>-wal and <db>-shm next to it), PRAGMAs for the settings and
// the schema version, sqlite_master for the catalogue.
//
// Opening is where SQLite differs most: a file may be read-only for this user, its folder may be read-only
// (so that -wal and -shm cannot be made), or a -shm left by a read-only user may be read-only although the
// database is not. plan() finds out which with access(2) and a lock probe, never by trying to write, and
// gives a read-only connection with the reason writes will be refused (see docs/RELIABILITY.md).
class SqliteDialect final : public SqlDialect
{
public:
    SqliteDialect() = default;
    Q_DISABLE_COPY_MOVE(SqliteDialect)

    // What is next to a database file and what this user may do with it.
    struct Files
    {
        bool exists = false;
        bool fileWritable = false;
        bool folderWritable = false;
        bool walExists = false;
        bool walWritable = false;
        qint64 walSize = 0;
        bool shmExists = false;
        bool shmWritable = false;
    };
    static Files inspect(const QString& path);
    // True while some connection (of any process, this one included) has the database's shared-memory index
    // open: SQLite holds a read lock on its byte 128 (the "DMS" lock) for as long as it uses the -shm.
    static bool sharedMemoryInUse(const QString& path);
    // A read-only URI that makes SQLite read the file as it is, without locks, -wal or -shm: only for a
    // database nobody has open (no -wal or -shm exists).
    static QString immutableUri(const QString& path);

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
    QString foreignKeyParentsQuery() const override;
    QString beginWriteStatement() const override;
    QString integrityCheckQuery() const override;
    QString backupStatement() const override;
    QString checkpointStatement() const override;
    QString changeCounterQuery() const override;
    StorageFault classify(const QString& driverMessage) const override;

private:
    // A connection that only reads, for a file whose -wal and -shm are as described.
    static Result<ConnectionPlan> readPlan(const QString& path, const Files& files, int busyTimeoutMs);
};

} // namespace antre
