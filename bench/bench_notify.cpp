// 3. Cross-process change notification: how long after another process commits does a ChangeWatcher in
// this process fire (p50 / p95 / p99), and what does a watcher cost while nothing happens.
//
// The committing process is antre-bench itself started as a child (--notify-child): it issues tickets
// through the real core at random intervals and prints CLOCK_MONOTONIC just before and just after each
// commit, a clock shared by all processes of the machine, so that the two processes' times compare.
#include "bench/Bench.h"
#include "core/ChangeWatcher.h"
#include "core/Clock.h"
#include "core/HallStore.h"
#include "core/QueueEngine.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <ctime>
#include <limits>
#include <sys/resource.h>

using namespace Qt::Literals::StringLiterals;

namespace antre::bench {

namespace {

qint64 monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

qint64 cpuMicros()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1'000'000 + usage.ru_utime.tv_usec +
           usage.ru_stime.tv_usec;
}

// CPU use of this process (percent of one core) while the event loop runs idle for `ms`.
double idleCpuPercent(int ms)
{
    QEventLoop loop;
    const qint64 cpuBefore = cpuMicros();
    QElapsedTimer wall;
    wall.start();
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
    return 100.0 * double(cpuMicros() - cpuBefore) / (double(wall.nsecsElapsed()) / 1000.0);
}

} // namespace

int notifyChild(const QStringList& args)
{
    // antre-bench --notify-child DB COUNT
    if (args.size() < 4)
        return 2;
    ManualClock clock(QDateTime::fromString(benchNow(), Qt::ISODate));
    auto db = Database::open(args.at(2));
    if (!db.ok()) {
        log(db.error().message);
        return 1;
    }
    QueueEngine engine(*db.value(), clock);
    QRandomGenerator random(7);
    const int count = args.at(3).toInt();
    for (int i = 0; i < count; ++i) {
        // Commits further apart than any plausible latency, so that each notification pairs with one commit.
        QThread::msleep(60 + random.bounded(90));
        const qint64 before = monotonicNs();
        if (auto issued = engine.issue(u"S1"_s, false); !issued.ok()) {
            log(issued.error().message);
            return 1;
        }
        const qint64 after = monotonicNs();
        std::printf("%lld %lld\n", static_cast<long long>(before), static_cast<long long>(after));
        std::fflush(stdout);
    }
    return 0;
}

void benchNotify(Context& ctx)
{
    const QString section = u"3 notification"_s;
    const int commits = ctx.quick() ? 50 : 200;
    log(u"== 3. change notification across processes: %1 commits"_s.arg(commits));
    const QString path = ctx.path(u"notify.db"_s);
    {
        ManualClock clock(QDateTime::fromString(benchNow(), Qt::ISODate));
        auto db = Database::open(path);
        if (!db.ok())
            return ctx.fail(section, db.error().message);
        if (auto s = HallStore(*db.value(), clock).import(openAllDayHall(1, 1)); !s.ok())
            return ctx.fail(section, s.error().message);
    }
    notifyFigures(ctx, section, path, 100, u"watcher polls PRAGMA data_version every 25 ms"_s);
}

