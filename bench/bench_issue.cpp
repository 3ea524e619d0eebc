// 1. Issuing a ticket through the core versus a raw SQLite insert + commit with the same durability.
#include "bench/Bench.h"
#include "bench/IssueTimes.h"
#include "core/Clock.h"
#include "core/HallStore.h"
#include "core/QueueEngine.h"
#include "core/storage/Database.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;

namespace antre::bench {

namespace {

using Pair = IssueTimes;

// Runs `count` issues each way, interleaved in rounds so that both see the same disk and the same noise.
// Both databases are created in `dir`.
Pair measure(const QDir& dir, const QString& tag, Database::Durability durability, int count)
{
    Pair result;
    ManualClock clock(QDateTime::fromString(benchNow(), Qt::ISODate));
    auto coreDb = Database::open(dir.filePath(tag + u"-core.db"_s), Database::Mode::ReadWrite, durability);
    auto rawDb = Database::open(dir.filePath(tag + u"-raw.db"_s), Database::Mode::ReadWrite, durability);
    if (!coreDb.ok() || !rawDb.ok()) {
        result.error = (coreDb.ok() ? rawDb.error() : coreDb.error()).message;
        return result;
    }
    for (auto* db : {coreDb.value().get(), rawDb.value().get()})
        if (auto s = HallStore(*db, clock).import(openAllDayHall(4, 4)); !s.ok()) {
            result.error = s.error().message;
            return result;
        }
    QueueEngine engine(*coreDb.value(), clock);

    // The baseline: the same row into the same table (same indexes), one transaction per ticket.
    QSqlDatabase& raw = rawDb.value()->sql();
    QSqlQuery begin(raw);
    QSqlQuery insert(raw);
    QSqlQuery commit(raw);
    begin.prepare(u"BEGIN IMMEDIATE"_s);
    commit.prepare(u"COMMIT"_s);
    insert.prepare(rawTicketInsert());
    interleaveIssues(
        engine, clock, count,
        [&](int seq, qint64 atMs) {
            insert.addBindValue(u"2026-11-23"_s);
            insert.addBindValue(seq);
            insert.addBindValue(atMs);
            insert.addBindValue(atMs);
            return begin.exec() && insert.exec() && commit.exec()
                       ? QString()
                       : insert.lastError().text() + commit.lastError().text();
        },
        result);
    return result;
}

double mean(const QList<double>& values)
{
    double sum = 0;
    for (double v : values)
        sum += v;
    return values.isEmpty() ? 0 : sum / double(values.size());
}

// Adds the wall-time and CPU figures of one pair of runs; `where` names the disk in the figures' names.
void addFigures(Context& ctx, const QString& section, const QString& where, const Pair& pair)
{
    Figure f =
        Figure::of(section, u"issue%1, synchronous=FULL, wall time per ticket"_s.arg(where),
                   mean(pair.coreMs), u"ms"_s, u"raw INSERT+COMMIT"_s, mean(pair.rawMs), u"ratio <= 1.5"_s);
    f.met = f.ratio() && *f.ratio() <= 1.5;
    f.note = u"median %1 vs %2 ms, p95 %3 vs %4 ms, %5 tickets each"_s.arg(median(pair.coreMs), 0, 'f', 2)
                 .arg(median(pair.rawMs), 0, 'f', 2)
                 .arg(percentile(pair.coreMs, 95), 0, 'f', 2)
                 .arg(percentile(pair.rawMs, 95), 0, 'f', 2)
                 .arg(pair.coreMs.size());
    ctx.add(f);

    // What the ratio is made of: the CPU each side spends (rules, numbering, the estimate, the audit chain
    // against one INSERT) and the wait for the disk, the rest of the wall time.
    Figure cpu = Figure::of(section, u"issue%1, CPU time per ticket"_s.arg(where), mean(pair.coreCpuMs),
                            u"ms"_s, u"raw INSERT+COMMIT"_s, mean(pair.rawCpuMs), {});
    cpu.note = u"waiting for the disk (wall - CPU): %1 ms core, %2 ms raw; not a target"_s
                   .arg(mean(pair.coreMs) - mean(pair.coreCpuMs), 0, 'f', 2)
                   .arg(mean(pair.rawMs) - mean(pair.rawCpuMs), 0, 'f', 2);
    ctx.add(cpu);
}

QJsonObject detailsOf(const Pair& pair)
{
    return {{u"core_mean_ms"_s, mean(pair.coreMs)},        {u"raw_mean_ms"_s, mean(pair.rawMs)},
            {u"core_median_ms"_s, median(pair.coreMs)},    {u"raw_median_ms"_s, median(pair.rawMs)},
            {u"core_cpu_mean_ms"_s, mean(pair.coreCpuMs)}, {u"raw_cpu_mean_ms"_s, mean(pair.rawCpuMs)}};
}

} // namespace

void benchIssue(Context& ctx)
{
    const QString section = u"1 issue"_s;
    log(u"== 1. issue a ticket: core vs raw insert+commit"_s);
    const int count = ctx.quick() ? 200 : 1000;

    const Pair full = measure(QDir(ctx.path({})), u"issue-full"_s, Database::Durability::Full, count);
    if (!full.error.isEmpty())
        return ctx.fail(section, full.error);
    addFigures(ctx, section, {}, full);
    QJsonObject details = detailsOf(full);
    details.insert(u"tickets"_s, count);

    // Where a synced commit costs next to nothing (a disk that acknowledges from a cache), the wall time is
    // the CPU time: tmpfs shows that case on any machine, so the ratio is known both ways in every run.
    QTemporaryDir shm(u"/dev/shm/antre-bench-XXXXXX"_s);
    if (!shm.isValid()) {
        log(u"  no tmpfs in /dev/shm: the fast-disk figure is skipped"_s);
    } else {
        const Pair fast = measure(QDir(shm.path()), u"issue-tmpfs"_s, Database::Durability::Full, count);
        if (!fast.error.isEmpty())
            return ctx.fail(section, fast.error);
        addFigures(ctx, section, u" on a fast disk (tmpfs)"_s, fast);
        details.insert(u"tmpfs"_s, detailsOf(fast));
    }
    ctx.details(section) = details;
}

} // namespace antre::bench
