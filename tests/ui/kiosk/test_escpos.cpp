#include "kiosk_ui/EscPosEncoder.h"
#include "kiosk_ui/EscPosPrinter.h"
#include "tests/support/ErrorCodeStringMaker.h"
#include "tests/support/FailDevice.h"
#include "tests/ui/kiosk/KioskTestSupport.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace antre::kiosk;
using namespace antre::kiosk::test;

namespace {

TicketContent regularTicket()
{
    TicketContent t;
    t.ticketId = 1;
    t.businessDay = QDate(2026, 11, 23);
    t.number = u"K-001"_s;
    t.hallName = u"MPP Kota Serang"_s;
    t.agencyName = u"Dinas Kependudukan dan Pencatatan Sipil"_s;
    t.serviceName = u"KTP-el (Perekaman, Pencetakan & Penggantian)"_s;
    t.numberLabel = u"Nomor antrean"_s;
    t.issuedAt = u"Senin, 23 November 2026 09.30 WIB"_s;
    t.ahead = u"3 orang di depan Anda"_s;
    t.wait = u"Perkiraan waktu tunggu: sekitar 18 menit"_s;
    t.requirementsTitle = u"Siapkan persyaratan berikut:"_s;
    t.requirements = {u"Kartu Keluarga (KK)"_s, u"KTP-el lama (penggantian karena rusak/perubahan data)"_s};
    t.qrData = u"ANTRE:2026-11-23:K-001"_s;
    t.footer = u"Terima kasih telah menunggu dengan tertib."_s;
    return t;
}

TicketContent priorityTicket()
{
    TicketContent t;
    t.ticketId = 2;
    t.businessDay = QDate(2026, 11, 23);
    t.number = u"J-012"_s;
    t.hallName = u"MPP Kota Serang"_s;
    t.agencyName = u"BPJS Ketenagakerjaan “Kantor Cabang Serang”"_s;
    t.serviceName = u"Klaim Jaminan Hari Tua (JHT)"_s;
    t.numberLabel = u"Queue number"_s;
    t.priorityLabel = u"PRIORITY SERVICE"_s;
    t.issuedAt = u"Monday, 23 November 2026 09.30 WIB"_s;
    t.ahead = u"Nobody is ahead of you"_s;
    t.wait = u"Estimated wait: under a minute"_s;
    t.qrData = u"ANTRE:2026-11-23:J-012"_s;
    t.footer = u"Keep this ticket until your service is complete — thank you."_s;
    return t;
}

KioskSettings escposSettings(int paperMm, PaperCut cut)
{
    KioskSettings s = KioskSettingsIo::defaults();
    s.backend = PrinterBackend::EscPos;
    s.paperMm = paperMm;
    s.cut = cut;
    s.timeoutMs = 3000;
    return s;
}

// An ESC/POS printer whose link is whatever device the test hands it.
std::unique_ptr<EscPosPrinter> printerOn(std::function<std::unique_ptr<QIODevice>()> make, int paperMm = 58)
{
    EscPosPrinter::Opener opener = [make](int) -> antre::Result<std::unique_ptr<QIODevice>> {
        auto device = make();
        device->open(QIODevice::WriteOnly);
        return device;
    };
    return std::make_unique<EscPosPrinter>(u"test printer"_s, EscPosEncoder(paperMm, PaperCut::Partial),
                                           std::move(opener), 3000, true);
}

} // namespace

TEST_CASE("ESC/POS stream of a 58 mm regular ticket is byte-exact", "[escpos]")
{
    const QByteArray expected = readByteScript(u"escpos_ticket_58.txt"_s);
    const QByteArray actual = EscPosEncoder(58, PaperCut::Partial).encode(regularTicket());
    INFO(firstDifference(expected, actual).toStdString());
    CHECK(actual == expected);
}

TEST_CASE("ESC/POS stream of an 80 mm priority ticket is byte-exact, in plain ASCII", "[escpos]")
{
    const QByteArray expected = readByteScript(u"escpos_ticket_80_priority.txt"_s);
    const QByteArray actual = EscPosEncoder(80, PaperCut::Full).encode(priorityTicket());
    INFO(firstDifference(expected, actual).toStdString());
    CHECK(actual == expected);
    for (const char c : actual)
        CHECK(quint8(c) < 0x80);
}

