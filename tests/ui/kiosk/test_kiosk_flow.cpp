#include "core/ChangeWatcher.h"
#include "core/HallStore.h"
#include "core/config/TextRules.h"
#include "kiosk_ui/EscPosPrinter.h"
#include "kiosk_ui/IssuedPage.h"
#include "kiosk_ui/TileButton.h"
#include "tests/support/ErrorCodeStringMaker.h"
#include "tests/support/FailDevice.h"
#include "tests/ui/kiosk/KioskTestSupport.h"

#include <QAccessible>
#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMutex>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <atomic>
#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace antre;
using namespace antre::kiosk;
using namespace antre::kiosk::test;

namespace {

struct TicketRow
{
    QString number;
    bool priority = false;
    QString status;
};

QList<TicketRow> tickets(KioskFixture& kiosk)
{
    QSqlQuery q(kiosk.hall.db->sql());
    REQUIRE(q.exec(u"SELECT prefix, seq, priority, status FROM tickets ORDER BY id"_s));
    QList<TicketRow> rows;
    while (q.next())
        rows << TicketRow{TicketNumber(q.value(0).toString(), q.value(1).toInt()).toString(),
                          q.value(2).toInt() != 0, q.value(3).toString()};
    return rows;
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

QString labelText(KioskFixture& kiosk, const QString& name)
{
    auto* label = kiosk.find<QLabel>(name);
    REQUIRE(label);
    return label->text();
}

// Every control a finger or a screen reader can reach has a name and a description.
void checkAccessible(KioskFixture& kiosk)
{
    QList<QWidget*> controls;
    for (auto* button : kiosk.window->findChildren<QAbstractButton*>())
        controls << button;
    for (auto* edit : kiosk.window->findChildren<QLineEdit*>())
        controls << edit;
    for (QWidget* control : controls) {
        if (!control->isVisibleTo(kiosk.window.get()))
            continue;
        INFO(control->objectName().toStdString() << " on " << kiosk.window->currentScreen().toStdString());
        CHECK_FALSE(control->objectName().isEmpty());
        CHECK_FALSE(control->accessibleName().isEmpty());
        CHECK_FALSE(control->accessibleDescription().isEmpty());
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(control);
        REQUIRE(accessible);
        CHECK_FALSE(accessible->text(QAccessible::Name).isEmpty());
        CHECK_FALSE(accessible->text(QAccessible::Description).isEmpty());
    }
}

// What checkLayout() checks, as one answer: lets a test wait until the layouts have settled after a resize
// or a change of screen (posted layout requests), then check with readable failures.
bool layoutFits(KioskFixture& kiosk, const QSize& size)
{
    QWidget* window = kiosk.window.get();
    if (window->size() != size)
        return false;
    const QRect screen = window->rect();
    for (auto* button : window->findChildren<QAbstractButton*>()) {
        if (!button->isVisibleTo(window) || button->objectName().startsWith(u"key_"_s))
            continue;
        if (button->height() < 80 || button->width() < 80 ||
            !screen.contains(QRect(button->mapTo(window, QPoint(0, 0)), button->size())))
            return false;
    }
    for (auto* label : window->findChildren<QLabel*>()) {
        if (!label->isVisibleTo(window) || label->text().isEmpty() || !label->wordWrap())
            continue;
        if (label->height() < label->heightForWidth(label->width()))
            return false;
    }
    return true;
}

// Touch targets are big enough, inside the screen, and no wrapped text is cut off.
void checkLayout(KioskFixture& kiosk)
{
    QWidget* window = kiosk.window.get();
    const QRect screen = window->rect();
    for (auto* button : window->findChildren<QAbstractButton*>()) {
        if (!button->isVisibleTo(window) || button->objectName().startsWith(u"key_"_s))
            continue;
        INFO(button->objectName().toStdString() << " on " << kiosk.window->currentScreen().toStdString()
                                                << " at " << screen.width() << "x" << screen.height());
        CHECK(button->height() >= 80);
        CHECK(button->width() >= 80);
        const QRect placed(button->mapTo(window, QPoint(0, 0)), button->size());
        CHECK(screen.contains(placed));
    }
    for (auto* label : window->findChildren<QLabel*>()) {
        if (!label->isVisibleTo(window) || label->text().isEmpty() || !label->wordWrap())
            continue;
        INFO("label " << label->objectName().toStdString() << " \"" << label->text().toStdString() << "\" on "
                      << kiosk.window->currentScreen().toStdString());
        CHECK(label->height() >= label->heightForWidth(label->width()));
    }
}

} // namespace

TEST_CASE("Tapping through issues a regular ticket and prints it", "[flow]")
{
    KioskFixture kiosk;
    CHECK(kiosk.window->currentScreen() == u"home");
    kiosk.tap(u"agencyTile_AG1"_s);
    CHECK(kiosk.window->currentScreen() == u"services:AG1");
    kiosk.tap(u"serviceTile_S2"_s);
    CHECK(kiosk.window->currentScreen() == u"confirm:S2");
    kiosk.tap(u"regularButton"_s);
    CHECK(kiosk.window->currentScreen() == u"issued:S2");
    CHECK(labelText(kiosk, u"issuedNumber"_s) == u"B-001");
    REQUIRE(waitUntil([&] { return printSettled(kiosk); }));
    CHECK(printState(kiosk) == IssuedPage::PrintState::Printed);
    CHECK_FALSE(kiosk.find<QWidget>(u"issuedPriority"_s)->isVisible());

    const auto rows = tickets(kiosk);
    REQUIRE(rows.size() == 1);
    CHECK(rows.at(0).number == u"B-001");
    CHECK_FALSE(rows.at(0).priority);
    CHECK(rows.at(0).status == u"waiting");
    CHECK(QFileInfo::exists(QDir(kiosk.pdfFolder()).filePath(u"2026-11-23_B-001.pdf"_s)));
    CHECK(kiosk.faultCount() == 0);
}

TEST_CASE("Tapping through issues a priority ticket", "[flow]")
{
    KioskFixture kiosk;
    REQUIRE(kiosk.hall.engine->issue(u"S1"_s, false).ok()); // someone is already waiting
    kiosk.window->refresh();
    kiosk.tap(u"agencyTile_AG1"_s);
    kiosk.tap(u"serviceTile_S1"_s);
    CHECK(labelText(kiosk, u"confirmWaiting"_s).contains(u'1'));
    kiosk.tap(u"priorityButton"_s);
    CHECK(labelText(kiosk, u"issuedNumber"_s) == u"A-002");
    CHECK(kiosk.find<QWidget>(u"issuedPriority"_s)->isVisible());
    // Priority goes before the regular ticket already waiting.
    CHECK(labelText(kiosk, u"issuedAhead"_s) == TicketText::aheadText(0));
    REQUIRE(waitUntil([&] { return printSettled(kiosk); }));
    const auto rows = tickets(kiosk);
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(1).number == u"A-002");
    CHECK(rows.at(1).priority);
}

