// The kiosk's system print path (SystemTicketPrinter, Qt PrintSupport) against a real CUPS scheduler: a
// private cupsd with a CUPS-PDF queue, started by the ctest fixture cups_server (tests/cups/cups_server.sh)
// and reached through $CUPS_SERVER. The tickets come out as PDF files, read back with poppler. These tests
// stop and start that scheduler, so they hold the ctest resource lock cups_server.
#include "kiosk_ui/IssuedPage.h"
#include "kiosk_ui/SystemTicketPrinter.h"
#include "tests/support/ErrorCodeStringMaker.h"
#include "tests/ui/kiosk/KioskTestSupport.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace antre;
using namespace antre::kiosk;
using namespace antre::kiosk::test;

namespace {

const QString kQueue = u"antre-kiosk"_s;
const QString kFooter = u"Simpan tiket ini sampai layanan selesai."_s;

// The fixture's folder (build/cups-server): the scheduler's socket, its logs, and DIR/out where CUPS-PDF
// writes the tickets. Every CUPS client here, the kiosk's included, talks to that scheduler through
// $CUPS_SERVER, never to the machine's CUPS.
QString cupsDir()
{
    const QString dir = QString::fromUtf8(ANTRE_BINARY_DIR) + u"/cups-server"_s;
    INFO(dir.toStdString() << "/env is missing: run these tests through ctest (fixture cups_server)");
    REQUIRE(QFileInfo::exists(dir + u"/env"_s));
    qputenv("CUPS_SERVER", (dir + u"/cups.sock"_s).toLocal8Bit());
    return dir;
}

struct ToolRun
{
    int exitCode = -1;
    QString out;
};

ToolRun run(const QString& program, const QStringList& args)
{
    QProcess process;
    process.start(program, args);
    REQUIRE(process.waitForStarted(10000));
    REQUIRE(process.waitForFinished(120000));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError())};
}

// Runs a tool that must succeed (poppler's, CUPS's own); fails the test with its output otherwise.
QString tool(const QString& name, const QStringList& args)
{
    QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(name, {u"/usr/sbin"_s, u"/usr/bin"_s});
    INFO(name.toStdString() << " is missing (./dev deps installs cups-client and poppler-utils)");
    REQUIRE_FALSE(path.isEmpty());
    const ToolRun result = run(path, args);
    INFO(name.toStdString() << " " << args.join(u' ').toStdString() << ": " << result.out.toStdString());
    REQUIRE(result.exitCode == 0);
    return result.out;
}

// halt, resume: the fixture's script stops the scheduler or starts it again on the same configuration.
void scheduler(const QString& command)
{
    const ToolRun result =
        run(u"/bin/sh"_s,
            {QString::fromUtf8(ANTRE_SOURCE_DIR) + u"/tests/cups/cups_server.sh"_s, command, cupsDir()});
    INFO("cups_server.sh " << command.toStdString() << ": " << result.out.toStdString());
    REQUIRE(result.exitCode == 0);
}

// Runs a command when the test ends, passed or failed, so that the next test finds the scheduler running and
// the queue enabled. Never throws: a failure shows up in the next test's own checks.
class AtExit final
{
public:
    AtExit(QString program, QStringList args) : m_program(std::move(program)), m_args(std::move(args)) {}
    ~AtExit() { QProcess::execute(m_program, m_args); }
    Q_DISABLE_COPY_MOVE(AtExit)

private:
    QString m_program;
    QStringList m_args;
};

QStringList pdfs()
{
    return QDir(cupsDir() + u"/out"_s).entryList({u"*.pdf"_s}, QDir::Files, QDir::Name);
}

// No job of the queue left unfinished: CUPS-PDF has written and closed its file.
bool queueIdle()
{
    return tool(u"lpstat"_s, {u"-o"_s, kQueue}).trimmed().isEmpty();
}

// The PDF files CUPS-PDF wrote since `before`, once the queue has finished them (empty at the deadline).
QStringList newPdfs(const QStringList& before, qsizetype count = 1)
{
    QStringList added;
    const bool arrived = waitUntil(
        [&] {
            added.clear();
            for (const QString& name : pdfs())
                if (!before.contains(name))
                    added << QDir(cupsDir() + u"/out"_s).filePath(name);
            return added.size() >= count && queueIdle();
        },
        60000);
    if (!arrived) {
        WARN("no finished PDF from CUPS-PDF by the deadline; the scheduler's logs are in "
             << cupsDir().toStdString() << "/log");
        return {};
    }
    return added;
}

