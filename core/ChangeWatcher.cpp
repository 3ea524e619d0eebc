#include "ChangeWatcher.h"

#include <QAtomicInteger>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {
QAtomicInteger<quint64> g_watchers;
}

ChangeWatcher::ChangeWatcher(const QString& databasePath, int intervalMs, QObject* parent)
    : ChangeNotifier(parent), m_connection(u"antre-watch-%1"_s.arg(g_watchers.fetchAndAddRelaxed(1))),
      m_timer(new QTimer(this))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(databasePath);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=1000"_s);
    prepare();
    m_timer->setInterval(intervalMs);
    // A precise timer keeps the latency bound tight; the work per tick is one shared-memory read.
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &ChangeWatcher::poll);
}

ChangeWatcher::~ChangeWatcher()
{
    m_query.reset(); // before its connection goes
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

void ChangeWatcher::start()
{
    m_lastVersion = -1;
    poll();
    m_timer->start();
}

void ChangeWatcher::stop()
{
    m_timer->stop();
}

bool ChangeWatcher::isActive() const
{
    return m_timer->isActive();
}

bool ChangeWatcher::prepare()
{
    if (m_query)
        return true;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen() && !db.open())
        return false;
    auto query = std::make_unique<QSqlQuery>(db);
    query->setForwardOnly(true);
    if (!query->prepare(u"PRAGMA data_version"_s))
        return false;
    m_query = std::move(query);
    return true;
}

void ChangeWatcher::poll()
{
    // data_version changes whenever another connection commits; it is per-connection, so this private
    // connection sees commits from every process, including our own other connection.
    if (!prepare() || !m_query->exec() || !m_query->next())
        return;
    const qint64 version = m_query->value(0).toLongLong();
    m_query->finish();
    const bool committed = m_lastVersion >= 0 && version != m_lastVersion;
    m_lastVersion = version;
    if (committed)
        Q_EMIT changed();
}

} // namespace antre
