#include "core/storage/Database.h"

#include "core/storage/DriverProperties.h"
#include "core/storage/PostgresDialect.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {

namespace property = driver_property;

QAtomicInteger<quint64> g_connectionCounter;

// SQLITE_CORRUPT and SQLITE_NOTADB (primary codes; the extended ones keep them in the low byte), and
// PostgreSQL's data_corrupted and index_corrupted.
bool isCorruption(const QSqlError& error, const QSqlDriver* driver)
{
    const QString native = error.nativeErrorCode();
    const auto dbms = driver ? driver->dbmsType() : QSqlDriver::UnknownDbms;
    bool numeric = false;
    const int code = native.toInt(&numeric);
    if (dbms == QSqlDriver::SQLite && numeric && ((code & 0xff) == 11 || (code & 0xff) == 26))
        return true;
    if (dbms == QSqlDriver::PostgreSQL && (native == u"XX001"_s || native == u"XX002"_s))
        return true;
    const QString text = error.text();
    return text.contains(u"database disk image is malformed"_s) || text.contains(u"file is not a database"_s);
}

Error corruptError(const QSqlDriver* driver, const QString& detail)
{
    const QString location = driver ? driver->property(property::kLocation).toString() : QString();
    return makeError(
        ErrorKind::Internal, ErrorCode::Corrupt,
        Database::tr("%1: the database file is damaged (%2); nothing more is written to it. Stop "
                     "the hall's programs, run antre check and restore the last good backup (see "
                     "docs/RELIABILITY.md, \"When check fails\")")
            .arg(location.isEmpty() ? Database::tr("the database") : location, detail));
}

// The error for a failed statement or row read; a damaged file also marks the connection.
Error queryError(const QSqlQuery& query, const QString& what)
{
    const QSqlError error = query.lastError();
    const QSqlDriver* driver = query.driver();
    const bool postgres = driver && driver->dbmsType() == QSqlDriver::PostgreSQL;
    if (postgres)
        // NOLINTNEXTLINE(cppcoreguidelines-pro-type-const-cast): the driver is not const (see below)
        const_cast<QSqlDriver*>(driver)->setProperty(property::kState, error.nativeErrorCode());
    if (!isCorruption(error, driver)) {
        // QPSQL closes a connection the server ended; every later statement fails without a word.
        const bool closed = postgres && !driver->isOpen();
        Error plain = Database::sqlError(what, closed && error.text().trimmed().isEmpty()
                                                   ? u"no connection to the server"_s
                                                   : error.text());
        // The SQLSTATE says it better than the text of the message, which the server may translate.
        if (closed ||
            (postgres &&
             PostgresDialect::faultOfState(error.nativeErrorCode()) == StorageFault::Unreachable) ||
            (postgres && PostgresDialect().classify(error.text()) == StorageFault::Unreachable)) {
            plain.code = ErrorCode::Unreachable;
            // NOLINTNEXTLINE(cppcoreguidelines-pro-type-const-cast): the driver is not const (see below)
            const_cast<QSqlDriver*>(driver)->setProperty(property::kLost, true);
        }
        return plain;
    }
    Error corrupt =
        corruptError(driver, error.databaseText().isEmpty() ? error.text() : error.databaseText());
    // The driver is not const; QSqlQuery only hands it out so.
    if (auto* writable = const_cast<QSqlDriver*>(driver);
        writable && !writable->property(property::kCorruption).isValid())
        writable->setProperty(property::kCorruption, corrupt.message);
    return corrupt;
}

// The tables each schema version adds, read from the dialect's scripts: a table of a later version in a
// database whose schema version is lower means the version was changed by hand (or restored wrongly).
QStringList tablesOfVersion(const SqlDialect& dialect, int version)
{
    static const QRegularExpression createTable(
        uR"(^CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?([A-Za-z_][A-Za-z0-9_]*))"_s,
        QRegularExpression::CaseInsensitiveOption);
    QStringList tables;
    for (const QString& script : dialect.scriptsOfVersion(version)) {
        QFile file(script);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        for (const QString& statement : dialect.splitScript(QString::fromUtf8(file.readAll())))
            if (const auto match = createTable.match(statement); match.hasMatch())
                tables << match.captured(1);
    }
    return tables;
}

