#include "core/storage/PgChangeListener.h"

#include "core/storage/PostgresDialect.h"

#include <QAtomicInteger>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {
QAtomicInteger<quint64> g_listeners;
}

// Everything here runs on the listener's thread: the connection belongs to the thread that opened it.
class PgChangeListener::Worker final : public QObject
{
public:
    Worker(PgChangeListener* owner, QString location)
        : m_owner(owner), m_location(std::move(location)),
          m_connection(u"antre-listen-%1"_s.arg(g_listeners.fetchAndAddRelaxed(1)))
    {}
    Q_DISABLE_COPY_MOVE(Worker)
    ~Worker() override = default;

    void begin()
    {
        m_keepAlive = new QTimer(this);
        m_keepAlive->setInterval(kKeepAliveMs);
        connect(m_keepAlive, &QTimer::timeout, this, &Worker::keepAlive);
        m_retry = new QTimer(this);
        m_retry->setSingleShot(true);
        connect(m_retry, &QTimer::timeout, this, &Worker::connectNow);
        connectNow();
    }

    void end()
    {
        delete m_keepAlive;
        m_keepAlive = nullptr;
        delete m_retry;
        m_retry = nullptr;
        disconnectNow();
        QSqlDatabase::removeDatabase(m_connection);
    }

private:
    void connectNow()
    {
        const PostgresDialect dialect;
        ConnectionRequest request;
        request.location = m_location;
        request.write = false; // LISTEN is allowed in a read-only session; a display's role may only read
        auto plan = dialect.plan(request);
        if (!plan.ok()) {
            retryLater();
            return;
        }
        {
            QSqlDatabase db = QSqlDatabase::contains(m_connection)
                                  ? QSqlDatabase::database(m_connection, false)
                                  : QSqlDatabase::addDatabase(dialect.driver(), m_connection);
            // Named, so that an administrator (and a test) tells the listener from the program's own
            // connection.
            db.setConnectOptions(plan.value().connectOptions + u";application_name='antre-listener'"_s);
            if (!db.open() ||
                !db.driver()->subscribeToNotification(QString::fromLatin1(PostgresDialect::kChangeChannel))) {
                db.close();
                retryLater();
                return;
            }
            connect(db.driver(), &QSqlDriver::notification, this,
                    [this](const QString&, QSqlDriver::NotificationSource, const QVariant&) {
                        Q_EMIT m_owner->changed();
                    });
        }
        m_retryMs = kFirstRetryMs;
        m_keepAlive->start();
        if (m_everConnected) {
            // NOTIFY has no replay: whatever was committed while the connection was away is read again.
            Q_EMIT m_owner->reconnected();
            Q_EMIT m_owner->changed();
        } else {
            m_everConnected = true;
            Q_EMIT m_owner->listening();
        }
    }

    void disconnectNow()
    {
        if (!QSqlDatabase::contains(m_connection))
            return;
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen() && db.driver())
            disconnect(db.driver(), nullptr, this, nullptr);
        db.close();
    }

    void retryLater()
    {
        m_retry->start(m_retryMs);
        m_retryMs = std::min(m_retryMs * 2, kMaxRetryMs);
    }

    // A cheap round trip: a connection the server or the network dropped fails it within a second or two
    // (PostgresDialect's TCP keepalives and tcp_user_timeout cover a cable cut the query would wait on: the
    // first while it waits for the answer, the second while the query itself is not acknowledged).
    void keepAlive()
    {
        bool alive = false;
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            QSqlQuery query(db);
            alive = db.isOpen() && query.exec(u"SELECT 1"_s);
        }
        if (alive)
            return;
        m_keepAlive->stop();
        disconnectNow();
        retryLater();
    }

    PgChangeListener* m_owner;
    QString m_location;
    QString m_connection;
    QTimer* m_keepAlive = nullptr;
    QTimer* m_retry = nullptr;
    int m_retryMs = kFirstRetryMs;
    bool m_everConnected = false;
};

PgChangeListener::PgChangeListener(QString location) : m_location(std::move(location)) {}

PgChangeListener::~PgChangeListener()
{
    stop();
}

void PgChangeListener::start()
{
    if (m_thread)
        return;
    m_thread = new QThread;
    m_thread->setObjectName(u"antre-listener"_s);
    m_worker = new Worker(this, m_location);
    m_worker->moveToThread(m_thread);
    m_thread->start();
    // The first try is made before start() returns, like the poller's first read: a write right after it
    // is not missed.
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->begin(); }, Qt::BlockingQueuedConnection);
}

void PgChangeListener::stop()
{
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->end(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    m_worker = nullptr;
    delete m_thread;
    m_thread = nullptr;
}

bool PgChangeListener::isRunning() const
{
    return m_thread != nullptr;
}

} // namespace antre
