#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

namespace antre::test {

// A PostgreSQL server of one test case's own (tests/pg/pg_server.sh), and ANTRE_TEST_PG_DIR pointing at it
// for as long as it lives (TestHall makes its database there): a fault test may stop it or cut its network
// without disturbing any other test.
class PrivateServer final
{
public:
    PrivateServer();
    ~PrivateServer();
    Q_DISABLE_COPY_MOVE(PrivateServer)

    void pause();
    void resume();
    // For another thread, where a failed check cannot stop the test: the error, or empty.
    QString run(const QString& command) const;
    // The TCP port it listens on at 127.0.0.1.
    int port() const;

private:
    void script(const QString& command) const;

    QString m_dir;
    QByteArray m_previous;
};

// tests/pg/tcp_proxy.py between the programs under test and a server, steered from the test's (main) thread.
// Every wait runs the event loop with a deadline, so a ChangeWatcher of the same thread keeps working.
class TcpProxy final
{
public:
    // Starts the proxy in front of 127.0.0.1:upstreamPort and waits for its "listening" line; fails the test
    // case when it does not come.
    explicit TcpProxy(int upstreamPort);
    ~TcpProxy();
    Q_DISABLE_COPY_MOVE(TcpProxy)

    int port() const { return m_port; }
    // A database location through the proxy, without TLS (the proxy reads the queries) and named, so that
    // the proxy's stats tell the programs apart.
    QString location(const QString& dbname, const QString& applicationName) const;

    // Sends one command (see tcp_proxy.py) and returns its answer after "ok"; fails the test case on an
    // error or when no answer comes.
    QString command(const QString& command);
    // Waits until the proxy printed the event line (e.g. "commit-dropped kiosk"); false at the deadline.
    bool waitForEvent(const QString& event, int timeoutMs = 20000);
    // The event lines printed so far.
    QStringList events();

    struct Stats
    {
        int open = 0;
        int frozen = 0;
        QStringList pending; // application names of the frozen connections whose client asked something
        QStringList seen;    // application names of the connections accepted since the last stats
    };
    Stats stats();

private:
    void readLines();

    std::unique_ptr<QProcess> m_process;
    int m_port = 0;
    QByteArray m_buffer;
    QStringList m_answers;
    QStringList m_events;
};

// The TCP port of the tests' shared server (PgTestDatabase::serverConninfo).
int serverPort();
// The dbname of a location ("… dbname=X").
QString databaseName(const QString& location);
// Whether an error says the server could not be reached or the connection was lost (the outcome of a write
// then unknown): what a program retries.
bool connectionFault(const Error& error);

} // namespace antre::test
