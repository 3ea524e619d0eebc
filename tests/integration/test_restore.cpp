#include "core/storage/Database.h"
#include "tests/support/ProcessRunner.h"
#include "tests/support/QtStringMakers.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace antre::test;

namespace {
const QString kMonday = u"2026-11-23T09:00:00+07:00"_s;

void writeBytes(const QString& path, const QByteArray& data)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(data);
}

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// A one-service hall in a fresh folder, driven through the antre program.
struct RestoreHall
{
    QTemporaryDir dir;
    QString db = dir.filePath(u"hall.db"_s);
    ProcessResult run(const QStringList& args, const QString& now = kMonday) const
    {
        return ProcessRunner::antre(db, args, now);
    }
    RestoreHall()
    {
        const QString config = dir.filePath(u"hall.json"_s);
        writeBytes(config, R"json({"site": {"name": "MPP Uji", "timezone": "Asia/Jakarta"},
 "agencies": [{"code": "DISNAKER", "name": "Dinas Tenaga Kerja"}],
 "services": [{"code": "AK1", "agency": "DISNAKER", "name": "Kartu Pencari Kerja (AK/I)", "prefix": "A",
               "daily_quota": 50, "target_wait_min": 15, "hours": {"mon": ["08:00-15:00"]}, "cutoff_min": 30}],
 "counters": [{"code": "L1", "name": "Loket 1", "services": ["AK1"]}]})json");
        const auto init = run({u"init"_s, u"--config"_s, config});
        INFO(init.err.toStdString());
        REQUIRE(init.exitCode == 0);
    }
    // Files in the folder whose name starts with the hall's: what a refused restore must not leave behind.
    QStringList hallFiles() const
    {
        return QDir(dir.path()).entryList({u"hall.db*"_s}, QDir::Files, QDir::Name);
    }
};
} // namespace

TEST_CASE("restore: a checked backup takes the hall's place and the current database is kept aside", "[cli]")
{
    RestoreHall hall;
    REQUIRE(hall.run({u"issue"_s, u"AK1"_s}).out.trimmed() == u"A-001"_s);
    REQUIRE(hall.run({u"audit"_s, u"seal"_s}).exitCode == 0);
    const QString backup = hall.dir.filePath(u"evening.db"_s);
    REQUIRE(hall.run({u"backup"_s, backup}).exitCode == 0);
    const QByteArray backupHash = fileHash(backup);
    REQUIRE(hall.run({u"issue"_s, u"AK1"_s}).out.trimmed() == u"A-002"_s);
    REQUIRE(hall.run({u"issue"_s, u"AK1"_s}).out.trimmed() == u"A-003"_s);

    const auto restored = hall.run({u"restore"_s, backup});
    INFO(restored.out.toStdString() << restored.err.toStdString());
    REQUIRE(restored.exitCode == 0);
    CHECK(restored.out.contains(u"the previous database is kept as "_s));
    // The hall is the backup's: the next ticket follows the backup's last one.
    CHECK(hall.run({u"issue"_s, u"AK1"_s}).out.trimmed() == u"A-002"_s);
    CHECK(hall.run({u"check"_s}).exitCode == 0);
    CHECK(hall.run({u"audit"_s, u"verify"_s}).out.startsWith(u"ok: "_s));
    // The backup itself is untouched; the previous database is kept under a name with the time (UTC).
    CHECK(fileHash(backup) == backupHash);
    const QString aside = hall.db + u".before-restore-20261123T020000Z"_s;
    REQUIRE(QFileInfo::exists(aside));
    CHECK(ProcessRunner::antre(aside, {u"issue"_s, u"AK1"_s}, kMonday).out.trimmed() == u"A-004"_s);
    CHECK(QFileInfo::exists(aside + u".seals"_s));
    // No staging copy is left.
    for (const QString& name : hall.hallFiles())
        CHECK_FALSE(name.contains(u"restoring"_s));
}