TEST_CASE("A double tap on the choice issues one ticket", "[flow]")
{
    KioskFixture kiosk;
    REQUIRE(kiosk.window->showScreen(u"confirm:S2"_s).ok());
    auto* regular = kiosk.find<QAbstractButton>(u"regularButton"_s);
    QTest::mouseClick(regular, Qt::LeftButton, {}, regular->rect().center());
    QTest::mouseClick(regular, Qt::LeftButton, {}, regular->rect().center());
    REQUIRE(waitUntil([&] { return printSettled(kiosk); }));
    CHECK(kiosk.ticketCount() == 1);
}

TEST_CASE("A failing printer: one ticket, the number on screen, a logged fault, reprint of the same ticket",
          "[flow][fault]")
{
    int opened = 0;
    QByteArray paper;
    EscPosPrinter::Opener opener = [&](int) -> Result<std::unique_ptr<QIODevice>> {
        // Unplugged for the first two attempts, then working again.
        std::unique_ptr<QIODevice> device;
        if (++opened <= 2)
            device = std::make_unique<antre::test::FailDevice>(64);
        else
            device = std::make_unique<QBuffer>(&paper);
        device->open(QIODevice::WriteOnly);
        return device;
    };
    auto printer = std::make_unique<EscPosPrinter>(u"ESC/POS test"_s, EscPosEncoder(80, PaperCut::Partial),
                                                   std::move(opener), 2000, false);
    KioskFixture kiosk(std::move(printer));
    kiosk.tap(u"agencyTile_AG1"_s);
    kiosk.tap(u"serviceTile_S2"_s);
    kiosk.tap(u"regularButton"_s);
    REQUIRE(waitUntil([&] { return printSettled(kiosk); }));

    CHECK(printState(kiosk) == IssuedPage::PrintState::Failed);
    CHECK(labelText(kiosk, u"issuedNumber"_s) == u"B-001");
    CHECK(kiosk.find<QWidget>(u"reprintButton"_s)->isVisible());
    CHECK(labelText(kiosk, u"printDetail"_s).contains(u"device unplugged"_s));
    CHECK(kiosk.ticketCount() == 1);
    REQUIRE(kiosk.faultCount() == 1);

    QSqlQuery q(kiosk.hall.db->sql());
    REQUIRE(q.exec(u"SELECT e.data, t.prefix, t.seq FROM events e JOIN tickets t ON t.id = e.ticket_id "
                   "WHERE e.kind = 'device.fault'"_s));
    REQUIRE(q.next());
    const QJsonObject data = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    CHECK(data.value(u"device"_s).toString() == u"printer");
    CHECK(data.value(u"kiosk"_s).toString() == u"KIOSK-TEST");
    CHECK(data.value(u"ticket"_s).toString() == u"B-001");
    CHECK(data.value(u"message"_s).toString().contains(u"device unplugged"_s));
    CHECK(TicketNumber(q.value(1).toString(), q.value(2).toInt()).toString() == u"B-001");
    q.finish(); // an open read would keep this connection on its snapshot; the kiosk writes through its own

    // Still unplugged: another fault, still one ticket.
    kiosk.tap(u"reprintButton"_s);
    REQUIRE(waitUntil([&] { return printSettled(kiosk); }));
    CHECK(printState(kiosk) == IssuedPage::PrintState::Failed);
    CHECK(kiosk.faultCount() == 2);
    CHECK(kiosk.ticketCount() == 1);

    // Plugged back in: the same ticket comes out.
    kiosk.tap(u"reprintButton"_s);
    REQUIRE(waitUntil([&] { return printSettled(kiosk); }));
    CHECK(printState(kiosk) == IssuedPage::PrintState::Printed);
    CHECK(paper.contains("B-001"));
    CHECK(paper == EscPosEncoder(80, PaperCut::Partial).encode(kiosk.controller->content()));
    CHECK(kiosk.ticketCount() == 1);
    CHECK(kiosk.faultCount() == 2);
    CHECK(tickets(kiosk).at(0).number == u"B-001");
}

