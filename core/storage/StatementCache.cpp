#include "core/storage/StatementCache.h"

#include "core/storage/Database.h"

#include <QSqlError>

namespace antre {

struct StatementSlot
{
    explicit StatementSlot(const QSqlDatabase& db) : query(db) {}
    QSqlQuery query;
    bool busy = false;
    int generation = 0; // Database::connectionGeneration when prepared
};

namespace {

bool bindAndExec(QSqlQuery& query, const QVariantList& args)
{
    Database::bind(query, args);
    return query.exec();
}

Error statementError(const QString& sql, const QSqlQuery& query)
{
    return Database::statementError(sql, query);
}

} // namespace

Statement::Statement(StatementSlot* slot) : m_slot(slot)
{
    m_slot->busy = true;
}

Statement::Statement(std::unique_ptr<QSqlQuery> own) : m_own(std::move(own)) {}

Statement::Statement(Statement&& other) noexcept : m_slot(other.m_slot), m_own(std::move(other.m_own))
{
    other.m_slot = nullptr;
}

Statement::~Statement()
{
    if (m_slot) {
        m_slot->query.finish();
        m_slot->busy = false;
    }
}

QSqlQuery& Statement::query()
{
    return m_slot ? m_slot->query : *m_own;
}

const QSqlQuery& Statement::query() const
{
    return m_slot ? m_slot->query : *m_own;
}

bool Statement::next()
{
    return query().next();
}

Result<bool> Statement::step()
{
    return Database::nextRow(query());
}

Status Statement::ended() const
{
    return Database::rowsEnded(query());
}

QVariant Statement::value(int index) const
{
    return query().value(index);
}

QVariant Statement::lastInsertId() const
{
    return query().lastInsertId();
}

void Statement::finish()
{
    query().finish();
}

StatementCache::StatementCache(QSqlDatabase& db) : m_db(db) {}

StatementCache::StatementCache(Database& db) : m_db(db.sql()), m_database(&db)
{
    db.watchReopen(this, [this] { dropPrepared(); });
}

StatementCache::~StatementCache()
{
    if (m_database)
        m_database->unwatchReopen(this);
}

void StatementCache::dropPrepared()
{
    // The connection is closed now: freeing a statement cannot reach any server. One still borrowed up the
    // stack stays; run() replaces it on its next use (its generation is old).
    std::erase_if(m_slots, [](const auto& entry) { return !entry.second->busy; });
}

QString StatementCache::connectionName() const
{
    return m_db.connectionName();
}

bool StatementCache::isRemote() const
{
    return m_db.driverName() == QLatin1StringView("QPSQL");
}

Result<Statement> StatementCache::run(const QString& sql, const QVariantList& args)
{
    auto found = m_slots.find(sql);
    if (found != m_slots.end() && found->second->busy) {
        // The same text is still being read by a caller up the stack: a one-off keeps both correct.
        auto own = std::make_unique<QSqlQuery>(m_db);
        own->setForwardOnly(Database::canInterleaveResults(m_db));
        if (!own->prepare(sql))
            return statementError(sql, *own);
        if (!bindAndExec(*own, args))
            return statementError(sql, *own);
        return Statement(std::move(own));
    }
    const int generation = Database::connectionGeneration(m_db);
    // Prepared on a connection since reopened (see Database::ensureConnected): the server forgot it.
    if (found != m_slots.end() && found->second->generation != generation) {
        m_slots.erase(found);
        found = m_slots.end();
    }
    if (found == m_slots.end()) {
        auto slot = std::make_unique<StatementSlot>(m_db);
        slot->generation = generation;
        slot->query.setForwardOnly(Database::canInterleaveResults(m_db));
        if (!slot->query.prepare(sql))
            return statementError(sql, slot->query);
        found = m_slots.emplace(sql, std::move(slot)).first;
    }
    Statement statement(found->second.get());
    if (!bindAndExec(statement.query(), args))
        return statementError(sql, statement.query());
    return statement;
}

} // namespace antre
