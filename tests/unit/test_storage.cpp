// The storage seam: the SQLite dialect's pieces, its schema scripts, and how Database::open treats files that
// are not (or not quite) an Antre hall: refused untouched.
#include "core/storage/Database.h"
#include "core/storage/SqliteDialect.h"
#include "tests/support/ErrorCodeStringMaker.h"
#include "tests/support/TestHall.h"

#include <QAtomicInteger>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace antre;
using antre::test::TestHall;

namespace {

QAtomicInteger<int> g_rawConnections;

// Statements run on a plain driver connection, as another program would.
void rawSql(const QString& path, const QStringList& statements, const QString& options = {})
{
    const QString name = u"raw-%1"_s.arg(g_rawConnections.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(options);
        REQUIRE(db.open());
        for (const QString& statement : statements) {
            QSqlQuery q(db);
            INFO(statement.toStdString() << ": " << q.lastError().text().toStdString());
            REQUIRE(q.exec(statement));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QStringList rawColumn(const QString& path, const QString& sql)
{
    const QString name = u"raw-%1"_s.arg(g_rawConnections.fetchAndAddRelaxed(1));
    QStringList values;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(sql));
        while (q.next())
            values << q.value(0).toString();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return values;
}

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

bool sideFilesExist(const QString& path)
{
    return QFileInfo::exists(path + u"-wal"_s) || QFileInfo::exists(path + u"-shm"_s) ||
           QFileInfo::exists(path + u"-journal"_s);
}

// The schema as SQLite keeps it (name and type of every table, index and trigger).
QStringList schemaObjects(const QString& path)
{
    return rawColumn(path, u"SELECT type || ' ' || name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' "
                           u"ORDER BY type, name"_s);
}

} // namespace

TEST_CASE("storage: the SQLite dialect splits scripts into statements", "[storage]")
{
    const SqliteDialect dialect;
    SECTION("semicolons end statements outside quotes and comments")
    {
        const QString script = uR"(-- a comment; with a semicolon
CREATE TABLE a (x TEXT DEFAULT ';');
/* block; comment */ CREATE TABLE "b;c" (y INTEGER);

INSERT INTO a VALUES ('it''s; fine');)"_s;
        const QStringList statements = dialect.splitScript(script);
        REQUIRE(statements.size() == 3);
        CHECK(statements.at(0) == u"CREATE TABLE a (x TEXT DEFAULT ';')"_s);
        CHECK(statements.at(1) == uR"(CREATE TABLE "b;c" (y INTEGER))"_s);
        CHECK(statements.at(2) == u"INSERT INTO a VALUES ('it''s; fine')"_s);
    }
    SECTION("a trigger body is one statement up to END;")
    {
        const QString script = uR"(CREATE TRIGGER t AFTER INSERT ON a BEGIN
    INSERT INTO b VALUES (1);
    UPDATE b SET y = CASE WHEN y > 1 THEN 0 ELSE y END;
END;
create temp trigger u after delete on a begin delete from b; end;
CREATE TABLE after_it (z INTEGER))"_s;
        const QStringList statements = dialect.splitScript(script);
        REQUIRE(statements.size() == 3);
        CHECK(statements.at(0).startsWith(u"CREATE TRIGGER t"_s));
        CHECK(statements.at(0).endsWith(u"END"_s));
        CHECK(statements.at(0).count(u';') == 2);
        CHECK(statements.at(1) == u"create temp trigger u after delete on a begin delete from b; end"_s);
        CHECK(statements.at(2) == u"CREATE TABLE after_it (z INTEGER)"_s);
    }
    SECTION("a script of only comments and blank lines has no statement")
    {
        CHECK(dialect.splitScript(u"-- nothing\n\n  -- here\n"_s).isEmpty());
    }
}

