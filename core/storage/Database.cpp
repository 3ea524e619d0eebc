#include "Database.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {

QAtomicInteger<quint64> g_connectionCounter;

// Schema version 1. Times are UTC epoch milliseconds; business_day is the site's local date.
// Portable SQL only (a PostgreSQL driver is planned): no AUTOINCREMENT, no SQLite-only types.
const char16_t* const kSchemaV1[] = {
    uR"(CREATE TABLE site (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL,
        timezone TEXT NOT NULL,
        priority_run_limit INTEGER NOT NULL DEFAULT 3,
        ticket_footer TEXT NOT NULL DEFAULT '',
        running_text TEXT NOT NULL DEFAULT '',
        call_phrase TEXT NOT NULL DEFAULT '',
        config_version INTEGER NOT NULL DEFAULT 1))",
    uR"(CREATE TABLE agencies (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        active INTEGER NOT NULL DEFAULT 1,
        sort_order INTEGER NOT NULL DEFAULT 0))",
    uR"(CREATE TABLE services (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        agency_id INTEGER NOT NULL REFERENCES agencies(id),
        name TEXT NOT NULL,
        prefix TEXT NOT NULL,
        daily_quota INTEGER,
        target_wait_min INTEGER NOT NULL DEFAULT 15,
        cutoff_min INTEGER NOT NULL DEFAULT 0,
        schedule TEXT NOT NULL,
        standard TEXT NOT NULL,
        active INTEGER NOT NULL DEFAULT 1,
        sort_order INTEGER NOT NULL DEFAULT 0))",
    uR"(CREATE TABLE counters (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        active INTEGER NOT NULL DEFAULT 1,
        sort_order INTEGER NOT NULL DEFAULT 0,
        priority_streak INTEGER NOT NULL DEFAULT 0))",
    uR"(CREATE TABLE counter_services (
        counter_id INTEGER NOT NULL REFERENCES counters(id),
        service_id INTEGER NOT NULL REFERENCES services(id),
        PRIMARY KEY (counter_id, service_id)))",
    uR"(CREATE TABLE staff (
        id INTEGER PRIMARY KEY,
        staff_code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('officer', 'supervisor', 'admin')),
        pin_hash TEXT,
        failed_attempts INTEGER NOT NULL DEFAULT 0,
        locked_until INTEGER,
        active INTEGER NOT NULL DEFAULT 1))",
    uR"(CREATE TABLE staff_counters (
        staff_id INTEGER NOT NULL REFERENCES staff(id),
        counter_id INTEGER NOT NULL REFERENCES counters(id),
        PRIMARY KEY (staff_id, counter_id)))",
    uR"(CREATE TABLE tickets (
        id INTEGER PRIMARY KEY,
        business_day TEXT NOT NULL,
        prefix TEXT NOT NULL,
        seq INTEGER NOT NULL,
        service_id INTEGER NOT NULL REFERENCES services(id),
        original_service_id INTEGER NOT NULL REFERENCES services(id),
        priority INTEGER NOT NULL DEFAULT 0,
        status TEXT NOT NULL,
        issued_at INTEGER NOT NULL,
        issue_hour INTEGER NOT NULL,
        queued_at INTEGER NOT NULL,
        first_called_at INTEGER,
        called_at INTEGER,
        serving_at INTEGER,
        finished_at INTEGER,
        counter_id INTEGER REFERENCES counters(id),
        staff_id INTEGER REFERENCES staff(id),
        outcome TEXT,
        recall_count INTEGER NOT NULL DEFAULT 0,
        transferred INTEGER NOT NULL DEFAULT 0,
        estimated_wait_min INTEGER,
        UNIQUE (business_day, prefix, seq)))",
    u"CREATE INDEX tickets_queue ON tickets (status, service_id, priority, queued_at)",
    u"CREATE INDEX tickets_day ON tickets (business_day, service_id)",
    u"CREATE INDEX tickets_counter ON tickets (counter_id, status)",
    // The kiosk's estimator reads today's calls of a few services; without this it reads the whole history.
    u"CREATE INDEX tickets_service_called ON tickets (service_id, first_called_at)",
    uR"(CREATE TABLE counter_states (
        id INTEGER PRIMARY KEY,
        counter_id INTEGER NOT NULL REFERENCES counters(id),
        staff_id INTEGER REFERENCES staff(id),
        state TEXT NOT NULL CHECK (state IN ('open', 'break')),
        reason TEXT NOT NULL DEFAULT '',
        started_at INTEGER NOT NULL,
        ended_at INTEGER))",
    u"CREATE INDEX counter_states_counter ON counter_states (counter_id, ended_at)",
    u"CREATE INDEX counter_states_started ON counter_states (started_at)",
    // Every write looks for booths still open from an earlier day (rollover): only the open states, not all.
    u"CREATE INDEX counter_states_open ON counter_states (ended_at, started_at)",
    uR"(CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        at INTEGER NOT NULL,
        kind TEXT NOT NULL,
        ticket_id INTEGER,
        counter_code TEXT NOT NULL DEFAULT '',
        staff_code TEXT NOT NULL DEFAULT '',
        data TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL))",
    u"CREATE INDEX events_ticket ON events (ticket_id)",
    u"CREATE INDEX events_kind ON events (kind, id)",
};