void notifyFigures(Context& ctx, const QString& section, const QString& path, double targetMs,
                   const QString& how)
{
    const int commits = ctx.quick() ? 50 : 200;
    const int idleMs = ctx.quick() ? 2000 : 5000;
    ChangeWatcher watcher(path);
    QList<qint64> notified;
    QObject::connect(&watcher, &ChangeWatcher::changed, [&notified] { notified << monotonicNs(); });
    watcher.start();

    // The baseline: the same commits announced directly over a pipe (the child's stdout), the lower bound of
    // any cross-process message.
    QProcess child;
    QByteArray output;
    QList<qint64> piped; // arrival time of each complete line
    QObject::connect(&child, &QProcess::readyReadStandardOutput, [&] {
        const qint64 now = monotonicNs();
        const QByteArray chunk = child.readAllStandardOutput();
        for (char c : chunk)
            if (c == '\n')
                piped << now;
        output += chunk;
    });
    QEventLoop loop;
    QObject::connect(&child, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(commits * 400 + 30000, &loop, &QEventLoop::quit);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"ANTRE_NOW"_s, benchNow());
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(),
                {u"--notify-child"_s, path, QString::number(commits)});
    loop.exec();
    output += child.readAllStandardOutput();
    if (child.state() != QProcess::NotRunning || child.exitCode() != 0)
        return ctx.fail(section, u"the committing process failed: "_s +
                                     QString::fromUtf8(child.readAllStandardError()));
    // Notifications still in flight for the last commit.
    QTimer::singleShot(200, &loop, &QEventLoop::quit);
    loop.exec();

    struct Commit
    {
        qint64 before, after;
    };
    QList<Commit> done;
    for (const auto& line : QString::fromUtf8(output).split(u'\n', Qt::SkipEmptyParts))
        done << Commit{line.section(u' ', 0, 0).toLongLong(), line.section(u' ', 1, 1).toLongLong()};
    QList<double> latencies;
    QList<double> pipeLatencies;
    int missed = 0;
    qsizetype n = 0;
    for (qsizetype i = 0; i < done.size(); ++i) {
        const qint64 nextBefore =
            i + 1 < done.size() ? done.at(i + 1).before : std::numeric_limits<qint64>::max();
        while (n < notified.size() && notified.at(n) < done.at(i).before)
            ++n;
        // The commit happened between before and after; a poll inside that window counts as no delay.
        if (n < notified.size() && notified.at(n) < nextBefore)
            latencies << double(qMax<qint64>(0, notified.at(n) - done.at(i).after)) / 1e6;
        else
            ++missed;
        if (i < piped.size())
            pipeLatencies << double(qMax<qint64>(0, piped.at(i) - done.at(i).after)) / 1e6;
    }
    if (latencies.isEmpty())
        return ctx.fail(section, u"no notification arrived"_s);

    const double p95 = percentile(latencies, 95);
    ctx.add(Figure::of(section, u"notification latency p50"_s, percentile(latencies, 50), u"ms"_s,
                       u"pipe message p50"_s, percentile(pipeLatencies, 50), {}));
    Figure f95 = Figure::of(section, u"notification latency p95"_s, p95, u"ms"_s, u"pipe message p95"_s,
                            percentile(pipeLatencies, 95), u"p95 < %1 ms"_s.arg(targetMs));
    f95.met = p95 < targetMs && missed == 0;
    f95.note = u"%1 commits, %2 without their own notification; %3"_s.arg(done.size()).arg(missed).arg(how);
    ctx.add(f95);
    ctx.add(Figure::of(section, u"notification latency p99"_s, percentile(latencies, 99), u"ms"_s,
                       u"pipe message p99"_s, percentile(pipeLatencies, 99), {}));

    // Idle cost: the same event loop with the watcher polling, then without it.
    const double withWatcher = idleCpuPercent(idleMs);
    watcher.stop();
    const double without = idleCpuPercent(idleMs);
    Figure idle = Figure::of(section, u"idle CPU with a watcher running"_s, withWatcher, u"% of a core"_s,
                             u"same process, watcher stopped"_s, without, u"near zero"_s);
    idle.met = withWatcher < 1.0;
    idle.note = u"getrusage over %1 s each"_s.arg(idleMs / 1000.0);
    ctx.add(idle);
    ctx.details(section) = QJsonObject{{u"commits"_s, done.size()},
                                       {u"missed"_s, missed},
                                       {u"p50_ms"_s, percentile(latencies, 50)},
                                       {u"p95_ms"_s, p95},
                                       {u"p99_ms"_s, percentile(latencies, 99)},
                                       {u"max_ms"_s, percentile(latencies, 100)},
                                       {u"idle_cpu_percent"_s, withWatcher},
                                       {u"idle_cpu_percent_without_watcher"_s, without}};
}

} // namespace antre::bench
