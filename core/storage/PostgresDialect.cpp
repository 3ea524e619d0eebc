#include "core/storage/PostgresDialect.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {

using Keywords = QList<QPair<QString, QString>>;

Error locationError(const QString& message)
{
    return makeError(ErrorKind::BadInput, ErrorCode::BadLocation, message);
}

Error passwordError()
{
    return locationError(QCoreApplication::translate(
        "Database", "A database password may not be given with the database location; put it in ~/.pgpass, "
                    "the file named by PGPASSFILE or the service file"));
}

// A value as libpq's conninfo wants it: quoted, with ' and \ escaped.
QString quoted(const QString& value)
{
    QString text = value;
    text.replace(u"\\"_s, u"\\\\"_s).replace(u"'"_s, u"\\'"_s);
    return u"'"_s + text + u"'"_s;
}

// libpq's key=value syntax: keys separated by blanks, values bare or in single quotes with \ escapes.
Result<Keywords> parseConninfo(const QString& text)
{
    Keywords keywords;
    qsizetype i = 0;
    const auto skipBlanks = [&] {
        while (i < text.size() && text.at(i).isSpace())
            ++i;
    };
    while (true) {
        skipBlanks();
        if (i >= text.size())
            break;
        const qsizetype keyStart = i;
        while (i < text.size() && text.at(i) != u'=' && !text.at(i).isSpace())
            ++i;
        const QString key = text.mid(keyStart, i - keyStart);
        skipBlanks();
        if (i >= text.size() || text.at(i) != u'=' || key.isEmpty())
            return locationError(QCoreApplication::translate(
                                     "Database", "%1: not a database location (expected key=value pairs)")
                                     .arg(text));
        ++i;
        skipBlanks();
        QString value;
        if (i < text.size() && text.at(i) == u'\'') {
            ++i;
            bool closed = false;
            while (i < text.size()) {
                const QChar c = text.at(i++);
                if (c == u'\\' && i < text.size()) {
                    value += text.at(i++);
                } else if (c == u'\'') {
                    closed = true;
                    break;
                } else {
                    value += c;
                }
            }
            if (!closed)
                return locationError(QCoreApplication::translate(
                                         "Database", "%1: not a database location (expected key=value pairs)")
                                         .arg(text));
        } else {
            while (i < text.size() && !text.at(i).isSpace())
                value += text.at(i++);
        }
        keywords.append({key, value});
    }
    return keywords;
}

Result<Keywords> parseUri(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return locationError(QCoreApplication::translate("Database", "%1: not a database location (%2)")
                                 .arg(text, url.errorString()));
    if (!url.password().isEmpty())
        return passwordError();
    Keywords keywords;
    if (!url.host().isEmpty())
        keywords.append({u"host"_s, url.host()});
    if (url.port() > 0)
        keywords.append({u"port"_s, QString::number(url.port())});
    if (!url.userName().isEmpty())
        keywords.append({u"user"_s, url.userName()});
    const QString dbname = url.path().mid(1);
    if (!dbname.isEmpty())
        keywords.append({u"dbname"_s, dbname});
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded))
        keywords.append({key, value});
    return keywords;
}

bool has(const Keywords& keywords, const QString& key)
{
    for (const auto& pair : keywords)
        if (pair.first == key)
            return true;
    return false;
}

QString options(const Keywords& keywords)
{
    QStringList parts;
    for (const auto& [key, value] : keywords)
        parts << key + u"="_s + quoted(value);
    // QPSQL appends the connect options to its own conninfo with every ";" made a blank.
    return parts.join(u';');
}

} // namespace

bool PostgresDialect::isPostgresLocation(const QString& location)
{
    const QString text = location.trimmed();
    if (text.startsWith(u"postgresql://"_s) || text.startsWith(u"postgres://"_s))
        return true;
    // A conninfo: its first word is one of libpq's keywords and "=" (a file "a=b/hall.db" stays a file).
    static const QRegularExpression conninfo(
        uR"(^(host|hostaddr|port|dbname|user|passfile|service|options|sslmode|application_name|connect_timeout|target_session_attrs)\s*=)"_s);
    return conninfo.match(text).hasMatch();
}

