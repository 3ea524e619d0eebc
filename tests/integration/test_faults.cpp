// Storage faults: a full disk, a read-only database file, a folder SQLite cannot write to, a database file
// that is not there or empty. Each gives a clear message and exit code, never a crash, and leaves nothing
// half-written: afterwards `antre check` passes and the next ticket takes the next number.
//
// A full disk is simulated without root and without mounting a small file system, in two ways:
//  - for a real `antre` process, RLIMIT_FSIZE (setrlimit, what `ulimit -f` sets) on the child, with SIGXFSZ
//    ignored: writing past the limit fails with EFBIG exactly where ENOSPC would, inside SQLite's write of
//    the journal (WAL) during the commit;
//  - for the core, SQLite's own limit PRAGMA max_page_count on the connection: the same SQLITE_FULL that a
//    full disk gives.
#include "core/AuditLog.h"
#include "core/Clock.h"
#include "core/QueueEngine.h"
#include "core/storage/Database.h"
#include "tests/integration/Harness.h"
#include "tests/support/ErrorCodeStringMaker.h"
#include "tests/support/TestHall.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <catch2/catch.hpp>
#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using namespace antre;
using namespace antre::test;

namespace {

// `antre --db DB args…` with the file size limit set in the child only.
ProcessResult antreWithFileLimit(const QString& db, const QStringList& args, rlim_t bytes)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"ANTRE_LANG"_s, u"en"_s);
    env.insert(u"ANTRE_NOW"_s, CliFixture::monday());
    process.setProcessEnvironment(env);
    process.setChildProcessModifier([bytes] {
        const rlimit limit{bytes, bytes};
        setrlimit(RLIMIT_FSIZE, &limit);
        std::signal(SIGXFSZ, SIG_IGN); // report EFBIG instead of killing the process
    });
    process.start(ProcessRunner::program(u"antre"_s), QStringList{u"--db"_s, db} + args);
    ProcessResult result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

qint64 ticketCount(const QString& path)
{
    auto db = Database::open(path, Database::Mode::ReadOnly);
    REQUIRE(db.ok());
    auto q = Database::run(db.value()->sql(), u"SELECT count(*) FROM tickets"_s);
    REQUIRE(q.ok());
    REQUIRE(q.value().next());
    return q.value().value(0).toLongLong();
}

// Statements on a plain SQLite connection, as another program (or an administrator) would run them.
void rawSql(const QString& path, const QStringList& statements)
{
    const QString name = u"faults-raw"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        for (const QString& statement : statements)
            REQUIRE(QSqlQuery(db).exec(statement));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

bool sideFilesExist(const QString& path)
{
    return QFileInfo::exists(path + u"-wal"_s) || QFileInfo::exists(path + u"-shm"_s) ||
           QFileInfo::exists(path + u"-journal"_s);
}

// An ordinary user for the read-only cases: this one, unless it is root, who writes through permissions (so
// chmod would prove nothing); then nobody (uid 65534), through setpriv (util-linux, on every Debian).
constexpr uid_t kNobody = 65534;

bool runAsNobody()
{
    return geteuid() == 0;
}

ProcessResult antreAsUser(const QString& db, const QStringList& args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"ANTRE_LANG"_s, u"en"_s);
    env.insert(u"ANTRE_NOW"_s, CliFixture::monday());
    const QStringList antre = QStringList{ProcessRunner::program(u"antre"_s), u"--db"_s, db} + args;
    if (!runAsNobody())
        return ProcessRunner::run(antre.first(), antre.mid(1), {}, env);
    env.insert(u"HOME"_s, QDir::tempPath());
    const auto result =
        ProcessRunner::run(u"setpriv"_s,
                           QStringList{u"--reuid=%1"_s.arg(kNobody), u"--regid=%1"_s.arg(kNobody),
                                       u"--clear-groups"_s, u"--"_s} +
                               antre,
                           {}, env);
    // Never skipped: without setpriv the test fails and says why.
    INFO("setpriv: " << result.err.toStdString());
    REQUIRE(result.exitCode >= 0);
    return result;
}

// Gives the hall's folder and files to the user antreAsUser runs as.
void handOver(const QString& folder)
{
    if (!runAsNobody())
        return;
    REQUIRE(::chown(QFile::encodeName(folder).constData(), kNobody, kNobody) == 0);
    for (const QFileInfo& file : QDir(folder).entryInfoList(QDir::Files | QDir::Hidden))
        REQUIRE(::chown(QFile::encodeName(file.filePath()).constData(), kNobody, kNobody) == 0);
}