TEST_CASE("ESC/POS text helpers", "[escpos]")
{
    // What code page 437 has prints as itself (é 0x82, ± 0xF1, ½ 0xAB, ° 0xF8); the rest is transliterated.
    CHECK(EscPosEncoder::toPrinterText(u"Café – “ok” ±5 …"_s) == QByteArray("Caf\x82 - \"ok\" \xF1"
                                                                            "5 ..."));
    CHECK(EscPosEncoder::toPrinterText(u"½ jam, 30°C"_s) == QByteArray("\xAB jam, 30\xF8"
                                                                       "C"));
    CHECK(EscPosEncoder::toPrinterText(u"⅓ · Ăn · e\u0301 · 日 \U0001F600"_s) ==
          QByteArray("1/3 \xFA An \xFA \x82 \xFA ? ?"));
    CHECK(EscPosEncoder::wrap(u"aaaa bbbb cccc"_s, 9) == QStringList{u"aaaa bbbb"_s, u"cccc"_s});
    CHECK(EscPosEncoder::wrap(u"abcdefghijkl"_s, 5) == QStringList{u"abcde"_s, u"fghij"_s, u"kl"_s});
    CHECK(EscPosEncoder::wrap(u"[ ] one two three"_s, 10, 4) ==
          QStringList{u"[ ] one"_s, u"    two"_s, u"    three"_s});
    CHECK(EscPosEncoder(58, PaperCut::None).columns() == 32);
    CHECK(EscPosEncoder(80, PaperCut::None).columns() == 48);
    CHECK_FALSE(
        EscPosEncoder(80, PaperCut::None).encode(regularTicket()).contains(QByteArray("\x1d\x56", 2)));
    // DLE EOT 4 answers: 0x12 paper present, 0x72 roll end; anything without the fixed bits is not an answer.
    CHECK_FALSE(EscPosEncoder::paperOut(char(0x12)));
    CHECK(EscPosEncoder::paperOut(char(0x72)));
    CHECK_FALSE(EscPosEncoder::paperOut(char(0xff)));
}

TEST_CASE("ESC/POS printer writes the whole stream to its link", "[escpos]")
{
    QByteArray sink;
    auto printer = printerOn([&sink] { return std::make_unique<QBuffer>(&sink); });
    REQUIRE(printer->print(regularTicket()).ok());
    CHECK(sink == EscPosEncoder(58, PaperCut::Partial).encode(regularTicket()));
}

TEST_CASE("ESC/POS printer reports a link that fails half-way", "[escpos]")
{
    auto printer = printerOn([] { return std::make_unique<antre::test::FailDevice>(100); });
    const auto printed = printer->print(regularTicket());
    REQUIRE_FALSE(printed.ok());
    CHECK(printed.error().message.contains(u"test printer"_s));
    CHECK(printed.error().message.contains(u"device unplugged"_s));
}

TEST_CASE("ESC/POS printer on a device path", "[escpos]")
{
    QTemporaryDir dir;
    SECTION("a missing device is a clear fault")
    {
        const QString path = dir.filePath(u"lp9"_s);
        auto printer = EscPosPrinter::forDevice(path, escposSettings(58, PaperCut::Partial));
        const auto printed = printer->print(regularTicket());
        REQUIRE_FALSE(printed.ok());
        CHECK(printed.error().message.contains(path));
        CHECK(printed.error().message.contains(u"No such file"_s));
    }
    SECTION("a writable node receives the stream")
    {
        const QString path = dir.filePath(u"lp0"_s);
        QFile node(path);
        REQUIRE(node.open(QIODevice::WriteOnly));
        node.close();
        auto printer = EscPosPrinter::forDevice(path, escposSettings(80, PaperCut::Full));
        REQUIRE(printer->print(priorityTicket()).ok());
        REQUIRE(node.open(QIODevice::ReadOnly));
        CHECK(node.readAll() == readByteScript(u"escpos_ticket_80_priority.txt"_s));
    }
}