TEST_CASE("After printing the kiosk returns home by itself", "[flow]")
{
    KioskFixture kiosk({}, [](KioskSettings& s) { s.issuedSeconds = 1; });
    REQUIRE(kiosk.window->showScreen(u"issued:S2"_s).ok());
    CHECK(waitUntil([&] { return kiosk.window->currentScreen() == u"home"; }));
}

TEST_CASE("An idle kiosk returns home in the hall's language", "[flow]")
{
    KioskFixture kiosk({}, [](KioskSettings& s) { s.idleSeconds = 1; });
    kiosk.tap(u"langEnButton"_s);
    REQUIRE(waitUntil([&] { return labelText(kiosk, u"homeTitle"_s) == u"Please choose an agency"; }));
    kiosk.tap(u"agencyTile_AG1"_s);
    CHECK(kiosk.window->currentScreen() == u"services:AG1");
    REQUIRE(waitUntil([&] { return kiosk.window->currentScreen() == u"home"; }));
    CHECK(kiosk.i18n.language() == u"id");
    CHECK(waitUntil([&] { return labelText(kiosk, u"homeTitle"_s) == u"Silakan pilih instansi"; }));
}

TEST_CASE("The ID/EN switch changes every text at once", "[flow][i18n]")
{
    KioskFixture kiosk;
    CHECK(labelText(kiosk, u"homeTitle"_s) == u"Silakan pilih instansi");
    REQUIRE(kiosk.window->showScreen(u"confirm:S1"_s).ok());
    auto* regular = kiosk.find<TileButton>(u"regularButton"_s);
    const QString indonesian = regular->title();
    kiosk.tap(u"langEnButton"_s);
    REQUIRE(waitUntil([&] { return regular->title() == u"Take a queue number"; }));
    CHECK(labelText(kiosk, u"homeTitle"_s) == u"Please choose an agency");
    CHECK(waitUntil([&] { return labelText(kiosk, u"dateLabel"_s) == u"Monday, 23 November 2026"; }));
    CHECK(kiosk.find<QAbstractButton>(u"langEnButton"_s)->isChecked());
    kiosk.tap(u"langIdButton"_s);
    REQUIRE(waitUntil([&] { return regular->title() == indonesian; }));
    CHECK(indonesian == u"Ambil nomor antrean");
    CHECK(waitUntil([&] { return labelText(kiosk, u"dateLabel"_s) == u"Senin, 23 November 2026"; }));
}

