// Database: opening a lost connection again (a PostgreSQL server restarted, the network cut).
#include "core/storage/Database.h"
#include "core/storage/DriverProperties.h"

#include <QSqlDriver>
#include <QSqlError>

#include <algorithm>
#include <chrono>

namespace antre {

namespace property = driver_property;

int Database::connectionGeneration(const QSqlDatabase& db)
{
    return db.driver() ? db.driver()->property(property::kGeneration).toInt() : 0;
}

Status Database::ensureConnected()
{
    QSqlDriver* driver = m_db.driver();
    if (!driver || m_inWrite || m_inBatch || !driver->property(property::kLost).toBool())
        return Done{};
    constexpr int kFirstBackoffMs = 200;
    constexpr int kLastBackoffMs = 5000;
    const qint64 nowMs = std::chrono::duration_cast<std::chrono::milliseconds>(
                             std::chrono::steady_clock::now().time_since_epoch())
                             .count();
    if (nowMs < m_nextAttemptMs)
        return makeError(ErrorKind::Internal, ErrorCode::Unreachable,
                         tr("%1: cannot reach the database server; trying again in %2 ms")
                             .arg(m_path)
                             .arg(m_nextAttemptMs - nowMs));
    Status reopened = reopen();
    if (reopened.ok()) {
        m_backoffMs = 0;
        m_nextAttemptMs = 0;
        return Done{};
    }
    m_backoffMs = m_backoffMs == 0 ? kFirstBackoffMs : std::min(m_backoffMs * 2, kLastBackoffMs);
    m_nextAttemptMs = nowMs + m_backoffMs;
    return reopened;
}

void Database::watchReopen(const void* owner, std::function<void()> closed)
{
    m_reopenWatchers.emplace_back(owner, std::move(closed));
}

void Database::unwatchReopen(const void* owner)
{
    std::erase_if(m_reopenWatchers, [owner](const auto& watcher) { return watcher.first == owner; });
}

Status Database::reopen()
{
    QSqlDriver* driver = m_db.driver();
    m_db.close();
    // Whatever was prepared belongs to the old session, even when the reopening fails.
    driver->setProperty(property::kGeneration, driver->property(property::kGeneration).toInt() + 1);
    for (const auto& watcher : m_reopenWatchers)
        watcher.second();
    if (!m_db.open())
        return makeError(
            ErrorKind::Internal, ErrorCode::Unreachable,
            tr("%1: cannot reach the database server: %2").arg(m_path, m_db.lastError().text().trimmed()));
    driver->setProperty(property::kLost, QVariant());
    for (const QString& setting : m_dialect->connectionSettings())
        if (auto result = run(m_db, setting); !result.ok()) {
            driver->setProperty(property::kLost, true);
            return storageError(result.error());
        }
    if (!m_readOnly && !m_writeRefusal)
        for (const QString& setting : m_dialect->sessionSettings(m_syncEveryCommit))
            if (auto result = run(m_db, setting); !result.ok()) {
                driver->setProperty(property::kLost, true);
                return storageError(result.error());
            }
    return Done{};
}

} // namespace antre
