#pragma once

#include <QString>
#include <QtGlobal>

namespace antre::test {

// The database backend the tests run on: SQLite files, unless ANTRE_TEST_BACKEND=postgresql (set by ctest for
// the tests labelled pg, which also sets ANTRE_TEST_PG_DIR to the throwaway server's folder; see
// tests/pg/pg_server.sh).
bool onPostgres();
// DROP TRIGGER in the test database's dialect (PostgreSQL names the trigger's table too).
QString dropTriggerStatement(const QString& trigger, const QString& table = QStringLiteral("tickets"));

// A fresh, empty PostgreSQL database on the test server, dropped again when this goes. Fails the test case
// (never skips it) when no server is there.
class PgTestDatabase final
{
public:
    PgTestDatabase();
    ~PgTestDatabase();
    Q_DISABLE_COPY_MOVE(PgTestDatabase)

    // The server's connection without a database, over its Unix socket or over TCP to 127.0.0.1.
    static QString serverConninfo(bool tcp = false);
    // The location of this database, as programs take it in --db and ANTRE_DB.
    QString location(bool tcp = false) const;
    QString name() const { return m_name; }

private:
    QString m_name;
};

} // namespace antre::test
