#include "core/storage/SqliteDialect.h"

#include "core/storage/PostgresDialect.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {

#ifdef Q_OS_LINUX
// SQLite's unix VFS: every connection using the shared-memory index holds a read lock on this byte of the
// -shm file (UNIX_SHM_DMS in os_unix.c); the first one takes it exclusively to rebuild the index.
constexpr off_t kShmDmsByte = 128;
#endif

bool writable(const QString& path)
{
#ifdef Q_OS_UNIX
    // access(2) answers for this user, root included: a file with the immutable attribute or on a read-only
    // file system is not writable for root either, a 0444 file is.
    return ::access(QFile::encodeName(path).constData(), W_OK) == 0;
#else
    return QFileInfo(path).isWritable();
#endif
}

QString options(int busyTimeoutMs, bool readOnly)
{
    QString text = u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(busyTimeoutMs);
    if (readOnly)
        text += u";QSQLITE_OPEN_READONLY"_s;
    return text;
}

// The messages keep the context of Database, where they were first written (and translated).
Error readOnlyError(const QString& path)
{
    return makeError(ErrorKind::BadInput, ErrorCode::ReadOnly,
                     QCoreApplication::translate(
                         "Database", "%1: the database is read-only for this user; nothing was saved")
                         .arg(path));
}

Error folderError(const QString& path)
{
    return makeError(ErrorKind::BadInput, ErrorCode::OpenFailed,
                     QCoreApplication::translate("Database",
                                                 "%1: cannot open the database; its folder must be writable, "
                                                 "as SQLite keeps the files %2-wal and %2-shm next to it")
                         .arg(path, QFileInfo(path).fileName()));
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

} // namespace

std::unique_ptr<SqlDialect> SqlDialect::forLocation(const QString& location)
{
    if (PostgresDialect::isPostgresLocation(location))
        return std::make_unique<PostgresDialect>();
    return std::make_unique<SqliteDialect>();
}

SqliteDialect::Files SqliteDialect::inspect(const QString& path)
{
    Files files;
    const QFileInfo info(path);
    files.exists = info.exists();
    files.fileWritable = files.exists && writable(path);
    files.folderWritable = writable(info.absolutePath());
    const QFileInfo wal(path + u"-wal"_s);
    files.walExists = wal.exists();
    files.walWritable = files.walExists && writable(wal.filePath());
    files.walSize = files.walExists ? wal.size() : 0;
    const QString shm = path + u"-shm"_s;
    files.shmExists = QFileInfo::exists(shm);
    files.shmWritable = files.shmExists && writable(shm);
    return files;
}

bool SqliteDialect::sharedMemoryInUse(const QString& path)
{
#if defined(Q_OS_LINUX)
    const int fd = ::open(QFile::encodeName(path + u"-shm"_s).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return errno != ENOENT; // cannot look: assume it is in use
    // An open-file-description lock conflicts with the locks of every other open file, those of this process
    // included (a plain POSIX lock test would not see this process's own connections).
    struct flock lock = {};
    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    lock.l_start = kShmDmsByte;
    lock.l_len = 1;
    const bool tested = ::fcntl(fd, F_OFD_GETLK, &lock) == 0;
    ::close(fd);
    return !tested || lock.l_type != F_UNLCK;
#else
    Q_UNUSED(path);
    return true; // no way to tell: never remove a -shm
#endif
}

QString SqliteDialect::immutableUri(const QString& path)
{
    return QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded) +
           u"?immutable=1"_s;
}

QString SqliteDialect::driver() const
{
    return u"QSQLITE"_s;
}

Result<ConnectionPlan> SqliteDialect::readPlan(const QString& path, const Files& files, int busyTimeoutMs)
{
    ConnectionPlan plan;
    if (files.walExists || files.shmExists) {
        // Someone has (or had) it open: read through its -wal and -shm, which SQLite must find both or be
        // able to make.
        if (!files.folderWritable && !(files.walExists && files.shmExists))
            return folderError(path);
        plan.databaseName = path;
        plan.connectOptions = options(busyTimeoutMs, true);
    } else if (!files.folderWritable) {
        // No -wal, so nobody has it open, and none can be made here: read the file as it is.
        plan.databaseName = immutableUri(path);
        plan.connectOptions = u"QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"_s;
    } else {
        plan.databaseName = path;
        plan.connectOptions = options(busyTimeoutMs, true);
    }
    return plan;
}