Result<QList<QPair<QString, QString>>> PostgresDialect::keywords(const QString& location)
{
    const QString text = location.trimmed();
    auto parsed =
        text.startsWith(u"postgres"_s) && text.contains(u"://"_s) ? parseUri(text) : parseConninfo(text);
    if (!parsed.ok())
        return parsed.error();
    Keywords keywords = std::move(parsed).value();
    if (has(keywords, u"password"_s))
        return passwordError();
    for (const auto& [key, value] : keywords)
        if (value.contains(u';'))
            return locationError(
                QCoreApplication::translate("Database", "%1: a database location may not contain \";\"")
                    .arg(text));
    // A dead server or a cut cable is noticed within seconds, not after the system's two hours. Keepalives
    // only probe a connection with nothing in flight (a program waiting for an answer); a statement sent
    // into a cut cable is retransmitted instead, for some fifteen minutes (tcp_retries2), unless
    // tcp_user_timeout bounds how long sent data may stay unacknowledged: the listener sends its keep-alive
    // query every second and a booth polls, so that is where a cut usually finds them.
    const Keywords defaults = {{u"connect_timeout"_s, u"5"_s},     {u"keepalives"_s, u"1"_s},
                               {u"keepalives_idle"_s, u"5"_s},     {u"keepalives_interval"_s, u"2"_s},
                               {u"keepalives_count"_s, u"3"_s},    {u"tcp_user_timeout"_s, u"10000"_s},
                               {u"application_name"_s, u"antre"_s}};
    for (const auto& pair : defaults)
        if (!has(keywords, pair.first))
            keywords.append(pair);
    return keywords;
}

StorageFault PostgresDialect::faultOfState(const QString& sqlState)
{
    if (sqlState.size() != 5)
        return StorageFault::Other;
    if (sqlState.startsWith(u"08"_s) || sqlState == u"57P01"_s || sqlState == u"57P02"_s ||
        sqlState == u"57P03"_s || sqlState == u"53300"_s)
        return StorageFault::Unreachable;
    if (isRetryableState(sqlState) || sqlState == u"55P03"_s)
        return StorageFault::Busy;
    if (sqlState == u"53100"_s)
        return StorageFault::DiskFull;
    if (sqlState == u"25006"_s)
        return StorageFault::ReadOnly;
    if (sqlState == u"42501"_s)
        return StorageFault::Denied;
    if (sqlState == u"XX001"_s || sqlState == u"XX002"_s)
        return StorageFault::NotADatabase;
    if (sqlState == u"58030"_s)
        return StorageFault::Io;
    return StorageFault::Other;
}

bool PostgresDialect::isRetryableState(const QString& sqlState)
{
    return sqlState == u"40001"_s || sqlState == u"40P01"_s;
}

Status PostgresDialect::dump(const QString& location, const QString& target) const
{
    const auto refused = [&](const QString& why) {
        return makeError(ErrorKind::BadInput, ErrorCode::BackupFailed,
                         QCoreApplication::translate("Database", "%1: backup failed: %2").arg(target, why));
    };
    QString program = QStandardPaths::findExecutable(u"pg_dump"_s);
    if (program.isEmpty())
        program = QStandardPaths::findExecutable(u"pg_dump"_s, {u"/usr/lib/postgresql/15/bin"_s});
    if (program.isEmpty())
        return refused(backupAdvice(location, target));
    auto parsed = keywords(location);
    if (!parsed.ok())
        return parsed.error();
    QStringList conninfo;
    for (const auto& [key, value] : parsed.value())
        conninfo << key + u"="_s + quoted(value);
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    // No password on the command line: libpq reads it from ~/.pgpass, PGPASSFILE or the service file.
    process.start(program,
                  {u"--format=custom"_s, u"--file="_s + target, u"--dbname="_s + conninfo.join(u' ')});
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        const QString output = QString::fromLocal8Bit(process.readAll()).trimmed();
        QFile::remove(target); // half a dump is no backup
        return makeError(ErrorKind::Internal, ErrorCode::BackupFailed,
                         QCoreApplication::translate("Database", "%1: backup failed: %2")
                             .arg(target, output.isEmpty() ? process.errorString() : output));
    }
    return Done{};
}

QString PostgresDialect::driver() const
{
    return u"QPSQL"_s;
}

Result<ConnectionPlan> PostgresDialect::plan(const ConnectionRequest& request) const
{
    auto parsed = keywords(request.location);
    if (!parsed.ok())
        return parsed.error();
    Keywords keywords = std::move(parsed).value();
    if (!request.write)
        // Refused by the server, not only by this program.
        keywords.append({u"options"_s, u"-c default_transaction_read_only=on"_s});
    // The database itself is made by its administrator (createdb); an empty one gets the schema.
    ConnectionPlan plan;
    plan.connectOptions = options(keywords);
    return plan;
}

