// 2. Call-next with 32 counter processes and 4 issuer processes on one database: throughput, and a
// check (not an assumption) that no ticket was called twice, lost or skipped.
#include "Bench.h"
#include "Clock.h"
#include "Database.h"
#include "HallStore.h"
#include "QueueEngine.h"

#include <QFile>
#include <QProcess>
#include <QSet>
#include <QThread>

#include <memory>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace antre::bench {

namespace {

// antre-worker processes with their output (one ticket number per line, printed after each commit).
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
    QStringList lines() const
    {
        QStringList all;
        for (const auto& out : m_output)
            all += QString::fromUtf8(out).split(u'\n', Qt::SkipEmptyParts);
        return all;
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

void benchCalls(Context& ctx)
{
    const QString section = u"2 call-next"_s;
    const int counters = 32;
    const int perIssuer = ctx.quick() ? 60 : 250;
    log(u"== 2. call-next: %1 counter processes, 4 issuer processes, %2 tickets"_s.arg(counters).arg(
        perIssuer * 4));
    const QString worker = program(u"antre-worker"_s);
    if (worker.isEmpty())
        return ctx.fail(section, u"antre-worker is not built (cmake --build … --target antre-worker)"_s);
    const QString db = ctx.path(u"calls.db"_s);
    const QString stop = ctx.path(u"calls-issuers-done"_s);
    {
        Processes setup;
        setup.start(worker, {u"setup"_s, db, QString::number(counters)});
        if (!setup.waitAll(120000) || !setup.allSucceeded())
            return ctx.fail(section, u"setup failed: "_s + setup.errors());
    }

    Processes callers;
    Processes issuers;
    for (int i = 1; i <= counters; ++i)
        callers.start(worker, {u"call"_s, db, u"L%1"_s.arg(i), stop});
    QElapsedTimer timer;
    timer.start();
    // Two kiosks per service; some print every 5th or 3rd ticket as priority.
    issuers.start(worker, {u"issue"_s, db, u"S1"_s, QString::number(perIssuer), u"5"_s});
    issuers.start(worker, {u"issue"_s, db, u"S1"_s, QString::number(perIssuer)});
    issuers.start(worker, {u"issue"_s, db, u"S2"_s, QString::number(perIssuer), u"3"_s});
    issuers.start(worker, {u"issue"_s, db, u"S2"_s, QString::number(perIssuer)});
    const int deadline = 15 * 60 * 1000;
    if (!issuers.waitAll(deadline) || !issuers.allSucceeded())
        return ctx.fail(section, u"issuers failed: "_s + issuers.errors());
    QFile(stop).open(QIODevice::WriteOnly);
    if (!callers.waitAll(deadline) || !callers.allSucceeded())
        return ctx.fail(section, u"callers failed: "_s + callers.errors());
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
    const bool correct = issued.size() == perIssuer * 4 && duplicateIssues == 0 && doubleCalls == 0 &&
                         lost == 0 && phantom == 0 && skipped == 0;

    QString singleError;
    const double single = singleProcessRate(ctx, ctx.quick() ? 100 : 400, &singleError);
    if (!singleError.isEmpty())
        ctx.fail(section, singleError);
    Figure f = Figure::of(section, u"tickets issued, called, served and finished per second"_s,
                          double(issued.size()) / seconds, u"tickets/s"_s, u"1 process, 1 booth, same work"_s,
                          single, u"0 double calls, 0 lost, 0 skipped"_s);
    f.met = correct;
    f.note = u"%1 issued, %2 calls: %3 double calls, %4 lost, %5 skipped numbers, %6 duplicate numbers, "
             u"%7 calls of unknown numbers; %8 s"_s.arg(issued.size())
                 .arg(called.size())
                 .arg(doubleCalls)
                 .arg(lost)
                 .arg(skipped)
                 .arg(duplicateIssues)
                 .arg(phantom)
                 .arg(seconds, 0, 'f', 1);
    ctx.add(f);
    ctx.details(section) = QJsonObject{{u"counter_processes"_s, counters},
                                       {u"issuer_processes"_s, 4},
                                       {u"issued"_s, issued.size()},
                                       {u"calls"_s, called.size()},
                                       {u"double_calls"_s, doubleCalls},
                                       {u"lost"_s, lost},
                                       {u"skipped_numbers"_s, skipped},
                                       {u"duplicate_numbers"_s, duplicateIssues},
                                       {u"seconds"_s, seconds}};
    if (!correct)
        ctx.fail(section, f.note);
}

} // namespace antre::bench
