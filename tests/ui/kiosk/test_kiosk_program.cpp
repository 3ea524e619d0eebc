#include "tests/support/ProcessRunner.h"
#include "tests/support/SqlCount.h"
#include "tests/ui/kiosk/KioskTestSupport.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using antre::test::count;
using antre::test::ProcessResult;
using antre::test::ProcessRunner;
using antre::test::TestHall;

namespace {

ProcessResult kiosk(const TestHall& hall, const QStringList& args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"ANTRE_NOW"_s, u"2026-11-23T09:30:00+07:00"_s);
    env.remove(u"ANTRE_KIOSK_SETTINGS"_s);
    return ProcessRunner::run(
        ProcessRunner::program(u"antre-kiosk"_s),
        QStringList{u"--db"_s, hall.path(), u"--pdf-dir"_s, hall.dir() + u"/tickets"_s} + args, {}, env);
}

} // namespace

TEST_CASE("antre-kiosk renders screens to PNG and exits", "[program]")
{
    TestHall hall;
    QTemporaryDir out;
    SECTION("home, landscape")
    {
        const auto run =
            kiosk(hall, {u"--screenshot"_s, out.filePath(u"home.png"_s), u"--size"_s, u"1920x1080"_s});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        const QImage image(out.filePath(u"home.png"_s));
        CHECK(image.size() == QSize(1920, 1080));
    }
    SECTION("an agency's services, portrait, in English")
    {
        const auto run =
            kiosk(hall, {u"--screenshot"_s, out.filePath(u"services.png"_s), u"--size"_s, u"1080x1920"_s,
                         u"--lang"_s, u"en"_s, u"--screen"_s, u"services:AG1"_s});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        CHECK(QImage(out.filePath(u"services.png"_s)).size() == QSize(1080, 1920));
    }
    SECTION("issued: a real ticket, printed to PDF")
    {
        const auto run = kiosk(
            hall, {u"--screenshot"_s, out.filePath(u"issued.png"_s), u"--screen"_s, u"issued:S2:priority"_s});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        CHECK(count(*hall.db, u"SELECT count(*) FROM tickets WHERE priority = 1"_s) == 1);
        CHECK(QFileInfo::exists(hall.dir() + u"/tickets/2026-11-23_B-001.pdf"_s));
    }
    SECTION("issued with a printer that is not there: the fault is logged for supervisors")
    {
        const auto run = kiosk(hall, {u"--screenshot"_s, out.filePath(u"fault.png"_s), u"--screen"_s,
                                      u"issued:S2"_s, u"--printer"_s, u"escpos"_s, u"--device"_s,
                                      hall.dir() + u"/no-such-lp0"_s, u"--kiosk-id"_s, u"LOBI-2"_s});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        CHECK(count(*hall.db, u"SELECT count(*) FROM tickets"_s) == 1);
        QSqlQuery q(hall.db->sql());
        REQUIRE(q.exec(u"SELECT data FROM events WHERE kind = 'device.fault'"_s));
        REQUIRE(q.next());
        const QJsonObject data = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
        CHECK(data.value(u"kiosk"_s).toString() == u"LOBI-2");
        CHECK(data.value(u"ticket"_s).toString() == u"B-001");
        CHECK(data.value(u"message"_s).toString().contains(u"no-such-lp0"_s));
        CHECK_FALSE(q.next());
    }
}

TEST_CASE("antre-kiosk refuses bad options with exit code 2", "[program]")
{
    TestHall hall;
    const auto screen = kiosk(hall, {u"--screen"_s, u"lobby"_s, u"--screenshot"_s, u"/dev/null"_s});
    CHECK(screen.exitCode == 2);
    CHECK(screen.err.contains(u"--screen"_s));
    const auto printer =
        kiosk(hall, {u"--lang"_s, u"en"_s, u"--printer"_s, u"escpos"_s, u"--screenshot"_s, u"/dev/null"_s});
    CHECK(printer.exitCode == 2);
    CHECK(printer.err.contains(u"device or a host"_s));
    QTemporaryDir dir;
    QFile settings(dir.filePath(u"kiosk.json"_s));
    REQUIRE(settings.open(QIODevice::WriteOnly));
    settings.write(R"({"printer": {"paper_mm": 57}})");
    settings.close();
    const auto file = kiosk(hall, {u"--lang"_s, u"en"_s, u"--settings"_s, settings.fileName(),
                                   u"--screenshot"_s, u"/dev/null"_s});
    CHECK(file.exitCode == 2);
    CHECK(file.err.contains(u"kiosk.json: printer.paper_mm: 57 is not 58 or 80"_s));
    // The default language is Indonesian, errors included.
    const auto indonesian = kiosk(hall, {u"--paper"_s, u"70"_s, u"--screenshot"_s, u"/dev/null"_s});
    CHECK(indonesian.exitCode == 2);
    CHECK(indonesian.err.contains(u"printer.paper_mm: 70 bukan 58 atau 80"_s));
    CHECK(count(*hall.db, u"SELECT count(*) FROM tickets"_s) == 0);
}

TEST_CASE("antre-kiosk measures its cold start to the first painted frame", "[program]")
{
    TestHall hall;
    const auto run = kiosk(hall, {u"--measure-startup"_s, u"--size"_s, u"1920x1080"_s});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    static const QRegularExpression line(
        u"startup: first frame painted (\\d+) ms after process start \\((\\d+) ms "
        "after main\\)"_s);
    const auto match = line.match(run.out);
    INFO(run.out.toStdString());
    REQUIRE(match.hasMatch());
    CHECK(match.captured(1).toInt() >= match.captured(2).toInt());
}