Result<ConnectionPlan> PostgresDialect::probePlan(const QString& location) const
{
    ConnectionRequest request;
    request.location = location;
    request.write = false;
    return plan(request);
}

QStringList PostgresDialect::sessionSettings(bool syncEveryCommit) const
{
    return {syncEveryCommit ? u"SET synchronous_commit TO on"_s : u"SET synchronous_commit TO off"_s,
            // SQLite's busy timeout: a writer waits this long for the write lock, then says "locked".
            u"SET lock_timeout TO '5s'"_s, u"SET client_min_messages TO warning"_s};
}

QStringList PostgresDialect::connectionSettings() const
{
    // Qt's QPSQL driver asks for bytea in the escape format (up to four characters per byte: a year of report
    // summaries, mostly small integers, came to several times its 72 MB). libpq's PQunescapeBytea, which the
    // driver decodes with, reads both formats; hex is two characters per byte and decodes faster.
    return {u"SET bytea_output TO hex"_s};
}

QString PostgresDialect::packedRowsQuery(const QStringList& columns, const QString& fromWhere,
                                         const QString& orderBy) const
{
    // concat() writes NULL as nothing, and every value of a row in one call.
    QStringList parts;
    for (const QString& column : columns)
        parts << u"(%1)"_s.arg(column);
    return u"SELECT string_agg(concat(%1, E'\\n'), '' ORDER BY %2) FROM %3"_s.arg(parts.join(u", ',', "_s),
                                                                                  orderBy, fromWhere);
}

QString PostgresDialect::schemaVersionQuery() const
{
    // 0 without the table (a new, empty database), read without naming the table in the plan.
    return u"SELECT COALESCE((SELECT (xpath('/row/version/text()', query_to_xml('SELECT version FROM "
           u"antre_schema', false, true, '')))[1]::text::bigint WHERE to_regclass('antre_schema') IS NOT "
           u"NULL), 0)"_s;
}

QString PostgresDialect::setSchemaVersionStatement(int version) const
{
    return u"UPDATE antre_schema SET version = %1"_s.arg(version);
}

QStringList PostgresDialect::scriptsOfVersion(int version) const
{
    // The same steps as SQLite's, so that the tables of each version are known (Database checks them); a new
    // database runs them all in one transaction.
    switch (version) {
    case 1:
        return {u":/antre/storage/postgresql/schema_v1.sql"_s};
    case 2:
        return {u":/antre/storage/postgresql/migrate_v2.sql"_s, u":/antre/storage/postgresql/triggers.sql"_s};
    case 3:
        return {u":/antre/storage/postgresql/migrate_v3.sql"_s};
    case 4:
        return {u":/antre/storage/postgresql/migrate_v4.sql"_s};
    case 5:
        return {u":/antre/storage/postgresql/migrate_v5.sql"_s};
    case 6:
        return {u":/antre/storage/postgresql/migrate_v6.sql"_s};
    case 7:
        return {u":/antre/storage/postgresql/migrate_v7.sql"_s};
    default:
        return {};
    }
}