Result<ConnectionPlan> SqliteDialect::plan(const ConnectionRequest& request) const
{
    const QString& path = request.location;
    const QFileInfo info(path);
    if (path.isEmpty())
        return makeError(ErrorKind::BadInput, ErrorCode::NoDatabase,
                         QCoreApplication::translate("Database", "No database file was given."));
    // Checked before SQLite sees the path: SQLite opens read-write with SQLITE_OPEN_CREATE, which would make
    // the file.
    if (!info.exists() && (!request.write || !request.createIfMissing))
        return makeError(ErrorKind::BadInput, ErrorCode::NoDatabase,
                         QCoreApplication::translate("Database",
                                                     "%1: database file not found; create it with "
                                                     "'antre init --config FILE' or 'antre demo'")
                             .arg(path));
    if (info.exists() && !info.isFile())
        return makeError(ErrorKind::BadInput, ErrorCode::NoDatabase,
                         QCoreApplication::translate("Database", "%1: not a database file").arg(path));
    if (!info.exists()) {
        if (!QDir().mkpath(info.absolutePath()))
            return makeError(ErrorKind::Internal, ErrorCode::Io,
                             QCoreApplication::translate("Database", "%1: cannot create folder %2")
                                 .arg(path, info.absolutePath()));
        ConnectionPlan plan;
        plan.databaseName = path;
        plan.connectOptions = options(request.busyTimeoutMs, false);
        plan.exists = false;
        return plan;
    }

    Files files = inspect(path);
    if (!request.write)
        return readPlan(path, files, request.busyTimeoutMs);
    const auto readOnly = [&](const Error& why) -> Result<ConnectionPlan> {
        auto plan = readPlan(path, files, request.busyTimeoutMs);
        if (!plan.ok())
            return why; // neither reading nor writing: the reason writing fails says what to fix
        plan.value().writeRefusal = why;
        return plan;
    };
    if (!files.fileWritable)
        return readOnly(readOnlyError(path));
    const bool staleShm = files.shmExists && !files.shmWritable;
    const bool staleWal = files.walExists && !files.walWritable;
    if (staleShm || staleWal) {
        // Left by a connection of a user who could not write (SQLite makes -wal and -shm with the mode of the
        // database file, 0444 while it was read-only). The -shm is only an index, rebuilt from the -wal by
        // the next connection, so it may go while no connection uses it; an empty -wal may go too. A -wal
        // with commits in it may not: those would be lost.
        const bool canRemove =
            files.folderWritable && (!staleWal || files.walSize == 0) && !sharedMemoryInUse(path);
        if (!canRemove)
            return readOnly(readOnlyError(path));
        if (staleShm)
            QFile::remove(path + u"-shm"_s);
        if (staleWal)
            QFile::remove(path + u"-wal"_s);
        files = inspect(path);
        if ((files.shmExists && !files.shmWritable) || (files.walExists && !files.walWritable))
            return readOnly(readOnlyError(path));
    }
    if (!files.folderWritable && !(files.walExists && files.shmExists))
        return readOnly(folderError(path));
    ConnectionPlan plan;
    plan.databaseName = path;
    plan.connectOptions = options(request.busyTimeoutMs, false);
    return plan;
}

Result<ConnectionPlan> SqliteDialect::probePlan(const QString& location) const
{
    const Files files = inspect(location);
    if (!files.walExists && !files.shmExists) {
        // Nobody has it open: read it as it is, making no -wal or -shm and taking no lock, so that a file of
        // another program is left exactly as it was.
        ConnectionPlan plan;
        plan.databaseName = immutableUri(location);
        plan.connectOptions = u"QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"_s;
        return plan;
    }
    return readPlan(location, files, 5000);
}

QStringList SqliteDialect::sessionSettings(bool syncEveryCommit) const
{
    return {u"PRAGMA journal_mode=WAL"_s,
            syncEveryCommit ? u"PRAGMA synchronous=FULL"_s : u"PRAGMA synchronous=OFF"_s,
            u"PRAGMA foreign_keys=ON"_s};
}

QString SqliteDialect::schemaVersionQuery() const
{
    return u"PRAGMA user_version"_s;
}

QString SqliteDialect::setSchemaVersionStatement(int version) const
{
    return u"PRAGMA user_version = %1"_s.arg(version);
}

QStringList SqliteDialect::scriptsOfVersion(int version) const
{
    switch (version) {
    case 1:
        return {u":/antre/storage/sqlite/schema_v1.sql"_s};
    case 2:
        return {u":/antre/storage/sqlite/migrate_v2.sql"_s, u":/antre/storage/sqlite/triggers.sql"_s};
    case 3:
        return {u":/antre/storage/sqlite/migrate_v3.sql"_s};
    case 4:
        return {u":/antre/storage/sqlite/migrate_v4.sql"_s};
    case 5:
        return {u":/antre/storage/sqlite/migrate_v5.sql"_s};
    case 6:
        return {u":/antre/storage/sqlite/migrate_v6.sql"_s};
    case 7:
        return {u":/antre/storage/sqlite/migrate_v7.sql"_s};
    default:
        return {};
    }
}

