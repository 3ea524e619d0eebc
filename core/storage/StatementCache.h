#pragma once

#include "core/Result.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include <memory>
#include <unordered_map>

class QSqlDatabase;

namespace antre {

class Database;

struct StatementSlot;

// A statement borrowed from a StatementCache for one execution. It is reset (QSqlQuery::finish) when it goes
// out of scope: a statement left stepping would keep its read snapshot open, which blocks the WAL checkpoint
// and turns a later BEGIN IMMEDIATE of this connection into SQLITE_BUSY_SNAPSHOT.
class Statement final
{
public:
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    ~Statement();
    Q_DISABLE_COPY(Statement)

    QSqlQuery& query();
    const QSqlQuery& query() const;
    bool next();
    // next() that tells the end of the rows from a row that cannot be read: true on a row, false at the end,
    // or the read error (Database::nextRow; a damaged file marks the connection).
    Result<bool> step();
    // After a loop over next(): Done at the end of the rows, or the read error (Database::rowsEnded).
    Status ended() const;
    QVariant value(int index) const;
    QVariant lastInsertId() const;
    // Resets early, so that the read snapshot ends before the caller writes or calls out.
    void finish();

private:
    friend class StatementCache;
    explicit Statement(StatementSlot* slot);
    explicit Statement(std::unique_ptr<QSqlQuery> own);

    StatementSlot* m_slot = nullptr;  // a cached statement, marked busy while borrowed
    std::unique_ptr<QSqlQuery> m_own; // a one-off statement, when the cached one is already borrowed
};

// Prepared statements of one connection, kept for the life of the cache: SQLite's parser was the largest
// single cost of a write (Qt prepares every QSqlQuery anew). Each text is prepared once, then only bound and
// executed. The cache must not outlive its connection (whoever owns the connection outlives whoever owns the
// cache); SQLite re-prepares a statement by itself after a schema change, and a statement prepared before the
// connection was opened again (Database::ensureConnected) is prepared anew.
class StatementCache final
{
public:
    explicit StatementCache(QSqlDatabase& db);
    // A cache that lives as long as the connection: it drops its statements when the connection is reopened
    // (Database::watchReopen). Short-lived caches take the QSqlDatabase.
    explicit StatementCache(Database& db);
    ~StatementCache();
    Q_DISABLE_COPY_MOVE(StatementCache)

    // The connection's name, unique for the life of the process: a key for what is kept per connection.
    QString connectionName() const;
    // Whether every statement is a round trip to a server (PostgreSQL) rather than a call into a library
    // (SQLite): callers that loop over small statements then ask for all the rows at once.
    bool isRemote() const;
    // Like Database::run: binds positionally and executes; the error names the statement's purpose.
    // A statement still borrowed (nested use of the same text) is run as a one-off instead.
    Result<Statement> run(const QString& sql, const QVariantList& args = {});

private:
    void dropPrepared();

    QSqlDatabase& m_db;
    Database* m_database = nullptr; // watched for reopenings, when given
    std::unordered_map<QString, std::unique_ptr<StatementSlot>> m_slots;
};

} // namespace antre