TEST_CASE("Closed services are greyed with the reason, and cannot be taken", "[flow]")
{
    KioskFixture kiosk;
    // AG2 has one service, open on Tuesdays only: its tile says so, and it opens straight on that service.
    auto* agency = kiosk.find<TileButton>(u"agencyTile_AG2"_s);
    CHECK_FALSE(agency->isAvailable());
    const ServiceStatus* s3 = kiosk.window->snapshot().service(u"S3"_s);
    REQUIRE(s3);
    CHECK(s3->availability.state == Availability::State::ClosedToday);
    CHECK(agency->status() == s3->availability.reason());
    kiosk.tap(u"agencyTile_AG2"_s);
    CHECK(kiosk.window->currentScreen() == u"confirm:S3");
    CHECK_FALSE(kiosk.find<QWidget>(u"regularButton"_s)->isEnabled());
    CHECK_FALSE(kiosk.find<QWidget>(u"priorityButton"_s)->isEnabled());
    CHECK(labelText(kiosk, u"confirmWaiting"_s) == s3->availability.reason());
    // The standard is still one tap away.
    kiosk.tap(u"confirmStandardButton"_s);
    CHECK(kiosk.window->currentScreen() == u"standard:S3");
    CHECK_FALSE(kiosk.find<QWidget>(u"standardTakeButton"_s)->isEnabled());
    CHECK(labelText(kiosk, u"standardReason"_s) == s3->availability.reason());
    CHECK(kiosk.ticketCount() == 0);
}

TEST_CASE("The service standard is one tap away from the list", "[flow]")
{
    KioskFixture kiosk;
    kiosk.tap(u"agencyTile_AG1"_s);
    kiosk.tap(u"standardButton_S1"_s);
    CHECK(kiosk.window->currentScreen() == u"standard:S1");
    CHECK(labelText(kiosk, u"standardRequirements"_s).contains(u"KTP-el"_s));
    CHECK(labelText(kiosk, u"standardFee"_s) == u"Gratis");
    CHECK(labelText(kiosk, u"standardDuration"_s) == u"1 hari kerja");
    CHECK(labelText(kiosk, u"standardHours"_s) == u"08.00–12.00, 13.00–15.00");
    kiosk.tap(u"standardTakeButton"_s);
    CHECK(kiosk.window->currentScreen() == u"confirm:S1");
    kiosk.tap(u"confirmBackButton"_s);
    CHECK(kiosk.window->currentScreen() == u"services:AG1");
    kiosk.tap(u"servicesBackButton"_s);
    CHECK(kiosk.window->currentScreen() == u"home");
}

