// Not a test: plays this morning in a demo database (after `antre demo`) through the real engine, so that
// the supervisor dashboard has something to show in screenshots: booths open and serving, one on a break,
// three empty while their services are open, queues past their target, a printer fault from the kiosk.
//   ANTRE_NOW=2026-11-23T09:30:00+07:00 supervisor_today DB
// The morning runs from 07:50 to ANTRE_NOW (local time of the hall) with a fixed random seed.
#include "AuditLog.h"
#include "Clock.h"
#include "Database.h"
#include "QueueEngine.h"
#include "Schedule.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QRandomGenerator>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace antre;

namespace {

struct Booth
{
    QString code;
    QString staff;
    QTime breakAt; // invalid: no break this morning
    QDateTime busyUntil;
    bool serving = false;
};

int fail(const Error& error)
{
    std::fprintf(stderr, "supervisor_today: %s\n", qUtf8Printable(error.message));
    return 1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (app.arguments().size() != 2 || qEnvironmentVariableIsEmpty("ANTRE_NOW")) {
        std::fprintf(stderr, "usage: ANTRE_NOW=2026-11-23T09:30:00+07:00 supervisor_today DB\n");
        return 2;
    }
    auto db = Database::open(app.arguments().at(1));
    if (!db.ok())
        return fail(db.error());
    const auto end = clockFromEnvironment(false);
    ManualClock clock(end->now());
    QueueEngine engine(*db.value(), clock);
    auto config = engine.config();
    if (!config.ok())
        return fail(config.error());
    const QTimeZone zone = Schedule::zone(config.value().site.timezone);
    const QDate today = Schedule::businessDay(end->now(), zone);
    const auto at = [&](QTime time) { return QDateTime(today, time, zone).toUTC(); };

    QList<Booth> booths{{u"L1"_s, u"198703152010012004"_s, {}, {}, false},
                        {u"L2"_s, u"199208212019031007"_s, {}, {}, false},
                        {u"L3"_s, u"198911042014022003"_s, {}, {}, false},
                        {u"L4"_s, u"199001012015011001"_s, {}, {}, false},
                        {u"L6"_s, u"BPJSTK-20170412"_s, {}, {}, false},
                        {u"L7"_s, u"BPJSKES-0291"_s, QTime(9, 12), {}, false},
                        {u"L8"_s, u"198512102008011002"_s, {}, {}, false},
                        {u"L10"_s, u"198302142006041001"_s, {}, {}, false},
                        {u"L11"_s, u"PLN-8812045Z"_s, {}, {}, false},
                        {u"L12"_s, u"87051234"_s, {}, {}, false},
                        {u"L15"_s, u"PDAM-1207"_s, {}, {}, false}};
    // Arrivals per hour at the morning peak; JHT and HAJI get more than their booths can take.
    const QHash<QString, int> perHour{
        {u"KTPEL"_s, 22}, {u"KK"_s, 10},  {u"AKTA"_s, 6}, {u"PINDAH"_s, 4}, {u"NIB"_s, 6},  {u"PBG"_s, 2},
        {u"AK1"_s, 16},   {u"PPKB"_s, 2}, {u"JHT"_s, 20}, {u"BPU"_s, 4},    {u"JKN"_s, 10}, {u"PKB"_s, 8},
        {u"NPWP"_s, 5},   {u"PLN"_s, 5},  {u"SKCK"_s, 9}, {u"HAJI"_s, 5},   {u"PDAM"_s, 4}, {u"BJB"_s, 6}};
    QRandomGenerator random(20261123);

    clock.set(at(QTime(7, 50)));
    for (auto& booth : booths)
        if (auto opened = engine.openCounter(booth.code, booth.staff); !opened.ok())
            return fail(opened.error());

    bool faultLogged = false;
    for (QDateTime now = at(QTime(8, 0)); now < end->now(); now = now.addSecs(60)) {
        clock.set(now);
        const QTime local = now.toTimeZone(zone).time();
        for (auto it = perHour.cbegin(); it != perHour.cend(); ++it)
            if (int(random.bounded(60)) < it.value())
                (void)engine.issue(it.key(), random.bounded(12) == 0); // closed or full: the kiosk says so
        if (!faultLogged && local >= QTime(8, 47)) {
            faultLogged = true;
            const QJsonObject data{{u"device"_s, u"printer"_s},
                                   {u"kiosk"_s, u"KIOSK-LOBI-1"_s},
                                   {u"ticket"_s, u"K-031"_s},
                                   {u"message"_s, u"Kertas habis — tiket K-031 tidak tercetak"_s}};
            auto logged = db.value()->write([&](QSqlDatabase& sql) -> Status {
                auto e = AuditLog::append(sql, now, EventKind::DeviceFault, data);
                return e.ok() ? Status(Done{}) : Status(e.error());
            });
            if (!logged.ok())
                return fail(logged.error());
        }
        for (auto& booth : booths) {
            if (booth.breakAt.isValid() && local >= booth.breakAt) {
                if (booth.serving)
                    (void)engine.finish(booth.code, Outcome::Completed);
                (void)engine.startBreak(booth.code, u"Istirahat sholat"_s);
                booth.breakAt = QTime();
                booth.busyUntil = end->now().addSecs(3600);
                continue;
            }
            if (booth.busyUntil.isValid() && now < booth.busyUntil)
                continue;
            if (booth.serving) {
                if (random.bounded(20) == 0)
                    (void)engine.finish(booth.code, Outcome::Incomplete);
                else
                    (void)engine.finish(booth.code, Outcome::Completed);
                booth.serving = false;
            }
            auto called = engine.callNext(booth.code);
            if (!called.ok())
                continue;
            if (random.bounded(14) == 0) { // nobody comes
                clock.set(now.addSecs(90));
                (void)engine.markNoShow(booth.code);
                clock.set(now);
                continue;
            }
            (void)engine.startServing(booth.code);
            booth.serving = true;
            booth.busyUntil = now.addSecs(60 * (4 + int(random.bounded(9))));
        }
    }
    std::printf("morning of %s played until %s\n", qPrintable(today.toString(Qt::ISODate)),
                qPrintable(Schedule::formatTime(end->now().toTimeZone(zone).time())));
    return 0;
}