QString pdfText(const QString& pdf)
{
    static const QRegularExpression space(u"\\s+"_s);
    return tool(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s}).replace(space, u" "_s);
}

IssuedPage::PrintState printState(KioskFixture& kiosk)
{
    return kiosk.find<IssuedPage>(u"issuedPage"_s)->printState();
}

bool printSettled(KioskFixture& kiosk)
{
    return kiosk.window->currentScreen().startsWith(u"issued:"_s) &&
           printState(kiosk) != IssuedPage::PrintState::Printing;
}

QString printDetail(KioskFixture& kiosk)
{
    return kiosk.find<QLabel>(u"printDetail"_s)->text();
}

// The message of the newest device.fault.
QString lastFault(KioskFixture& kiosk)
{
    QSqlQuery q(kiosk.hall.db->sql());
    REQUIRE(q.exec(u"SELECT data FROM events WHERE kind = 'device.fault' ORDER BY id DESC LIMIT 1"_s));
    REQUIRE(q.next());
    const QJsonObject data = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    CHECK(data.value(u"printer"_s).toString().contains(kQueue));
    return data.value(u"message"_s).toString();
}

std::unique_ptr<TicketPrinter> cupsPrinter()
{
    return std::make_unique<SystemTicketPrinter>(kQueue, 80);
}

void adjust(KioskSettings& s)
{
    s.backend = PrinterBackend::System;
    s.printerName = kQueue;
    s.footer = kFooter;
}

// Takes a regular ticket of Service Two (B-…) by tapping, and waits until its print has an answer.
void takeTicket(KioskFixture& kiosk)
{
    kiosk.tap(u"agencyTile_AG1"_s);
    kiosk.tap(u"serviceTile_S2"_s);
    kiosk.tap(u"regularButton"_s);
    REQUIRE(waitUntil([&] { return printSettled(kiosk); }, 60000));
}

} // namespace

TEST_CASE("system print: a ticket comes out of a real CUPS queue with its number, service and footer",
          "[cups]")
{
    cupsDir();
    const QStringList before = pdfs();
    KioskFixture kiosk(cupsPrinter(), adjust);
    takeTicket(kiosk);
    INFO(printDetail(kiosk).toStdString());
    CHECK(printState(kiosk) == IssuedPage::PrintState::Printed);
    CHECK(kiosk.faultCount() == 0);

    const QStringList added = newPdfs(before);
    REQUIRE(added.size() == 1);
    const QString text = pdfText(added.first());
    INFO(text.toStdString());
    for (const QString& expected : {u"B-001"_s, u"Service Two"_s, u"Agency One"_s, u"Test Hall"_s, kFooter,
                                    u"ANTRE:2026-11-23:B-001"_s})
        CHECK(text.contains(expected));

    // One page, the roll's width (80 mm), a ticket's length: not a sheet of A4 with a ticket in a corner.
    const QString info = tool(u"pdfinfo"_s, {added.first()});
    static const QRegularExpression pages(u"Pages:\\s+(\\d+)"_s);
    static const QRegularExpression size(u"Page size:\\s+([0-9.]+) x ([0-9.]+) pts"_s);
    const auto pageCount = pages.match(info);
    const auto pageSize = size.match(info);
    INFO(info.toStdString());
    REQUIRE(pageCount.hasMatch());
    REQUIRE(pageSize.hasMatch());
    CHECK(pageCount.captured(1).toInt() == 1);
    CHECK(pageSize.captured(1).toDouble() / 72 * 25.4 == Approx(80).margin(1));
    CHECK(pageSize.captured(2).toDouble() > pageSize.captured(1).toDouble());

    // And it renders: what a citizen reads (the page is kept beside the PDF to look at).
    tool(u"pdftoppm"_s, {u"-r"_s, u"100"_s, u"-png"_s, u"-singlefile"_s, added.first(),
                         QString(added.first()).replace(u".pdf"_s, u"-page"_s)});
    CHECK(QFileInfo::exists(QString(added.first()).replace(u".pdf"_s, u"-page.png"_s)));
}