TEST_CASE("storage: the schema scripts are built in and make schema version 7", "[storage]")
{
    const SqliteDialect dialect;
    for (int version = 1; version <= Database::kSchemaVersion; ++version) {
        INFO("version " << version);
        REQUIRE_FALSE(dialect.scriptsOfVersion(version).isEmpty());
        for (const QString& script : dialect.scriptsOfVersion(version)) {
            QFile file(script);
            INFO(script.toStdString());
            REQUIRE(file.open(QIODevice::ReadOnly));
            CHECK_FALSE(dialect.splitScript(QString::fromUtf8(file.readAll())).isEmpty());
        }
    }
    CHECK(dialect.scriptsOfVersion(Database::kSchemaVersion + 1).isEmpty());

    QTemporaryDir dir;
    const QString path = dir.filePath(u"hall.db"_s);
    {
        auto db = Database::open(path);
        REQUIRE(db.ok());
        CHECK(db.value()->canWrite());
        auto triggers = db.value()->triggerNames();
        REQUIRE(triggers.ok());
        CHECK(triggers.value() == QStringList{u"tickets_delete_revises_day"_s,
                                              u"tickets_insert_revises_day"_s,
                                              u"tickets_update_revises_day"_s});
        auto integrity = db.value()->integrityCheck();
        REQUIRE(integrity.ok());
        CHECK(integrity.value() == u"ok"_s);
        CHECK(db.value()->checkpoint().ok());
    }
    CHECK(rawColumn(path, u"PRAGMA user_version"_s) == QStringList{u"7"_s});
    CHECK(rawColumn(path, u"PRAGMA journal_mode"_s) == QStringList{u"wal"_s});
    // The schema of version 7, exactly: what the scripts must keep making.
    CHECK(schemaObjects(path) == QStringList{u"index complaint_notes_complaint"_s,
                                             u"index complaints_received"_s,
                                             u"index complaints_status"_s,
                                             u"index config_history_imported"_s,
                                             u"index counter_states_counter"_s,
                                             u"index counter_states_open"_s,
                                             u"index counter_states_started"_s,
                                             u"index events_kind"_s,
                                             u"index events_ticket"_s,
                                             u"index issue_requests_created"_s,
                                             u"index survey_responses_day"_s,
                                             u"index survey_responses_ticket"_s,
                                             u"index tickets_counter"_s,
                                             u"index tickets_day"_s,
                                             u"index tickets_queue"_s,
                                             u"index tickets_served"_s,
                                             u"index tickets_service_called"_s,
                                             u"table agencies"_s,
                                             u"table complaint_notes"_s,
                                             u"table complaint_sla"_s,
                                             u"table complaints"_s,
                                             u"table config_history"_s,
                                             u"table counter_services"_s,
                                             u"table counter_states"_s,
                                             u"table counters"_s,
                                             u"table day_revisions"_s,
                                             u"table events"_s,
                                             u"table issue_requests"_s,
                                             u"table report_days"_s,
                                             u"table services"_s,
                                             u"table site"_s,
                                             u"table site_holidays"_s,
                                             u"table staff"_s,
                                             u"table staff_counters"_s,
                                             u"table survey_responses"_s,
                                             u"table tickets"_s,
                                             u"trigger tickets_delete_revises_day"_s,
                                             u"trigger tickets_insert_revises_day"_s,
                                             u"trigger tickets_update_revises_day"_s});
}

TEST_CASE("storage: the SQLite dialect's statements", "[storage]")
{
    const SqliteDialect dialect;
    CHECK(dialect.driver() == u"QSQLITE"_s);
    CHECK(dialect.schemaVersionQuery() == u"PRAGMA user_version"_s);
    CHECK(dialect.setSchemaVersionStatement(3) == u"PRAGMA user_version = 3"_s);
    CHECK(dialect.beginWriteStatement() == u"BEGIN IMMEDIATE"_s);
    CHECK(dialect.integrityCheckQuery() == u"PRAGMA integrity_check"_s);
    CHECK(dialect.backupStatement() == u"VACUUM INTO ?"_s);
    CHECK(dialect.checkpointStatement() == u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    CHECK(dialect.changeCounterQuery() == u"PRAGMA data_version"_s);
    CHECK(dialect.sessionSettings(true) == QStringList{u"PRAGMA journal_mode=WAL"_s,
                                                       u"PRAGMA synchronous=FULL"_s,
                                                       u"PRAGMA foreign_keys=ON"_s});
    CHECK(dialect.sessionSettings(false).contains(u"PRAGMA synchronous=OFF"_s));
    CHECK(dialect.classify(u"database or disk is full Unable to fetch row"_s) == StorageFault::DiskFull);
    CHECK(dialect.classify(u"attempt to write a readonly database"_s) == StorageFault::ReadOnly);
    CHECK(dialect.classify(u"disk I/O error"_s) == StorageFault::Io);
    CHECK(dialect.classify(u"database is locked"_s) == StorageFault::Busy);
    CHECK(dialect.classify(u"unable to open database file"_s) == StorageFault::CannotOpen);
    CHECK(dialect.classify(u"file is not a database"_s) == StorageFault::NotADatabase);
    CHECK(dialect.classify(u"no such table: x"_s) == StorageFault::Other);
}

TEST_CASE("storage: a connection plan checks the file without changing it", "[storage]")
{
    const SqliteDialect dialect;
    QTemporaryDir dir;
    const QString missing = dir.filePath(u"sub/missing.db"_s);
    ConnectionRequest request;
    request.location = missing;
    SECTION("a missing file is refused unless it may be made")
    {
        auto refused = dialect.plan(request);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::NoDatabase);
        request.write = false;
        request.createIfMissing = true; // a reader never makes one
        CHECK_FALSE(dialect.plan(request).ok());
        CHECK(QDir(dir.path()).isEmpty());
        request.write = true;
        auto made = dialect.plan(request);
        REQUIRE(made.ok());
        CHECK_FALSE(made.value().exists);
        CHECK_FALSE(made.value().writeRefusal.has_value());
        CHECK_FALSE(QFileInfo::exists(missing)); // the folder is made, the file by opening
    }
    SECTION("an empty location is refused")
    {
        request.location.clear();
        auto refused = dialect.plan(request);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind == ErrorKind::BadInput);
    }
    SECTION("a file nobody has open is probed immutable: no -wal, -shm or lock")
    {
        const QString path = dir.filePath(u"hall.db"_s);
        REQUIRE(Database::open(path).ok()); // made and closed again
        REQUIRE_FALSE(sideFilesExist(path));
        auto probe = dialect.probePlan(path);
        REQUIRE(probe.ok());
        CHECK(probe.value().databaseName.endsWith(u"?immutable=1"_s));
        CHECK(probe.value().databaseName.startsWith(u"file://"_s));
        CHECK(SqliteDialect::immutableUri(u"/a b/c?d#e.db"_s) == u"file:///a%20b/c%3Fd%23e.db?immutable=1"_s);
        auto writer = dialect.plan(ConnectionRequest{path, true, false, 5000});
        REQUIRE(writer.ok());
        CHECK(writer.value().databaseName == path);
        CHECK_FALSE(writer.value().writeRefusal.has_value());
    }
}

