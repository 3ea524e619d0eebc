// Storage faults: a full disk, a read-only database file, a folder SQLite cannot write to, a database file
// that is not there. Each gives a clear message and exit code, never a crash, and leaves nothing
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

TEST_CASE("a database file that is not there: read commands say so", "[stress][faults]")
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(u"typo.db"_s);
    for (const QStringList& args :
         {QStringList{u"status"_s}, QStringList{u"report"_s, u"daily"_s},
          QStringList{u"config"_s, u"export"_s}, QStringList{u"issue"_s, u"AK1"_s}}) {
        const auto r = ProcessRunner::antre(missing, args, CliFixture::monday());
        INFO(args.join(u' ').toStdString() << ": " << r.err.toStdString());
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(missing + u": the hall is not set up yet"_s));
        CHECK(r.out.isEmpty());
    }
}

TEST_CASE("a database file that is not there is not created by read commands", "[stress][faults][!mayfail]")
{
    // Known gap (Cli::openSession opens every database read-write, which creates it): a mistyped --db makes
    // an empty database, and `check`, `audit verify` and `backup` then report success on it. Read commands
    // should open read-only and say "database file not found" (exit 2); this test passes once they do.
    QTemporaryDir dir;
    const QString missing = dir.filePath(u"typo.db"_s);
    for (const QStringList& args :
         {QStringList{u"check"_s}, QStringList{u"audit"_s, u"verify"_s},
          QStringList{u"backup"_s, dir.filePath(u"copy.db"_s)}, QStringList{u"status"_s}}) {
        const auto r = ProcessRunner::antre(missing, args, CliFixture::monday());
        INFO(args.join(u' ').toStdString() << ": " << r.exitCode << " " << r.err.toStdString());
        CHECK(r.exitCode == 2);
        CHECK_FALSE(QFileInfo::exists(missing));
        QFile::remove(missing);
    }
}