QStringList SqliteDialect::splitScript(const QString& script) const
{
    // A statement ends at a ";" outside quotes and comments, except inside the BEGIN … END body of a
    // CREATE TRIGGER, which ends at the "END;" that closes no CASE. Comments are dropped.
    QStringList statements;
    QString current;
    QStringList words; // the statement's first words, to recognise CREATE [TEMP] TRIGGER
    QString lastWord;
    bool inTrigger = false;
    int openCases = 0; // CASE … END inside a trigger body: that END does not end the trigger
    const auto finish = [&] {
        const QString statement = current.trimmed();
        if (!statement.isEmpty())
            statements << statement;
        current.clear();
        words.clear();
        lastWord.clear();
        inTrigger = false;
        openCases = 0;
    };
    const qsizetype n = script.size();
    for (qsizetype i = 0; i < n;) {
        const QChar c = script.at(i);
        if (c == u'-' && i + 1 < n && script.at(i + 1) == u'-') {
            while (i < n && script.at(i) != u'\n')
                ++i;
            continue;
        }
        if (c == u'/' && i + 1 < n && script.at(i + 1) == u'*') {
            const qsizetype end = script.indexOf(u"*/"_s, i + 2);
            i = end < 0 ? n : end + 2;
            current += u' ';
            continue;
        }
        if (c == u'\'' || c == u'"' || c == u'`' || c == u'[') {
            const QChar close = c == u'[' ? u']' : c;
            qsizetype j = i + 1;
            while (j < n) {
                if (script.at(j) == close) {
                    if (close != u']' && j + 1 < n && script.at(j + 1) == close) {
                        j += 2; // a doubled quote inside the quotes
                        continue;
                    }
                    break;
                }
                ++j;
            }
            j = qMin(j + 1, n);
            current += script.mid(i, j - i);
            lastWord.clear();
            i = j;
            continue;
        }
        if (isWordChar(c)) {
            qsizetype j = i;
            while (j < n && isWordChar(script.at(j)))
                ++j;
            const QString word = script.mid(i, j - i).toUpper();
            if (words.size() < 3)
                words << word;
            if (!inTrigger && words.size() >= 2 && words.first() == u"CREATE" &&
                (words.at(1) == u"TRIGGER" ||
                 (words.size() == 3 && (words.at(1) == u"TEMP" || words.at(1) == u"TEMPORARY") &&
                  words.at(2) == u"TRIGGER")))
                inTrigger = true;
            lastWord = word;
            if (inTrigger && word == u"CASE") {
                ++openCases;
            } else if (inTrigger && word == u"END" && openCases > 0) {
                --openCases;
                lastWord.clear();
            }
            current += script.mid(i, j - i);
            i = j;
            continue;
        }
        if (c == u';') {
            if (!inTrigger || lastWord == u"END") {
                finish();
                ++i;
                continue;
            }
            current += c;
            lastWord.clear();
            ++i;
            continue;
        }
        if (!c.isSpace())
            lastWord.clear();
        current += c;
        ++i;
    }
    finish();
    return statements;
}

QString SqliteDialect::tableNamesQuery() const
{
    return u"SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite!_%' "
           u"ESCAPE '!' ORDER BY name"_s;
}

QString SqliteDialect::foreignKeyParentsQuery() const
{
    return u"SELECT DISTINCT \"table\" FROM pragma_foreign_key_list(?)"_s;
}

QString SqliteDialect::triggerNamesQuery() const
{
    return u"SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name"_s;
}

QString SqliteDialect::beginWriteStatement() const
{
    // IMMEDIATE takes the write lock at BEGIN, so "read max, insert max+1" is safe across processes.
    return u"BEGIN IMMEDIATE"_s;
}

QString SqliteDialect::integrityCheckQuery() const
{
    return u"PRAGMA integrity_check"_s;
}

QString SqliteDialect::backupStatement() const
{
    // VACUUM INTO reads one consistent snapshot, so it is safe while kiosks and counters write.
    return u"VACUUM INTO ?"_s;
}

QString SqliteDialect::checkpointStatement() const
{
    return u"PRAGMA wal_checkpoint(TRUNCATE)"_s;
}

QString SqliteDialect::changeCounterQuery() const
{
    // Changes whenever another connection commits; a read of the shared-memory WAL index.
    return u"PRAGMA data_version"_s;
}

StorageFault SqliteDialect::classify(const QString& message) const
{
    if (message.contains(u"database or disk is full"_s))
        return StorageFault::DiskFull;
    if (message.contains(u"readonly"_s) || message.contains(u"read-only"_s))
        return StorageFault::ReadOnly;
    if (message.contains(u"disk I/O error"_s))
        return StorageFault::Io;
    if (message.contains(u"locked"_s) || message.contains(u"busy"_s))
        return StorageFault::Busy;
    if (message.contains(u"unable to open database file"_s))
        return StorageFault::CannotOpen;
    if (message.contains(u"not a database"_s) || message.contains(u"malformed"_s))
        return StorageFault::NotADatabase;
    return StorageFault::Other;
}

} // namespace antre