// What a failed first read of a database means.
Error openError(const SqlDialect& dialect, const QString& path, const QString& detail)
{
    switch (dialect.classify(detail)) {
    case StorageFault::CannotOpen:
        return makeError(ErrorKind::BadInput, ErrorCode::OpenFailed,
                         Database::tr("%1: cannot open the database; its folder must be writable, as SQLite "
                                      "keeps the files %2-wal and %2-shm next to it")
                             .arg(path, QFileInfo(path).fileName()));
    case StorageFault::NotADatabase:
        return makeError(
            ErrorKind::BadInput, ErrorCode::Corrupt,
            Database::tr("%1: the file is not an Antre database or is damaged; restore it from a backup "
                         "(antre backup)")
                .arg(path));
    case StorageFault::Unreachable:
        // libpq's words for a TLS certificate it does not trust (sslmode=verify-ca/verify-full): no retry
        // helps, the device's settings must change.
        if (detail.contains(u"certificate verify failed"_s) || detail.contains(u"server certificate for"_s) ||
            detail.contains(u"root certificate file"_s))
            return makeError(ErrorKind::Internal, ErrorCode::Unreachable,
                             Database::tr("%1: the database server's certificate is not trusted: it must be "
                                          "signed by the certificate authority in sslrootcert and made for "
                                          "the host name in the location; %2")
                                 .arg(path, detail.trimmed()));
        return makeError(
            ErrorKind::Internal, ErrorCode::Unreachable,
            Database::tr("%1: cannot reach the database server: %2").arg(path, detail.trimmed()));
    default:
        return makeError(ErrorKind::Internal, ErrorCode::OpenFailed,
                         Database::tr("%1: cannot read database: %2").arg(path, detail));
    }
}

// The same for a failed statement: a damaged file (already named by the row helpers) is refused as one.
Error openError(const SqlDialect& dialect, const QString& path, const Error& error)
{
    if (error.code == ErrorCode::Corrupt)
        return makeError(
            ErrorKind::BadInput, ErrorCode::Corrupt,
            Database::tr("%1: the file is not an Antre database or is damaged; restore it from a backup "
                         "(antre backup)")
                .arg(path));
    return openError(dialect, path, error.message);
}

Result<QStringList> column(QSqlDatabase& db, const QString& sql)
{
    auto query = Database::run(db, sql);
    if (!query.ok())
        return query.error();
    QStringList values;
    if (auto rows = Database::forEachRow(query.value(),
                                         [&](const QSqlQuery& row) { values << row.value(0).toString(); });
        !rows.ok())
        return rows.error();
    return values;
}

// The tables and schema version of an existing database, read through a connection of its own that
// changes nothing (SqlDialect::probePlan), before anything else touches the file.
struct SchemaProbe
{
    QStringList tables;
    int version = 0;
};

Result<SchemaProbe> probeSchema(const SqlDialect& dialect, const QString& path)
{
    auto plan = dialect.probePlan(path);
    if (!plan.ok())
        return plan.error();
    const QString connection = u"antre-probe-%1"_s.arg(g_connectionCounter.fetchAndAddRelaxed(1));
    Result<SchemaProbe> result = SchemaProbe{};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(dialect.driver(), connection);
        db.setDatabaseName(plan.value().databaseName);
        db.setConnectOptions(plan.value().connectOptions);
        result = [&]() -> Result<SchemaProbe> {
            if (!db.open())
                return openError(dialect, path, db.lastError().text());
            SchemaProbe probe;
            auto tables = column(db, dialect.tableNamesQuery());
            if (!tables.ok())
                return openError(dialect, path, tables.error());
            probe.tables = tables.value();
            auto version = column(db, dialect.schemaVersionQuery());
            if (!version.ok())
                return openError(dialect, path, version.error());
            probe.version = version.value().value(0).toInt();
            return probe;
        }();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}

// Whether a database may be opened as Antre's: empty (it gets the schema), or Antre's with a schema version
// that matches its tables. Anything else is refused before it is changed.
Status judgeSchema(const SqlDialect& dialect, const QString& path, const SchemaProbe& probe)
{
    if (probe.tables.isEmpty() && probe.version == 0)
        return Done{};
    const QStringList firstTables = tablesOfVersion(dialect, 1);
    if (!probe.tables.isEmpty() && !probe.tables.contains(firstTables.value(0, u"site"_s)))
        return makeError(ErrorKind::BadInput, ErrorCode::ForeignDatabase,
                         Database::tr("%1 is not an Antre hall database (it has tables of another program); "
                                      "nothing was changed")
                             .arg(path));
    if (probe.version > Database::kSchemaVersion)
        return Done{}; // said by the migration or the read-only check: "newer than this Antre"
    int implied = 0;
    for (int version = 1; version <= Database::kSchemaVersion; ++version)
        for (const QString& table : tablesOfVersion(dialect, version))
            if (probe.tables.contains(table))
                implied = version;
    if (probe.version < implied)
        return makeError(ErrorKind::BadInput, ErrorCode::SchemaMismatch,
                         Database::tr("%1 reports schema version %2 but already has the tables of a later "
                                      "version; restore it from a backup or run antre check")
                             .arg(path)
                             .arg(probe.version));
    // A version that adds no table (an index only) has the tables of the one before it.
    int latestImplied = implied;
    while (latestImplied < Database::kSchemaVersion && tablesOfVersion(dialect, latestImplied + 1).isEmpty())
        ++latestImplied;
    if (probe.version > latestImplied)
        return makeError(
            ErrorKind::BadInput, ErrorCode::SchemaMismatch,
            Database::tr("%1 reports schema version %2 but lacks tables of that version; restore "
                         "it from a backup")
                .arg(path)
                .arg(probe.version));
    return Done{};
}

} // namespace

