#pragma once

#include "core/Result.h"
#include "core/storage/SqlDialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <functional>
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>
#include <vector>

namespace antre {

// One connection with the house settings (for SQLite: WAL, busy_timeout, foreign keys, synchronous=FULL)
// and the schema migrations, run from the dialect's scripts. What is particular to the database engine is
// asked of the SqlDialect (see SqlDialect.h and docs/ARCHITECTURE.md, "Storage seam").
// A Database belongs to the thread that opened it.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    static constexpr int kSchemaVersion = 7;
    static constexpr int kBusyTimeoutMs = 5000;

    enum class Mode
    {
        ReadWrite,
        ReadOnly
    };
    // How commits reach the disk. Full, the default and the only choice for a running hall: every commit
    // is synced, so a printed ticket survives a power cut. BulkUnsafe turns syncing off (synchronous=OFF)
    // for generating history in bulk (the demo's simulated days, benchmark fixtures) where a lost file is
    // simply generated again; never use it for a hall's live database.
    enum class Durability
    {
        Full,
        BulkUnsafe
    };
    // What a missing file means. Create: a new hall (antre init, antre demo, fresh test and benchmark files);
    // the file and its folder are made. Fail: a mistyped path, refused with "database file not found";
    // an empty database made there would answer every question with "nothing", and check or backup would
    // pass on it. ReadOnly always fails on a missing file.
    enum class IfMissing
    {
        Create,
        Fail
    };
    // Opens (in ReadWrite mode migrating the schema) the file at path. An existing file is first looked at
    // read-only: a database of another program, or one whose schema version contradicts its tables, is
    // refused untouched. A ReadWrite open of a file this user cannot write reads (the schema must be current)
    // and refuses every write with the reason (read-only, see canWrite()).
    static Result<std::unique_ptr<Database>> open(const QString& path, Mode mode = Mode::ReadWrite,
                                                  Durability durability = Durability::Full,
                                                  IfMissing ifMissing = IfMissing::Create);
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    QSqlDatabase& sql() { return m_db; }
    const QString& path() const { return m_path; }
    const SqlDialect& dialect() const { return *m_dialect; }
    // False when the database was opened read-only (asked for, or because this user cannot write it).
    bool canWrite() const { return !m_writeRefusal.has_value() && !m_readOnly; }

    // Runs body inside BEGIN IMMEDIATE … COMMIT. The body's error rolls back and is returned as is, except
    // that a full or failing disk is reported as such (code disk_full / io); a failed COMMIT rolls back and
    // is reported as Internal. Nested calls are not supported.
    Status write(const std::function<Status(QSqlDatabase&)>& body);
    // Bulk generation only (the hall simulator, benchmark fixtures): runs body in one transaction, and every
    // write() inside it in a savepoint of that transaction, so that thousands of small writes cost one
    // commit. Other processes see nothing until the end and cannot write meanwhile; never use it for a live
    // hall.
    Status batch(const std::function<Status()>& body);

    // After a statement found the connection gone (the PostgreSQL server restarted, the network cut): opens
    // it again, with the session settings, and the statement caches prepare their statements anew. Attempts
    // are spaced from 200 ms doubling up to 5 s, so a program polling while the server is down does not
    // hammer it; between attempts, and when an attempt fails, the answer is unreachable. Done at once when
    // the connection is fine, and never inside a write (whose transaction died with the connection).
    Status ensureConnected();
    // Changes each time the connection is opened again: what was prepared on an older one is gone.
    static int connectionGeneration(const QSqlDatabase& db);
    // Called by a reopening after the old connection closed and before the new one opens: a statement cache
    // drops what it prepared then, so that freeing those statements never touches the new session (where
    // the server does not know them, and inside a transaction the failed DEALLOCATE would abort it).
    void watchReopen(const void* owner, std::function<void()> closed);
    void unwatchReopen(const void* owner);

