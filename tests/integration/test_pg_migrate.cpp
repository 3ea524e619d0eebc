#include "tests/support/PgTestDatabase.h"
#include "tests/support/ProcessRunner.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace antre::test;

// antre migrate moves a hall between SQLite and PostgreSQL: the moved hall answers every command byte for
// byte as the original does. Runs only under the pg_server fixture (tag [pgonly], label pg).

namespace {

const QString kMonday = u"2026-11-23T09:00:00+07:00"_s;

// What a hall answers, its own location written as <db>.
QStringList answers(const QString& db)
{
    const QList<QStringList> commands = {
        {u"check"_s},
        {u"audit"_s, u"verify"_s},
        {u"status"_s},
        {u"report"_s, u"range"_s, u"--from"_s, u"2026-11-16"_s, u"--to"_s, u"2026-11-23"_s},
        {u"--json"_s, u"report"_s, u"range"_s, u"--from"_s, u"2026-11-20"_s, u"--to"_s, u"2026-11-20"_s},
        {u"report"_s, u"complaints"_s, u"--from"_s, u"2026-11-16"_s, u"--to"_s, u"2026-11-23"_s},
        {u"report"_s, u"ikm"_s, u"--from"_s, u"2026-11-16"_s, u"--to"_s, u"2026-11-23"_s},
        {u"staff"_s, u"list"_s},
        {u"--json"_s, u"issue"_s, u"KTPEL"_s}, // the next number follows the copied ones
    };
    QStringList said;
    for (const QStringList& args : commands) {
        const ProcessResult result = ProcessRunner::antre(db, args, kMonday);
        said << args.join(u' ') + u" → "_s + QString::number(result.exitCode) + u"\n"_s +
                    QString(result.out).replace(db, u"<db>"_s) + QString(result.err).replace(db, u"<db>"_s);
    }
    return said;
}

ProcessResult migrate(const QString& from, const QString& to, const QStringList& more = {})
{
    return ProcessRunner::antre(from, QStringList{u"migrate"_s, u"--from"_s, from, u"--to"_s, to} + more,
                                kMonday);
}

void tamperEvent(const QString& file)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
        db.setDatabaseName(file);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(u"UPDATE events SET data = '{}' WHERE id = (SELECT MAX(id) FROM events)"_s));
        REQUIRE(query.exec(u"SELECT changes()"_s));
        REQUIRE(query.next());
        REQUIRE(query.value(0).toInt() == 1);
        query.finish();
        REQUIRE(query.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"tamper"_s);
}

} // namespace

TEST_CASE("pg migrate: the demo hall moved to PostgreSQL answers byte for byte as on SQLite", "[pgonly]")
{
    QTemporaryDir dir;
    PgTestDatabase pg;
    const QString file = dir.filePath(u"demo.db"_s);
    const ProcessResult demo = ProcessRunner::antre(file, {u"demo"_s, u"--history-days"_s, u"3"_s}, kMonday);
    REQUIRE(demo.exitCode == 0);

    const ProcessResult moved = migrate(file, pg.location(true));
    INFO(moved.err.toStdString());
    REQUIRE(moved.exitCode == 0);
    CHECK(moved.out.contains(u"tickets"_s));
    CHECK(moved.out.contains(u"verified"_s));

    const QStringList onServer = answers(pg.location(true));
    const QStringList onFile = answers(file);
    REQUIRE(onServer.size() == onFile.size());
    for (qsizetype i = 0; i < onFile.size(); ++i)
        CHECK(onServer.at(i) == onFile.at(i));
    CHECK(onServer.constFirst().contains(u"ok"_s));
    CHECK(!onServer.constFirst().contains(u"FAIL"_s));

    SECTION("and back into a new SQLite file, the same again")
    {
        const QString back = dir.filePath(u"back.db"_s);
        const ProcessResult returned = migrate(pg.location(), back);
        INFO(returned.err.toStdString());
        REQUIRE(returned.exitCode == 0);
        const QStringList again = answers(back);
        // Both halls issued one ticket more in answers(); the file back from the server had one then.
        const QStringList onFileNow = answers(file);
        for (qsizetype i = 0; i < again.size(); ++i)
            CHECK(again.at(i) == onFileNow.at(i));
    }
}

TEST_CASE("pg migrate: a target that is not empty is refused unless --replace", "[pgonly]")
{
    QTemporaryDir dir;
    PgTestDatabase pg;
    const QString file = dir.filePath(u"demo.db"_s);
    REQUIRE(ProcessRunner::antre(file, {u"demo"_s, u"--history-days"_s, u"1"_s}, kMonday).exitCode == 0);
    REQUIRE(migrate(file, pg.location()).exitCode == 0);
    const ProcessResult issued = ProcessRunner::antre(pg.location(), {u"issue"_s, u"KTPEL"_s}, kMonday);
    REQUIRE(issued.exitCode == 0);

    const ProcessResult refused = migrate(file, pg.location());
    CHECK(refused.exitCode == 4);
    CHECK(refused.err.contains(u"--replace"_s));
    CHECK(refused.err.contains(u"tickets"_s));
    // Refused untouched: the ticket issued on the server is still there.
    const ProcessResult status = ProcessRunner::antre(pg.location(), {u"--json"_s, u"status"_s}, kMonday);
    const ProcessResult fileStatus = ProcessRunner::antre(file, {u"--json"_s, u"status"_s}, kMonday);
    CHECK(status.out != fileStatus.out);

    const ProcessResult replaced = migrate(file, pg.location(), {u"--replace"_s});
    INFO(replaced.err.toStdString());
    CHECK(replaced.exitCode == 0);
    CHECK(ProcessRunner::antre(pg.location(), {u"--json"_s, u"status"_s}, kMonday).out == fileStatus.out);
}

TEST_CASE("pg migrate: a source that fails its checks is not moved", "[pgonly]")
{
    QTemporaryDir dir;
    PgTestDatabase pg;
    const QString file = dir.filePath(u"demo.db"_s);
    REQUIRE(ProcessRunner::antre(file, {u"demo"_s, u"--history-days"_s, u"1"_s}, kMonday).exitCode == 0);
    tamperEvent(file);

    const ProcessResult refused = migrate(file, pg.location());
    CHECK(refused.exitCode == 4);
    CHECK(refused.err.contains(u"not moved"_s));
    // Nothing was written to the server: a hall opened there has no configuration.
    CHECK(ProcessRunner::antre(pg.location(), {u"status"_s}, kMonday).exitCode != 0);
    CHECK(migrate(file, file).exitCode == 2);
}

TEST_CASE("pg backup: a PostgreSQL hall is backed up with pg_dump in its custom format", "[pgonly]")
{
    QTemporaryDir dir;
    PgTestDatabase pg;
    REQUIRE(ProcessRunner::antre(pg.location(), {u"demo"_s, u"--history-days"_s, u"1"_s}, kMonday).exitCode ==
            0);
    const QString target = dir.filePath(u"hall.dump"_s);
    const ProcessResult backup = ProcessRunner::antre(pg.location(), {u"backup"_s, target}, kMonday);
    INFO(backup.err.toStdString());
    REQUIRE(backup.exitCode == 0);
    QFile dump(target);
    REQUIRE(dump.open(QIODevice::ReadOnly));
    CHECK(dump.read(5) == "PGDMP");
    // An existing file is never overwritten.
    CHECK(ProcessRunner::antre(pg.location(), {u"backup"_s, target}, kMonday).exitCode != 0);
}