TEST_CASE("Availability follows the database and the clock live", "[flow][live]")
{
    KioskFixture kiosk;
    ChangeWatcher watcher(kiosk.hall.path());
    QObject::connect(&watcher, &ChangeWatcher::changed, kiosk.window.get(), &KioskWindow::scheduleRefresh);
    watcher.start();
    // Another kiosk: its own connection, so the change arrives the way it does between processes.
    auto other = Database::open(kiosk.hall.path());
    REQUIRE(other.ok());
    QueueEngine otherKiosk(*other.value(), kiosk.hall.clock);
    REQUIRE(kiosk.window->showScreen(u"services:AG1"_s).ok());
    auto* s1 = kiosk.find<TileButton>(u"serviceTile_S1"_s);
    REQUIRE(s1->isEnabled());

    SECTION("the daily quota fills up")
    {
        for (int i = 0; i < 5; ++i)
            REQUIRE(otherKiosk.issue(u"S1"_s, false).ok());
        Availability full;
        full.state = Availability::State::QuotaFull;
        REQUIRE(waitUntil([&] { return !s1->isEnabled(); }));
        CHECK(s1->status() == full.reason());
        CHECK_FALSE(s1->isAvailable());
    }
    SECTION("the cutoff before closing passes")
    {
        kiosk.hall.setLocal(QTime(14, 31)); // the last range ends at 15.00, issue stops 30 min before
        REQUIRE(waitUntil([&] { return !s1->isEnabled(); }));
        CHECK(kiosk.window->snapshot().service(u"S1"_s)->availability.state ==
              Availability::State::PastCutoff);
        CHECK(s1->status() == kiosk.window->snapshot().service(u"S1"_s)->availability.reason());
        CHECK(labelText(kiosk, u"clockLabel"_s) == u"14.31");
    }
    SECTION("a supervisor changes the configuration")
    {
        HallConfig config = antre::test::TestHall::smallConfig();
        config.site.name = u"Aula Baru"_s;
        config.services.removeIf([](const ServiceConfig& s) { return s.code == u"S2"; });
        for (auto& counter : config.counters)
            counter.services.removeAll(u"S2"_s); // every counter keeps another service
        REQUIRE(HallStore(*other.value(), kiosk.hall.clock).import(config).ok());
        REQUIRE(waitUntil([&] { return labelText(kiosk, u"hallName"_s) == u"Aula Baru"; }));
        // AG1 now has a single service; its card list follows.
        CHECK_FALSE(::antre::test::hasChild(kiosk.window.get(), u"serviceTile_S2"_s));
    }
}

TEST_CASE("The supervisor exit: hidden gesture, then a supervisor PIN", "[flow][exit]")
{
    KioskFixture kiosk;
    kiosk.window->setKioskMode(true);
    kiosk.window->show();
    REQUIRE(QTest::qWaitForWindowExposed(kiosk.window.get()));
    CHECK(QApplication::overrideCursor());
    CHECK(QApplication::overrideCursor()->shape() == Qt::BlankCursor);
    CHECK(kiosk.window->windowFlags().testFlag(Qt::FramelessWindowHint));
    // A citizen cannot close it.
    CHECK_FALSE(kiosk.window->close());
    CHECK(kiosk.window->isVisible());

    QSignalSpy exits(kiosk.window.get(), &KioskWindow::exitAuthorized);
    auto* overlay = kiosk.find<QWidget>(u"exitOverlay"_s);
    const auto cornerTaps = [&](int taps) {
        for (int i = 0; i < taps; ++i)
            QTest::mouseClick(kiosk.window.get(), Qt::LeftButton, {}, QPoint(20, 20));
    };
    cornerTaps(4);
    CHECK_FALSE(overlay->isVisible());
    cornerTaps(1);
    REQUIRE(overlay->isVisible());

    const auto type = [&](const QString& field, const QString& text) {
        QTest::mouseClick(kiosk.find<QWidget>(field), Qt::LeftButton);
        for (const QChar c : text)
            kiosk.tap(u"key_"_s + c);
    };
    SECTION("an officer is refused")
    {
        type(u"exitStaffId"_s, u"OFF1"_s);
        type(u"exitPin"_s, u"1234"_s);
        kiosk.tap(u"exitConfirmButton"_s);
        CHECK(labelText(kiosk, u"exitMessage"_s).contains(u"supervisor"_s, Qt::CaseInsensitive));
        CHECK(exits.isEmpty());
        CHECK(overlay->isVisible());
    }
    SECTION("a wrong PIN is refused, the right one exits")
    {
        type(u"exitStaffId"_s, u"SPV"_s);
        type(u"exitPin"_s, u"9990"_s);
        kiosk.tap(u"exitConfirmButton"_s);
        CHECK_FALSE(labelText(kiosk, u"exitMessage"_s).isEmpty());
        CHECK(exits.isEmpty());
        CHECK(kiosk.find<QLineEdit>(u"exitPin"_s)->text().isEmpty());
        type(u"exitPin"_s, u"9999"_s);
        kiosk.tap(u"exitConfirmButton"_s);
        REQUIRE(exits.size() == 1);
        CHECK(exits.at(0).at(0).toString() == u"SPV");
        CHECK(kiosk.window->close());
    }
    SECTION("cancel returns to the kiosk")
    {
        kiosk.tap(u"exitCancelButton"_s);
        CHECK_FALSE(overlay->isVisible());
        CHECK(exits.isEmpty());
    }
    kiosk.window->setKioskMode(false);
}

