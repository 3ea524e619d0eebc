// 2. Call-next with 32 counter processes and 4 issuer processes on one database: throughput, and a
// check (not an assumption) that no ticket was called twice, lost or skipped.
#include "bench/Bench.h"
#include "core/ChangeWatcher.h"
#include "core/Clock.h"
#include "core/HallStore.h"
#include "core/QueueEngine.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace antre::bench {

namespace {

// Child processes with their output (one ticket number per line, printed after each commit).
class Processes final
{
public:
    Processes() = default;
    ~Processes()
    {
        for (auto& p : m_list)
            if (p->state() != QProcess::NotRunning) {
                p->kill();
                p->waitForFinished(5000);
            }
    }
    Q_DISABLE_COPY_MOVE(Processes)

    QProcess* start(const QString& program, const QStringList& args)
    {
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"ANTRE_NOW"_s, benchNow());
        process->setProcessEnvironment(env);
        process->start(program, args);
        process->waitForStarted();
        m_list.push_back(std::move(process));
        m_output.emplace_back();
        return m_list.back().get();
    }
    // Waits with a deadline; reads output as it comes so that no pipe fills up and blocks a worker.
    bool waitAll(int deadlineMs)
    {
        QElapsedTimer timer;
        timer.start();
        for (;;) {
            bool running = false;
            for (std::size_t i = 0; i < m_list.size(); ++i) {
                m_list[i]->waitForFinished(m_list[i]->state() == QProcess::NotRunning ? 0 : 5);
                m_output[i] += m_list[i]->readAllStandardOutput();
                running = running || m_list[i]->state() != QProcess::NotRunning;
            }
            if (!running)
                return true;
            if (timer.elapsed() > deadlineMs)
                return false;
        }
    }
    // Ticket numbers printed; lockRefusals() counts the "#locked" lines of refused, retried actions.
    QStringList lines() const
    {
        QStringList all;
        for (const auto& out : m_output)
            for (const auto& line : QString::fromUtf8(out).split(u'\n', Qt::SkipEmptyParts))
                if (!line.startsWith(u'#'))
                    all << line;
        return all;
    }
    qsizetype lockRefusals() const
    {
        qsizetype n = 0;
        for (const auto& out : m_output)
            n += out.count("#locked");
        return n;
    }
    QString errors() const
    {
        QString all;
        for (const auto& p : m_list)
            if (p->exitStatus() != QProcess::NormalExit || p->exitCode() != 0)
                all += QString::fromUtf8(p->readAllStandardError()).trimmed() + u' ';
        return all.trimmed();
    }
    bool allSucceeded() const
    {
        for (const auto& p : m_list)
            if (p->exitStatus() != QProcess::NormalExit || p->exitCode() != 0)
                return false;
        return true;
    }

private:
    std::vector<std::unique_ptr<QProcess>> m_list;
    std::vector<QByteArray> m_output;
};

// The same work in one process with one booth: issue, call, serve, finish, ticket after ticket.
double singleProcessRate(Context& ctx, int tickets, QString* error)
{
    ManualClock clock(QDateTime::fromString(benchNow(), Qt::ISODate));
    auto db = Database::open(ctx.path(u"calls-single.db"_s));
    if (!db.ok()) {
        *error = db.error().message;
        return 0;
    }
    if (auto s = HallStore(*db.value(), clock).import(openAllDayHall(2, 1)); !s.ok()) {
        *error = s.error().message;
        return 0;
    }
    QueueEngine engine(*db.value(), clock);
    if (auto s = engine.openCounter(u"L1"_s, {}); !s.ok()) {
        *error = s.error().message;
        return 0;
    }
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < tickets; ++i) {
        const bool ok = engine.issue(i % 2 ? u"S2"_s : u"S1"_s, i % 5 == 0).ok() &&
                        engine.callNext(u"L1"_s).ok() && engine.startServing(u"L1"_s).ok() &&
                        engine.finish(u"L1"_s, Outcome::Completed).ok();
        if (!ok) {
            *error = u"single-process run failed at ticket %1"_s.arg(i);
            return 0;
        }
    }
    return tickets / (msSince(timer) / 1000.0);
}

} // namespace