TEST_CASE("system print: a disabled CUPS queue is a fault that names it, and printing resumes once enabled",
          "[cups]")
{
    cupsDir();
    KioskFixture kiosk(cupsPrinter(), adjust);
    tool(u"cupsdisable"_s, {u"-r"_s, u"test: queue stopped"_s, kQueue});
    std::optional<AtExit> enable(std::in_place, u"/usr/sbin/cupsenable"_s, QStringList{kQueue});
    const QStringList before = pdfs();
    takeTicket(kiosk);
    INFO(printDetail(kiosk).toStdString());
    CHECK(printState(kiosk) == IssuedPage::PrintState::Failed);
    REQUIRE(kiosk.faultCount() == 1);
    const QString message = lastFault(kiosk);
    INFO(message.toStdString());
    CHECK(message.contains(kQueue));
    CHECK(message.contains(u"cupsenable"_s));
    CHECK(message.contains(u"test: queue stopped"_s));
    CHECK(pdfs() == before); // the ticket did not slip through to print later
    // The direct answer carries the code a supervisor's tools sort by.
    const auto direct = SystemTicketPrinter(kQueue, 80).print(kiosk.controller->content());
    REQUIRE_FALSE(direct.ok());
    CHECK(direct.error().code == ErrorCode::PrinterOffline);

    enable.reset();
    kiosk.tap(u"reprintButton"_s);
    REQUIRE(waitUntil([&] { return printSettled(kiosk); }, 60000));
    CHECK(printState(kiosk) == IssuedPage::PrintState::Printed);
    CHECK(kiosk.faultCount() == 1);
    const QStringList added = newPdfs(before);
    REQUIRE(added.size() == 1);
    CHECK(pdfText(added.first()).contains(u"B-001"_s));
}

TEST_CASE("system print: with the print service stopped the fault says so, and printing resumes once it runs",
          "[cups]")
{
    cupsDir();
    KioskFixture kiosk(cupsPrinter(), adjust);
    scheduler(u"halt"_s);
    std::optional<AtExit> resume(
        std::in_place, u"/bin/sh"_s,
        QStringList{QString::fromUtf8(ANTRE_SOURCE_DIR) + u"/tests/cups/cups_server.sh"_s, u"resume"_s,
                    cupsDir()});
    takeTicket(kiosk);
    INFO(printDetail(kiosk).toStdString());
    const QString message = lastFault(kiosk);
    INFO(message.toStdString());
    CHECK(printState(kiosk) == IssuedPage::PrintState::Failed);
    CHECK(kiosk.faultCount() == 1);
    // In the kiosk's language (Indonesian here): "Sistem cetak (CUPS) tidak berjalan …", never the
    // "belum dipasang" (not set up) of a queue CUPS does not know.
    CHECK(message.contains(u"(CUPS)"_s));
    CHECK(message.contains(u"systemctl start cups"_s));
    CHECK(message.contains(kQueue));
    CHECK_FALSE(message.contains(u"belum dipasang"_s));
    CHECK_FALSE(message.contains(u"not set up"_s));
    const auto direct = SystemTicketPrinter(kQueue, 80).print(kiosk.controller->content());
    REQUIRE_FALSE(direct.ok());
    CHECK(direct.error().code == ErrorCode::PrinterOffline);

    resume.reset();

    const QStringList before = pdfs();
    kiosk.tap(u"reprintButton"_s);
    REQUIRE(waitUntil([&] { return printSettled(kiosk); }, 60000));
    INFO(printDetail(kiosk).toStdString());
    CHECK(printState(kiosk) == IssuedPage::PrintState::Printed);
    CHECK(kiosk.faultCount() == 1);
    const QStringList added = newPdfs(before);
    REQUIRE(added.size() == 1);
    CHECK(pdfText(added.first()).contains(u"B-001"_s));
}

TEST_CASE("system print: a queue CUPS does not know is \"not set up\", not \"not running\"", "[cups]")
{
    cupsDir();
    TicketContent content;
    content.number = u"A-001"_s;
    SystemTicketPrinter printer(u"antre-test-no-such-queue"_s, 80);
    const auto printed = printer.print(content);
    REQUIRE_FALSE(printed.ok());
    INFO(printed.error().message.toStdString());
    CHECK(printed.error().code == ErrorCode::PrinterMissing);
    CHECK(printed.error().message.contains(u"antre-test-no-such-queue"_s));
    CHECK(printed.error().message.contains(u"is not set up"_s));
}

