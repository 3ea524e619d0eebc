// Builds a demo hall database with a morning's history at booths L1 and L2, for screenshots, training and
// drills of antre-counter: antre_counter_demo_db FILE [hall.json]. The morning ends at ANTRE_NOW (default
// Monday 2026-11-23 09:30 WIB) with L1 open by Rina Marlina serving a ticket and a line still waiting.
#include "Clock.h"
#include "ConfigIo.h"
#include "Database.h"
#include "HallStore.h"
#include "QueueEngine.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

using namespace antre;
using namespace Qt::Literals::StringLiterals;

namespace {

int fail(const QString& message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 1;
}

// Deterministic, so that every run gives the same screenshot.
class Dice
{
public:
    int roll(int sides)
    {
        m_state = m_state * 1103515245u + 12345u;
        return static_cast<int>((m_state >> 16) % static_cast<unsigned>(sides));
    }

private:
    unsigned m_state = 20261123u;
};

struct Booth
{
    QString counter;
    QString staff;
    enum
    {
        Idle,
        Called,
        Serving
    } state = Idle;
    qint64 busyUntilSec = 0;
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2)
        return fail(u"usage: antre_counter_demo_db FILE [hall.json]"_s);
    const QString path = args.at(1);
    const QString configPath =
        args.size() > 2 ? args.at(2) : QString::fromUtf8(ANTRE_SOURCE_DIR) + u"/resources/demo/hall.json"_s;
    if (QFile::exists(path))
        return fail(u"%1 exists; give a new file"_s.arg(path));
    const QString nowText = qEnvironmentVariable("ANTRE_NOW", u"2026-11-23T09:30:00+07:00"_s);
    const QDateTime end = QDateTime::fromString(nowText, Qt::ISODate).toUTC();
    if (!end.isValid())
        return fail(u"ANTRE_NOW: \"%1\" is not an ISO 8601 time"_s.arg(nowText));

    ManualClock clock(end.addSecs(-90 * 60));
    auto config = ConfigIo::readFile(configPath);
    if (!config.ok())
        return fail(config.error().message);
    auto db = Database::open(path);
    if (!db.ok())
        return fail(db.error().message);
    if (auto s = HallStore(*db.value(), clock).import(config.value()); !s.ok())
        return fail(s.error().message);
    QueueEngine engine(*db.value(), clock);

    QList<Booth> booths{{u"L1"_s, u"198703152010012004"_s}, {u"L2"_s, u"199208212019031007"_s}};
    for (const Booth& b : booths)
        if (auto s = engine.openCounter(b.counter, b.staff); !s.ok())
            return fail(s.error().message);

    const QStringList services{u"KTPEL"_s, u"KTPEL"_s, u"KK"_s, u"AKTA"_s, u"PINDAH"_s};
    Dice dice;
    int issued = 0;
    for (qint64 sec = 0; clock.now() < end; sec += 30, clock.advanceSecs(30)) {
        // About one citizen a minute, busier than two booths can serve, so a line builds up.
        if (dice.roll(10) < 4) {
            auto t =
                engine.issue(services.at(dice.roll(static_cast<int>(services.size()))), dice.roll(8) == 0);
            if (!t.ok())
                return fail(t.error().message);
            ++issued;
        }
        for (Booth& b : booths) {
            if (sec < b.busyUntilSec)
                continue;
            if (b.state == Booth::Idle) {
                if (engine.callNext(b.counter).ok()) {
                    b.state = Booth::Called;
                    b.busyUntilSec = sec + 30 + 30 * dice.roll(3);
                }
            } else if (b.state == Booth::Called) {
                // One in eight called citizens does not come.
                if (dice.roll(8) == 0) {
                    (void)engine.markNoShow(b.counter);
                    b.state = Booth::Idle;
                } else {
                    (void)engine.startServing(b.counter);
                    b.state = Booth::Serving;
                    b.busyUntilSec = sec + 60 * (3 + dice.roll(7));
                }
            } else {
                const Outcome outcome = dice.roll(6) == 0 ? Outcome::Incomplete : Outcome::Completed;
                (void)engine.finish(b.counter, outcome);
                b.state = Booth::Idle;
                b.busyUntilSec = sec + 30;
            }
        }
    }
    // The screenshot's moment: L1 has just called the next number.
    if (auto status = engine.counterStatus(u"L1"_s); status.ok()) {
        if (const auto& current = status.value().current) {
            if (current->status == TicketStatus::Called)
                (void)engine.startServing(u"L1"_s);
            (void)engine.finish(u"L1"_s, Outcome::Completed);
        }
    }
    if (auto call = engine.callNext(u"L1"_s); !call.ok())
        return fail(call.error().message);
    std::printf("%s: %d tickets issued; L1 open by Rina Marlina (PIN 123456) with a number called\n",
                qPrintable(path), issued);
    return 0;
}
