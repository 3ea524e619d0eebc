#include "core/I18n.h"
#include "counter_ui/ActionButton.h"
#include "counter_ui/BoothPage.h"
#include "counter_ui/CounterSession.h"
#include "counter_ui/PickerPage.h"
#include "tests/support/QtStringMakers.h"
#include "tests/support/Wait.h"
#include "tests/ui/counter/BoothHarness.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>

using namespace antre;
using namespace antre::test;
using namespace Qt::Literals::StringLiterals;

TEST_CASE("call, recall, serve and done with an outcome", "[ui][booth]")
{
    BoothHarness b;
    b.issue(u"S1"_s, 3);
    b.openL1();
    CHECK(b.find<QTableWidget>(u"waitingList"_s)->rowCount() == 3);

    b.click(u"callNextButton"_s);
    CHECK(b.currentNumber() == u"A-001"_s);
    CHECK(b.ticket(u"A-001"_s).status == TicketStatus::Called);
    CHECK(b.status().contains(u"A-001"_s));
    CHECK(b.find<QTableWidget>(u"waitingList"_s)->rowCount() == 2);

    // Done is not possible before the service starts, and says so.
    auto* finish = b.find<ActionButton>(u"finishButton"_s);
    CHECK_FALSE(finish->isEnabled());
    CHECK(finish->toolTip().contains(u"Start serving"_s));
    CHECK_FALSE(b.isEnabled(u"callNextButton"_s));

    b.click(u"recallButton"_s);
    CHECK(b.ticket(u"A-001"_s).recallCount == 1);
    CHECK(b.status().contains(u"again"_s));

    b.click(u"serveButton"_s);
    CHECK(b.ticket(u"A-001"_s).status == TicketStatus::Serving);
    CHECK_FALSE(b.isEnabled(u"noShowButton"_s));
    CHECK_FALSE(b.isEnabled(u"recallButton"_s));

    b.click(u"finishButton"_s);
    REQUIRE(b.window().boothPage().isChoosing());
    b.shot(u"outcome"_s);
    b.click(u"choice_incomplete"_s);
    const TicketInfo done = b.ticket(u"A-001"_s);
    CHECK(done.status == TicketStatus::Done);
    REQUIRE(done.outcome);
    CHECK(*done.outcome == Outcome::Incomplete);
    CHECK(b.currentNumber() == u"—"_s);
    CHECK(b.find<QLabel>(u"figuresLabel"_s)->text().contains(u"served 1"_s));
}

TEST_CASE("done & call next finishes as completed and calls the next number", "[ui][booth]")
{
    BoothHarness b;
    b.issue(u"S1"_s, 2);
    b.openL1();
    b.click(u"callNextButton"_s);
    b.click(u"serveButton"_s);
    b.hall.clock.advanceSecs(6 * 60 + 30);
    b.click(u"finishNextButton"_s);
    CHECK(b.ticket(u"A-001"_s).status == TicketStatus::Done);
    CHECK(b.ticket(u"A-001"_s).outcome == Outcome::Completed);
    CHECK(b.ticket(u"A-002"_s).status == TicketStatus::Called);
    CHECK(b.currentNumber() == u"A-002"_s);
    CHECK(b.find<QLabel>(u"figuresLabel"_s)->text().contains(u"6 min 30 s"_s));
    // Nothing else waits: the combined action gives way to plain Done.
    b.click(u"serveButton"_s);
    CHECK_FALSE(b.isEnabled(u"finishNextButton"_s));
    CHECK(b.isEnabled(u"finishButton"_s));
}

TEST_CASE("a called citizen who does not come is marked no-show", "[ui][booth]")
{
    BoothHarness b;
    b.issue(u"S1"_s, 1);
    b.openL1();
    b.click(u"callNextButton"_s);
    b.click(u"noShowButton"_s);
    CHECK(b.ticket(u"A-001"_s).status == TicketStatus::NoShow);
    CHECK(b.status().contains(u"no-show"_s));
    CHECK(b.currentNumber() == u"—"_s);
}