TEST_CASE("system print: a ticket still waiting in CUPS when the kiosk closes is recorded as a fault",
          "[cups]")
{
    const QString hold = cupsDir() + u"/hold"_s;
    REQUIRE(QFile(hold).open(QIODevice::WriteOnly)); // the printer takes its time: the job waits in CUPS
    const AtExit release(u"/bin/rm"_s, {u"-f"_s, hold});
    const QStringList before = pdfs();
    KioskFixture kiosk(cupsPrinter(), adjust);
    kiosk.tap(u"agencyTile_AG1"_s);
    kiosk.tap(u"serviceTile_S2"_s);
    kiosk.tap(u"regularButton"_s);
    REQUIRE(waitUntil([] { return !queueIdle(); }, 60000));
    CHECK(printState(kiosk) == IssuedPage::PrintState::Printing);
    CHECK(kiosk.faultCount() == 0);

    kiosk.window.reset(); // the kiosk exits while CUPS holds the ticket
    REQUIRE(kiosk.faultCount() == 1);
    const QString message = lastFault(kiosk);
    INFO(message.toStdString());
    CHECK(message.contains(u"CUPS"_s));

    // The fault says the ticket may still come out: once the printer is ready, it does.
    QFile::remove(hold);
    const QStringList added = newPdfs(before);
    REQUIRE(added.size() == 1);
    CHECK(pdfText(added.first()).contains(u"B-001"_s));
}

TEST_CASE("system print: a job CUPS takes and then gives up is a fault, and the reprint comes out once",
          "[cups]")
{
    // CUPS-PDF cannot write its file (its folder is a plain file): the backend gives up the job.
    const QString out = cupsDir() + u"/out"_s;
    const QString moved = cupsDir() + u"/out.kept"_s;
    REQUIRE(QDir().rename(out, moved));
    REQUIRE(QFile(out).open(QIODevice::WriteOnly));
    std::optional<AtExit> restore(
        std::in_place, u"/bin/sh"_s,
        QStringList{u"-c"_s, u"rm -f \"$0\" && mv \"$1\" \"$0\"; /usr/sbin/cupsenable \"$2\""_s, out, moved,
                    kQueue});
    KioskFixture kiosk(cupsPrinter(), adjust);
    takeTicket(kiosk);
    INFO(printDetail(kiosk).toStdString());
    CHECK(printState(kiosk) == IssuedPage::PrintState::Failed);
    REQUIRE(kiosk.faultCount() == 1);
    const QString message = lastFault(kiosk);
    INFO(message.toStdString());
    CHECK(message.contains(kQueue));
    CHECK(message.contains(u"CUPS"_s));
    CHECK(queueIdle());

    restore.reset();
    const QStringList before = pdfs();
    kiosk.tap(u"reprintButton"_s);
    REQUIRE(waitUntil([&] { return printSettled(kiosk); }, 60000));
    CHECK(printState(kiosk) == IssuedPage::PrintState::Printed);
    const QStringList added = newPdfs(before);
    REQUIRE(added.size() == 1);
    CHECK(pdfText(added.first()).contains(u"B-001"_s));
    CHECK(pdfs().size() == before.size() + 1);
}

TEST_CASE("system print: a queue stopped while the ticket prints is a fault, the job cancelled, the reprint "
          "comes out once",
          "[cups]")
{
    const QString hold = cupsDir() + u"/hold"_s;
    REQUIRE(QFile(hold).open(QIODevice::WriteOnly));
    const AtExit release(u"/bin/rm"_s, {u"-f"_s, hold});
    std::optional<AtExit> enable(std::in_place, u"/usr/sbin/cupsenable"_s, QStringList{kQueue});
    const QStringList before = pdfs();
    KioskFixture kiosk(cupsPrinter(), adjust);
    kiosk.tap(u"agencyTile_AG1"_s);
    kiosk.tap(u"serviceTile_S2"_s);
    kiosk.tap(u"regularButton"_s);
    REQUIRE(waitUntil([] { return !queueIdle(); }, 60000));
    tool(u"cupsdisable"_s, {u"-r"_s, u"test: paper jam"_s, kQueue}); // while CUPS holds the ticket
    REQUIRE(waitUntil([&] { return printSettled(kiosk); }, 60000));
    INFO(printDetail(kiosk).toStdString());
    CHECK(printState(kiosk) == IssuedPage::PrintState::Failed);
    REQUIRE(kiosk.faultCount() == 1);
    const QString message = lastFault(kiosk);
    INFO(message.toStdString());
    CHECK(message.contains(kQueue));
    CHECK(message.contains(u"cupsenable"_s));
    CHECK(queueIdle()); // cancelled: it will not come out as a second copy once the queue runs again

    QFile::remove(hold);
    enable.reset();
    kiosk.tap(u"reprintButton"_s);
    REQUIRE(waitUntil([&] { return printSettled(kiosk); }, 60000));
    CHECK(printState(kiosk) == IssuedPage::PrintState::Printed);
    const QStringList added = newPdfs(before);
    REQUIRE(added.size() == 1);
    CHECK(pdfText(added.first()).contains(u"B-001"_s));
    CHECK(pdfs().size() == before.size() + 1);
}