// Schema version 2: summaries of past days for reports (see Report.cpp). day_revisions counts the changes to
// each day's tickets; triggers keep it, so that no write path can forget to, and a summary is used only while
// its day's count is the one it was made from. Triggers are SQLite syntax: a PostgreSQL backend needs its
// own trigger functions for the same three events.
const char16_t* const kSchemaV2[] = {
    u"CREATE TABLE day_revisions (business_day TEXT PRIMARY KEY, revision INTEGER NOT NULL)",
    uR"(CREATE TRIGGER tickets_insert_revises_day AFTER INSERT ON tickets BEGIN
        INSERT INTO day_revisions (business_day, revision) VALUES (NEW.business_day, 1)
            ON CONFLICT (business_day) DO UPDATE SET revision = revision + 1;
    END)",
    uR"(CREATE TRIGGER tickets_update_revises_day AFTER UPDATE ON tickets BEGIN
        INSERT INTO day_revisions (business_day, revision) VALUES (NEW.business_day, 1)
            ON CONFLICT (business_day) DO UPDATE SET revision = revision + 1;
        INSERT INTO day_revisions (business_day, revision)
            SELECT OLD.business_day, 1 WHERE OLD.business_day <> NEW.business_day
            ON CONFLICT (business_day) DO UPDATE SET revision = revision + 1;
    END)",
    uR"(CREATE TRIGGER tickets_delete_revises_day AFTER DELETE ON tickets BEGIN
        INSERT INTO day_revisions (business_day, revision) VALUES (OLD.business_day, 1)
            ON CONFLICT (business_day) DO UPDATE SET revision = revision + 1;
    END)",
    uR"(CREATE TABLE report_days (
        business_day TEXT PRIMARY KEY,
        revision INTEGER NOT NULL,
        format INTEGER NOT NULL,
        timezone TEXT NOT NULL,
        tickets INTEGER NOT NULL,
        data BLOB NOT NULL))",
};

// Schema version 3: every configuration the hall has had, as imported (without PINs), so that a report of a
// past day uses that day's opening hours and booths (HallStore::import writes it, Report.cpp reads it).
const char16_t* const kSchemaV3[] = {
    uR"(CREATE TABLE config_history (
        id INTEGER PRIMARY KEY,
        imported_at INTEGER NOT NULL,
        config_version INTEGER NOT NULL,
        config TEXT NOT NULL))",
    u"CREATE INDEX config_history_imported ON config_history (imported_at)",
};

} // namespace

Database::Database(QSqlDatabase db, QString path, QString connection)
    : m_db(std::move(db)), m_path(std::move(path)), m_connection(std::move(connection))
{}

Database::~Database()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

Error Database::sqlError(const QString& what, const QString& detail)
{
    return makeError(ErrorKind::Internal, u"database"_s, tr("Database error while %1: %2").arg(what, detail));
}

void Database::bind(QSqlQuery& query, const QVariantList& args)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QVariant& arg = args.at(i);
        // A null QString would bind as SQL NULL; only an empty QVariant means NULL here.
        if (arg.typeId() == QMetaType::QString && arg.toString().isNull())
            query.bindValue(int(i), QString(u""_s));
        else
            query.bindValue(int(i), arg);
    }
}