TEST_CASE("transfer sends the ticket to another service keeping its place", "[ui][booth]")
{
    BoothHarness b;
    b.issue(u"S1"_s, 1);
    b.hall.clock.advanceSecs(60);
    b.issue(u"S2"_s, 1);
    b.openL1();
    b.click(u"callNextButton"_s);
    REQUIRE(b.currentNumber() == u"A-001"_s);
    b.click(u"serveButton"_s);
    b.click(u"transferButton"_s);
    REQUIRE(b.window().boothPage().isChoosing());
    b.shot(u"transfer"_s);
    // Its own service is not offered.
    CHECK_FALSE(b.has<QAbstractButton>(u"choice_S1"_s));
    b.click(u"choice_S2"_s);

    const TicketInfo moved = b.ticket(u"A-001"_s);
    CHECK(moved.status == TicketStatus::Waiting);
    CHECK(moved.serviceCode == u"S2"_s);
    CHECK(moved.transferred);
    // A-001 was queued before B-001, so it is still first in line for S2.
    auto waiting = b.hall.engine->waitingFor(u"L3"_s);
    REQUIRE(waiting.ok());
    REQUIRE(waiting.value().size() == 2);
    CHECK(waiting.value().at(0).number.toString() == u"A-001"_s);
    auto* list = b.find<QTableWidget>(u"waitingList"_s);
    REQUIRE(list->rowCount() == 2);
    CHECK(list->item(0, 0)->text() == u"A-001"_s);
    CHECK(list->item(0, 3)->text().contains(u"transferred"_s));

    // Called again at this booth (L1 also serves S2), the panel shows where it came from.
    b.click(u"callNextButton"_s);
    CHECK(b.currentNumber() == u"A-001"_s);
    CHECK(b.find<QLabel>(u"ticketMarks"_s)->text().contains(u"Service One"_s));
    b.shot(u"transferred"_s);
}

TEST_CASE("a break needs a reason and only Resume or Close work during it", "[ui][booth]")
{
    BoothHarness b;
    b.issue(u"S1"_s, 1);
    b.openL1();
    b.click(u"breakButton"_s);
    REQUIRE(b.window().boothPage().isChoosing());
    b.shot(u"break-reason"_s);
    // Escape cancels without a break.
    b.key(Qt::Key_Escape);
    CHECK_FALSE(b.window().boothPage().isChoosing());
    CHECK(b.hall.engine->counterStatus(u"L1"_s).value().state == CounterState::Open);

    b.click(u"breakButton"_s);
    auto* text = b.find<QLineEdit>(u"choiceText"_s);
    text->setFocus();
    QTest::keyClicks(text, u"Bank run"_s);
    QTest::keyClick(text, Qt::Key_Return);
    auto status = b.hall.engine->counterStatus(u"L1"_s);
    CHECK(status.value().state == CounterState::Break);
    CHECK(status.value().breakReason == u"Bank run"_s);
    b.shot(u"break"_s);
    CHECK_FALSE(b.isEnabled(u"callNextButton"_s));
    CHECK(b.find<QAbstractButton>(u"breakButton"_s)->accessibleName() == u"Resume"_s);

    b.click(u"breakButton"_s);
    CHECK(b.hall.engine->counterStatus(u"L1"_s).value().state == CounterState::Open);
    CHECK(b.isEnabled(u"callNextButton"_s));

    // A suggested reason is one key away.
    b.click(u"breakButton"_s);
    b.key(Qt::Key_2);
    CHECK(b.hall.engine->counterStatus(u"L1"_s).value().breakReason == u"Prayer"_s);
}

TEST_CASE("close asks first, refuses with an open ticket, and returns to the picker", "[ui][booth]")
{
    BoothHarness b;
    b.issue(u"S1"_s, 1);
    b.openL1();
    b.click(u"callNextButton"_s);
    CHECK_FALSE(b.isEnabled(u"closeButton"_s));
    // The key of a disabled action says why instead of doing nothing.
    b.key(Qt::Key_F9);
    CHECK(b.status().contains(u"A-001"_s));
    CHECK(b.status().contains(u"finish"_s));

    b.click(u"noShowButton"_s);
    b.click(u"closeButton"_s);
    REQUIRE(b.window().boothPage().isChoosing());
    b.click(u"choiceCancel"_s);
    CHECK(b.hall.engine->counterStatus(u"L1"_s).value().state == CounterState::Open);

    b.click(u"closeButton"_s);
    b.click(u"choice_confirm"_s);
    CHECK(b.hall.engine->counterStatus(u"L1"_s).value().state == CounterState::Closed);
    CHECK(b.window().page() == CounterWindow::Page::Picker);
    CHECK(b.window().pickerPage().message().contains(u"closed"_s));
}