QStringList PostgresDialect::splitScript(const QString& script) const
{
    // A statement ends with ";" at the end of a line outside a $$ … $$ body; comment lines are dropped.
    QStringList statements;
    QString current;
    bool inBody = false;
    for (const QString& line : script.split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (!inBody && (trimmed.startsWith(u"--"_s) || (trimmed.isEmpty() && current.isEmpty())))
            continue;
        if (line.count(u"$$"_s) % 2 == 1)
            inBody = !inBody;
        current += line + u'\n';
        if (!inBody && trimmed.endsWith(u';')) {
            QString statement = current.trimmed();
            statement.chop(1);
            statements << statement;
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

QString PostgresDialect::tableNamesQuery() const
{
    // Byte order, like SQLite's ORDER BY name.
    return u"SELECT c.relname::text FROM pg_catalog.pg_class c WHERE c.relnamespace = "
           u"current_schema()::regnamespace AND c.relkind IN ('r', 'v', 'p') ORDER BY c.relname::text COLLATE \"C\""_s;
}

QString PostgresDialect::triggerNamesQuery() const
{
    return u"SELECT t.tgname::text FROM pg_catalog.pg_trigger t JOIN pg_catalog.pg_class c ON c.oid = "
           u"t.tgrelid WHERE c.relnamespace = current_schema()::regnamespace AND NOT t.tgisinternal ORDER BY "
           u"t.tgname::text COLLATE \"C\""_s;
}

QString PostgresDialect::foreignKeyParentsQuery() const
{
    return u"SELECT DISTINCT p.relname::text FROM pg_catalog.pg_constraint k JOIN pg_catalog.pg_class c ON "
           u"c.oid "
           u"= k.conrelid JOIN pg_catalog.pg_class p ON p.oid = k.confrelid WHERE k.contype = 'f' AND "
           u"c.relnamespace = current_schema()::regnamespace AND c.relname = ?"_s;
}

QStringList PostgresDialect::bookkeepingTables() const
{
    return {u"antre_schema"_s};
}

QString PostgresDialect::identityColumnsQuery() const
{
    return u"SELECT a.attname::text FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class c ON c.oid = "
           u"a.attrelid WHERE c.relnamespace = current_schema()::regnamespace AND c.relname = ? AND "
           u"a.attidentity <> '' AND NOT a.attisdropped"_s;
}

QString PostgresDialect::advanceIdentityStatement(const QString& table, const QString& column) const
{
    // Copied rows came with their ids; the next row the hall makes must not take one of them.
    return u"SELECT setval(pg_get_serial_sequence('%1', '%2'), m) FROM (SELECT MAX(%2) AS m FROM %1) x WHERE "
           u"m "
           u"IS NOT NULL"_s.arg(table, column);
}

QString PostgresDialect::beginWriteStatement() const
{
    return u"BEGIN ISOLATION LEVEL READ COMMITTED"_s;
}

QStringList PostgresDialect::afterBeginWriteStatements() const
{
    // Taken before the body's first statement, whose snapshot is then newer than every earlier commit.
    return {u"SELECT pg_advisory_xact_lock(%1)"_s.arg(kWriteLockKey)};
}

QStringList PostgresDialect::beforeCommitStatements() const
{
    // Delivered to the listeners only when the transaction commits.
    return {u"NOTIFY %1"_s.arg(QLatin1StringView(kChangeChannel))};
}

bool PostgresDialect::sendsStatementsTogether() const
{
    // QPSQL sends a statement without parameters as one simple query, which the server runs statement by
    // statement, stopping at the first error, and answers each (Database::write reads every answer).
    return true;
}

QString PostgresDialect::integrityCheckQuery() const
{
    // PostgreSQL checks its pages itself (checksums, WAL replay); amcheck needs a superuser. The invariants
    // of the hall are checked by antre check above this.
    return u"SELECT 'ok'"_s;
}

QString PostgresDialect::backupStatement() const
{
    return {}; // no SQL for it: see backupAdvice
}

QString PostgresDialect::backupAdvice(const QString& location, const QString& target) const
{
    return QCoreApplication::translate("Database",
                                       "a PostgreSQL hall is backed up with pg_dump; run: pg_dump -Fc -f %1 "
                                       "\"%2\"")
        .arg(target, location);
}

QString PostgresDialect::checkpointStatement() const
{
    return u"SELECT 1"_s; // no write-ahead log beside the hall to fold back: the server keeps its own
}

QString PostgresDialect::changeCounterQuery() const
{
    // Every write appends to the audit chain, in the write's own transaction.
    return u"SELECT COALESCE(MAX(id), 0) FROM events"_s;
}

StorageFault PostgresDialect::classify(const QString& message) const
{
    if (message.contains(u"No space left on device"_s) || message.contains(u"disk full"_s))
        return StorageFault::DiskFull;
    if (message.contains(u"permission denied"_s))
        return StorageFault::Denied;
    if (message.contains(u"read-only transaction"_s))
        return StorageFault::ReadOnly;
    if (message.contains(u"lock timeout"_s) || message.contains(u"deadlock detected"_s))
        return StorageFault::Busy;
    if (message.contains(u"could not connect"_s) || message.contains(u"Connection refused"_s) ||
        message.contains(u"server closed the connection"_s) ||
        message.contains(u"no connection to the server"_s) || message.contains(u"terminating connection"_s) ||
        message.contains(u"timeout expired"_s) || message.contains(u"could not translate host name"_s) ||
        message.contains(u"connection to server"_s))
        return StorageFault::Unreachable;
    if (message.contains(u"does not exist"_s) && message.contains(u"database"_s))
        return StorageFault::CannotOpen;
    if (message.contains(u"could not read block"_s) || message.contains(u"invalid page"_s))
        return StorageFault::Io;
    return StorageFault::Other;
}

} // namespace antre
