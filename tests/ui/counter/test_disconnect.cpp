// The booth while the hall's server cannot be reached: the current ticket stays on screen, every button
// waits and says why, and the booth carries on by itself when the server is back.
#include "core/services/ReportService.h"
#include "counter_ui/BoothPage.h"
#include "counter_ui/CounterSession.h"
#include "counter_ui/CounterText.h"
#include "counter_ui/CounterWindow.h"
#include "tests/support/FakeQueueService.h"
#include "tests/support/QtStringMakers.h"
#include "tests/support/TestHall.h"
#include "tests/support/Wait.h"
#include "tests/support/Widgets.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

#include <catch2/catch.hpp>

using namespace antre;
using namespace antre::test;
using namespace Qt::Literals::StringLiterals;

TEST_CASE("a disconnected booth keeps its ticket on screen and its buttons wait with the reason",
          "[ui][booth][reconnect]")
{
    TestHall hall; // its staff and reports; the queue is the fake one, which can lose its server
    FakeQueueService queue(TestHall::smallConfig(), hall.clock);
    REQUIRE(queue.issue(u"S1"_s, false).ok());
    REQUIRE(queue.issue(u"S1"_s, false).ok());
    CounterOptions options;
    options.memoryPath = hall.dir() + u"/booth.ini"_s;
    CounterWindow window(CounterDeps{queue, hall.services().staff, hall.services().reports, hall.clock},
                         options);
    window.resize(1366, 768);
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.start().ok());
    child<QLineEdit>(&window, u"staffIdEdit"_s)->setText(u"OFF1"_s);
    auto* pin = child<QLineEdit>(&window, u"pinEdit"_s);
    pin->setFocus();
    QTest::keyClicks(pin, u"1234"_s);
    QTest::keyClick(pin, Qt::Key_Return);
    REQUIRE(window.page() == CounterWindow::Page::Picker);
    click(&window, u"counter_L1"_s);
    REQUIRE(window.page() == CounterWindow::Page::Booth);
    click(&window, u"callNextButton"_s);
    const auto number = [&] { return child<QLabel>(&window, u"ticketNumber"_s)->text(); };
    REQUIRE(number() == u"A-001"_s);

    queue.setReachable(false);
    window.session().refresh();
    CHECK(window.session().isDisconnected());
    CHECK(number() == u"A-001"_s);
    CHECK(window.boothPage().statusText() == CounterText::waitingForServer());
    for (const QString& name : {u"callNextButton"_s, u"recallButton"_s, u"serveButton"_s})
        CHECK_FALSE(child<QAbstractButton>(&window, name)->isEnabled());
    CHECK(window.session().state(CounterAction::Recall).reason == CounterText::waitingForServer());
    // Nobody refreshes from here on: the booth looks again by itself once the server is back.
    queue.setReachable(true);
    REQUIRE(waitUntil([&] { return !window.session().isDisconnected(); }, 5000));
    CHECK(number() == u"A-001"_s);
    CHECK(child<QAbstractButton>(&window, u"recallButton"_s)->isEnabled());
    CHECK(window.boothPage().statusText() != CounterText::waitingForServer());
    click(&window, u"serveButton"_s);
    auto ticket = queue.ticket(*TicketNumber::parse(u"A-001"_s), TestHall::monday());
    REQUIRE(ticket.ok());
    CHECK(ticket.value().status == TicketStatus::Serving);
}
