#include "kiosk_ui/KioskSettings.h"

#include <QCommandLineParser>

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace antre::kiosk;

namespace {
antre::Result<KioskSettings> fromArgs(const QStringList& args)
{
    QCommandLineParser parser;
    KioskSettingsIo::addOptions(parser);
    REQUIRE(parser.parse(QStringList{u"antre-kiosk"_s} + args));
    return KioskSettingsIo::fromCommandLine(parser);
}
} // namespace

TEST_CASE("Kiosk settings file", "[settings]")
{
    const KioskSettings base = KioskSettingsIo::defaults();
    SECTION("every key is read")
    {
        const auto parsed = KioskSettingsIo::parse(R"({
            "kiosk_id": "LOBI-1",
            "printer": {"backend": "escpos", "host": "10.0.0.5", "port": 9101, "paper_mm": 58, "cut": "full",
                        "timeout_ms": 1500, "status_query": false},
            "ticket": {"footer": "Terima kasih", "show_requirements": false},
            "screen": {"idle_seconds": 45, "issued_seconds": 6, "logo": "/etc/antre/logo.png"},
            "exit": {"taps": 6, "window_ms": 4000}
        })",
                                                   u"kiosk.json"_s, base);
        REQUIRE(parsed.ok());
        const KioskSettings& s = parsed.value();
        CHECK(s.kioskId == u"LOBI-1");
        CHECK(s.backend == PrinterBackend::EscPos);
        CHECK(s.host == u"10.0.0.5");
        CHECK(s.port == 9101);
        CHECK(s.paperMm == 58);
        CHECK(s.cut == PaperCut::Full);
        CHECK(s.timeoutMs == 1500);
        CHECK_FALSE(s.statusQuery);
        CHECK(s.footer == u"Terima kasih");
        CHECK_FALSE(s.showRequirements);
        CHECK(s.idleSeconds == 45);
        CHECK(s.issuedSeconds == 6);
        CHECK(s.logo == u"/etc/antre/logo.png");
        CHECK(s.exitTaps == 6);
        CHECK(s.exitWindowMs == 4000);
    }
    SECTION("every problem is named with the file and the key")
    {
        const auto parsed = KioskSettingsIo::parse(
            R"({"printer": {"backend": "laser", "paper_mm": "80", "colour": true}, "kiosk": 1})",
            u"kiosk.json"_s, base);
        REQUIRE_FALSE(parsed.ok());
        const QString message = parsed.error().message;
        CHECK(message.contains(u"kiosk.json: printer.backend: \"laser\" is not system, escpos or pdf"_s));
        CHECK(message.contains(u"kiosk.json: printer.paper_mm: expected a whole number, found text"_s));
        CHECK(message.contains(u"kiosk.json: printer.colour: unknown key"_s));
        CHECK(message.contains(u"kiosk.json: kiosk: unknown key"_s));
    }
    SECTION("values out of range")
    {
        const auto parsed = KioskSettingsIo::parse(R"({"printer": {"paper_mm": 70, "backend": "escpos"}})",
                                                   u"k.json"_s, base);
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().message.contains(u"k.json: printer.paper_mm: 70 is not 58 or 80"_s));
        CHECK(parsed.error().message.contains(u"escpos backend needs either a device or a host"_s));
    }
    SECTION("broken JSON")
    {
        const auto parsed = KioskSettingsIo::parse("{\"printer\": ", u"k.json"_s, base);
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().message.startsWith(u"k.json: not valid JSON"_s));
    }
}

TEST_CASE("Kiosk command-line options override the settings", "[settings]")
{
    auto s = fromArgs({u"--printer"_s, u"escpos"_s, u"--host"_s, u"printer.local:9200"_s, u"--paper"_s,
                       u"58"_s, u"--kiosk-id"_s, u"K2"_s, u"--no-requirements"_s, u"--footer"_s, u"Hai"_s});
    REQUIRE(s.ok());
    CHECK(s->backend == PrinterBackend::EscPos);
    CHECK(s->host == u"printer.local");
    CHECK(s->port == 9200);
    CHECK(s->paperMm == 58);
    CHECK(s->kioskId == u"K2");
    CHECK_FALSE(s->showRequirements);
    CHECK(s->footer == u"Hai");

    auto bad = fromArgs({u"--printer"_s, u"inkjet"_s});
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message.contains(u"--printer: \"inkjet\""_s));
    auto paper = fromArgs({u"--paper"_s, u"A4"_s});
    REQUIRE_FALSE(paper.ok());
    CHECK(paper.error().message.contains(u"--paper"_s));
}