TEST_CASE("Every control is accessible and every screen fits landscape and portrait", "[flow][a11y]")
{
    KioskFixture kiosk;
    const QSize size = GENERATE(QSize(1920, 1080), QSize(1080, 1920), QSize(1280, 800));
    kiosk.window->resize(size);
    for (const QString& screen :
         {u"home"_s, u"services:AG1"_s, u"standard:S1"_s, u"confirm:S1"_s, u"confirm:S3"_s, u"issued:S1"_s}) {
        REQUIRE(kiosk.window->showScreen(screen).ok());
        if (screen.startsWith(u"issued"_s))
            REQUIRE(waitUntil([&] { return printSettled(kiosk); }));
        // Let the layouts settle: deliver the pending layout requests, then wait for a fit. A layout that
        // never fits is reported by the checks below.
        QCoreApplication::processEvents();
        (void)waitUntil([&] { return layoutFits(kiosk, size); }, 2000);
        CHECK(kiosk.window->size() == size); // no screen needs more room than the display has
        checkAccessible(kiosk);
        checkLayout(kiosk);
    }
    for (int i = 0; i < 5; ++i)
        QTest::mouseClick(kiosk.window.get(), Qt::LeftButton, {}, QPoint(10, 10));
    REQUIRE(kiosk.find<QWidget>(u"exitOverlay"_s)->isVisible());
    checkAccessible(kiosk);
}

TEST_CASE("Each screen hands the focus to its heading: a screen reader announces it", "[flow][a11y]")
{
    KioskFixture kiosk;
    kiosk.window->activateWindow();
    REQUIRE(waitUntil([&] { return QApplication::activeWindow() == kiosk.window.get(); }));
    const auto focused = [] { return QApplication::focusWidget(); };
    CHECK(focused() == kiosk.find<QWidget>(u"homeTitle"_s));
    kiosk.tap(u"agencyTile_AG1"_s);
    CHECK(focused() == kiosk.find<QWidget>(u"servicesTitle"_s));
    kiosk.tap(u"serviceTile_S2"_s);
    CHECK(focused() == kiosk.find<QWidget>(u"confirmTitle"_s));
    kiosk.tap(u"regularButton"_s);
    REQUIRE(focused() == kiosk.find<QWidget>(u"issuedHeading"_s));
    // The reader hears the number with the heading; the number's own name is the number.
    CHECK(focused()->accessibleName() == u"Nomor antrean Anda: B-001");
    CHECK(kiosk.find<QLabel>(u"issuedNumber"_s)->accessibleName() == u"B-001");
    CHECK(kiosk.find<QLabel>(u"issuedNumber"_s)->accessibleDescription() == u"Nomor antrean Anda");
    // The clock and the date are named by their value (labels have no text interface over AT-SPI).
    for (const QString& name : {u"clockLabel"_s, u"dateLabel"_s}) {
        auto* label = kiosk.find<QLabel>(name);
        CHECK(!label->text().isEmpty());
        CHECK(label->accessibleName() == label->text());
    }
    CHECK(kiosk.find<QLabel>(u"clockLabel"_s)->accessibleDescription() == u"Waktu");
}

