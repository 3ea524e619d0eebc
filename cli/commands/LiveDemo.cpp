#include "cli/commands/LiveDemo.h"

#include "cli/Cli.h"
#include "cli/Context.h"
#include "cli/Output.h"
#include "core/Clock.h"
#include "core/QueueService.h"
#include "core/Schedule.h"
#include "core/hall/Hall.h"
#include "core/simulation/LiveDay.h"

#include <QElapsedTimer>
#include <QRegularExpression>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <thread>

using namespace Qt::Literals::StringLiterals;

namespace antre::cli {

namespace {

// A signal handler may only set a flag of this type, and it can reach nothing but a global.
// NOLINTNEXTLINE(cppcoreguidelines-avoid-non-const-global-variables): see above
volatile std::sig_atomic_t g_stop = 0;

void stopLiveDemo(int /*signal*/)
{
    g_stop = 1;
}

// "90", "90s", "10m", "2h" in milliseconds; -1 when it is none of these.
qint64 durationMs(const QString& text)
{
    static const QRegularExpression pattern(u"\\A([0-9]{1,6})([smh]?)\\z"_s);
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return -1;
    const qint64 amount = match.captured(1).toLongLong();
    const QString unit = match.captured(2);
    return amount * (unit == u"h" ? 3'600'000 : unit == u"m" ? 60'000 : 1000);
}

} // namespace

int runLiveDemo(Context& c)
{
    const QString speedText = c.args().value(u"speed"_s, u"1"_s);
    bool isNumber = false;
    const int speed = speedText.toInt(&isNumber);
    if (!isNumber || speed < 1 || speed > 3600)
        return c.fail(usageError(Cli::tr("--speed: \"%1\" is not a number from 1 to 3600").arg(speedText)));
    QDate day;
    if (c.args().has(u"day"_s)) {
        day = QDate::fromString(c.args().value(u"day"_s), Qt::ISODate);
        if (!day.isValid())
            return c.fail(usageError(
                Cli::tr("--day: \"%1\" is not a date (YYYY-MM-DD)").arg(c.args().value(u"day"_s))));
    }
    qint64 forMs = 0;
    if (c.args().has(u"for"_s)) {
        forMs = durationMs(c.args().value(u"for"_s));
        if (forMs <= 0)
            return c.fail(usageError(Cli::tr("--for: \"%1\" is not a duration such as 90s, 10m or 2h")
                                         .arg(c.args().value(u"for"_s))));
    }
    if (auto st = c.open(Need::Hall); !st.ok())
        return c.fail(st.error());
    auto config = c.services().queue.config();
    if (!config.ok())
        return c.fail(config.error());
    const QTimeZone zone = Schedule::zone(config.value().site.timezone);
    // A chosen day starts at its opening (begin() moves the start there); otherwise the day is today, from
    // now: the time the screens show when they are started with the same ANTRE_NOW.
    const QDateTime requested = day.isValid() ? QDateTime(day, QTime(0, 0), zone).toUTC() : c.clock().now();
    if (!day.isValid())
        day = Schedule::businessDay(requested, zone);

    auto opened = LiveDay::open(c.dbPath(), MorningOptions::demo(requested));
    if (!opened.ok())
        return c.fail(opened.error());
    const std::unique_ptr<LiveDay> live = std::move(opened).value();
    auto began = live->begin(day);
    if (!began.ok())
        return c.fail(began.error());
    if (!began.value().isValid())
        return c.fail(
            makeError(ErrorKind::NothingToDo, ErrorCode::Morning,
                      Cli::tr("the hall is closed on %1 at that time; choose an opening day with --day")
                          .arg(day.toString(Qt::ISODate))));
    const QDateTime start = began.value();
    // Before the first line: whoever reads it may stop the demo at once.
    g_stop = 0;
    std::signal(SIGINT, stopLiveDemo);
    std::signal(SIGTERM, stopLiveDemo);
    printOut(Cli::tr("live demo of %1 from %2 at %3x speed until %4 (Ctrl+C stops); the screens show this "
                     "time with ANTRE_NOW=%5\n")
                 .arg(day.toString(Qt::ISODate), Schedule::formatTime(start.toTimeZone(zone).time()))
                 .arg(speed)
                 .arg(Schedule::formatTime(live->closesAt().toTimeZone(zone).time()),
                      start.toTimeZone(zone).toString(Qt::ISODate)));

    QElapsedTimer wall;
    wall.start();
    QDateTime now = start;
    while (g_stop == 0) {
        now = start.addMSecs(wall.elapsed() * speed);
        if (auto st = live->advanceTo(now); !st.ok()) {
            std::signal(SIGINT, SIG_DFL);
            std::signal(SIGTERM, SIG_DFL);
            return c.fail(st.error());
        }
        if (now >= live->closesAt() || (forMs > 0 && wall.elapsed() >= forMs))
            break;
        // A simulated minute is the smallest step; a tenth of a second keeps Ctrl+C prompt.
        std::this_thread::sleep_for(std::chrono::milliseconds(std::clamp<qint64>(60'000 / speed, 10, 100)));
    }
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    const MorningResult& m = live->result();
    printOut(Cli::tr("live demo stopped at %1: %2 booths open, %3 tickets, %4 served\n")
                 .arg(Schedule::formatTime(std::min(now, live->closesAt()).toTimeZone(zone).time()))
                 .arg(m.boothsOpened)
                 .arg(m.issued)
                 .arg(m.served));
    return 0;
}

} // namespace antre::cli