TEST_CASE("restore: a damaged, foreign, failing or missing backup is refused and nothing changes", "[cli]")
{
    RestoreHall hall;
    REQUIRE(hall.run({u"issue"_s, u"AK1"_s}).exitCode == 0);
    // What a refused restore must leave as it was: taken right before each attempt.
    QByteArray before;
    QStringList filesBefore;
    const auto snapshot = [&] {
        before = fileHash(hall.db);
        filesBefore = hall.hallFiles();
    };
    const auto unchanged = [&] {
        CHECK(fileHash(hall.db) == before);
        CHECK(hall.hallFiles() == filesBefore);
        CHECK(hall.run({u"check"_s}).exitCode == 0);
    };

    SECTION("a file of random bytes")
    {
        const QString junk = hall.dir.filePath(u"junk.db"_s);
        QByteArray bytes;
        for (int i = 0; i < 8192; ++i)
            bytes.append(char((i * 131 + 7) % 251));
        writeBytes(junk, bytes);
        snapshot();
        const auto r = hall.run({u"restore"_s, junk});
        INFO(r.err.toStdString());
        CHECK((r.exitCode == 1 || r.exitCode == 2));
        CHECK(r.err.contains(u"is refused, nothing was changed"_s));
        unchanged();
    }
    SECTION("a backup whose pages are damaged")
    {
        const QString copy = hall.dir.filePath(u"copy.db"_s);
        REQUIRE(hall.run({u"backup"_s, copy}).exitCode == 0);
        QFile file(copy);
        REQUIRE(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        REQUIRE(size > 8192);
        file.seek(4096); // past the header: the schema and the rows are damaged, not the file's magic
        file.write(QByteArray(int(size - 4096), '\xA5'));
        file.close();
        snapshot();
        const auto r = hall.run({u"restore"_s, copy});
        INFO(r.err.toStdString());
        CHECK((r.exitCode == 1 || r.exitCode == 2));
        CHECK(r.err.contains(u"is refused, nothing was changed"_s));
        unchanged();
    }
    SECTION("a database of another program")
    {
        const QString foreign = hall.dir.filePath(u"other.db"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"restore-foreign"_s);
            db.setDatabaseName(foreign);
            REQUIRE(db.open());
            QSqlQuery q(db);
            REQUIRE(q.exec(u"CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"restore-foreign"_s);
        snapshot();
        const auto r = hall.run({u"restore"_s, foreign});
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(u"not an Antre hall database"_s));
        unchanged();
    }
    SECTION("a backup that fails antre check (its audit log edited)")
    {
        const QString copy = hall.dir.filePath(u"edited.db"_s);
        REQUIRE(hall.run({u"backup"_s, copy}).exitCode == 0);
        {
            auto opened = antre::Database::open(copy);
            REQUIRE(opened.ok());
            REQUIRE(
                antre::Database::run(opened.value()->sql(), u"UPDATE events SET data = '{}' WHERE id = 1"_s)
                    .ok());
        }
        snapshot();
        const auto r = hall.run({u"restore"_s, copy});
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(u"does not pass antre check"_s));
        unchanged();
    }
    SECTION("a missing file, an empty name, the hall itself")
    {
        snapshot();
        CHECK(hall.run({u"restore"_s, hall.dir.filePath(u"nothing.db"_s)}).exitCode == 2);
        CHECK(hall.run({u"restore"_s, u""_s}).exitCode == 2);
        const auto itself = hall.run({u"restore"_s, hall.db});
        CHECK(itself.exitCode == 2);
        CHECK(itself.err.contains(u"is the hall database itself"_s));
        CHECK(hall.run({u"restore"_s}).exitCode == 2);
        unchanged();
    }
}

TEST_CASE("cli: --version prints the program's version", "[cli]")
{
    const auto r = ProcessRunner::antre(u"/nonexistent/hall.db"_s, {u"--version"_s}, kMonday);
    CHECK(r.exitCode == 0);
    CHECK(r.out.startsWith(u"antre "_s));
    CHECK(r.out.trimmed().count(u'.') == 2);
}
