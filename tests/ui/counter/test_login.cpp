#include "counter_ui/BoothPage.h"
#include "counter_ui/CounterSession.h"
#include "counter_ui/IdleLock.h"
#include "counter_ui/LoginPage.h"
#include "counter_ui/PickerPage.h"
#include "tests/support/QtStringMakers.h"
#include "tests/support/Wait.h"
#include "tests/ui/counter/BoothHarness.h"

#include <QLabel>
#include <QLineEdit>

using namespace antre;
using namespace antre::test;
using namespace Qt::Literals::StringLiterals;

TEST_CASE("login with staff ID and PIN leads to the officer's counters", "[ui][login]")
{
    BoothHarness b;
    b.login(u"OFF1"_s, u"1234"_s);
    REQUIRE(b.window().page() == CounterWindow::Page::Picker);
    // OFF1 may use L1 and L2, not L3.
    CHECK(b.find<QAbstractButton>(u"counter_L1"_s));
    CHECK(b.find<QAbstractButton>(u"counter_L2"_s));
    CHECK_FALSE(b.has<QAbstractButton>(u"counter_L3"_s));

    b.openCounter(u"L1"_s);
    auto status = b.hall.engine->counterStatus(u"L1"_s);
    REQUIRE(status.ok());
    CHECK(status.value().state == CounterState::Open);
    CHECK(status.value().staffId == u"OFF1"_s);
    CHECK(b.status().contains(u"Loket 1"_s));
}

TEST_CASE("a wrong PIN is refused with a clear message and the PIN field is cleared", "[ui][login]")
{
    BoothHarness b;
    b.login(u"OFF1"_s, u"9999"_s);
    CHECK(b.window().page() == CounterWindow::Page::Login);
    CHECK(b.loginMessage() == u"Wrong staff ID or PIN."_s);
    CHECK(b.find<QLineEdit>(u"pinEdit"_s)->text().isEmpty());
    // An unknown ID reads the same, so IDs cannot be probed.
    b.login(u"NOBODY"_s, u"1234"_s);
    CHECK(b.loginMessage() == u"Wrong staff ID or PIN."_s);
    // Empty fields say what is missing.
    b.login(u""_s, u"1234"_s);
    CHECK(b.loginMessage() == u"Enter your staff ID."_s);
}

TEST_CASE("five wrong PINs lock the account, even against the right PIN, until the time is up", "[ui][login]")
{
    BoothHarness b;
    for (int i = 0; i < 4; ++i) {
        b.login(u"OFF1"_s, u"0000"_s);
        CHECK(b.loginMessage() == u"Wrong staff ID or PIN."_s);
    }
    b.login(u"OFF1"_s, u"0000"_s);
    CHECK(b.loginMessage().contains(u"locked for 5 minute"_s));
    b.shot(u"login-locked"_s);
    b.login(u"OFF1"_s, u"1234"_s);
    CHECK(b.window().page() == CounterWindow::Page::Login);
    CHECK(b.loginMessage().contains(u"locked"_s));

    b.hall.clock.advanceSecs(3 * 60);
    b.login(u"OFF1"_s, u"1234"_s);
    CHECK(b.loginMessage().contains(u"2 minute"_s));

    b.hall.clock.advanceSecs(2 * 60 + 1);
    b.login(u"OFF1"_s, u"1234"_s);
    CHECK(b.window().page() == CounterWindow::Page::Picker);
}

TEST_CASE("a counter taken by another officer is disabled on the picker with the reason", "[ui][login]")
{
    BoothHarness b;
    // The supervisor may open any counter; here they hold L2.
    REQUIRE(b.hall.engine->openCounter(u"L2"_s, u"SPV"_s).ok());
    b.login(u"OFF1"_s, u"1234"_s);
    auto* l2 = b.find<QAbstractButton>(u"counter_L2"_s);
    REQUIRE(l2);
    CHECK_FALSE(l2->isEnabled());
    CHECK(l2->toolTip().contains(u"Supervisor"_s));
    b.shot(u"picker-taken"_s);
    CHECK(b.isEnabled(u"counter_L1"_s));
}