TEST_CASE("storage: the lock probe sees every connection using the shared memory, this process's too",
          "[storage][sqlite]")
{
    TestHall hall;
    CHECK(SqliteDialect::sharedMemoryInUse(hall.path()));
    hall.engine.reset();
    hall.staff.reset();
    hall.db.reset();
    // The last connection removes -wal and -shm; a -shm left behind (a crash) is not in use either.
    QFile shm(hall.path() + u"-shm"_s);
    REQUIRE(shm.open(QIODevice::WriteOnly));
    shm.write(QByteArray(32768, '\0'));
    shm.close();
    CHECK_FALSE(SqliteDialect::sharedMemoryInUse(hall.path()));
}

TEST_CASE("storage: another program's database is refused and left exactly as it was", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"other.db"_s);
    const bool wal = GENERATE(false, true);
    INFO((wal ? "WAL" : "rollback journal"));
    rawSql(path, {wal ? u"PRAGMA journal_mode=WAL"_s : u"PRAGMA journal_mode=DELETE"_s,
                  u"CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)"_s,
                  u"INSERT INTO contacts (name) VALUES ('Budi')"_s});
    REQUIRE_FALSE(sideFilesExist(path));
    const QByteArray before = fileHash(path);
    for (const auto mode : {Database::Mode::ReadWrite, Database::Mode::ReadOnly}) {
        auto db = Database::open(path, mode, Database::Durability::Full, Database::IfMissing::Fail);
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().kind == ErrorKind::BadInput);
        CHECK(db.error().code == ErrorCode::ForeignDatabase);
        CHECK(
            db.error().message ==
            path +
                u" is not an Antre hall database (it has tables of another program); nothing was changed"_s);
    }
    CHECK(fileHash(path) == before);
    CHECK_FALSE(sideFilesExist(path));
    CHECK(rawColumn(path, u"PRAGMA user_version"_s) == QStringList{u"0"_s});
}