void setMode(const QString& path, mode_t mode)
{
    REQUIRE(::chmod(QFile::encodeName(path).constData(), mode) == 0);
}

} // namespace

TEST_CASE("a full disk during a commit: a clear message, exit 1, nothing half-written", "[stress][faults]")
{
    CliFixture hall;
    REQUIRE(hall.run({u"issue"_s, u"AK1"_s}).out == u"A-001\n");
    // Keep the shared-memory index (-shm) in place, as it is while a hall runs, so that the limit strikes
    // where a full disk would: when the commit writes its pages to the journal.
    auto holder = Database::open(hall.db());
    REQUIRE(holder.ok());
    REQUIRE(QFileInfo(hall.db() + u"-shm"_s).size() >= 32768);

    for (const QStringList& args :
         {QStringList{u"issue"_s, u"AK1"_s}, QStringList{u"counter"_s, u"open"_s, u"L1"_s},
          QStringList{u"issue"_s, u"KTPEL"_s, u"--priority"_s}}) {
        const auto full = antreWithFileLimit(hall.db(), args, 12 * 1024);
        INFO(args.join(u' ').toStdString() << ": " << full.err.toStdString());
        CHECK(full.exitCode == 1);
        CHECK(full.err.contains(hall.db() +
                                u": cannot write to the disk (full or failing); nothing was saved"_s));
        CHECK(full.out.isEmpty());
    }
    holder.value().reset();

    // Room again: nothing of the failed commits is there, and numbering goes on without a gap.
    CHECK(ticketCount(hall.db()) == 1);
    CHECK(hall.run({u"issue"_s, u"AK1"_s}).out == u"A-002\n");
    const auto status = hall.run({u"--json"_s, u"status"_s});
    CHECK(status.out.contains(
        u"\"code\":\"L1\",\"name\":\"Loket 1\",\"should_be_staffed\":true,\"state\":\"closed\""_s));
    const auto check = hall.run({u"check"_s});
    INFO(check.out.toStdString() << check.err.toStdString());
    CHECK(check.exitCode == 0);
}

TEST_CASE("the core on a full database: disk_full, rolled back, numbering intact", "[stress][faults]")
{
    TestHall hall;
    REQUIRE(hall.engine->openCounter(u"L1"_s, u"OFF1"_s).ok());
    auto pages = Database::run(hall.db->sql(), u"PRAGMA page_count"_s);
    REQUIRE(pages.ok());
    REQUIRE(pages.value().next());
    const qint64 pageCount = pages.value().value(0).toLongLong();
    pages.value().finish();
    // No page may be added: the next insert that needs a new page fails as on a full disk.
    REQUIRE(Database::run(hall.db->sql(), u"PRAGMA max_page_count = %1"_s.arg(pageCount)).ok());
    QString lastCode;
    int issued = 0;
    for (int i = 0; i < 400; ++i) {
        auto r = hall.engine->issue(u"S2"_s, false);
        if (!r.ok()) {
            lastCode = r.error().codeText();
            CHECK(r.error().kind == ErrorKind::Internal);
            CHECK(r.error().message.contains(u"the disk is full; nothing was saved"_s));
            break;
        }
        ++issued;
    }
    REQUIRE(lastCode == u"disk_full");
    // Booth actions hit the same wall and say the same (or succeed while they fit in the pages there are).
    const auto fullOrOk = [](const Error* error) {
        if (error)
            CHECK((error->code == ErrorCode::DiskFull || error->code == ErrorCode::QueueEmpty));
        return error == nullptr;
    };
    for (int i = 0; i < 400; ++i) {
        auto call = hall.engine->callNext(u"L1"_s);
        if (!fullOrOk(call.ok() ? nullptr : &call.error()))
            break;
        auto serving = hall.engine->startServing(u"L1"_s);
        if (!fullOrOk(serving.ok() ? nullptr : &serving.error()))
            break;
        auto done = hall.engine->finish(u"L1"_s, Outcome::Completed);
        if (!fullOrOk(done.ok() ? nullptr : &done.error()))
            break;
    }
    REQUIRE(Database::run(hall.db->sql(), u"PRAGMA max_page_count = 1073741823"_s).ok());
    auto next = hall.engine->issue(u"S2"_s, false);
    REQUIRE(next.ok());
    CHECK(next.value().number.sequence() == issued + 1);
    auto integrity = hall.db->integrityCheck();
    REQUIRE(integrity.ok());
    CHECK(integrity.value() == u"ok");
    CHECK(AuditLog::verify(hall.db->sql()).ok());
}

