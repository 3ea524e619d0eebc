#include "core/AuditLog.h"
#include "core/Types.h"
#include "core/storage/Database.h"
#include "tests/integration/Workers.h"
#include "tests/support/ProcessRunner.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace antre::test;

namespace {
const QString kNow = u"2026-11-23T09:00:00+07:00"_s;

QSet<QString> numbersInDatabase(const QString& path)
{
    auto db = antre::Database::open(path);
    REQUIRE(db.ok());
    auto q = antre::Database::run(db.value()->sql(), u"SELECT prefix, seq FROM tickets"_s);
    REQUIRE(q.ok());
    QSet<QString> numbers;
    while (q.value().next())
        numbers.insert(
            antre::TicketNumber(q.value().value(0).toString(), q.value().value(1).toInt()).toString());
    return numbers;
}
} // namespace

TEST_CASE("writers killed with SIGKILL at random points leave a consistent database", "[stress]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"hall.db"_s);
    {
        Workers setup;
        setup.start({u"setup"_s, db, u"3"_s}, kNow);
        REQUIRE(setup.waitAll(60000));
    }
    QRandomGenerator random(20261123); // fixed seed: a failure can be replayed
    QSet<QString> acknowledged;
    const int iterations = 12;
    for (int round = 0; round < iterations; ++round) {
        Workers workers;
        const QString stop = dir.filePath(u"never-%1"_s.arg(round));
        workers.start({u"issue"_s, db, u"S1"_s, u"100000"_s, u"4"_s}, kNow);
        workers.start({u"issue"_s, db, u"S2"_s, u"100000"_s}, kNow);
        for (int c = 1; c <= 2; ++c)
            workers.start({u"call"_s, db, u"L%1"_s.arg(c), stop}, kNow);
        // Kill at a random point: after a random amount of acknowledged work, not after a fixed time.
        const int lines = 5 + int(random.bounded(60));
        REQUIRE(workers.waitForLines(lines, 60000));
        workers.killAll();
        // Issued numbers that a worker printed were committed; they must all still be there.
        for (const auto* p : {workers.processes()[0].get(), workers.processes()[1].get()})
            for (const auto& n : workers.lines(p))
                acknowledged.insert(n);
        // Counters killed mid-ticket stay open with their ticket: close them the way an officer would.
        for (int c = 1; c <= 2; ++c) {
            const QString counter = u"L%1"_s.arg(c);
            ProcessRunner::antre(db, {u"serve"_s, counter}, kNow);
            ProcessRunner::antre(db, {u"done"_s, counter}, kNow);
            ProcessRunner::antre(db, {u"counter"_s, u"close"_s, counter}, kNow);
        }
        const auto check = ProcessRunner::antre(db, {u"check"_s}, kNow);
        INFO("round " << round << ": " << check.out.toStdString() << check.err.toStdString());
        REQUIRE(check.exitCode == 0);
    }
    // Nothing acknowledged was lost.
    const QSet<QString> stored = numbersInDatabase(db);
    CHECK(acknowledged.size() > 0);
    for (const auto& n : acknowledged)
        CHECK(stored.contains(n));
    // And, checked here directly rather than through `antre check`: the file is sound, the audit chain
    // verifies, every number is unique and the numbers of each prefix run 1, 2, 3, … without a gap.
    auto opened = antre::Database::open(db);
    REQUIRE(opened.ok());
    auto integrity = opened.value()->integrityCheck();
    REQUIRE(integrity.ok());
    CHECK(integrity.value() == u"ok");
    CHECK(antre::AuditLog::verify(opened.value()->sql()).ok());
    auto q = antre::Database::run(opened.value()->sql(),
                                  u"SELECT business_day, prefix, count(*), count(DISTINCT seq), "
                                  u"min(seq), max(seq) FROM tickets GROUP BY business_day, prefix"_s);
    REQUIRE(q.ok());
    int groups = 0;
    while (q.value().next()) {
        ++groups;
        const int count = q.value().value(2).toInt();
        INFO(q.value().value(0).toString().toStdString()
             << " " << q.value().value(1).toString().toStdString());
        CHECK(q.value().value(3).toInt() == count);
        CHECK(q.value().value(4).toInt() == 1);
        CHECK(q.value().value(5).toInt() == count);
    }
    CHECK(groups == 2);
}