TEST_CASE("ESC/POS network printer on TCP", "[escpos]")
{
    SECTION("asks for the paper status, then sends the ticket")
    {
        FakeNetworkPrinter fake(0x12);
        auto printer =
            EscPosPrinter::forNetwork(u"127.0.0.1"_s, fake.port(), escposSettings(58, PaperCut::Partial));
        REQUIRE(printer->print(regularTicket()).ok());
        CHECK(fake.waitForJob() == QByteArray("\x10\x04\x04", 3) + readByteScript(u"escpos_ticket_58.txt"_s));
    }
    SECTION("a printer without status answers still prints")
    {
        FakeNetworkPrinter fake(-1);
        auto printer =
            EscPosPrinter::forNetwork(u"127.0.0.1"_s, fake.port(), escposSettings(58, PaperCut::Partial));
        REQUIRE(printer->print(regularTicket()).ok());
        CHECK(fake.waitForJob().endsWith(readByteScript(u"escpos_ticket_58.txt"_s)));
    }
    SECTION("paper out stops the print before any ticket byte")
    {
        FakeNetworkPrinter fake(0x72);
        auto printer =
            EscPosPrinter::forNetwork(u"127.0.0.1"_s, fake.port(), escposSettings(58, PaperCut::Partial));
        const auto printed = printer->print(regularTicket());
        REQUIRE_FALSE(printed.ok());
        CHECK(printed.error().code == antre::ErrorCode::PrinterPaperOut);
        CHECK(printed.error().message.contains(u"127.0.0.1"_s));
        CHECK(fake.waitForJob() == QByteArray("\x10\x04\x04", 3));
    }
    SECTION("nobody listening is a clear fault")
    {
        int closedPort = 0;
        {
            FakeNetworkPrinter gone;
            closedPort = gone.port();
        }
        auto printer =
            EscPosPrinter::forNetwork(u"127.0.0.1"_s, closedPort, escposSettings(58, PaperCut::Partial));
        const auto printed = printer->print(regularTicket());
        REQUIRE_FALSE(printed.ok());
        CHECK(printed.error().message.contains(u"127.0.0.1:%1"_s.arg(closedPort)));
    }
}

TEST_CASE("a printer that does not answer fails fast until it answers again", "[escpos]")
{
    // The link the printer asks for, and the time it allows: a dead network printer first, then back.
    QList<int> asked;
    bool answering = false;
    QByteArray paper;
    EscPosPrinter::Opener opener = [&](int timeoutMs) -> antre::Result<std::unique_ptr<QIODevice>> {
        asked << timeoutMs;
        if (!answering)
            return antre::makeError(antre::ErrorKind::Internal, antre::ErrorCode::PrinterOffline,
                                    u"10.0.0.5:9100: cannot reach the printer: timed out"_s);
        auto buffer = std::make_unique<QBuffer>(&paper);
        buffer->open(QIODevice::WriteOnly);
        return std::unique_ptr<QIODevice>(std::move(buffer));
    };
    EscPosPrinter printer(u"test printer"_s, EscPosEncoder(58, PaperCut::Partial), std::move(opener), 3000,
                          false);

    const auto first = printer.print(regularTicket());
    REQUIRE_FALSE(first.ok());
    CHECK(first.error().message == u"10.0.0.5:9100: cannot reach the printer: timed out"_s);
    const auto second = printer.print(regularTicket());
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().code == antre::ErrorCode::PrinterOffline);
    CHECK(second.error().message.contains(u"still not answering"_s));
    CHECK(printer.print(regularTicket()).error().code == antre::ErrorCode::PrinterOffline);
    // One full timeout, then short probes.
    CHECK(asked == QList<int>{3000, EscPosPrinter::kOfflineProbeMs, EscPosPrinter::kOfflineProbeMs});

    answering = true;
    CHECK(printer.print(regularTicket()).ok());
    CHECK_FALSE(paper.isEmpty());
    CHECK(printer.print(regularTicket()).ok());
    CHECK(asked.mid(3) == QList<int>{EscPosPrinter::kOfflineProbeMs, 3000});
}