TEST_CASE("a read-only database file: reading works, writing says so and saves nothing", "[stress][faults]")
{
    CliFixture hall;
    REQUIRE(hall.run({u"issue"_s, u"AK1"_s}).out == u"A-001\n");
    if (!makeUnwritable(hall.db())) {
        WARN("cannot make a file read-only for this user here (no chattr for root); skipped");
        return;
    }
    const auto issue = hall.run({u"issue"_s, u"AK1"_s});
    const auto open = hall.run({u"counter"_s, u"open"_s, u"L1"_s});
    const auto status = hall.run({u"status"_s});
    const auto check = hall.run({u"check"_s});
    makeWritable(hall.db());
    INFO(issue.err.toStdString() << open.err.toStdString() << status.err.toStdString());
    CHECK(issue.exitCode == 2);
    CHECK(issue.err.contains(hall.db() + u": the database is read-only for this user"_s));
    CHECK(open.exitCode == 2);
    CHECK(open.err.contains(u"read-only"_s));
    CHECK(status.exitCode == 0);
    CHECK(check.exitCode == 0);
    CHECK(hall.run({u"issue"_s, u"AK1"_s}).out == u"A-002\n");
    CHECK(hall.run({u"check"_s}).exitCode == 0);
}

TEST_CASE("a folder SQLite cannot write to: the message says what to fix", "[stress][faults]")
{
    CliFixture hall;
    REQUIRE(hall.run({u"issue"_s, u"AK1"_s}).out == u"A-001\n");
    // After a clean close nothing but the database file is left; SQLite must create its -wal and -shm.
    REQUIRE_FALSE(QFileInfo::exists(hall.db() + u"-wal"_s));
    const QString folder = QFileInfo(hall.db()).absolutePath();
    if (!makeUnwritable(folder)) {
        WARN("cannot make a folder read-only for this user here; skipped");
        return;
    }
    const auto issue = hall.run({u"issue"_s, u"AK1"_s});
    const auto status = hall.run({u"status"_s});
    makeWritable(folder);
    INFO(issue.err.toStdString() << status.err.toStdString());
    CHECK(issue.exitCode == 2);
    CHECK(issue.err.contains(u"its folder must be writable"_s));
    // Reading works: nobody has the file open (there is no -wal), so it is read as it is.
    CHECK(status.exitCode == 0);
    CHECK(hall.run({u"issue"_s, u"AK1"_s}).out == u"A-002\n");
}

TEST_CASE("a database file that is not there: every command but init and demo says so and makes nothing",
          "[stress][faults]")
{
    // A mistyped --db. An empty database made there would let check, audit verify and backup report success
    // on nothing; only init and demo make a hall (importing into a hall that does not exist is init
    // --config).
    QTemporaryDir dir;
    const QString missing = dir.filePath(u"typo.db"_s);
    const QString config = CliFixture::dataDir() + u"/bad_configs/_valid.json"_s;
    for (const QStringList& args :
         {QStringList{u"check"_s}, QStringList{u"audit"_s, u"verify"_s},
          QStringList{u"backup"_s, dir.filePath(u"copy.db"_s)}, QStringList{u"status"_s},
          QStringList{u"report"_s, u"daily"_s}, QStringList{u"config"_s, u"export"_s},
          QStringList{u"config"_s, u"import"_s, config}, QStringList{u"issue"_s, u"AK1"_s},
          QStringList{u"counter"_s, u"open"_s, u"L1"_s}, QStringList{u"call"_s, u"L1"_s},
          QStringList{u"cancel"_s, u"A-001"_s},
          QStringList{u"staff"_s, u"add"_s, u"X1"_s, u"--name"_s, u"Budi"_s, u"--role"_s, u"officer"_s}}) {
        const auto r = ProcessRunner::antre(missing, args, CliFixture::monday(), "246810\n");
        INFO(args.join(u' ').toStdString() << ": " << r.exitCode << " " << r.err.toStdString());
        CHECK(r.exitCode == 2);
        CHECK(
            r.err ==
            u"antre: "_s + missing +
                u": database file not found; create it with 'antre init --config FILE' or 'antre demo'\n"_s);
        CHECK(r.out.isEmpty());
        CHECK(QDir(dir.path()).isEmpty());
    }
    const auto json = ProcessRunner::antre(missing, {u"--json"_s, u"status"_s}, CliFixture::monday());
    CHECK(json.exitCode == 2);
    CHECK(json.out.contains(u"\"code\":\"no_database\""_s));

    // Nor the GUI programs' shared start-up, nor a program on the core, unless it asks to create.
    auto core = Database::open(missing, Database::Mode::ReadWrite, Database::Durability::Full,
                               Database::IfMissing::Fail);
    REQUIRE_FALSE(core.ok());
    CHECK(core.error().kind == ErrorKind::BadInput);
    CHECK(core.error().code == ErrorCode::NoDatabase);
    CHECK_FALSE(Database::open(missing, Database::Mode::ReadOnly).ok());
    CHECK(QDir(dir.path()).isEmpty());

    // init makes it, in a folder that may not exist yet either.
    const QString fresh = dir.filePath(u"new/folder/hall.db"_s);
    const auto init = ProcessRunner::antre(fresh, {u"init"_s, u"--config"_s, config}, CliFixture::monday());
    INFO(init.err.toStdString());
    CHECK(init.exitCode == 0);
    CHECK(ProcessRunner::antre(fresh, {u"issue"_s, u"AK1"_s}, CliFixture::monday()).out == u"A-001\n"_s);
}

