#include "tests/integration/PgFaults.h"

#include "tests/support/PgTestDatabase.h"
#include "tests/support/ProcessRunner.h"
#include "tests/support/Wait.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;

namespace antre::test {

PrivateServer::PrivateServer()
    : m_dir(QDir(QStringLiteral(ANTRE_BINARY_DIR))
                .filePath(u"pg-private-%1"_s.arg(QCoreApplication::applicationPid()))),
      m_previous(qgetenv("ANTRE_TEST_PG_DIR"))
{
    script(u"start"_s);
    qputenv("ANTRE_TEST_PG_DIR", m_dir.toLocal8Bit());
}

PrivateServer::~PrivateServer()
{
    qputenv("ANTRE_TEST_PG_DIR", m_previous);
    (void)run(u"stop"_s);
}

void PrivateServer::pause()
{
    script(u"pause"_s);
}

void PrivateServer::resume()
{
    script(u"resume"_s);
}

QString PrivateServer::run(const QString& command) const
{
    const auto result = ProcessRunner::run(
        u"sh"_s, {QStringLiteral(ANTRE_SOURCE_DIR) + u"/tests/pg/pg_server.sh"_s, command, m_dir});
    return result.exitCode == 0 ? QString() : result.err + result.out;
}

int PrivateServer::port() const
{
    QFile file(m_dir + u"/port"_s);
    if (!file.open(QIODevice::ReadOnly))
        FAIL("the private server has no port file in " << m_dir.toStdString());
    return QString::fromUtf8(file.readAll()).trimmed().toInt();
}

void PrivateServer::script(const QString& command) const
{
    if (const QString failed = run(command); !failed.isEmpty())
        FAIL("pg_server.sh " << command.toStdString() << ": " << failed.toStdString());
}

TcpProxy::TcpProxy(int upstreamPort) : m_process(std::make_unique<QProcess>())
{
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->start(u"python3"_s, {QStringLiteral(ANTRE_SOURCE_DIR) + u"/tests/pg/tcp_proxy.py"_s,
                                    QString::number(upstreamPort)});
    if (!m_process->waitForStarted(10000))
        FAIL("cannot start tests/pg/tcp_proxy.py: " << m_process->errorString().toStdString());
    const bool ready = waitUntil(
        [&] {
            readLines();
            return m_port > 0 || m_process->state() == QProcess::NotRunning;
        },
        10000);
    if (!ready || m_port <= 0)
        FAIL("tests/pg/tcp_proxy.py did not say which port it listens on");
}

TcpProxy::~TcpProxy()
{
    if (m_process->state() == QProcess::NotRunning)
        return;
    m_process->write("quit\n");
    m_process->closeWriteChannel();
    if (!m_process->waitForFinished(5000)) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

QString TcpProxy::location(const QString& dbname, const QString& applicationName) const
{
    return u"host=127.0.0.1 port=%1 user=postgres dbname=%2 sslmode=disable gssencmode=disable "
           u"application_name=%3"_s.arg(m_port)
               .arg(dbname, applicationName);
}

void TcpProxy::readLines()
{
    m_buffer += m_process->readAllStandardOutput();
    for (qsizetype end = m_buffer.indexOf('\n'); end >= 0; end = m_buffer.indexOf('\n')) {
        const QString line = QString::fromUtf8(m_buffer.left(end)).trimmed();
        m_buffer.remove(0, end + 1);
        if (line.startsWith(u"listening "_s))
            m_port = line.mid(10).toInt();
        else if (line.startsWith(u"ok"_s) || line.startsWith(u"error"_s))
            m_answers << line;
        else if (!line.isEmpty())
            m_events << line;
    }
}

QString TcpProxy::command(const QString& command)
{
    readLines();
    m_answers.clear();
    m_process->write((command + u"\n"_s).toUtf8());
    const bool answered = waitUntil(
        [&] {
            readLines();
            return !m_answers.isEmpty() || m_process->state() == QProcess::NotRunning;
        },
        10000);
    if (!answered || m_answers.isEmpty())
        FAIL("tcp_proxy.py did not answer " << command.toStdString());
    const QString answer = m_answers.takeFirst();
    if (!answer.startsWith(u"ok"_s))
        FAIL("tcp_proxy.py " << command.toStdString() << ": " << answer.toStdString());
    return answer.mid(2).trimmed();
}

bool TcpProxy::waitForEvent(const QString& event, int timeoutMs)
{
    return waitUntil(
        [&] {
            readLines();
            return m_events.contains(event);
        },
        timeoutMs);
}

QStringList TcpProxy::events()
{
    readLines();
    return m_events;
}

TcpProxy::Stats TcpProxy::stats()
{
    const QString answer = command(u"stats"_s);
    Stats stats;
    static const QRegularExpression field(uR"((\w+)=(\S*))"_s);
    for (auto it = field.globalMatch(answer); it.hasNext();) {
        const auto match = it.next();
        const QString key = match.captured(1);
        const QString value = match.captured(2);
        if (key == u"open"_s)
            stats.open = value.toInt();
        else if (key == u"frozen"_s)
            stats.frozen = value.toInt();
        else if (key == u"pending"_s)
            stats.pending = value.split(u',', Qt::SkipEmptyParts);
        else if (key == u"seen"_s)
            stats.seen = value.split(u',', Qt::SkipEmptyParts);
    }
    return stats;
}

int serverPort()
{
    static const QRegularExpression port(uR"(\bport=(\d+))"_s);
    return port.match(PgTestDatabase::serverConninfo(true)).captured(1).toInt();
}

QString databaseName(const QString& location)
{
    static const QRegularExpression dbname(uR"(\bdbname=(\S+))"_s);
    return dbname.match(location).captured(1);
}

bool connectionFault(const Error& error)
{
    return error.code == ErrorCode::Unreachable || error.code == ErrorCode::ConnectionLost;
}

} // namespace antre::test