TEST_CASE("Screens can be opened by name, and bad names are refused", "[flow]")
{
    KioskFixture kiosk;
    CHECK(kiosk.window->showScreen(u"services:AG1"_s).ok());
    CHECK(kiosk.window->currentScreen() == u"services:AG1");
    CHECK(kiosk.window->showScreen(u"standard:S2"_s).ok());
    CHECK(kiosk.window->currentScreen() == u"standard:S2");
    CHECK(kiosk.window->showScreen(u"home"_s).ok());
    CHECK(kiosk.window->currentScreen() == u"home");
    for (const QString& bad : {u"lobby"_s, u"services:NOPE"_s, u"confirm:"_s, u"issued:S1:vip"_s}) {
        const auto shown = kiosk.window->showScreen(bad);
        REQUIRE_FALSE(shown.ok());
        CHECK(shown.error().message.startsWith(u"--screen"_s));
    }
    const auto closed = kiosk.window->showScreen(u"issued:S3"_s);
    REQUIRE_FALSE(closed.ok());
    CHECK(closed.error().code == ErrorCode::ClosedToday);
    REQUIRE(kiosk.window->showScreen(u"issued:S2:priority"_s).ok());
    const auto rows = tickets(kiosk);
    REQUIRE(rows.size() == 1);
    CHECK(rows.at(0).priority);
}

namespace {

// A printer that takes as long as the test says: each print waits until released, then succeeds or fails as
// set. It prints on the kiosk's printing thread, so what it records is guarded.
class SlowPrinter final : public TicketPrinter
{
public:
    Status print(const TicketContent& ticket) override
    {
        ++m_started;
        if (!m_release.tryAcquire(1, 10000))
            return makeError(ErrorKind::Internal, ErrorCode::PrinterOffline, u"never released"_s);
        const QMutexLocker lock(&m_mutex);
        m_printed << ticket.number;
        if (m_fail)
            return makeError(ErrorKind::Internal, ErrorCode::PrinterError, u"paper jam"_s);
        return Done{};
    }
    QString description() const override { return u"slow test printer"_s; }

    void release(bool fail)
    {
        {
            const QMutexLocker lock(&m_mutex);
            m_fail = fail;
        }
        m_release.release();
    }
    int started() const { return m_started.load(); }
    QStringList printed() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_printed;
    }

private:
    QSemaphore m_release;
    std::atomic<int> m_started{0};
    mutable QMutex m_mutex;
    QStringList m_printed;
    bool m_fail = false;
};

} // namespace

