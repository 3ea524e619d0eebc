#include "kiosk_ui/PdfTicketPrinter.h"
#include "kiosk_ui/SystemTicketPrinter.h"
#include "kiosk_ui/TicketLayout.h"
#include "tests/ui/kiosk/KioskTestSupport.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <qrencode.h>

#include <catch2/catch.hpp>
#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace antre::kiosk;
using namespace antre::kiosk::test;

namespace {

QString runTool(const QString& tool, const QStringList& args)
{
    const QString path = QStandardPaths::findExecutable(tool);
    INFO(tool.toStdString() << " (poppler-utils) is needed to read the PDF tickets");
    REQUIRE_FALSE(path.isEmpty());
    QProcess process;
    process.start(path, args);
    REQUIRE(process.waitForFinished(60000));
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString normalized(QString text)
{
    static const QRegularExpression space(u"\\s+"_s);
    return text.replace(space, u" "_s);
}

// The modules libqrencode makes for `text`, read straight from the library (not through the kiosk's
// wrapper), with the same settings a ticket uses: version chosen automatically, level M, 8-bit, case
// sensitive.
QList<QList<bool>> expectedModules(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    REQUIRE(code);
    QList<QList<bool>> rows;
    for (int y = 0; y < code->width; ++y) {
        QList<bool> row;
        for (int x = 0; x < code->width; ++x)
            row << bool(code->data[y * code->width + x] & 1);
        rows << row;
    }
    return rows;
}

// Samples the QR symbol drawn on a rendered page: finds the dark square inside the search area (the quiet
// zone around it is white), then reads the centre of each of its size × size modules.
QList<QList<bool>> readModules(const QImage& page, const QRect& searchArea, int size)
{
    const QImage gray = page.convertToFormat(QImage::Format_Grayscale8);
    const QRect area = searchArea.intersected(gray.rect());
    QRect symbol;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            if (qGray(gray.pixel(x, y)) < 128)
                symbol = symbol.united(QRect(x, y, 1, 1));
    REQUIRE(symbol.isValid());
    const double module = double(symbol.width()) / size;
    CHECK(std::abs(symbol.width() - symbol.height()) <= 2);
    QList<QList<bool>> rows;
    for (int y = 0; y < size; ++y) {
        QList<bool> row;
        for (int x = 0; x < size; ++x) {
            const QPoint centre(symbol.left() + int((x + 0.5) * module),
                                symbol.top() + int((y + 0.5) * module));
            row << (qGray(gray.pixel(centre)) < 128);
        }
        rows << row;
    }
    return rows;
}

} // namespace

TEST_CASE("A PDF ticket carries every field and a QR code with the ticket reference", "[pdf]")
{
    const int paperMm = GENERATE(58, 80);
    KioskFixture kiosk;
    auto issued = kiosk.hall.engine->issue(u"S1"_s, false);
    REQUIRE(issued.ok());
    auto config = kiosk.hall.engine->config();
    REQUIRE(config.ok());
    KioskSettings settings = kiosk.settings;
    settings.footer = u"Simpan tiket ini sampai layanan selesai."_s;
    const TicketContent content = TicketText::compose(issued.value(), config.value(), settings, u"id"_s);
    CHECK(content.qrData == u"ANTRE:2026-11-23:A-001");

    QTemporaryDir dir;
    PdfTicketPrinter printer(dir.filePath(u"out"_s), paperMm);
    REQUIRE(printer.print(content).ok());
    const QString pdf = printer.lastFile();
    CHECK(QFileInfo(pdf).fileName() == u"2026-11-23_A-001.pdf");

    const QString text = normalized(runTool(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s}));
    INFO(text.toStdString());
    for (const QString& expected :
         {u"Test Hall"_s, u"Agency One"_s, u"Service One"_s, u"A-001"_s, content.numberLabel, content.ahead,
          content.wait, u"KTP-el"_s, content.requirementsTitle, u"ANTRE:2026-11-23:A-001"_s,
          u"Simpan tiket ini sampai layanan selesai."_s, u"23 November 2026 09.00 WIB"_s})
        CHECK(text.contains(normalized(expected)));

    // The page is the paper's width.
    const QString info = runTool(u"pdfinfo"_s, {pdf});
    static const QRegularExpression pageSize(u"Page size:\\s+([0-9.]+) x ([0-9.]+) pts"_s);
    const auto size = pageSize.match(info);
    REQUIRE(size.hasMatch());
    CHECK(size.captured(1).toDouble() / 72 * 25.4 == Approx(paperMm).margin(0.5));

