#include "supervisor_ui/DashboardView.h"
#include "supervisor_ui/LoginView.h"
#include "supervisor_ui/ReportView.h"
#include "supervisor_ui/StaffView.h"
#include "supervisor_ui/SupervisorWindow.h"
#include "tests/support/ErrorCodeStringMaker.h"
#include "tests/support/QtStringMakers.h"
#include "tests/ui/supervisor/SupervisorTestSupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace antre;
using namespace antre::test;

namespace {

void signInWith(LoginView& view, const QString& id, const QString& pin)
{
    typeInto(child<QLineEdit>(&view, u"login.id"_s), id);
    typeInto(child<QLineEdit>(&view, u"login.pin"_s), pin);
    child<QPushButton>(&view, u"login.submit"_s)->click();
}

} // namespace

TEST_CASE("an officer cannot sign in to the supervisor program", "[login]")
{
    SupervisorHall s;
    SupervisorWindow window(s.access);
    window.show();
    QSignalSpy loggedIn(window.login(), &LoginView::loggedIn);
    signInWith(*window.login(), u"OFF1"_s, u"1234"_s);
    CHECK(loggedIn.isEmpty());
    CHECK_FALSE(window.isSignedIn());
    auto* error = child<QLabel>(window.login(), u"login.error"_s);
    CHECK(error->isVisible());
    CHECK(error->text().contains(u"officer"_s));
    // Nor by any other way in.
    CHECK(window.signIn(s.member(u"OFF1"_s)).error().kind == ErrorKind::Refused);
    CHECK_FALSE(window.isSignedIn());
}

TEST_CASE("a supervisor signs in and a wrong PIN gets the directory's message", "[login]")
{
    SupervisorHall s;
    SupervisorWindow window(s.access);
    window.show();
    signInWith(*window.login(), u"SPV"_s, u"0000"_s);
    CHECK_FALSE(window.isSignedIn());
    CHECK(child<QLabel>(window.login(), u"login.error"_s)->text().contains(u"Wrong staff ID or PIN"_s));

    signInWith(*window.login(), u"SPV"_s, u"9999"_s);
    REQUIRE(window.isSignedIn());
    CHECK(window.member()->role == Role::Supervisor);
    CHECK(window.dashboard()->isVisible());
    child<QPushButton>(&window, u"nav.report"_s)->click();
    CHECK(window.reportView()->isVisible());
    CHECK(window.reportView()->report().has_value());
    child<QPushButton>(&window, u"header.signOut"_s)->click();
    CHECK_FALSE(window.isSignedIn());
    CHECK(window.login()->isVisible());
}

