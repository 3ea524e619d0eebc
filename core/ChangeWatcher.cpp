#include "core/ChangeWatcher.h"

#include "core/storage/PgChangeListener.h"
#include "core/storage/PostgresDialect.h"
#include "core/storage/SqlDialect.h"

#include <QAtomicInteger>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {
QAtomicInteger<quint64> g_watchers;
}

ChangeWatcher::ChangeWatcher(const QString& databasePath, int intervalMs, QObject* parent)
    : ChangeNotifier(parent), m_dialect(SqlDialect::forLocation(databasePath)), m_path(databasePath),
      m_connection(u"antre-watch-%1"_s.arg(g_watchers.fetchAndAddRelaxed(1))), m_timer(new QTimer(this))
{
    if (PostgresDialect::isPostgresLocation(databasePath)) {
        m_listener = std::make_unique<PgChangeListener>(databasePath);
        // Emitted on the listener's thread, arriving queued on this one.
        connect(m_listener.get(), &PgChangeListener::changed, this, &ChangeNotifier::changed);
        return;
    }
    QSqlDatabase::addDatabase(m_dialect->driver(), m_connection);
    prepare();
    m_timer->setInterval(intervalMs);
    // A precise timer keeps the latency bound tight; the work per tick is one shared-memory read.
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &ChangeWatcher::poll);
}

ChangeWatcher::~ChangeWatcher()
{
    if (m_listener) {
        m_listener->stop();
        return;
    }
    m_query.reset(); // before its connection goes
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

void ChangeWatcher::start()
{
    if (m_listener) {
        m_listener->start();
        return;
    }
    m_lastVersion = -1;
    poll();
    m_timer->start();
}

void ChangeWatcher::stop()
{
    if (m_listener)
        m_listener->stop();
    m_timer->stop();
}

bool ChangeWatcher::isActive() const
{
    return m_listener ? m_listener->isRunning() : m_timer->isActive();
}

bool ChangeWatcher::prepare()
{
    if (m_query)
        return true;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen()) {
        // Planned like the process's own connection (which, if it is the last to close, folds the -wal
        // back into the file), but never making a missing database, and reading where this user may only
        // read. Planned again on every try, as the file may appear or change meanwhile.
        ConnectionRequest request;
        request.location = m_path;
        request.busyTimeoutMs = 1000;
        auto plan = m_dialect->plan(request);
        if (!plan.ok())
            return false;
        db.setDatabaseName(plan.value().databaseName);
        db.setConnectOptions(plan.value().connectOptions);
        if (!db.open())
            return false;
    }
    auto query = std::make_unique<QSqlQuery>(db);
    query->setForwardOnly(true);
    if (!query->prepare(m_dialect->changeCounterQuery())) {
        db.close(); // a file that is not a database (yet): try again on the next poll
        return false;
    }
    m_query = std::move(query);
    return true;
}

void ChangeWatcher::poll()
{
    // data_version changes whenever another connection commits; it is per-connection, so this private
    // connection sees commits from every process, including our own other connection.
    if (!prepare())
        return;
    if (!m_query->exec() || !m_query->next()) {
        if (m_dialect->classify(m_query->lastError().text()) == StorageFault::Unreachable) {
            // A server restarted or a cable cut: reconnect on the next poll. The value read then is
            // compared with the last one seen, so what was committed meanwhile is reported once.
            m_query.reset();
            QSqlDatabase::database(m_connection, false).close();
        }
        return;
    }
    const qint64 version = m_query->value(0).toLongLong();
    m_query->finish();
    const bool committed = m_lastVersion >= 0 && version != m_lastVersion;
    m_lastVersion = version;
    if (committed)
        Q_EMIT changed();
}

} // namespace antre
