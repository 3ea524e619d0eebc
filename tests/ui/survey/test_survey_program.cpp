#include "tests/support/ProcessRunner.h"
#include "tests/support/QtStringMakers.h"
#include "tests/support/TestHall.h"

#include <QFile>
#include <QImage>
#include <QProcessEnvironment>

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using antre::test::ProcessResult;
using antre::test::ProcessRunner;
using antre::test::TestHall;

namespace {

ProcessResult surveyScreen(const TestHall& hall, const QStringList& args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"ANTRE_NOW"_s, u"2026-11-23T09:30:00+07:00"_s);
    return ProcessRunner::run(ProcessRunner::program(u"antre-survey"_s),
                              QStringList{u"--db"_s, hall.path()} + args, {}, env);
}

} // namespace

TEST_CASE("antre-survey renders its screens to PNG at both panel sizes", "[program]")
{
    TestHall hall;
    for (const QString& size : {u"1280x800"_s, u"800x1280"_s}) {
        for (const QString& screen : {u"idle"_s, u"offer"_s, u"survey:3"_s, u"thanks"_s}) {
            INFO(size.toStdString() << " " << screen.toStdString());
            const QString png = hall.dir() + u"/shot.png"_s;
            QFile::remove(png);
            const auto run = surveyScreen(hall, {u"--counter"_s, u"L1"_s, u"--size"_s, size, u"--screen"_s,
                                                 screen, u"--screenshot"_s, png});
            INFO(run.err.toStdString());
            CHECK(run.exitCode == 0);
            const QImage image(png);
            CHECK(image.size() == QSize(size.section(u'x', 0, 0).toInt(), size.section(u'x', 1).toInt()));
        }
    }
}

TEST_CASE("antre-survey refuses a missing or unknown booth with exit code 2", "[program]")
{
    TestHall hall;
    const auto missing = surveyScreen(hall, {u"--screenshot"_s, u"/dev/null"_s});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(u"--counter KODE wajib diisi"_s));
    const auto unknown = surveyScreen(hall, {u"--counter"_s, u"L9"_s, u"--screenshot"_s, u"/dev/null"_s});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(u"L9"_s));
    const auto screen = surveyScreen(
        hall, {u"--counter"_s, u"L1"_s, u"--screen"_s, u"lobby"_s, u"--screenshot"_s, u"/dev/null"_s});
    CHECK(screen.exitCode == 2);
    CHECK(screen.err.contains(u"--screen"_s));
}