TEST_CASE("an empty database file: commands say the hall is not set up yet", "[stress][faults]")
{
    // The file is there (made by hand, or by an interrupted init) but holds no hall.
    QTemporaryDir dir;
    const QString empty = dir.filePath(u"empty.db"_s);
    writeFile(empty, {});
    for (const QStringList& args :
         {QStringList{u"status"_s}, QStringList{u"report"_s, u"daily"_s},
          QStringList{u"config"_s, u"export"_s}, QStringList{u"issue"_s, u"AK1"_s}}) {
        const auto r = ProcessRunner::antre(empty, args, CliFixture::monday());
        INFO(args.join(u' ').toStdString() << ": " << r.err.toStdString());
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(empty + u": the hall is not set up yet"_s));
        CHECK(r.out.isEmpty());
    }
    // init sets up an existing empty file.
    const auto init = ProcessRunner::antre(
        empty, {u"init"_s, u"--config"_s, CliFixture::dataDir() + u"/bad_configs/_valid.json"_s},
        CliFixture::monday());
    INFO(init.err.toStdString());
    CHECK(init.exitCode == 0);
}

TEST_CASE("read-only for an ordinary user: reading works, writing says so, and a stale -shm does not block",
          "[stress][faults]")
{
    // Permissions, not the immutable attribute: what an ordinary user meets (chmod 444, a folder of another
    // user). As root the commands run as nobody, for whom permissions count.
    CliFixture hall;
    REQUIRE(hall.run({u"issue"_s, u"AK1"_s}).out == u"A-001\n");
    const QString folder = QFileInfo(hall.db()).absolutePath();
    REQUIRE_FALSE(sideFilesExist(hall.db()));
    handOver(folder);

    // The file read-only (chmod 444).
    setMode(hall.db(), 0444);
    const QByteArray before = sha256(hall.db());
    const auto status = antreAsUser(hall.db(), {u"status"_s});
    const auto check = antreAsUser(hall.db(), {u"check"_s});
    const auto exported = antreAsUser(hall.db(), {u"config"_s, u"export"_s});
    const auto issue = antreAsUser(hall.db(), {u"issue"_s, u"AK1"_s});
    const auto open = antreAsUser(hall.db(), {u"counter"_s, u"open"_s, u"L1"_s});
    INFO(status.err.toStdString() << check.err.toStdString() << issue.err.toStdString());
    CHECK(status.exitCode == 0);
    CHECK(status.out.contains(u"waiting 1"_s));
    CHECK(check.exitCode == 0);
    CHECK(exported.exitCode == 0);
    CHECK(issue.exitCode == 2);
    CHECK(issue.err ==
          u"antre: "_s + hall.db() + u": the database is read-only for this user; nothing was saved\n"_s);
    CHECK(open.exitCode == 2);
    CHECK(open.err.contains(u"read-only"_s));
    CHECK(sha256(hall.db()) == before);

    // Writable again. The readers left -wal and -shm made with the file's mode then (0444): the stale -shm
    // is removed, as nobody uses it, and writing works at once.
    const QFileInfo shm(hall.db() + u"-shm"_s);
    REQUIRE(shm.exists());
    CHECK_FALSE(shm.permissions().testFlag(QFile::WriteOwner));
    setMode(hall.db(), 0644);
    const auto again = antreAsUser(hall.db(), {u"issue"_s, u"AK1"_s});
    INFO(again.err.toStdString());
    CHECK(again.exitCode == 0);
    CHECK(again.out == u"A-002\n"_s);

    // A folder this user cannot write to, with no -wal and -shm in it (all closed): reading works, writing
    // says what to fix.
    REQUIRE_FALSE(sideFilesExist(hall.db()));
    setMode(folder, 0555);
    const auto folderStatus = antreAsUser(hall.db(), {u"--json"_s, u"status"_s});
    const auto folderIssue = antreAsUser(hall.db(), {u"issue"_s, u"AK1"_s});
    const bool leftNothing = !sideFilesExist(hall.db());
    setMode(folder, 0755);
    INFO(folderStatus.err.toStdString() << folderIssue.err.toStdString());
    CHECK(folderStatus.exitCode == 0);
    CHECK(folderStatus.out.contains(u"\"waiting\":2"_s));
    CHECK(folderIssue.exitCode == 2);
    CHECK(folderIssue.err.contains(hall.db() + u": cannot open the database; its folder must be writable"_s));
    CHECK(leftNothing);
    CHECK(antreAsUser(hall.db(), {u"issue"_s, u"AK1"_s}).out == u"A-003\n"_s);
    CHECK(antreAsUser(hall.db(), {u"check"_s}).exitCode == 0);
}