    // Integrity check ("ok" when healthy).
    Result<QString> integrityCheck();
    // Online backup of the whole database into a new file (safe while others write).
    Status backupTo(const QString& targetPath);
    // Names of the triggers in the database, sorted.
    Result<QStringList> triggerNames();
    // Moves what the write-ahead log holds into the database file and empties the log, synced.
    Status checkpoint();

    static Error sqlError(const QString& what, const QString& detail);
    // Whether queries on this connection may be forward-only (streamed) while another one is read: on SQLite
    // yes; QPSQL needs buffered results for that.
    static bool canInterleaveResults(const QSqlDatabase& db);

    // The error of a statement that failed to prepare or execute, naming its purpose (its text). A damaged
    // database file gives ErrorCode::Corrupt and marks the connection, so that it writes nothing more.
    static Error statementError(const QString& sql, const QSqlQuery& query);

    // Reading rows. QSqlQuery::next() answers false both at the last row and when a row cannot be read (a
    // damaged page, a failing disk); a loop that only tests next() takes a read error for the end of the
    // data and carries on with a short answer. Every loop over rows goes through these.
    //
    // Calls fn(const QSqlQuery&) for each row. fn returns void; or bool, false stopping early; or Status,
    // whose error stops the loop and is returned. A row that cannot be read is the returned error.
    template <typename Fn> static Status forEachRow(QSqlQuery& query, Fn&& fn);
    // Steps to the next row: true on a row, false at the end of the rows, or the read error.
    static Result<bool> nextRow(QSqlQuery& query);
    // Why next() answered false: Done at the end of the rows, or the read error. For a loop that stepped
    // through rows itself (and any query stopped early: it then reports nothing).
    // `what` names the read in an error other than a damaged file ("Database error while <what>: …").
    static Status rowsEnded(const QSqlQuery& query, const QString& what = {});
    // Whether the connection has met a damaged file; the error then says what to do. Every later write on
    // it is refused with that error.
    std::optional<Error> corruption() const;
    // Binds positionally to a prepared statement, an empty QVariant as NULL and a null QString as ''.
    static void bind(QSqlQuery& query, const QVariantList& args);
    // Prepares, binds positionally and executes; the error names the statement's purpose.
    static Result<QSqlQuery> run(QSqlDatabase& db, const QString& sql, const QVariantList& args = {});
    // Runs a text of several statements without parameters, sent together (SqlDialect::
    // sendsStatementsTogether); the error is the first statement's that failed, the ones after it not run.
    static Result<QSqlQuery> runEach(QSqlDatabase& db, const QString& sql);

private:
    Database(QSqlDatabase db, QString path, QString connection, std::unique_ptr<SqlDialect> dialect);
    Status migrate();
    Status refuseWrite() const;
    Status checkSchemaIsCurrent();
    Error storageError(const Error& error) const;
    Status reopen();

    QSqlDatabase m_db;
    QString m_path;
    QString m_connection;
    std::unique_ptr<SqlDialect> m_dialect;
    std::optional<Error> m_writeRefusal; // why this connection, opened to write, can only read
    bool m_readOnly = false;             // opened with Mode::ReadOnly
    bool m_inBatch = false;
    bool m_inWrite = false;
    bool m_syncEveryCommit = true; // Durability::Full, for the session settings of a reopened connection
    int m_backoffMs = 0;           // wait before the next reconnection attempt; 0 after a good one
    qint64 m_nextAttemptMs = 0;    // steady clock
    std::vector<std::pair<const void*, std::function<void()>>> m_reopenWatchers;
};

template <typename Fn> Status Database::forEachRow(QSqlQuery& query, Fn&& fn)
{
    using Answer = std::invoke_result_t<Fn&, const QSqlQuery&>;
    for (;;) {
        auto more = nextRow(query);
        if (!more.ok())
            return more.error();
        if (!more.value())
            return Done{};
        if constexpr (std::is_void_v<Answer>) {
            fn(std::as_const(query));
        } else if constexpr (std::is_same_v<Answer, bool>) {
            if (!fn(std::as_const(query)))
                return Done{};
        } else {
            if (Status status = fn(std::as_const(query)); !status.ok())
                return status;
        }
    }
}

} // namespace antre