TEST_CASE("function keys and numpad keys drive the booth", "[ui][booth]")
{
    BoothHarness b;
    b.issue(u"S1"_s, 2);
    b.openL1();
    b.key(Qt::Key_F1);
    CHECK(b.ticket(u"A-001"_s).status == TicketStatus::Called);
    b.key(Qt::Key_3, Qt::KeypadModifier);
    CHECK(b.ticket(u"A-001"_s).status == TicketStatus::Serving);
    b.key(Qt::Key_F5);
    CHECK(b.ticket(u"A-001"_s).status == TicketStatus::Done);
    CHECK(b.ticket(u"A-002"_s).status == TicketStatus::Called);
    b.key(Qt::Key_6, Qt::KeypadModifier);
    CHECK(b.ticket(u"A-002"_s).status == TicketStatus::NoShow);
    // The focus follows the work, so Enter alone goes call → serve → done.
    b.issue(u"S1"_s, 1);
    b.key(Qt::Key_F1);
    REQUIRE(b.ticket(u"A-003"_s).status == TicketStatus::Called);
    CHECK(QApplication::focusWidget() == b.find<QWidget>(u"serveButton"_s));
    b.key(Qt::Key_Return);
    CHECK(b.ticket(u"A-003"_s).status == TicketStatus::Serving);
    CHECK(QApplication::focusWidget() == b.find<QWidget>(u"finishButton"_s));
    b.key(Qt::Key_Return);
    b.key(Qt::Key_Return); // the first outcome, Completed, has the focus
    CHECK(b.ticket(u"A-003"_s).outcome == Outcome::Completed);
    // The key is printed on its button.
    CHECK(b.find<ActionButton>(u"callNextButton"_s)->hint() == u"F1 · Num 1"_s);
}

TEST_CASE("a refused call says why: nobody waiting, or a ticket taken by another booth", "[ui][booth]")
{
    BoothHarness b;
    b.openL1();
    CHECK_FALSE(b.isEnabled(u"callNextButton"_s));
    b.key(Qt::Key_F1);
    CHECK(b.status() == u"No one is waiting for this counter's services."_s);

    // The screen shows one waiting ticket, but another booth calls it before this one does.
    b.issue(u"S1"_s, 1);
    REQUIRE(b.isEnabled(u"callNextButton"_s));
    REQUIRE(b.hall.engine->openCounter(u"L2"_s, u"SPV"_s).ok());
    REQUIRE(b.hall.engine->callNext(u"L2"_s).ok());
    b.click(u"callNextButton"_s);
    CHECK(b.status().startsWith(u"No one is waiting"_s));
    CHECK(b.currentNumber() == u"—"_s);
}

TEST_CASE("another process's change shows in the booth without any action", "[ui][booth]")
{
    BoothHarness b;
    b.openL1();
    REQUIRE(b.find<QTableWidget>(u"waitingList"_s)->rowCount() == 0);
    // A separate connection, as a kiosk process has; only the change watcher can tell the window.
    auto other = Database::open(b.hall.path());
    REQUIRE(other.ok());
    QueueEngine kiosk(*other.value(), b.hall.clock);
    REQUIRE(kiosk.issue(u"S2"_s, true).ok());
    QElapsedTimer elapsed;
    elapsed.start();
    REQUIRE(waitUntil([&] { return b.find<QTableWidget>(u"waitingList"_s)->rowCount() == 1; }));
    INFO("shown after " << elapsed.elapsed() << " ms");
    CHECK(b.find<QTableWidget>(u"waitingList"_s)->item(0, 3)->text().contains(u"priority"_s));
    CHECK(b.isEnabled(u"callNextButton"_s));

    // A supervisor closing the counter elsewhere sends the officer back to the picker with the reason.
    REQUIRE(kiosk.closeCounter(u"L1"_s).ok());
    REQUIRE(waitUntil([&] { return b.window().page() == CounterWindow::Page::Picker; }));
    CHECK(b.window().pickerPage().message().contains(u"closed from elsewhere"_s));
}

