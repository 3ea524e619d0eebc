#include "tests/support/ProcessRunner.h"
#include "tests/support/QtStringMakers.h"
#include "tests/ui/supervisor/SupervisorTestSupport.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace antre;
using namespace antre::test;

namespace {

ProcessResult supervisor(const QStringList& args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"ANTRE_NOW"_s, u"2026-11-24T10:00:00+07:00"_s);
    return ProcessRunner::run(ProcessRunner::program(u"antre-supervisor"_s),
                              QStringList{u"--lang"_s, u"en"_s} + args, {}, env);
}

} // namespace

TEST_CASE("antre-supervisor renders the dashboard and a report to PNG", "[program][process]")
{
    SupervisorHall s;
    playKnownMonday(s.hall);
    QTemporaryDir dir;
    for (const auto& view : {u"dashboard"_s, u"report"_s, u"ikm"_s, u"complaint-report"_s, u"complaints"_s,
                             u"recap"_s, u"lookup"_s, u"config"_s, u"staff"_s}) {
        const QString png = dir.filePath(view + u".png"_s);
        const auto run = supervisor({u"--db"_s, s.hall.path(), u"--staff"_s, u"SPV"_s, u"--view"_s, view,
                                     u"--date"_s, u"2026-11-23"_s, u"--ticket"_s, u"A-002"_s, u"--size"_s,
                                     u"1280x800"_s, u"--screenshot"_s, png});
        INFO(view.toStdString() << ": " << run.err.toStdString());
        CHECK(run.exitCode == 0);
        CHECK(QImage(png).size() == QSize(1280, 800));
    }
}

TEST_CASE("antre-supervisor refuses an officer and bad options", "[program][process]")
{
    SupervisorHall s;
    QTemporaryDir dir;
    const QString png = dir.filePath(u"x.png"_s);
    auto run = supervisor({u"--db"_s, s.hall.path(), u"--staff"_s, u"OFF1"_s, u"--screenshot"_s, png});
    CHECK(run.exitCode == 4);
    CHECK(run.err.contains(u"officer"_s));
    CHECK_FALSE(QFile::exists(png));

    run = supervisor({u"--db"_s, s.hall.path(), u"--view"_s, u"charts"_s, u"--screenshot"_s, png});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(u"charts"_s));
    run = supervisor({u"--db"_s, s.hall.path(), u"--from"_s, u"2026-11-01"_s, u"--screenshot"_s, png});
    CHECK(run.exitCode == 2);
    run = supervisor({u"--db"_s, s.hall.path(), u"--date"_s, u"23-11-2026"_s, u"--screenshot"_s, png});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(u"23-11-2026"_s));
}

TEST_CASE("every screen program prints its help on a PC without a screen, naming both kinds of database",
          "[program][process]")
{
    // An administrator on an ssh session to a hall PC: no DISPLAY, no WAYLAND_DISPLAY, no QT_QPA_PLATFORM.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const auto& name : {u"QT_QPA_PLATFORM"_s, u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s})
        env.remove(name);
    for (const auto& program : {u"antre-supervisor"_s, u"antre-counter"_s, u"antre-display"_s,
                                u"antre-kiosk"_s, u"antre-survey"_s}) {
        const auto run = ProcessRunner::run(ProcessRunner::program(program), {u"--help"_s}, {}, env);
        INFO(program.toStdString() << ": " << run.err.toStdString());
        CHECK(run.exitCode == 0);
        CHECK(run.out.contains(u"--db <DB>"_s));
        CHECK(run.out.contains(u"service=NAME"_s));
    }
}