namespace {

void emitLine(const QString& line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

// A refusal because the database stayed locked past the busy timeout changed nothing: the kiosk or the
// booth says "try again" and the person does. Counted, so that the figure shows how often it happened.
template <typename Action> auto retryWhileLocked(Action action) -> decltype(action())
{
    for (;;) {
        auto result = action();
        if (result.ok() || result.error().code != ErrorCode::Locked)
            return result;
        emitLine(u"#locked"_s);
    }
}

} // namespace

int issueChild(const QStringList& args)
{
    // antre-bench --issue-child DB SERVICE COUNT PRIORITY_EVERY: a kiosk issuing COUNT tickets as fast as it
    // can, printing each number after its commit.
    if (args.size() < 6)
        return 2;
    QString clockError;
    auto clock = clockFromEnvironment(false, &clockError);
    auto db = retryWhileLocked([&] { return Database::open(args.at(2)); });
    if (!clock || !db.ok()) {
        log(clock ? db.error().message : clockError);
        return 1;
    }
    QueueEngine engine(*db.value(), *clock);
    const int count = args.at(4).toInt();
    const int priorityEvery = args.at(5).toInt();
    for (int i = 1; i <= count; ++i) {
        auto issued = retryWhileLocked(
            [&] { return engine.issue(args.at(3), priorityEvery > 0 && i % priorityEvery == 0); });
        if (!issued.ok()) {
            log(issued.error().message);
            return 1;
        }
        emitLine(issued.value().number.toString());
    }
    return 0;
}

int callChild(const QStringList& args)
{
    // antre-bench --call-child DB COUNTER STOPFILE: a booth that calls, serves and finishes ticket after
    // ticket, printing each called number after its commit. When nobody waits it does what the counter
    // program does, wait for a change notification (at most 250 ms), rather than retrying at once: every
    // callNext takes the write lock, and 32 booths retrying every few milliseconds starve the kiosks
    // (antre-worker's `call` mode does that, on purpose, as a stress pattern).
    if (args.size() < 5)
        return 2;
    QString clockError;
    auto clock = clockFromEnvironment(false, &clockError);
    auto db = retryWhileLocked([&] { return Database::open(args.at(2)); });
    if (!clock || !db.ok()) {
        log(clock ? db.error().message : clockError);
        return 1;
    }
    QueueEngine engine(*db.value(), *clock);
    const QString counter = args.at(3);
    const QString stopFile = args.at(4);
    if (auto open = retryWhileLocked([&] { return engine.openCounter(counter, {}); }); !open.ok()) {
        log(open.error().message);
        return 1;
    }
    ChangeWatcher watcher(args.at(2));
    QEventLoop loop;
    QTimer patience;
    patience.setSingleShot(true);
    QObject::connect(&watcher, &ChangeWatcher::changed, &loop, &QEventLoop::quit);
    QObject::connect(&patience, &QTimer::timeout, &loop, &QEventLoop::quit);
    watcher.start();
    for (;;) {
        auto call = retryWhileLocked([&] { return engine.callNext(counter); });
        if (!call.ok()) {
            if (call.error().kind != ErrorKind::NothingToDo) {
                log(call.error().message);
                return 1;
            }
            if (QFileInfo::exists(stopFile)) {
                // The issuers are done; one last look closes the race with their final commit.
                call = retryWhileLocked([&] { return engine.callNext(counter); });
                if (!call.ok())
                    break;
            } else {
                patience.start(250);
                loop.exec();
                continue;
            }
        }
        emitLine(call.value().number.toString());
        if (auto s = retryWhileLocked([&] { return engine.startServing(counter); }); !s.ok()) {
            log(s.error().message);
            return 1;
        }
        if (auto f = retryWhileLocked([&] { return engine.finish(counter, Outcome::Completed); }); !f.ok()) {
            log(f.error().message);
            return 1;
        }
    }
    return retryWhileLocked([&] { return engine.closeCounter(counter); }).ok() ? 0 : 1;
}

CallsRun runCalls(Context& ctx, const QString& db, const QString& tag, int perIssuer)
{
    CallsRun run;
    const int counters = 32;
    const QString worker = program(u"antre-worker"_s);
    if (worker.isEmpty()) {
        run.error = u"antre-worker is not built (cmake --build … --target antre-worker)"_s;
        return run;
    }
    const QString stop = ctx.path(tag + u"-issuers-done"_s);
    {
        Processes setup;
        setup.start(worker, {u"setup"_s, db, QString::number(counters)});
        if (!setup.waitAll(120000) || !setup.allSucceeded()) {
            run.error = u"setup failed: "_s + setup.errors();
            return run;
        }
    }

    Processes callers;
    Processes issuers;
    const QString self = QCoreApplication::applicationFilePath();
    for (int i = 1; i <= counters; ++i)
        callers.start(self, {u"--call-child"_s, db, u"L%1"_s.arg(i), stop});
    QElapsedTimer timer;
    timer.start();
    // Two kiosks per service; some print every 5th or 3rd ticket as priority.
    for (const auto& [service, every] : {std::pair{u"S1"_s, u"5"_s}, std::pair{u"S1"_s, u"0"_s},
                                         std::pair{u"S2"_s, u"3"_s}, std::pair{u"S2"_s, u"0"_s}})
        issuers.start(self, {u"--issue-child"_s, db, service, QString::number(perIssuer), every});
    const int deadline = 15 * 60 * 1000;
    if (!issuers.waitAll(deadline) || !issuers.allSucceeded()) {
        run.error = u"issuers failed: "_s + issuers.errors();
        return run;
    }
    QFile(stop).open(QIODevice::WriteOnly);
    if (!callers.waitAll(deadline) || !callers.allSucceeded()) {
        run.error = u"callers failed: "_s + callers.errors();
        return run;
    }
    const double seconds = msSince(timer) / 1000.0;

    // The checks: every issued number called exactly once; numbers unique and gapless per prefix.
    const QStringList issued = issuers.lines();
    const QStringList called = callers.lines();
    const QSet<QString> issuedSet(issued.begin(), issued.end());
    const QSet<QString> calledSet(called.begin(), called.end());
    const qsizetype duplicateIssues = issued.size() - issuedSet.size();
    const qsizetype doubleCalls = called.size() - calledSet.size();
    const qsizetype lost = (issuedSet - calledSet).size();
    const qsizetype phantom = (calledSet - issuedSet).size();
    QMap<QString, QList<int>> byPrefix;
    for (const auto& n : issued)
        byPrefix[n.section(u'-', 0, 0)] << n.section(u'-', 1).toInt();
    qsizetype skipped = 0;
    for (auto& list : byPrefix) {
        std::sort(list.begin(), list.end());
        skipped += list.isEmpty() ? 0 : list.last() - list.size();
    }
    run.correct = issued.size() == perIssuer * 4 && duplicateIssues == 0 && doubleCalls == 0 && lost == 0 &&
                  phantom == 0 && skipped == 0;
    run.ticketsPerSecond = double(issued.size()) / seconds;
    const qsizetype refusals = issuers.lockRefusals() + callers.lockRefusals();
    run.note =
        u"%1 issued by 4 kiosk processes, %2 calls by 32 booth processes: %3 double calls, %4 lost, "
        u"%5 skipped numbers, %6 duplicate numbers, %7 calls of unknown numbers; %8 s; %9 actions refused "
        u"as locked and retried"_s.arg(issued.size())
            .arg(called.size())
            .arg(doubleCalls)
            .arg(lost)
            .arg(skipped)
            .arg(duplicateIssues)
            .arg(phantom)
            .arg(seconds, 0, 'f', 1)
            .arg(refusals);
    run.details = QJsonObject{{u"counter_processes"_s, counters},
                              {u"issuer_processes"_s, 4},
                              {u"issued"_s, issued.size()},
                              {u"calls"_s, called.size()},
                              {u"double_calls"_s, doubleCalls},
                              {u"lost"_s, lost},
                              {u"skipped_numbers"_s, skipped},
                              {u"duplicate_numbers"_s, duplicateIssues},
                              {u"seconds"_s, seconds},
                              {u"lock_refusals_retried"_s, refusals}};
    return run;
}

void benchCalls(Context& ctx)
{
    const QString section = u"2 call-next"_s;
    const int perIssuer = ctx.quick() ? 60 : 250;
    log(u"== 2. call-next: 32 counter processes, 4 issuer processes, %1 tickets"_s.arg(perIssuer * 4));
    const CallsRun run = runCalls(ctx, ctx.path(u"calls.db"_s), u"calls"_s, perIssuer);
    if (!run.error.isEmpty())
        return ctx.fail(section, run.error);

    QString singleError;
    const double single = singleProcessRate(ctx, ctx.quick() ? 100 : 400, &singleError);
    if (!singleError.isEmpty())
        ctx.fail(section, singleError);
    Figure f = Figure::of(section, u"tickets issued, called, served and finished per second"_s,
                          run.ticketsPerSecond, u"tickets/s"_s, u"1 process, 1 booth, same work"_s, single,
                          u"0 double calls, 0 lost, 0 skipped"_s);
    f.met = run.correct;
    f.note = run.note;
    ctx.add(f);
    ctx.details(section) = run.details;
    if (!run.correct)
        ctx.fail(section, f.note);
}

} // namespace antre::bench
