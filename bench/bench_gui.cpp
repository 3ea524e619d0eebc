// 5. GUI cold start to first frame and resident memory for each app that is built.
//
// Each program runs with QT_QPA_PLATFORM=offscreen and --screenshot FILE: it opens the database, builds its
// window, shows it, waits the settle time of AppContext::show (400 ms, so that first data loads land) and
// saves the PNG. The time to the first frame is the time to the saved screenshot minus that settle time.
// Peak resident memory is VmHWM from /proc/<pid>/status, read until the process exits. The baseline is
// antre-bench-window, an empty Qt Widgets window that goes through the same steps.
#include "bench/Bench.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QThread>

using namespace Qt::Literals::StringLiterals;

namespace antre::bench {

namespace {

constexpr double kSettleMs = 400;

struct Run
{
    double startToScreenshotMs = 0;
    double peakMb = 0;
    QString error;
};

double vmHwmMb(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return 0;
}

Run runOnce(Context& ctx, const QString& binary, const QString& db, int index)
{
    Run run;
    const QString shot = ctx.path(u"shot-%1-%2.png"_s.arg(QFileInfo(binary).fileName()).arg(index));
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"ANTRE_NOW"_s, benchNow());
    env.insert(u"ANTRE_LANG"_s, u"id"_s);
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(binary, {u"--db"_s, db, u"--screenshot"_s, shot});
    if (!process.waitForStarted(10000)) {
        run.error = u"could not start"_s;
        return run;
    }
    const qint64 pid = process.processId();
    // Sampled until the process is gone; VmHWM is the peak, so the last sample is the answer.
    while (!process.waitForFinished(5)) {
        run.peakMb = qMax(run.peakMb, vmHwmMb(pid));
        if (timer.elapsed() > 60000) {
            process.kill();
            process.waitForFinished();
            run.error = u"no screenshot within 60 s"_s;
            return run;
        }
    }
    run.startToScreenshotMs = msSince(timer);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0 || !QFileInfo::exists(shot))
        run.error = u"exit code %1: %2"_s.arg(process.exitCode())
                        .arg(QString::fromUtf8(process.readAllStandardError()).trimmed());
    return run;
}

} // namespace

void benchGui(Context& ctx)
{
    const QString section = u"5 GUI start"_s;
    log(u"== 5. GUI cold start and memory"_s);
    const QStringList apps{u"antre-kiosk"_s, u"antre-counter"_s, u"antre-display"_s, u"antre-supervisor"_s};
    QStringList built;
    QStringList missing;
    for (const auto& app : apps)
        (program(app).isEmpty() ? missing : built) << app;
    QJsonObject details{{u"not_built"_s, QJsonArray::fromStringList(missing)}};
    if (!missing.isEmpty())
        log(u"  not built: "_s + missing.join(u", "_s));
    if (built.isEmpty()) {
        log(u"  no GUI program is built yet; nothing to measure"_s);
        ctx.details(section) = details;
        return;
    }

    // A demo hall with a week of history, as the programs would find it in a hall.
    const QString db = ctx.path(u"gui.db"_s);
    QProcess demo;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"ANTRE_NOW"_s, benchNow());
    demo.setProcessEnvironment(env);
    demo.start(program(u"antre"_s), {u"--db"_s, db, u"demo"_s, u"--history-days"_s, u"7"_s});
    if (!demo.waitForFinished(300000) || demo.exitCode() != 0)
        return ctx.fail(section, u"antre demo failed: "_s + QString::fromUtf8(demo.readAllStandardError()));

    const int repeats = ctx.quick() ? 2 : 4;
    const auto measure = [&](const QString& binary, double* coldMs, double* warmMs,
                             double* peakMb) -> QString {
        QList<double> later;
        for (int i = 0; i < repeats; ++i) {
            const Run run = runOnce(ctx, binary, db, i);
            if (!run.error.isEmpty())
                return run.error;
            if (i == 0)
                *coldMs = run.startToScreenshotMs - kSettleMs;
            else
                later << run.startToScreenshotMs - kSettleMs;
            *peakMb = qMax(*peakMb, run.peakMb);
        }
        *warmMs = median(later);
        return {};
    };

    double baseCold = 0, baseWarm = 0, baseMb = 0;
    const QString window = program(u"antre-bench-window"_s);
    if (!window.isEmpty()) {
        if (const QString error = measure(window, &baseCold, &baseWarm, &baseMb); !error.isEmpty())
            log(u"  baseline window: "_s + error);
    }
    for (const auto& app : built) {
        double cold = 0, warm = 0, mb = 0;
        if (const QString error = measure(program(app), &cold, &warm, &mb); !error.isEmpty()) {
            ctx.fail(section, app + u": "_s + error);
            continue;
        }
        Figure start = Figure::of(section, app + u" start to first frame"_s, cold, u"ms"_s,
                                  u"empty Qt window"_s, baseCold, u"< 1000 ms"_s);
        start.met = cold < 1000;
        start.note = u"first run; later runs (file cache warm) %1 ms"_s.arg(warm, 0, 'f', 0);
        ctx.add(start);
        Figure memory = Figure::of(section, app + u" peak resident memory"_s, mb, u"MB"_s,
                                   u"empty Qt window"_s, baseMb, u"< 100 MB"_s);
        memory.met = mb < 100;
        ctx.add(memory);
        details.insert(
            app, QJsonObject{{u"first_run_ms"_s, cold}, {u"warm_median_ms"_s, warm}, {u"vm_hwm_mb"_s, mb}});
    }
    details.insert(u"baseline_window"_s,
                   QJsonObject{{u"first_run_ms"_s, baseCold}, {u"vm_hwm_mb"_s, baseMb}});
    ctx.details(section) = details;
}

} // namespace antre::bench