    // Render the page and read the QR symbol back module by module.
    const int dpi = 400;
    runTool(u"pdftoppm"_s, {u"-r"_s, QString::number(dpi), u"-gray"_s, u"-png"_s, u"-singlefile"_s, pdf,
                            dir.filePath(u"page"_s)});
    const QImage page(dir.filePath(u"page.png"_s));
    REQUIRE_FALSE(page.isNull());
    QBuffer metricsSink;
    metricsSink.open(QIODevice::WriteOnly);
    QPdfWriter metrics(&metricsSink);
    metrics.setResolution(300);
    const QRectF qrMm = TicketLayout(content, paperMm, metrics).qrRectMm();
    REQUIRE(qrMm.isValid());
    const double k = dpi / 25.4;
    const QRect search = QRectF(qrMm.x() * k, qrMm.y() * k, qrMm.width() * k, qrMm.height() * k)
                             .adjusted(-k, -k, k, k) // 1 mm slack, well inside the 4-module quiet zone
                             .toRect();
    const auto expected = expectedModules(u"ANTRE:2026-11-23:A-001"_s);
    const auto actual = readModules(page, search, int(expected.size()));
    int wrong = 0;
    for (qsizetype y = 0; y < expected.size(); ++y)
        for (qsizetype x = 0; x < expected.size(); ++x)
            wrong += expected.at(y).at(x) != actual.at(y).at(x);
    CHECK(wrong == 0);
}

TEST_CASE("Printing a PDF ticket again writes a second file, never over the first", "[pdf]")
{
    KioskFixture kiosk;
    auto issued = kiosk.hall.engine->issue(u"S2"_s, true);
    REQUIRE(issued.ok());
    const TicketContent content =
        TicketText::compose(issued.value(), kiosk.hall.engine->config().value(), kiosk.settings, u"en"_s);
    QTemporaryDir dir;
    PdfTicketPrinter printer(dir.path(), 80);
    REQUIRE(printer.print(content).ok());
    REQUIRE(printer.print(content).ok());
    CHECK(QDir(dir.path()).entryList({u"*.pdf"_s}) ==
          QStringList{u"2026-11-23_B-001.pdf"_s, u"2026-11-23_B-001_2.pdf"_s});
    const QString text =
        normalized(runTool(u"pdftotext"_s, {QDir(dir.path()).filePath(u"2026-11-23_B-001_2.pdf"_s), u"-"_s}));
    CHECK(text.contains(normalized(content.priorityLabel)));
    CHECK(text.contains(u"Monday, 23 November 2026"_s));
}

TEST_CASE("A PDF folder that cannot be created is a clear fault", "[pdf]")
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(u"tickets"_s));
    REQUIRE(blocker.open(QIODevice::WriteOnly)); // a file where the folder should be
    blocker.close();
    PdfTicketPrinter printer(dir.filePath(u"tickets/today"_s), 58);
    TicketContent content;
    content.number = u"A-001"_s;
    const auto printed = printer.print(content);
    REQUIRE_FALSE(printed.ok());
    CHECK(printed.error().message.contains(u"tickets"_s));
}

TEST_CASE("A system printer that is not set up, or a print system not running, is a clear fault", "[printer]")
{
    TicketContent content;
    content.number = u"A-001"_s;
    SystemTicketPrinter printer(u"antre-test-no-such-queue"_s, 80);
    {
        // CUPS not running (its socket is not there): that is what the message says, not "not set up".
        const QByteArray saved = qgetenv("CUPS_SERVER");
        qputenv("CUPS_SERVER", "/nonexistent/antre-test/cups.sock");
        const auto printed = printer.print(content);
        if (saved.isNull())
            qunsetenv("CUPS_SERVER");
        else
            qputenv("CUPS_SERVER", saved);
        REQUIRE_FALSE(printed.ok());
        CHECK(printed.error().code == antre::ErrorCode::PrinterOffline);
        CHECK(printed.error().message.contains(u"(CUPS) is not running"_s));
        CHECK(printed.error().message.contains(u"antre-test-no-such-queue"_s));
    }
    // With the machine's own print system: a queue it does not know is "not set up" when CUPS runs here,
    // and the same "not running" otherwise (no CUPS on this machine).
    const auto printed = printer.print(content);
    REQUIRE_FALSE(printed.ok());
    CHECK(printed.error().message.contains(u"antre-test-no-such-queue"_s));
    if (printed.error().code == antre::ErrorCode::PrinterMissing)
        CHECK(printed.error().message.contains(u"is not set up"_s));
    else
        CHECK(printed.error().message.contains(u"(CUPS) is not running"_s));
}

TEST_CASE("The printer backend follows the settings", "[printer]")
{
    KioskSettings s = KioskSettingsIo::defaults();
    s.backend = PrinterBackend::EscPos;
    s.device = u"/dev/usb/lp0"_s;
    s.paperMm = 58;
    CHECK(TicketPrinters::create(s)->description() == u"ESC/POS /dev/usb/lp0, 58 mm");
    s.device.clear();
    s.host = u"10.1.2.3"_s;
    CHECK(TicketPrinters::create(s)->description() == u"ESC/POS 10.1.2.3:9100, 58 mm");
    s.backend = PrinterBackend::System;
    s.printerName = u"Loket"_s;
    CHECK(TicketPrinters::create(s)->description() == u"Loket, 58 mm");
    s.backend = PrinterBackend::Pdf;
    s.pdfFolder = u"/tmp/tiket"_s;
    CHECK(TicketPrinters::create(s)->description().contains(u"/tmp/tiket"_s));
}