TEST_CASE("pointing at a disabled button shows its reason on the status line", "[ui][booth]")
{
    BoothHarness b;
    b.openL1();
    auto* recall = b.find<ActionButton>(u"recallButton"_s);
    REQUIRE_FALSE(recall->isEnabled());
    QEvent enter(QEvent::Enter);
    QApplication::sendEvent(recall, &enter);
    CHECK(b.status() == recall->disabledReason());
    QEvent leave(QEvent::Leave);
    QApplication::sendEvent(recall, &leave);
    CHECK(b.status() != recall->disabledReason());
}

TEST_CASE("the compact window fits every action into about 360x520", "[ui][booth]")
{
    CounterOptions options = BoothHarness::defaults();
    options.compact = true;
    BoothHarness b(options);
    b.window().resize(360, 520);
    b.issue(u"S1"_s, 3);
    b.openL1();
    b.click(u"callNextButton"_s);
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    CHECK(b.window().isCompact());
    // The window did not have to grow to hold its content.
    CHECK(b.window().size() == QSize(360, 520));
    CHECK_FALSE(b.find<QTableWidget>(u"waitingList"_s)->isVisible());
    CHECK(b.find<QLabel>(u"waitingSummary"_s)->text().contains(u"A-002"_s));
    const QRect window = b.window().rect();
    for (CounterAction action : CounterActions::all()) {
        auto* button = b.find<ActionButton>(CounterActions::objectName(action));
        INFO(CounterActions::objectName(action).toStdString());
        REQUIRE(button->isVisible());
        const QRect r(button->mapTo(&b.window(), QPoint(0, 0)), button->size());
        CHECK(window.contains(r));
        CHECK(r.height() >= 40); // a touch target
    }
    b.shot(u"compact-called"_s);
    b.click(u"serveButton"_s);
    b.click(u"finishButton"_s);
    b.shot(u"compact-outcome"_s);
    b.key(Qt::Key_Escape);
    // F11 switches to the full layout and back.
    b.key(Qt::Key_F11);
    CHECK_FALSE(b.window().isCompact());
    CHECK(b.find<QTableWidget>(u"waitingList"_s)->isVisible());
}

TEST_CASE("Indonesian is complete for the booth and can be switched at run time", "[ui][booth][i18n]")
{
    I18n i18n({u"counter"_s});
    REQUIRE(i18n.setLanguage(u"id"_s));
    BoothHarness b;
    b.issue(u"S1"_s, 1);
    b.openL1();
    CHECK(b.find<ActionButton>(u"callNextButton"_s)->title() == u"Panggil berikutnya"_s);
    CHECK(b.find<ActionButton>(u"finishNextButton"_s)->title() == u"Selesai & panggil berikutnya"_s);
    b.click(u"callNextButton"_s);
    CHECK(b.status().contains(u"dipanggil"_s));
    b.click(u"serveButton"_s);
    b.shot(u"id-serving"_s);
    b.click(u"finishButton"_s);
    CHECK(b.find<ActionButton>(u"choice_completed"_s)->title().contains(u"Tuntas"_s));
    b.click(u"choiceCancel"_s);

    // A refusal reads in Indonesian too.
    b.key(Qt::Key_F1);
    CHECK(b.status().contains(u"A-001"_s));
    CHECK(b.status().contains(u"Selesai"_s));

    REQUIRE(i18n.setLanguage(u"en"_s));
    QCoreApplication::processEvents();
    CHECK(b.find<ActionButton>(u"callNextButton"_s)->title() == u"Call next"_s);
}

TEST_CASE("the compact window can stay above other windows and returns to its full size", "[ui][booth]")
{
    CounterOptions options = BoothHarness::defaults();
    options.onTop = true;
    BoothHarness b(options);
    b.openL1();
    const QSize full = b.window().size();
    b.click(u"compactButton"_s);
    CHECK(b.window().isCompact());
    CHECK(b.window().size() == QSize(360, 520));
    CHECK(b.window().windowFlags().testFlag(Qt::WindowStaysOnTopHint));
    b.click(u"compactButton"_s);
    CHECK_FALSE(b.window().isCompact());
    CHECK(b.window().size() == full);
    CHECK_FALSE(b.window().windowFlags().testFlag(Qt::WindowStaysOnTopHint));
}