TEST_CASE("after a restart the booth resumes with its current ticket once the PIN is given", "[ui][login]")
{
    BoothHarness b;
    b.issue(u"S1"_s, 2);
    b.openL1();
    b.click(u"callNextButton"_s);
    b.click(u"serveButton"_s);
    REQUIRE(b.currentNumber() == u"A-001"_s);

    // As after a crash: a new window, nothing carried over but the database and the remembered booth.
    b.restart(BoothHarness::defaults());
    CHECK(b.window().page() == CounterWindow::Page::Login);
    CHECK(b.find<QLineEdit>(u"staffIdEdit"_s)->text() == u"OFF1"_s);
    auto* pin = b.find<QLineEdit>(u"pinEdit"_s);
    pin->setFocus();
    QTest::keyClicks(pin, u"1234"_s);
    QTest::keyClick(pin, Qt::Key_Return);
    REQUIRE(b.window().page() == CounterWindow::Page::Booth);
    CHECK(b.window().session().counterCode() == u"L1"_s);
    CHECK(b.currentNumber() == u"A-001"_s);
    CHECK(b.status().contains(u"A-001"_s));
    // And it carries on: the served ticket can be finished.
    b.click(u"finishButton"_s);
    b.click(u"choice_completed"_s);
    CHECK(b.ticket(u"A-001"_s).status == TicketStatus::Done);
}

TEST_CASE("the booth locks after the idle time and only the officer's PIN opens it", "[ui][login]")
{
    CounterOptions options = BoothHarness::defaults();
    options.idleLockMs = 150;
    BoothHarness b(options);
    b.openL1();
    REQUIRE(waitUntil([&] { return b.window().page() == CounterWindow::Page::Lock; }));
    // The booth's keys do nothing while locked.
    b.issue(u"S1"_s, 1);
    b.key(Qt::Key_F1);
    CHECK_FALSE(b.hall.engine->counterStatus(u"L1"_s).value().current.has_value());

    auto* pin = b.find<QLineEdit>(u"lockPinEdit"_s);
    pin->setText(u"5678"_s); // OFF2's PIN does not open OFF1's booth
    b.click(u"unlockButton"_s);
    CHECK(b.window().page() == CounterWindow::Page::Lock);
    CHECK(b.find<QLabel>(u"lockMessage"_s)->text() == u"Wrong staff ID or PIN."_s);
    b.shot(u"lock"_s);

    b.window().idleLock().setTimeoutMs(0); // the unlocked booth should stay unlocked for the rest
    pin->setText(u"1234"_s);
    b.click(u"unlockButton"_s);
    CHECK(b.window().page() == CounterWindow::Page::Booth);
    b.click(u"callNextButton"_s);
    CHECK(b.currentNumber() == u"A-001"_s);
}

TEST_CASE("F12 locks the booth at once, a booth closed elsewhere meanwhile stays behind the lock",
          "[ui][login]")
{
    BoothHarness b;
    b.openL1();
    b.key(Qt::Key_F12);
    CHECK(b.window().page() == CounterWindow::Page::Lock);

    REQUIRE(b.hall.engine->closeCounter(u"L1"_s).ok());
    b.window().session().refresh(); // as the change watcher would
    CHECK(b.window().page() == CounterWindow::Page::Lock);
    b.find<QLineEdit>(u"lockPinEdit"_s)->setText(u"1234"_s);
    b.click(u"unlockButton"_s);
    CHECK(b.window().page() == CounterWindow::Page::Picker);
    CHECK(b.window().pickerPage().message().contains(u"closed from elsewhere"_s));
}

TEST_CASE("logging out from the picker returns to the login with the ID kept", "[ui][login]")
{
    BoothHarness b;
    b.login(u"OFF1"_s, u"1234"_s);
    b.click(u"logoutButton"_s);
    CHECK(b.window().page() == CounterWindow::Page::Login);
    CHECK_FALSE(b.window().session().isLoggedIn());
    CHECK(b.find<QLineEdit>(u"staffIdEdit"_s)->text() == u"OFF1"_s);
}