TEST_CASE("another program's database: every command refuses it and changes nothing", "[stress][faults]")
{
    QTemporaryDir dir;
    const QString other = dir.filePath(u"other.db"_s);
    rawSql(other, {u"CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"_s,
                   u"INSERT INTO notes (body) VALUES ('not a hall')"_s});
    REQUIRE_FALSE(sideFilesExist(other));
    const QByteArray before = sha256(other);
    const QString config = CliFixture::dataDir() + u"/bad_configs/_valid.json"_s;
    for (const QStringList& args :
         {QStringList{u"status"_s}, QStringList{u"check"_s}, QStringList{u"issue"_s, u"AK1"_s},
          QStringList{u"backup"_s, dir.filePath(u"copy.db"_s)}, QStringList{u"init"_s, u"--config"_s, config},
          QStringList{u"config"_s, u"import"_s, config}, QStringList{u"audit"_s, u"verify"_s}}) {
        const auto r = ProcessRunner::antre(other, args, CliFixture::monday());
        INFO(args.join(u' ').toStdString() << ": " << r.err.toStdString());
        CHECK(r.exitCode == 2);
        CHECK(r.err == u"antre: "_s + other +
                           u" is not an Antre hall database (it has tables of another program); nothing was "
                           u"changed\n"_s);
        CHECK(sha256(other) == before);
        CHECK_FALSE(sideFilesExist(other));
        CHECK_FALSE(QFileInfo::exists(dir.filePath(u"copy.db"_s)));
    }
}

TEST_CASE("a lowered schema version: the message says what is wrong, nothing is changed", "[stress][faults]")
{
    CliFixture hall;
    REQUIRE(hall.run({u"issue"_s, u"AK1"_s}).out == u"A-001\n");
    rawSql(hall.db(), {u"PRAGMA user_version = 1"_s});
    const QByteArray before = sha256(hall.db());
    const auto r = hall.run({u"status"_s});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 2);
    CHECK(r.err == u"antre: "_s + hall.db() +
                       u" reports schema version 1 but already has the tables of a later version; restore it "
                       u"from a backup or run antre check\n"_s);
    CHECK(sha256(hall.db()) == before);
}

TEST_CASE("an empty path for the database or the backup is a usage error", "[stress][faults]")
{
    CliFixture hall;
    const QStringList before = QDir(QFileInfo(hall.db()).absolutePath()).entryList(QDir::Files);
    const auto backup = hall.run({u"backup"_s, QString()});
    INFO(backup.err.toStdString());
    CHECK(backup.exitCode == 2);
    CHECK(backup.err == u"antre: backup: the backup file name is empty\n"_s);
    CHECK(QDir(QFileInfo(hall.db()).absolutePath()).entryList(QDir::Files) == before);
    for (const QStringList& args :
         {QStringList{u"--db"_s, QString(), u"status"_s}, QStringList{u"--db="_s, u"status"_s}}) {
        const auto r = ProcessRunner::run(ProcessRunner::program(u"antre"_s), args);
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(u"--db: the database file name is empty"_s));
        CHECK(r.out.isEmpty());
    }
}
