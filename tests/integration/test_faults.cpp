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
#include "AuditLog.h"
#include "Clock.h"
#include "Database.h"
#include "Harness.h"
#include "QueueEngine.h"
#include "TestHall.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <catch2/catch.hpp>
#include <csignal>
#include <sys/resource.h>

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
            lastCode = r.error().code;
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
            CHECK((error->code == u"disk_full" || error->code == u"queue_empty"));
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
    INFO(issue.err.toStdString());
    CHECK(issue.exitCode == 2);
    CHECK(issue.err.contains(u"its folder must be writable"_s));
    CHECK(status.exitCode == 2);
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
    CHECK(core.error().code == u"no_database"_s);
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