TEST_CASE("a configuration import killed at a random point is all or nothing", "[stress]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"hall.db"_s);
    {
        Workers setup;
        setup.start({u"setup"_s, db, u"3"_s}, kNow);
        REQUIRE(setup.waitAll(60000));
    }
    const auto before = ProcessRunner::antre(db, {u"config"_s, u"export"_s}, kNow);
    REQUIRE(before.exitCode == 0);
    // A big configuration (many services and booths), so that the import's one transaction takes a while.
    QJsonObject config = QJsonDocument::fromJson(before.out.toUtf8()).object();
    QJsonArray services = config.value(u"services"_s).toArray();
    QJsonArray counters = config.value(u"counters"_s).toArray();
    for (int i = 0; i < 300; ++i) {
        QJsonObject service = services.at(0).toObject();
        service.insert(u"code"_s, u"X%1"_s.arg(i));
        service.insert(u"name"_s, u"Layanan %1"_s.arg(i));
        service.insert(u"prefix"_s, QString(QString(QChar(u'C' + i / 26)) + QChar(u'A' + i % 26)));
        services.append(service);
        counters.append(
            QJsonObject{{u"code"_s, u"K%1"_s.arg(i)},
                        {u"name"_s, u"Booth %1"_s.arg(i)},
                        {u"services"_s, QJsonArray{u"X%1"_s.arg(i), u"X%1"_s.arg((i + 1) % 300)}}});
    }
    config.insert(u"services"_s, services);
    config.insert(u"counters"_s, counters);
    const QString big = dir.filePath(u"big.json"_s);
    {
        QFile file(big);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(config).toJson());
    }
    // How long a whole import takes here, so that the kills land anywhere inside it.
    QElapsedTimer timer;
    const QString probe = dir.filePath(u"probe.db"_s);
    REQUIRE(QFile::copy(db, probe));
    timer.start();
    REQUIRE(ProcessRunner::antre(probe, {u"config"_s, u"import"_s, big}, kNow).exitCode == 0);
    const int importMs = int(qMax<qint64>(50, timer.elapsed()));
    const auto after = ProcessRunner::antre(probe, {u"config"_s, u"export"_s}, kNow).out;

    QRandomGenerator random(424242);
    int old = 0;
    int replaced = 0;
    for (int round = 0; round < 10; ++round) {
        QProcess import;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"ANTRE_NOW"_s, kNow);
        import.setProcessEnvironment(env);
        import.start(ProcessRunner::program(u"antre"_s), {u"--db"_s, db, u"config"_s, u"import"_s, big});
        REQUIRE(import.waitForStarted());
        // The wait is the kill point (a deadline, not a pause): somewhere between start and the import's end.
        import.waitForFinished(int(random.bounded(importMs + 1)));
        import.kill();
        import.waitForFinished();
        const auto now = ProcessRunner::antre(db, {u"config"_s, u"export"_s}, kNow);
        REQUIRE(now.exitCode == 0);
        INFO("round " << round);
        CHECK((now.out == before.out || now.out == after));
        if (now.out == before.out) {
            ++old;
        } else {
            ++replaced;
            // Back to the old configuration for the next round (an import of the exported original).
            const QString original = dir.filePath(u"original.json"_s);
            QFile file(original);
            REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(before.out.toUtf8());
            file.close();
            REQUIRE(ProcessRunner::antre(db, {u"config"_s, u"import"_s, original}, kNow).exitCode == 0);
        }
        const auto check = ProcessRunner::antre(db, {u"check"_s}, kNow);
        INFO(check.out.toStdString() << check.err.toStdString());
        CHECK(check.exitCode == 0);
    }
    INFO("killed before the commit " << old << " times, after it " << replaced << " times");
    CHECK(old + replaced == 10);
}

TEST_CASE("antre backup while kiosks and booths write: every copy is whole and consistent", "[stress]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"hall.db"_s);
    {
        Workers setup;
        setup.start({u"setup"_s, db, u"2"_s}, kNow);
        REQUIRE(setup.waitAll(60000));
    }
    Workers workers;
    const QString stop = dir.filePath(u"stop"_s);
    workers.start({u"issue"_s, db, u"S1"_s, u"100000"_s, u"4"_s}, kNow);
    workers.start({u"issue"_s, db, u"S2"_s, u"100000"_s}, kNow);
    workers.start({u"call"_s, db, u"L1"_s, stop}, kNow);
    workers.start({u"call"_s, db, u"L2"_s, stop}, kNow);
    REQUIRE(workers.waitForLines(20, 60000));
    qint64 previous = 0;
    for (int i = 0; i < 5; ++i) {
        const QString copy = dir.filePath(u"backup-%1.db"_s.arg(i));
        const auto backup = ProcessRunner::antre(db, {u"backup"_s, copy}, kNow);
        INFO(backup.err.toStdString());
        REQUIRE(backup.exitCode == 0);
        // The copy is a database of its own: integrity, audit chain and queue invariants all hold.
        const auto check = ProcessRunner::antre(copy, {u"check"_s}, kNow);
        INFO("backup " << i << ": " << check.out.toStdString() << check.err.toStdString());
        CHECK(check.exitCode == 0);
        const qint64 tickets = numbersInDatabase(copy).size();
        CHECK(tickets >= previous); // later copies hold at least what earlier ones did
        previous = tickets;
        REQUIRE(workers.waitForLines(workers.allLines().size() + 10, 60000));
    }
    workers.killAll();
    CHECK(previous > 0);
}

TEST_CASE("antre demo killed while it simulates history leaves whole days only", "[stress]")
{
    QTemporaryDir dir;
    const auto start = [&](const QString& db, QProcess& demo) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"ANTRE_NOW"_s, kNow);
        demo.setProcessEnvironment(env);
        demo.start(ProcessRunner::program(u"antre"_s),
                   {u"--db"_s, db, u"demo"_s, u"--history-days"_s, u"2"_s});
        REQUIRE(demo.waitForStarted());
        // The first line ("demo hall … created") comes when the hall is imported and the simulation begins.
        REQUIRE(demo.waitForReadyRead(60000));
    };
    // How long the simulation part takes here, so that the kills land inside it.
    qint64 simulationMs = 0;
    {
        QProcess whole;
        start(dir.filePath(u"whole.db"_s), whole);
        QElapsedTimer timer;
        timer.start();
        REQUIRE(whole.waitForFinished(120000));
        REQUIRE(whole.exitCode() == 0);
        simulationMs = qMax<qint64>(1, timer.elapsed());
    }
    QRandomGenerator random(7);
    for (int round = 0; round < 2; ++round) {
        const QString db = dir.filePath(u"demo-%1.db"_s.arg(round));
        QProcess demo;
        start(db, demo);
        demo.waitForFinished(int(random.bounded(int(simulationMs))));
        demo.kill();
        demo.waitForFinished();
        // Each simulated day is one transaction: whatever is there is complete and consistent.
        const auto check = ProcessRunner::antre(db, {u"check"_s}, kNow);
        INFO("round " << round << ": " << check.out.toStdString() << check.err.toStdString());
        CHECK(check.exitCode == 0);
    }
}