Result<QSqlQuery> Database::run(QSqlDatabase& db, const QString& sql, const QVariantList& args)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return sqlError(sql.simplified().left(60), query.lastError().text());
    bind(query, args);
    if (!query.exec())
        return sqlError(sql.simplified().left(60), query.lastError().text());
    return query;
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, Mode mode, Durability durability,
                                                 IfMissing ifMissing)
{
    const QFileInfo info(path);
    if (path.isEmpty())
        return makeError(ErrorKind::BadInput, u"no_database"_s, tr("No database file was given."));
    // Checked before SQLite sees the path: Qt's driver opens read-write with SQLITE_OPEN_CREATE, which would
    // make the file.
    if (!info.exists() && (mode == Mode::ReadOnly || ifMissing == IfMissing::Fail))
        return makeError(
            ErrorKind::BadInput, u"no_database"_s,
            tr("%1: database file not found; create it with 'antre init --config FILE' or 'antre demo'")
                .arg(path));
    if (info.exists() && !info.isFile())
        return makeError(ErrorKind::BadInput, u"no_database"_s, tr("%1: not a database file").arg(path));
    if (!info.exists() && !QDir().mkpath(info.absolutePath()))
        return makeError(ErrorKind::Internal, u"io"_s,
                         tr("%1: cannot create folder %2").arg(path, info.absolutePath()));

    const QString connection = u"antre-%1"_s.arg(g_connectionCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<Database> database;
    {
        // Scoped so that no stray handle outlives the Database (removeDatabase would complain).
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(path);
        QString options = u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(kBusyTimeoutMs);
        if (mode == Mode::ReadOnly)
            options += u";QSQLITE_OPEN_READONLY"_s;
        db.setConnectOptions(options);
        database.reset(new Database(db, path, connection));
    }
    if (!database->m_db.open())
        return makeError(ErrorKind::Internal, u"open_failed"_s,
                         tr("%1: cannot open database: %2").arg(path, database->m_db.lastError().text()));

    // The first read fails on a corrupt or foreign file; say so plainly instead of a driver message.
    auto probe = run(database->m_db, u"SELECT count(*) FROM sqlite_master"_s);
    if (probe.ok())
        probe.value().finish();
    if (!probe.ok()) {
        const QString detail = probe.error().message;
        if (detail.contains(u"unable to open database file"_s))
            return makeError(
                ErrorKind::BadInput, u"open_failed"_s,
                tr("%1: cannot open the database; its folder must be writable, as SQLite keeps the "
                   "files %2-wal and %2-shm next to it")
                    .arg(path, info.fileName()));
        if (detail.contains(u"not a database"_s) || detail.contains(u"malformed"_s))
            return makeError(ErrorKind::BadInput, u"corrupt"_s,
                             tr("%1: the file is not an Antre database or is damaged; restore it from a "
                                "backup (antre backup)")
                                 .arg(path));
        return makeError(ErrorKind::Internal, u"open_failed"_s,
                         tr("%1: cannot read database: %2").arg(path, detail));
    }

    if (mode == Mode::ReadWrite) {
        const auto* synchronous =
            durability == Durability::Full ? u"PRAGMA synchronous=FULL" : u"PRAGMA synchronous=OFF";
        for (const auto* pragma : {u"PRAGMA journal_mode=WAL", synchronous, u"PRAGMA foreign_keys=ON"}) {
            auto result = run(database->m_db, QString::fromUtf16(pragma));
            if (!result.ok()) {
                const bool readOnly = result.error().message.contains(u"readonly"_s) ||
                                      result.error().message.contains(u"read-only"_s);
                if (readOnly)
                    return makeError(ErrorKind::BadInput, u"read_only"_s,
                                     tr("%1: the database is read-only for this user").arg(path));
                return result.error();
            }
        }
        if (auto migrated = database->migrate(); !migrated.ok())
            return migrated.error();
    } else {
        auto version = run(database->m_db, u"PRAGMA user_version"_s);
        if (!version.ok())
            return version.error();
        if (!version.value().next() || version.value().value(0).toInt() != kSchemaVersion)
            return makeError(ErrorKind::BadInput, u"schema"_s,
                             tr("%1: database schema is not at version %2").arg(path).arg(kSchemaVersion));
    }
    return database;
}

Status Database::migrate()
{
    // The common case is a current schema: find that out with a plain read, so that opening the
    // database never queues for the write lock behind busy kiosks and booths (backup, reports).
    {
        auto version = run(m_db, u"PRAGMA user_version"_s);
        if (!version.ok())
            return version.error();
        if (version.value().next() && version.value().value(0).toInt() == kSchemaVersion)
            return Done{};
    }
    return write([this](QSqlDatabase& db) -> Status {
        auto version = run(db, u"PRAGMA user_version"_s);
        if (!version.ok())
            return version.error();
        const int current = version.value().next() ? version.value().value(0).toInt() : 0;
        version.value().finish();
        if (current > kSchemaVersion)
            return makeError(ErrorKind::BadInput, u"schema"_s,
                             tr("%1: database schema version %2 is newer than this Antre (%3); update Antre")
                                 .arg(m_path)
                                 .arg(current)
                                 .arg(kSchemaVersion));
        if (current < 1) {
            for (const auto* statement : kSchemaV1)
                if (auto r = run(db, QString::fromUtf16(statement)); !r.ok())
                    return r.error();
        }
        if (current < 2) {
            for (const auto* statement : kSchemaV2)
                if (auto r = run(db, QString::fromUtf16(statement)); !r.ok())
                    return r.error();
        }
        if (current < 3) {
            for (const auto* statement : kSchemaV3)
                if (auto r = run(db, QString::fromUtf16(statement)); !r.ok())
                    return r.error();
        }
        if (current < kSchemaVersion)
            if (auto r = run(db, u"PRAGMA user_version = %1"_s.arg(kSchemaVersion)); !r.ok())
                return r.error();
        return Done{};
    });
}

Status Database::write(const std::function<Status(QSqlDatabase&)>& body)
{
    if (m_inBatch) {
        // Inside batch(): a savepoint gives the body the same all-or-nothing as its own transaction.
        if (auto begin = run(m_db, u"SAVEPOINT antre_write"_s); !begin.ok())
            return begin.error();
        Status result = body(m_db);
        if (!result.ok())
            (void)run(m_db, u"ROLLBACK TO antre_write"_s);
        if (auto release = run(m_db, u"RELEASE antre_write"_s); !release.ok() && result.ok())
            return release.error();
        return result.ok() ? result : Status(storageError(result.error()));
    }
    // BEGIN IMMEDIATE takes the write lock up front, so two writers never deadlock half-way and
    // "read max, insert max+1" is safe across processes.
    if (auto begin = run(m_db, u"BEGIN IMMEDIATE"_s); !begin.ok()) {
        if (begin.error().message.contains(u"locked"_s) || begin.error().message.contains(u"busy"_s))
            return makeError(ErrorKind::Internal, u"locked"_s,
                             tr("%1: the database is locked by another program (waited %2 s); try again")
                                 .arg(m_path)
                                 .arg(kBusyTimeoutMs / 1000));
        return begin.error();
    }
    Status result = body(m_db);
    if (!result.ok()) {
        (void)run(m_db, u"ROLLBACK"_s);
        return storageError(result.error());
    }
    if (auto commit = run(m_db, u"COMMIT"_s); !commit.ok()) {
        (void)run(m_db, u"ROLLBACK"_s);
        return storageError(commit.error());
    }
    return result;
}

Status Database::batch(const std::function<Status()>& body)
{
    if (m_inBatch)
        return body();
    auto status = write([&](QSqlDatabase&) -> Status {
        m_inBatch = true;
        Status result = body();
        m_inBatch = false;
        return result;
    });
    m_inBatch = false;
    return status;
}

Error Database::storageError(const Error& error) const
{
    // SQLite reports a full disk (or max_page_count) while the body inserts, not only at COMMIT, and a
    // file that cannot grow (quota, file size limit, failing disk) as an I/O error. Either way the
    // transaction was rolled back, which is what the person at the booth needs to know.
    if (error.kind != ErrorKind::Internal)
        return error;
    if (error.message.contains(u"database or disk is full"_s))
        return makeError(ErrorKind::Internal, u"disk_full"_s,
                         tr("%1: the disk is full; nothing was saved").arg(m_path));
    if (error.message.contains(u"attempt to write a readonly database"_s))
        return makeError(ErrorKind::BadInput, u"read_only"_s,
                         tr("%1: the database is read-only for this user; nothing was saved").arg(m_path));
    if (error.message.contains(u"disk I/O error"_s))
        return makeError(ErrorKind::Internal, u"io"_s,
                         tr("%1: cannot write to the disk (full or failing); nothing was saved").arg(m_path));
    return error;
}

Result<QString> Database::integrityCheck()
{
    auto query = run(m_db, u"PRAGMA integrity_check"_s);
    if (!query.ok())
        return query.error();
    QStringList lines;
    while (query.value().next())
        lines << query.value().value(0).toString();
    return lines.join(u'\n');
}

Status Database::backupTo(const QString& targetPath)
{
    if (QFileInfo::exists(targetPath))
        return makeError(ErrorKind::BadInput, u"exists"_s,
                         tr("%1: file already exists; choose a new name").arg(targetPath));
    // VACUUM INTO reads one consistent snapshot, so it is safe while kiosks and counters write.
    auto result = run(m_db, u"VACUUM INTO ?"_s, {targetPath});
    if (!result.ok())
        return makeError(ErrorKind::Internal, u"backup_failed"_s,
                         tr("%1: backup failed: %2").arg(targetPath, result.error().message));
    return Done{};
}

} // namespace antre
