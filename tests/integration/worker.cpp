// antre-worker: drives the core from a separate process, as a kiosk or a booth would.
//   antre-worker setup DB COUNTERS          a hall with COUNTERS booths serving S1 (A) and S2 (B), open all
//   day antre-worker issue DB SERVICE N [P]     issue N tickets (every P-th one priority), print each number
//   antre-worker call DB COUNTER STOPFILE   open COUNTER, call/serve/finish until the queue is empty and
//                                           STOPFILE exists; print each called number
// Every printed line is flushed only after the transaction committed, so a killed worker never
// claims a ticket the database does not have.
#include "core/Clock.h"
#include "core/HallStore.h"
#include "core/QueueEngine.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QThread>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace antre;

namespace {

int die(const QString& message, int code = 1)
{
    std::fprintf(stderr, "antre-worker: %s\n", qPrintable(message));
    return code;
}

void emitLine(const QString& line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

HallConfig hall(int counters)
{
    HallConfig c;
    c.site.name = u"Stress Hall"_s;
    c.site.timezone = u"Asia/Jakarta"_s;
    c.agencies = {{u"AG"_s, u"Agency"_s}};
    for (const auto& [code, prefix] : {std::pair{u"S1"_s, u"A"_s}, std::pair{u"S2"_s, u"B"_s}}) {
        ServiceConfig s;
        s.code = code;
        s.agency = u"AG"_s;
        s.name = u"Service "_s + code;
        s.prefix = prefix;
        for (int day = 1; day <= 7; ++day)
            s.hours.insert(day, {TimeRange{QTime(0, 0), QTime(23, 59)}});
        c.services << s;
    }
    for (int i = 1; i <= counters; ++i)
        c.counters << CounterConfig{u"L%1"_s.arg(i), u"Loket %1"_s.arg(i), {u"S1"_s, u"S2"_s}};
    return c;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4)
        return die(u"usage: antre-worker setup|issue|call DB ..."_s, 2);
    const QString mode = args.at(1);
    QString clockError;
    auto clock = clockFromEnvironment(false, &clockError);
    if (!clock)
        return die(clockError, 2);
    auto db = Database::open(args.at(2));
    if (!db.ok())
        return die(db.error().message);
    QueueEngine engine(*db.value(), *clock);

    if (mode == u"setup") {
        auto status = HallStore(*db.value(), *clock).import(hall(args.at(3).toInt()));
        return status.ok() ? 0 : die(status.error().message);
    }
    if (mode == u"issue" && args.size() >= 5) {
        const int count = args.at(4).toInt();
        const int priorityEvery = args.size() > 5 ? args.at(5).toInt() : 0;
        for (int i = 1; i <= count; ++i) {
            auto issued = engine.issue(args.at(3), priorityEvery > 0 && i % priorityEvery == 0);
            if (!issued.ok())
                return die(issued.error().message);
            emitLine(issued.value().number.toString());
        }
        return 0;
    }
    if (mode == u"call" && args.size() >= 5) {
        const QString counter = args.at(3);
        if (auto open = engine.openCounter(counter, {}); !open.ok())
            return die(open.error().message);
        const QString stopFile = args.at(4);
        for (;;) {
            auto call = engine.callNext(counter);
            if (!call.ok()) {
                if (call.error().kind != ErrorKind::NothingToDo)
                    return die(call.error().message);
                if (QFileInfo::exists(stopFile)) {
                    // The issuers are done; one last look closes the race with their final commit.
                    auto last = engine.callNext(counter);
                    if (!last.ok())
                        break;
                    call = last;
                } else {
                    QThread::msleep(3); // a load generator, not a test: back off while the queue is empty
                    continue;
                }
            }
            emitLine(call.value().number.toString());
            if (auto s = engine.startServing(counter); !s.ok())
                return die(s.error().message);
            if (auto f = engine.finish(counter, Outcome::Completed); !f.ok())
                return die(f.error().message);
        }
        auto closed = engine.closeCounter(counter);
        return closed.ok() ? 0 : die(closed.error().message);
    }
    return die(u"unknown mode "_s + mode, 2);
}
