#pragma once

#include <QObject>
#include <QSqlDriver>
#include <QString>
#include <QVariant>

class QThread;
class QTimer;

namespace antre {

// PostgreSQL's change notification for ChangeWatcher: LISTEN antre_changes on a connection of its own, which
// lives on its own thread with a running event loop (QPSQL reads notifications only while that thread polls
// the connection's socket). Every write transaction sends NOTIFY before it commits (PostgresDialect), so a
// notification means some connection committed.
//
// A dropped connection (server restarted, backend terminated, cable cut) is noticed by a keep-alive query
// every kKeepAliveMs; the listener then reconnects by itself, waiting kFirstRetryMs, doubling up to
// kMaxRetryMs between tries. NOTIFY has no replay: what was committed while it was away is unknown, so
// after every reconnection it reports a change (reconnected() and changed()) for its owner to re-read.
//
// Its signals are emitted on the listener's thread; connect them with a context object of the owner's thread,
// so that they arrive queued there.
class PgChangeListener final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kKeepAliveMs = 1000;
    static constexpr int kFirstRetryMs = 200;
    static constexpr int kMaxRetryMs = 5000;

    explicit PgChangeListener(QString location);
    ~PgChangeListener() override;
    Q_DISABLE_COPY_MOVE(PgChangeListener)

    // Starts the thread and makes the first try to connect before it returns (later tries go on by
    // themselves); stop() ends both and waits for the thread.
    void start();
    void stop();
    bool isRunning() const;

Q_SIGNALS:
    // Some connection committed a write (or, after a reconnection, may have).
    void changed();
    // The connection was made again after it was lost; changed() follows.
    void reconnected();
    // The first connection is listening (tests wait for it before they write).
    void listening();

private:
    // The part that lives on the thread.
    class Worker;

    QString m_location;
    QThread* m_thread = nullptr;
    Worker* m_worker = nullptr;
};

} // namespace antre