TEST_CASE("an administrator adds a member and resets a PIN and unlocks an account", "[staff]")
{
    SupervisorHall s;
    StaffView view(s.access, s.member(u"ADM"_s));
    view.show();
    CHECK_FALSE(child<QLabel>(&view, u"staff.notice"_s)->isVisible());

    child<QPushButton>(&view, u"staff.add"_s)->click();
    typeInto(child<QLineEdit>(&view, u"staff.id"_s), u"OFF3"_s);
    typeInto(child<QLineEdit>(&view, u"staff.name"_s), u"Officer Three"_s);
    auto* booths = child<QListWidget>(&view, u"staff.counters"_s);
    REQUIRE(booths->count() == 3);
    booths->item(1)->setCheckState(Qt::Checked);
    // A new member needs a PIN: said next to the field, nothing saved.
    child<QPushButton>(&view, u"staff.save"_s)->click();
    CHECK(child<QLabel>(&view, u"staff.pin.error"_s)->isVisible());
    CHECK_FALSE(s.hall.staff->find(u"OFF3"_s).ok());
    // A PIN that is too short is refused with the import's own rule.
    typeInto(child<QLineEdit>(&view, u"staff.pin"_s), u"12"_s);
    REQUIRE_FALSE(view.saveMember().ok());
    CHECK(child<QLabel>(&view, u"staff.pin.error"_s)->text().contains(u"4 to 12 digits"_s));
    keepScreenshot(&view, u"staff-error"_s);
    typeInto(child<QLineEdit>(&view, u"staff.pin"_s), u"246810"_s);
    REQUIRE(view.saveMember().ok());
    const auto added = s.hall.staff->find(u"OFF3"_s);
    REQUIRE(added.ok());
    CHECK(added.value().counters == QStringList{u"L2"_s});
    CHECK(s.hall.staff->login(u"OFF3"_s, u"246810"_s).ok());

    // An existing ID cannot be added twice.
    child<QPushButton>(&view, u"staff.add"_s)->click();
    typeInto(child<QLineEdit>(&view, u"staff.id"_s), u"OFF1"_s);
    typeInto(child<QLineEdit>(&view, u"staff.name"_s), u"Someone Else"_s);
    typeInto(child<QLineEdit>(&view, u"staff.pin"_s), u"1111"_s);
    REQUIRE_FALSE(view.saveMember().ok());
    CHECK(child<QLabel>(&view, u"staff.id.error"_s)->text().contains(u"OFF1"_s));
    CHECK(s.hall.staff->find(u"OFF1"_s).value().name == u"Officer One");

    // OFF1 locks the account with five wrong PINs; the administrator unlocks it.
    for (int i = 0; i < StaffDirectory::kMaxFailures; ++i)
        (void)s.hall.staff->login(u"OFF1"_s, u"0000"_s);
    REQUIRE(s.hall.staff->login(u"OFF1"_s, u"1234"_s).error().code == ErrorCode::Locked);
    view.selectMember(u"OFF1"_s);
    CHECK(child<QLabel>(&view, u"staff.state"_s)->text().contains(u"Locked"_s));
    child<QPushButton>(&view, u"staff.unlock"_s)->click();
    CHECK(s.hall.staff->login(u"OFF1"_s, u"1234"_s).ok());

    // New PIN, then deactivate.
    typeInto(child<QLineEdit>(&view, u"staff.pin"_s), u"8642"_s);
    child<QPushButton>(&view, u"staff.resetPin"_s)->click();
    CHECK(s.hall.staff->login(u"OFF1"_s, u"8642"_s).ok());
    child<QPushButton>(&view, u"staff.toggleActive"_s)->click();
    CHECK(s.hall.staff->login(u"OFF1"_s, u"8642"_s).error().code == ErrorCode::Inactive);
    // An administrator cannot lock themselves out.
    view.selectMember(u"ADM"_s);
    CHECK(view.setMemberActive(false).error().kind == ErrorKind::Refused);
}

TEST_CASE("a supervisor sees the staff but cannot manage them", "[staff]")
{
    SupervisorHall s;
    StaffView view(s.access, s.member(u"SPV"_s));
    view.show();
    CHECK(child<QLabel>(&view, u"staff.notice"_s)->isVisible());
    for (const auto* name :
         {u"staff.save", u"staff.add", u"staff.unlock", u"staff.resetPin", u"staff.toggleActive"})
        CHECK_FALSE(child<QPushButton>(&view, QString::fromUtf16(name))->isEnabled());
    CHECK_FALSE(child<QLineEdit>(&view, u"staff.name"_s)->isEnabled());

    // Even when asked directly, nothing changes.
    (void)s.hall.staff->login(u"OFF1"_s, u"0000"_s);
    view.selectMember(u"OFF1"_s);
    CHECK(view.saveMember().error().kind == ErrorKind::Refused);
    CHECK(view.setMemberActive(false).error().kind == ErrorKind::Refused);
    CHECK(view.unlockMember().error().kind == ErrorKind::Refused);
    CHECK(view.resetPin().error().kind == ErrorKind::Refused);
    CHECK(s.hall.staff->find(u"OFF1"_s).value().active);
    CHECK(s.hall.staff->find(u"OFF1"_s).value().failedAttempts == 1);
}
