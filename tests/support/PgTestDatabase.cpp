#include "tests/support/PgTestDatabase.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;

namespace antre::test {

namespace {

QAtomicInteger<quint64> g_databases;

// Runs one statement on the server's maintenance database.
QString runOnServer(const QString& sql)
{
    const QString connection = u"antre-test-admin-%1"_s.arg(g_databases.fetchAndAddRelaxed(1));
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connection);
        db.setConnectOptions(
            QString(PgTestDatabase::serverConninfo() + u" dbname=postgres"_s).replace(u' ', u';'));
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(sql))
                error = query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return error;
}

} // namespace

bool onPostgres()
{
    return qEnvironmentVariable("ANTRE_TEST_BACKEND") == u"postgresql"_s;
}

QString dropTriggerStatement(const QString& trigger, const QString& table)
{
    return onPostgres() ? u"DROP TRIGGER %1 ON %2"_s.arg(trigger, table) : u"DROP TRIGGER %1"_s.arg(trigger);
}

QString PgTestDatabase::serverConninfo(bool tcp)
{
    const QString dir = qEnvironmentVariable("ANTRE_TEST_PG_DIR");
    if (dir.isEmpty())
        FAIL("ANTRE_TEST_PG_DIR is not set: the pg tests run under ctest with the pg_server fixture");
    QFile file(dir + (tcp ? u"/conninfo-tcp"_s : u"/conninfo"_s));
    if (!file.open(QIODevice::ReadOnly))
        FAIL("no PostgreSQL test server: " + file.fileName().toStdString() +
             " is missing (the pg_server fixture did not start)");
    return QString::fromUtf8(file.readAll()).trimmed();
}

PgTestDatabase::PgTestDatabase()
    : m_name(u"antre_test_%1_%2"_s.arg(QCoreApplication::applicationPid())
                 .arg(g_databases.fetchAndAddRelaxed(1)))
{
    // The seals of a PostgreSQL hall live in a folder of this computer (core/audit/AuditSeals.h): the tests'
    // go with the throwaway server, not into the user's data folder.
    if (qEnvironmentVariableIsEmpty("ANTRE_SEAL_DIR"))
        qputenv("ANTRE_SEAL_DIR", (qEnvironmentVariable("ANTRE_TEST_PG_DIR") + u"/seals"_s).toLocal8Bit());
    const QString error = runOnServer(u"CREATE DATABASE %1"_s.arg(m_name));
    if (!error.isEmpty())
        FAIL("cannot create the test database " + m_name.toStdString() + ": " + error.toStdString());
}

PgTestDatabase::~PgTestDatabase()
{
    // FORCE: a connection a failed test case left open must not keep the database.
    (void)runOnServer(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_name));
}

QString PgTestDatabase::location(bool tcp) const
{
    return serverConninfo(tcp) + u" dbname="_s + m_name;
}

} // namespace antre::test