TEST_CASE("storage: a schema version that contradicts the tables is refused untouched", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"hall.db"_s);
    REQUIRE(Database::open(path).ok());
    SECTION("lowered below the tables it has")
    {
        rawSql(path, {u"PRAGMA user_version = 1"_s});
        const QByteArray before = fileHash(path);
        auto db = Database::open(path);
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().kind == ErrorKind::BadInput);
        CHECK(db.error().message == path + u" reports schema version 1 but already has the tables of a later "
                                           u"version; restore it from a backup or run antre check"_s);
        CHECK(fileHash(path) == before);
        CHECK_FALSE(sideFilesExist(path));
    }
    SECTION("zero, with the tables of version 7")
    {
        rawSql(path, {u"PRAGMA user_version = 0"_s});
        auto db = Database::open(path);
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().message.contains(u"reports schema version 0 but already has the tables"_s));
    }
    // The tables of version 4 (complaints), newest first.
    const QStringList dropVersion4{u"DROP TABLE complaint_notes"_s, u"DROP TABLE complaints"_s,
                                   u"DROP TABLE site_holidays"_s, u"DROP TABLE complaint_sla"_s};
    SECTION("raised above the tables it has")
    {
        rawSql(path, {u"DROP TABLE issue_requests"_s});
        auto db = Database::open(path);
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().message == path + u" reports schema version 7 but lacks tables of that version; "
                                           u"restore it from a backup"_s);
    }
    SECTION("a genuine older version still migrates")
    {
        rawSql(path, QStringList{u"DROP TABLE issue_requests"_s, u"DROP TABLE survey_responses"_s} +
                         dropVersion4 +
                         QStringList{u"DROP TABLE config_history"_s, u"PRAGMA user_version = 2"_s});
        auto db = Database::open(path);
        REQUIRE(db.ok());
        CHECK(rawColumn(path, u"PRAGMA user_version"_s) == QStringList{u"7"_s});
    }
    SECTION("version 6, whose tables version 7 keeps, migrates to the IKM's indexes")
    {
        rawSql(path, {u"DROP INDEX tickets_served"_s, u"DROP INDEX survey_responses_day"_s,
                      u"CREATE INDEX survey_responses_day ON survey_responses (business_day, service_id)"_s,
                      u"PRAGMA user_version = 6"_s});
        auto db = Database::open(path);
        REQUIRE(db.ok());
        CHECK(rawColumn(path, u"PRAGMA user_version"_s) == QStringList{u"7"_s});
        CHECK(
            rawColumn(path, u"SELECT name FROM pragma_index_info('survey_responses_day') ORDER BY seqno"_s) ==
            QStringList{u"business_day"_s, u"service_id"_s, u"agency_id"_s, u"counter_id"_s, u"staff_id"_s,
                        u"persyaratan"_s, u"prosedur"_s, u"waktu"_s, u"biaya"_s, u"produk"_s, u"kompetensi"_s,
                        u"perilaku"_s, u"pengaduan"_s, u"sarana"_s});
        CHECK(rawColumn(path, u"SELECT sql FROM sqlite_master WHERE name = 'tickets_served'"_s)
                  .value(0)
                  .contains(u"WHERE status = 'done'"_s));
    }
    SECTION("a newer version says so")
    {
        rawSql(path, {u"PRAGMA user_version = 9"_s});
        auto db = Database::open(path);
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().message.contains(u"newer than this Antre"_s));
    }
}

TEST_CASE("storage: an empty file or a new one gets the schema", "[storage]")
{
    QTemporaryDir dir;
    const QString empty = dir.filePath(u"empty.db"_s);
    {
        QFile file(empty);
        REQUIRE(file.open(QIODevice::WriteOnly));
    }
    REQUIRE(Database::open(empty, Database::Mode::ReadWrite, Database::Durability::Full,
                           Database::IfMissing::Fail)
                .ok());
    CHECK(rawColumn(empty, u"PRAGMA user_version"_s) == QStringList{u"7"_s});
    // An empty database cannot be read as a hall: a reader says the schema is missing.
    const QString emptyToo = dir.filePath(u"empty-too.db"_s);
    {
        QFile file(emptyToo);
        REQUIRE(file.open(QIODevice::WriteOnly));
    }
    auto reader = Database::open(emptyToo, Database::Mode::ReadOnly);
    REQUIRE_FALSE(reader.ok());
    CHECK(reader.error().code == ErrorCode::Schema);
}

TEST_CASE("storage: a read-only connection refuses writes with the reason", "[storage]")
{
    TestHall hall;
    auto reader = Database::open(hall.path(), Database::Mode::ReadOnly);
    REQUIRE(reader.ok());
    CHECK_FALSE(reader.value()->canWrite());
    const Status write = reader.value()->write([](QSqlDatabase&) -> Status { return Done{}; });
    REQUIRE_FALSE(write.ok());
    CHECK(write.error().kind == ErrorKind::BadInput);
    CHECK(write.error().code == ErrorCode::ReadOnly);
    CHECK(write.error().message.startsWith(hall.path() + u": the database is read-only"_s));
    CHECK(hall.db->canWrite());
}

TEST_CASE("storage: a backup needs a file name", "[storage]")
{
    TestHall hall;
    const Status backup = hall.db->backupTo(QString());
    REQUIRE_FALSE(backup.ok());
    CHECK(backup.error().kind == ErrorKind::BadInput);
}
