#pragma once

#include "core/services/ChangeNotifier.h"

#include <QString>

#include <memory>

class QSqlQuery;
class QTimer;

namespace antre {

class PgChangeListener;
class SqlDialect;

// Tells a process when any connection (another process, or another connection in this one) has
// committed to the database. It polls the dialect's change counter (SQLite's PRAGMA data_version) on a
// private connection: a read of the shared-memory WAL index, so idle cost is near zero and no
// file is re-read. A missing database is not made; the watcher waits for it.
// On PostgreSQL it polls nothing: a PgChangeListener LISTENs on its own thread and connection, reconnects by
// itself, and after each reconnection reports a change, as what was committed meanwhile is not replayed.
class ChangeWatcher final : public ChangeNotifier
{
    Q_OBJECT
public:
    explicit ChangeWatcher(const QString& databasePath, int intervalMs = 25, QObject* parent = nullptr);
    ~ChangeWatcher() override;
    Q_DISABLE_COPY_MOVE(ChangeWatcher)

    void start() override;
    void stop() override;
    bool isActive() const override;

private:
    void poll();
    // Opens the private connection and prepares the poll; false while the database cannot be opened.
    bool prepare();

    std::unique_ptr<SqlDialect> m_dialect;
    QString m_path;
    QString m_connection;
    QTimer* m_timer;
    std::unique_ptr<QSqlQuery> m_query;           // the change counter, prepared once: 40 polls a second
    std::unique_ptr<PgChangeListener> m_listener; // PostgreSQL: notifications instead of the poll
    qint64 m_lastVersion = -1;
};

} // namespace antre
