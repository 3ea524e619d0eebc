#include "tests/support/ProcessRunner.h"
#include "tests/support/QtStringMakers.h"
#include "tests/support/TestHall.h"
#include "tests/support/Wait.h"

#include <QImage>
#include <QProcess>
#include <QSet>

#include <memory>

using namespace antre;
using namespace antre::test;
using namespace Qt::Literals::StringLiterals;

namespace {

// The TestHall's Monday morning, for the programs' clock.
const QString kNow = u"2026-11-23T09:00:00+07:00"_s;

QProcessEnvironment counterEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"ANTRE_NOW"_s, kNow);
    return env;
}

struct Booth
{
    std::unique_ptr<QProcess> process = std::make_unique<QProcess>();
    QString out;

    void start(const QString& db, const QString& staff, const QString& counter, const QString& pin, int calls)
    {
        process->setProcessEnvironment(counterEnvironment());
        process->start(ProcessRunner::program(u"antre-counter"_s),
                       {u"--db"_s, db, u"--lang"_s, u"en"_s, u"--staff"_s, staff, u"--counter"_s, counter,
                        u"--pin-stdin"_s, u"--auto-call"_s, QString::number(calls)});
        REQUIRE(process->waitForStarted(10000));
        process->write(QString(pin + u'\n').toUtf8());
    }
    void read() { out += QString::fromUtf8(process->readAllStandardOutput()); }
    QStringList called() const
    {
        QStringList numbers;
        for (const QString& line : out.split(u'\n'))
            if (line.startsWith(u"called "_s))
                numbers << line.section(u' ', 1, 1);
        return numbers;
    }
};

} // namespace

TEST_CASE("two counter processes calling at the same instant never get the same ticket", "[ui][process]")
{
    QStringList issued;
    QString db;
    TestHall hall;
    db = hall.path();
    // S2 is served by both L1 (OFF1) and L3 (OFF2).
    for (int i = 0; i < 40; ++i) {
        auto t = hall.engine->issue(u"S2"_s, i % 7 == 0);
        REQUIRE(t.ok());
        issued << t.value().number.toString();
    }

    Booth one;
    Booth two;
    one.start(db, u"OFF1"_s, u"L1"_s, u"1234"_s, 30);
    two.start(db, u"OFF2"_s, u"L3"_s, u"5678"_s, 30);
    // Both booths logged in and open before either presses Call next.
    REQUIRE(waitUntil(
        [&] {
            one.read();
            two.read();
            return one.out.contains(u"ready"_s) && two.out.contains(u"ready"_s);
        },
        60000));
    // Written through before waiting on either: QProcess only flushes a process's stdin while it is
    // serviced, and waitForFinished() on one booth would hold the other's "go" back.
    one.process->write("go\n");
    two.process->write("go\n");
    REQUIRE(one.process->waitForBytesWritten(10000));
    REQUIRE(two.process->waitForBytesWritten(10000));
    REQUIRE(one.process->waitForFinished(60000));
    REQUIRE(two.process->waitForFinished(60000));
    one.read();
    two.read();
    INFO("L1: " << one.out.toStdString() << "\nL3: " << two.out.toStdString()
                << "\nstderr: " << one.process->readAllStandardError().toStdString()
                << two.process->readAllStandardError().toStdString());
    CHECK(one.process->exitCode() == 0);
    CHECK(two.process->exitCode() == 0);

    INFO("L1 called " << one.called().size() << ", L3 called " << two.called().size());
    const QStringList all = one.called() + two.called();
    const QSet<QString> unique(all.cbegin(), all.cend());
    CHECK(unique.size() == all.size()); // nobody got a ticket twice
    CHECK(all.size() == issued.size()); // and every ticket was called once
    CHECK(unique == QSet<QString>(issued.cbegin(), issued.cend()));
    // The booth that ran dry said why.
    CHECK((one.out.contains(u"stop No one is waiting"_s) || two.out.contains(u"stop No one is waiting"_s)));
    for (const QString& number : issued) {
        auto t = hall.engine->ticket(*TicketNumber::parse(number), TestHall::monday());
        REQUIRE(t.ok());
        CHECK(t.value().status == TicketStatus::Done);
    }
}

TEST_CASE("antre-counter renders a logged-in booth to a PNG and exits, full and compact", "[ui][process]")
{
    TestHall hall;
    REQUIRE(hall.engine->issue(u"S1"_s, false).ok());
    REQUIRE(hall.engine->issue(u"S2"_s, true).ok());
    const QString full = hall.dir() + u"/full.png"_s;
    auto r = ProcessRunner::run(ProcessRunner::program(u"antre-counter"_s),
                                {u"--db"_s, hall.path(), u"--staff"_s, u"OFF1"_s, u"--counter"_s, u"L1"_s,
                                 u"--size"_s, u"1366x768"_s, u"--screenshot"_s, full},
                                {}, counterEnvironment());
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(QImage(full).size() == QSize(1366, 768));
    // The screenshot opened the booth in OFF1's name.
    CHECK(hall.engine->counterStatus(u"L1"_s).value().staffId == u"OFF1"_s);

    const QString compact = hall.dir() + u"/compact.png"_s;
    r = ProcessRunner::run(ProcessRunner::program(u"antre-counter"_s),
                           {u"--db"_s, hall.path(), u"--staff"_s, u"OFF1"_s, u"--counter"_s, u"L1"_s,
                            u"--compact"_s, u"--screenshot"_s, compact},
                           {}, counterEnvironment());
    REQUIRE(r.exitCode == 0);
    CHECK(QImage(compact).size() == QSize(360, 520));
}

TEST_CASE("antre-counter refuses a wrong PIN and bad options with a message and an exit code",
          "[ui][process]")
{
    TestHall hall;
    const QString program = ProcessRunner::program(u"antre-counter"_s);
    auto r = ProcessRunner::run(program,
                                {u"--db"_s, hall.path(), u"--lang"_s, u"en"_s, u"--staff"_s, u"OFF1"_s,
                                 u"--counter"_s, u"L1"_s, u"--pin-stdin"_s, u"--auto-call"_s, u"1"_s},
                                "0000\n", counterEnvironment());
    CHECK(r.exitCode == 4);
    CHECK(r.err.contains(u"Wrong staff ID or PIN."_s));

    // An officer cannot open a counter they are not assigned to.
    r = ProcessRunner::run(program,
                           {u"--db"_s, hall.path(), u"--lang"_s, u"en"_s, u"--staff"_s, u"OFF1"_s,
                            u"--counter"_s, u"L3"_s, u"--pin-stdin"_s, u"--auto-call"_s, u"1"_s},
                           "1234\n", counterEnvironment());
    CHECK(r.exitCode == 4);
    CHECK(r.err.contains(u"not assigned"_s));

    r = ProcessRunner::run(program, {u"--db"_s, hall.path(), u"--lock-after"_s, u"soon"_s}, {},
                           counterEnvironment());
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(u"--lock-after"_s));

    r = ProcessRunner::run(program, {u"--db"_s, hall.path(), u"--auto-call"_s, u"3"_s}, {},
                           counterEnvironment());
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(u"--pin-stdin"_s));
}