TEST_CASE("A slow printer never holds up the screen, and the next citizen can take a ticket meanwhile",
          "[flow]")
{
    auto owned = std::make_unique<SlowPrinter>();
    SlowPrinter* printer = owned.get();
    KioskFixture kiosk(std::move(owned));
    kiosk.tap(u"agencyTile_AG1"_s);
    kiosk.tap(u"serviceTile_S2"_s);
    kiosk.tap(u"regularButton"_s);
    CHECK(labelText(kiosk, u"issuedNumber"_s) == u"B-001");

    // The printer is busy with B-001, and the screen still answers: done, then the next citizen's ticket.
    REQUIRE(waitUntil([&] { return printer->started() == 1; }));
    CHECK(printState(kiosk) == IssuedPage::PrintState::Printing);
    kiosk.tap(u"doneButton"_s);
    CHECK(kiosk.window->currentScreen() == u"home");
    kiosk.tap(u"agencyTile_AG1"_s);
    kiosk.tap(u"serviceTile_S2"_s);
    kiosk.tap(u"regularButton"_s);
    CHECK(labelText(kiosk, u"issuedNumber"_s) == u"B-002");
    CHECK(printState(kiosk) == IssuedPage::PrintState::Printing);

    // B-001 jams: its fault is logged under its own number, and the screen, showing B-002, is not changed.
    printer->release(true);
    REQUIRE(waitUntil([&] { return kiosk.faultCount() == 1; }));
    CHECK(printState(kiosk) == IssuedPage::PrintState::Printing);
    QSqlQuery q(kiosk.hall.db->sql());
    REQUIRE(q.exec(u"SELECT e.data, t.seq FROM events e JOIN tickets t ON t.id = e.ticket_id "
                   "WHERE e.kind = 'device.fault'"_s));
    REQUIRE(q.next());
    CHECK(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object().value(u"ticket"_s).toString() ==
          u"B-001");
    CHECK(q.value(1).toInt() == 1);
    q.finish(); // an open read would keep this connection on its snapshot; the kiosk writes through its own

    // Then B-002 comes out, in order.
    printer->release(false);
    REQUIRE(waitUntil([&] { return printSettled(kiosk); }));
    CHECK(printState(kiosk) == IssuedPage::PrintState::Printed);
    CHECK(printer->printed() == QStringList{u"B-001"_s, u"B-002"_s});
    CHECK(kiosk.ticketCount() == 2);
}

TEST_CASE("kiosk: the people of other services at the same booths are counted beside the estimate", "[kiosk]")
{
    CHECK(TicketText::aheadText(0, 0) == TicketText::aheadText(0));
    CHECK(TicketText::aheadText(3, 0) == TicketText::aheadText(3));
    const QString nobodyHere = TicketText::aheadText(0, 12);
    CHECK(nobodyHere != TicketText::aheadText(0));
    CHECK(nobodyHere.contains(u"12"_s));
    const QString both = TicketText::aheadText(3, 5);
    CHECK(both.startsWith(TicketText::aheadText(3) + u'\n'));
    CHECK(both.contains(u"5"_s));
}

TEST_CASE("kiosk: names as long as the configuration allows, without spaces, never widen the window",
          "[kiosk]")
{
    KioskFixture kiosk;
    HallConfig config = antre::test::TestHall::smallConfig();
    config.site.name = QString(TextRules::maxLength(TextRules::Kind::Name), u'W');
    config.agencies.first().name = QString(TextRules::maxLength(TextRules::Kind::Name), u'W');
    for (auto& service : config.services)
        if (service.code == u"S1"_s)
            service.name = QString(TextRules::maxLength(TextRules::Kind::Name), u'M');
    // From another connection, the way an import reaches a running kiosk.
    ChangeWatcher watcher(kiosk.hall.path());
    QObject::connect(&watcher, &ChangeWatcher::changed, kiosk.window.get(), &KioskWindow::scheduleRefresh);
    watcher.start();
    auto other = Database::open(kiosk.hall.path());
    REQUIRE(other.ok());
    REQUIRE(HallStore(*other.value(), kiosk.hall.clock).import(config).ok());
    REQUIRE(waitUntil([&] { return labelText(kiosk, u"hallName"_s) == config.site.name; }));

    for (const QString& screen :
         {u"home"_s, u"services:AG1"_s, u"standard:S1"_s, u"confirm:S1"_s, u"issued:S1"_s}) {
        INFO(screen.toStdString());
        REQUIRE(kiosk.window->showScreen(screen).ok());
        QCoreApplication::processEvents();
        CHECK(kiosk.window->width() == 1920);
        CHECK(kiosk.window->minimumSizeHint().width() <= 1920);
    }
    // The long service name wraps (break opportunities), it is not cut to what fits.
    const QString shown = labelText(kiosk, u"issuedService"_s);
    CHECK(shown.contains(QChar(0x200B)));
    CHECK(QString(shown).remove(QChar(0x200B)) == config.services.first().name);
}