Database::Database(QSqlDatabase db, QString path, QString connection, std::unique_ptr<SqlDialect> dialect)
    : m_db(std::move(db)), m_path(std::move(path)), m_connection(std::move(connection)),
      m_dialect(std::move(dialect))
{}

Database::~Database()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

Error Database::sqlError(const QString& what, const QString& detail)
{
    return makeError(ErrorKind::Internal, ErrorCode::Database,
                     tr("Database error while %1: %2").arg(what, detail));
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

bool Database::canInterleaveResults(const QSqlDatabase& db)
{
    // QPSQL reads a forward-only result row by row from the socket, so a second query on the connection
    // while one is being read loses the first one's rows; buffered, both can be read in turn, as on SQLite.
    return db.driverName() != u"QPSQL"_s;
}

Error Database::statementError(const QString& sql, const QSqlQuery& query)
{
    return queryError(query, sql.simplified().left(60));
}

Result<bool> Database::nextRow(QSqlQuery& query)
{
    if (query.next())
        return true;
    if (auto ended = rowsEnded(query); !ended.ok())
        return ended.error();
    return false;
}

Status Database::rowsEnded(const QSqlQuery& query, const QString& what)
{
    if (query.lastError().type() == QSqlError::NoError)
        return Done{};
    return queryError(query, what.isEmpty()
                                 ? tr("reading a row of %1").arg(query.lastQuery().simplified().left(60))
                                 : what);
}

std::optional<Error> Database::corruption() const
{
    const QVariant marked = m_db.driver() ? m_db.driver()->property(property::kCorruption) : QVariant();
    if (!marked.isValid())
        return std::nullopt;
    return makeError(ErrorKind::Internal, ErrorCode::Corrupt, marked.toString());
}

Status Database::refuseWrite() const
{
    if (auto corrupt = corruption())
        return *corrupt;
    return Done{};
}

Result<QSqlQuery> Database::run(QSqlDatabase& db, const QString& sql, const QVariantList& args)
{
    QSqlQuery query(db);
    query.setForwardOnly(canInterleaveResults(db));
    // Without parameters the statement is sent as it is: PostgreSQL cannot PREPARE BEGIN, SET or DDL.
    if (args.isEmpty()) {
        if (!query.exec(sql))
            return statementError(sql, query);
        return query;
    }
    if (!query.prepare(sql))
        return statementError(sql, query);
    bind(query, args);
    if (!query.exec())
        return statementError(sql, query);
    return query;
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, Mode mode, Durability durability,
                                                 IfMissing ifMissing)
{
    std::unique_ptr<SqlDialect> dialect = SqlDialect::forLocation(path);
    ConnectionRequest request;
    request.location = path;
    request.write = mode == Mode::ReadWrite;
    request.createIfMissing = ifMissing == IfMissing::Create;
    request.busyTimeoutMs = kBusyTimeoutMs;
    auto planned = dialect->plan(request);
    if (!planned.ok())
        return planned.error();
    const ConnectionPlan plan = std::move(planned).value();
    // An existing file is looked at before anything may change it: a database of another program, or one
    // whose version contradicts its tables, is left exactly as it is.
    bool empty = !plan.exists;
    if (plan.exists) {
        auto probe = probeSchema(*dialect, path);
        if (!probe.ok())
            return probe.error();
        if (auto judged = judgeSchema(*dialect, path, probe.value()); !judged.ok())
            return judged.error();
        empty = probe.value().tables.isEmpty();
    }
    // Nothing to read, and the schema cannot be written: say why writing is impossible.
    if (empty && plan.writeRefusal)
        return *plan.writeRefusal;

    const QString connection = u"antre-%1"_s.arg(g_connectionCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<Database> database;
    {
        // Scoped so that no stray handle outlives the Database (removeDatabase would complain).
        QSqlDatabase db = QSqlDatabase::addDatabase(dialect->driver(), connection);
        db.setDatabaseName(plan.databaseName);
        db.setConnectOptions(plan.connectOptions);
        database.reset(new Database(db, path, connection, std::move(dialect)));
    }
    database->m_db.driver()->setProperty(property::kLocation, path);
    database->m_readOnly = mode == Mode::ReadOnly;
    database->m_syncEveryCommit = durability == Durability::Full;
    database->m_writeRefusal = plan.writeRefusal;
    const SqlDialect& sql = *database->m_dialect;
    if (!database->m_db.open())
        return makeError(ErrorKind::Internal, ErrorCode::OpenFailed,
                         tr("%1: cannot open database: %2").arg(path, database->m_db.lastError().text()));

    // The first read fails on a corrupt or foreign file; say so plainly instead of a driver message.
    auto probe = run(database->m_db, sql.tableNamesQuery());
    if (probe.ok())
        probe.value().finish();
    if (!probe.ok())
        return openError(sql, path, probe.error());

    for (const QString& setting : sql.connectionSettings())
        if (auto result = run(database->m_db, setting); !result.ok())
            return result.error();
    if (database->canWrite()) {
        for (const QString& setting : sql.sessionSettings(durability == Durability::Full)) {
            auto result = run(database->m_db, setting);
            if (!result.ok()) {
                if (sql.classify(result.error().message) == StorageFault::ReadOnly)
                    return makeError(ErrorKind::BadInput, ErrorCode::ReadOnly,
                                     tr("%1: the database is read-only for this user").arg(path));
                return result.error();
            }
        }
        if (auto migrated = database->migrate(); !migrated.ok())
            return migrated.error();
    } else if (auto current = database->checkSchemaIsCurrent(); !current.ok()) {
        return current.error();
    }
    return database;
}

Status Database::checkSchemaIsCurrent()
{
    auto version = run(m_db, m_dialect->schemaVersionQuery());
    if (!version.ok())
        return version.error();
    auto row = nextRow(version.value());
    if (!row.ok())
        return row.error();
    const int current = row.value() ? version.value().value(0).toInt() : 0;
    if (current == kSchemaVersion)
        return Done{};
    if (m_writeRefusal)
        // Opened to write, but only reading is possible: the migration cannot run.
        return makeError(m_writeRefusal->kind, m_writeRefusal->code,
                         tr("%1: the database has schema version %2 and needs version %3, which only a user "
                            "who may write it can make (open it once with write access): %4")
                             .arg(m_path)
                             .arg(current)
                             .arg(kSchemaVersion)
                             .arg(m_writeRefusal->message));
    return makeError(ErrorKind::BadInput, ErrorCode::Schema,
                     tr("%1: database schema is not at version %2").arg(m_path).arg(kSchemaVersion));
}

Status Database::migrate()
{
    // The common case is a current schema: find that out with a plain read, so that opening the
    // database never queues for the write lock behind busy kiosks and booths (backup, reports).
    {
        auto version = run(m_db, m_dialect->schemaVersionQuery());
        if (!version.ok())
            return version.error();
        auto row = nextRow(version.value());
        if (!row.ok())
            return row.error();
        if (row.value() && version.value().value(0).toInt() == kSchemaVersion)
            return Done{};
    }
    return write([this](QSqlDatabase& db) -> Status {
        auto version = run(db, m_dialect->schemaVersionQuery());
        if (!version.ok())
            return version.error();
        auto row = nextRow(version.value());
        if (!row.ok())
            return row.error();
        const int current = row.value() ? version.value().value(0).toInt() : 0;
        version.value().finish();
        if (current > kSchemaVersion)
            return makeError(ErrorKind::BadInput, ErrorCode::Schema,
                             tr("%1: database schema version %2 is newer than this Antre (%3); update Antre")
                                 .arg(m_path)
                                 .arg(current)
                                 .arg(kSchemaVersion));
        for (int next = std::max(current, 0) + 1; next <= kSchemaVersion; ++next) {
            const QStringList scripts = m_dialect->scriptsOfVersion(next);
            if (scripts.isEmpty())
                return sqlError(u"migrating to schema version %1"_s.arg(next), u"no script"_s);
            for (const QString& script : scripts) {
                QFile file(script);
                if (!file.open(QIODevice::ReadOnly))
                    return sqlError(u"migrating to schema version %1"_s.arg(next),
                                    u"%1 is missing from this build"_s.arg(script));
                for (const QString& statement : m_dialect->splitScript(QString::fromUtf8(file.readAll())))
                    if (auto r = run(db, statement); !r.ok())
                        return r.error();
            }
        }
        if (current < kSchemaVersion)
            if (auto r = run(db, m_dialect->setSchemaVersionStatement(kSchemaVersion)); !r.ok())
                return r.error();
        return Done{};
    });
}

Result<QStringList> Database::triggerNames()
{
    return column(m_db, m_dialect->triggerNamesQuery());
}

} // namespace antre
