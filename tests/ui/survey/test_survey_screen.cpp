#include "core/I18n.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/SurveyService.h"
#include "core/survey/SurveyElements.h"
#include "survey_ui/BoothWatcher.h"
#include "survey_ui/SurveyApp.h"
#include "survey_ui/SurveyWindow.h"
#include "tests/support/QtStringMakers.h"
#include "tests/support/SqlCount.h"
#include "tests/support/TestHall.h"
#include "tests/support/Wait.h"
#include "tests/support/Widgets.h"

#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace antre;
using namespace antre::survey;
using antre::test::TestHall;
using antre::test::waitUntil;

namespace {

// The small test hall with the survey screen of booth L1 on it, Indonesian, landscape.
struct SurveyFixture
{
    SurveyFixture() : i18n(QStringList{u"survey"_s, u"kiosk"_s})
    {
        REQUIRE(i18n.setLanguage(u"id"_s));
        HallServices& services = hall.services();
        booth = std::make_unique<BoothWatcher>(services.queue, u"L1"_s);
        REQUIRE(booth->refresh().ok());
        window = std::make_unique<SurveyWindow>(services.survey, services.staff, i18n);
        window->follow(*booth);
        window->resize(1280, 800);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        REQUIRE(hall.engine->openCounter(u"L1"_s, u"OFF1"_s).ok());
        REQUIRE(hall.engine->openCounter(u"L3"_s, u"OFF2"_s).ok());
    }

    template <typename T = QWidget> T* find(const QString& name) const
    {
        return antre::test::child<T>(window.get(), name);
    }
    void tap(const QString& name)
    {
        INFO("on screen " << window->currentScreen().toStdString());
        antre::test::tap(window.get(), name);
    }
    QString text(const QString& label) const { return find<QLabel>(label)->text(); }

    // Issues a ticket of S2 and serves it at `counter` for `servingSecs`; the screen reads the booth while it
    // is served (as the change notifier would make it), not yet after it is finished.
    TicketNumber serveUnread(const QString& counter, qint64 servingSecs = 0)
    {
        auto issued = hall.engine->issue(u"S2"_s, false);
        REQUIRE(issued.ok());
        REQUIRE(hall.engine->callNext(counter).ok());
        REQUIRE(hall.engine->startServing(counter).ok());
        REQUIRE(booth->refresh().ok());
        hall.clock.advanceSecs(servingSecs);
        REQUIRE(hall.engine->finish(counter, Outcome::Completed).ok());
        return issued.value().number;
    }
    // serveUnread, and the screen reads the booth again once the ticket is finished.
    TicketNumber serve(const QString& counter)
    {
        const TicketNumber number = serveUnread(counter, 180);
        REQUIRE(booth->refresh().ok());
        return number;
    }

    qint64 responses() { return antre::test::count(*hall.db, u"SELECT count(*) FROM survey_responses"_s); }

    TestHall hall;
    I18n i18n;
    std::unique_ptr<BoothWatcher> booth;
    std::unique_ptr<SurveyWindow> window;
};

// The score given to the element asked at `position`: neighbours differ, so a mix-up of screen order and
// element shows in the stored sums.
int scoreAt(int position)
{
    return position % 4 + 1;
}

} // namespace

TEST_CASE("survey screen: idle, it names the booth and asks how the service was", "[survey]")
{
    SurveyFixture screen;
    CHECK(screen.window->currentScreen() == u"idle"_s);
    CHECK(screen.text(u"surveyIdleTitle"_s) == u"Bagaimana layanan kami?"_s);
    // The booth's name as on its sign.
    CHECK(screen.text(u"surveyIdleBooth"_s) == u"Loket 1"_s);
    CHECK(screen.text(u"surveyIdleHint"_s).contains(u"30 detik"_s));

    // English one tap away, and back.
    screen.tap(u"surveyLanguage"_s);
    // The language change reaches the widgets through the event loop.
    REQUIRE(waitUntil([&] { return screen.text(u"surveyIdleTitle"_s) == u"How was our service?"_s; }));
    CHECK(screen.find<QPushButton>(u"surveyLanguage"_s)->text() == u"Bahasa Indonesia"_s);
    screen.tap(u"surveyLanguage"_s);
    CHECK(waitUntil([&] { return screen.text(u"surveyIdleTitle"_s) == u"Bagaimana layanan kami?"_s; }));
}

TEST_CASE("survey screen: a ticket finished at the booth is offered, and all nine answers are stored by "
          "element",
          "[survey]")
{
    SurveyFixture screen;
    const TicketNumber ticket = screen.serve(u"L1"_s);
    REQUIRE(screen.window->currentScreen() == u"offer"_s);
    CHECK(screen.text(u"surveyOfferTitle"_s) == u"Nilai layanan untuk tiket %1?"_s.arg(ticket.toString()));
    CHECK(screen.find<QPushButton>(u"surveyStart"_s)->text() == u"Mulai"_s);
    CHECK(screen.find<QPushButton>(u"surveySkip"_s)->text() == u"Lewati"_s);

    screen.tap(u"surveyStart"_s);
    REQUIRE(screen.window->currentScreen() == u"survey"_s);
    const auto& order = SurveyQuestionnaire::questionOrder();
    for (int position = 0; position < kSurveyElementCount; ++position) {
        INFO("question " << position + 1);
        CHECK(screen.text(u"surveyProgress"_s) == u"%1 dari 9"_s.arg(position + 1));
        const SurveyElement element = order.at(std::size_t(position));
        // The element's own labels on the buttons (biaya: … gratis).
        CHECK(screen.find<QPushButton>(u"surveyAnswer_4"_s)->text() ==
              SurveyQuestionnaire::answerLabel(element, 4));
        if (position == 1) {
            // Back to the first question and forward again: the first answer is kept, changed.
            screen.tap(u"surveyBack"_s);
            CHECK(screen.text(u"surveyProgress"_s) == u"1 dari 9"_s);
            screen.tap(u"surveyAnswer_%1"_s.arg(scoreAt(0)));
        }
        screen.tap(u"surveyAnswer_%1"_s.arg(scoreAt(position)));
    }
    // The optional profile, one question per screen on this panel: the age given, the rest skipped.
    CHECK(screen.find<QPushButton>(u"surveyProfile_sex_l"_s)->isVisible());
    screen.tap(u"surveyProfileNext"_s);
    CHECK_FALSE(screen.find<QPushButton>(u"surveyProfile_sex_l"_s)->isVisible());
    screen.tap(u"surveyProfile_age_31-40"_s);
    for (int part = 1; part < 4; ++part)
        screen.tap(u"surveyProfileNext"_s);
    auto* saran = screen.find<QPlainTextEdit>(u"surveySaran"_s);
    saran->setFocus();
    QTest::keyClicks(saran, u"Ruang tunggu sejuk"_s);
    screen.tap(u"surveySend"_s);
    CHECK(screen.window->currentScreen() == u"thanks"_s);
    CHECK(screen.text(u"surveyDoneTitle"_s) == u"Terima kasih!"_s);

    auto report =
        screen.hall.services().survey.ikm(TestHall::monday(), TestHall::monday(), IkmGrouping::Counter);
    REQUIRE(report.ok());
    REQUIRE(report.value().total.responses() == 1);
    for (int position = 0; position < kSurveyElementCount; ++position) {
        const SurveyElement element = order.at(std::size_t(position));
        INFO(SurveyQuestionnaire::code(element).toStdString());
        CHECK(report.value().total.tally.sums.at(std::size_t(SurveyQuestionnaire::index(element))) ==
              scoreAt(position));
    }
    // Linked to the visit: the booth it was served at.
    REQUIRE(report.value().groups.size() == 1);
    CHECK(report.value().groups.at(0).key == u"L1"_s);
    QSqlQuery q(screen.hall.db->sql());
    REQUIRE(q.exec(u"SELECT source, saran, age_band, sex FROM survey_responses"_s));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == u"booth"_s);
    CHECK(q.value(1).toString() == u"Ruang tunggu sejuk"_s);
    CHECK(q.value(2).toString() == u"31-40"_s);
    CHECK(q.value(3).isNull());
}

TEST_CASE("survey screen: without a touch it returns to idle and stores nothing", "[survey]")
{
    SurveyFixture screen;
    screen.window->setIdleTimeout(200);
    const TicketNumber ticket = screen.serve(u"L1"_s);
    REQUIRE(screen.window->currentScreen() == u"offer"_s);

    SECTION("on the offer") {}
    SECTION("half way through the questions, in English")
    {
        screen.tap(u"surveyLanguage"_s);
        screen.tap(u"surveyStart"_s);
        for (int position = 0; position < 5; ++position)
            screen.tap(u"surveyAnswer_%1"_s.arg(scoreAt(position)));
        CHECK(waitUntil([&] { return screen.text(u"surveyProgress"_s) == u"6 of 9"_s; }));
    }
    REQUIRE(waitUntil([&] { return screen.window->currentScreen() == u"idle"_s; }));
    CHECK(screen.responses() == 0);
    // The next citizen starts in the hall's language, on a fresh questionnaire.
    CHECK(screen.text(u"surveyIdleTitle"_s) == u"Bagaimana layanan kami?"_s);
    // The discarded visit can still be rated (at the kiosk, say): nothing of it was kept.
    CHECK(screen.hall.services().survey.visit(ticket, TestHall::monday()).ok());
}

TEST_CASE("survey screen: a ticket finished at another booth is not offered here", "[survey]")
{
    SurveyFixture screen;
    screen.serve(u"L3"_s);
    CHECK(screen.window->currentScreen() == u"idle"_s);
    // A ticket that leaves the booth unserved (no-show) is not offered either.
    REQUIRE(screen.hall.engine->issue(u"S2"_s, false).ok());
    REQUIRE(screen.hall.engine->callNext(u"L1"_s).ok());
    REQUIRE(screen.booth->refresh().ok());
    REQUIRE(screen.hall.engine->markNoShow(u"L1"_s).ok());
    REQUIRE(screen.booth->refresh().ok());
    CHECK(screen.window->currentScreen() == u"idle"_s);
    // Nor one sent on to another service (a transfer).
    REQUIRE(screen.hall.engine->issue(u"S2"_s, false).ok());
    REQUIRE(screen.hall.engine->callNext(u"L1"_s).ok());
    REQUIRE(screen.hall.engine->startServing(u"L1"_s).ok());
    REQUIRE(screen.booth->refresh().ok());
    REQUIRE(screen.hall.engine->transfer(u"L1"_s, u"S1"_s).ok());
    REQUIRE(screen.booth->refresh().ok());
    CHECK(screen.window->currentScreen() == u"idle"_s);
    // While this booth's next ticket is offered at once.
    screen.serve(u"L1"_s);
    CHECK(screen.window->currentScreen() == u"offer"_s);
}

TEST_CASE("survey screen: a ticket rated already gets a polite message, then idle", "[survey]")
{
    SurveyFixture screen;
    screen.window->setDoneTimeout(200);
    SurveyResponse response;
    response.businessDay = TestHall::monday();
    for (SurveyElement element : SurveyQuestionnaire::elements())
        response.answers.set(element, 4);
    response.source = SurveySource::Cli;

    SECTION("before the offer")
    {
        response.ticket = screen.serveUnread(u"L1"_s);
        REQUIRE(screen.hall.services().survey.record(response).ok());
        REQUIRE(screen.booth->refresh().ok());
    }
    SECTION("while the citizen answers (at the kiosk meanwhile)")
    {
        response.ticket = screen.serve(u"L1"_s);
        screen.tap(u"surveyStart"_s);
        REQUIRE(screen.hall.services().survey.record(response).ok());
        for (int position = 0; position < kSurveyElementCount; ++position)
            screen.tap(u"surveyAnswer_1"_s);
        for (int part = 0; part < 4; ++part)
            screen.tap(u"surveyProfileNext"_s);
        screen.tap(u"surveySend"_s);
    }
    CHECK(screen.window->currentScreen() == u"rated"_s);
    CHECK(screen.text(u"surveyDoneText"_s) ==
          u"Tiket %1 sudah dinilai. Satu penilaian untuk setiap kunjungan sudah cukup."_s.arg(
              response.ticket.toString()));
    CHECK(screen.responses() == 1);
    REQUIRE(waitUntil([&] { return screen.window->currentScreen() == u"idle"_s; }));
}

TEST_CASE("survey screen: the booth's next ticket waits until the citizen before has finished", "[survey]")
{
    SurveyFixture screen;
    screen.window->setDoneTimeout(100);
    screen.serve(u"L1"_s);
    screen.tap(u"surveyStart"_s);
    const TicketNumber next = screen.serve(u"L1"_s);
    CHECK(screen.window->currentScreen() == u"survey"_s);
    for (int position = 0; position < kSurveyElementCount; ++position)
        screen.tap(u"surveyAnswer_3"_s);
    for (int part = 0; part < 4; ++part)
        screen.tap(u"surveyProfileNext"_s);
    screen.tap(u"surveySend"_s);
    CHECK(screen.window->currentScreen() == u"thanks"_s);
    REQUIRE(waitUntil([&] { return screen.window->currentScreen() == u"offer"_s; }));
    CHECK(screen.text(u"surveyOfferTitle"_s) == u"Nilai layanan untuk tiket %1?"_s.arg(next.toString()));
    CHECK(screen.responses() == 1);
}

TEST_CASE("survey screen: kiosk-locked, only a supervisor's sign-in closes it", "[survey]")
{
    SurveyFixture screen;
    screen.window->setKioskMode(true);
    // New window flags hide a window until it is shown again, as the program does after setKioskMode.
    screen.window->show();
    REQUIRE(QTest::qWaitForWindowExposed(screen.window.get()));
    CHECK(screen.window->windowFlags().testFlag(Qt::FramelessWindowHint));
    CHECK(QApplication::overrideCursor()->shape() == Qt::BlankCursor);
    // A citizen cannot close it.
    CHECK_FALSE(screen.window->close());
    CHECK(screen.window->isVisible());

    QSignalSpy exits(screen.window.get(), &SurveyWindow::exitAuthorized);
    auto* overlay = screen.find<QWidget>(u"exitOverlay"_s);
    const auto cornerTaps = [&](int taps) {
        for (int i = 0; i < taps; ++i)
            QTest::mouseClick(screen.window.get(), Qt::LeftButton, {}, QPoint(20, 20));
    };
    cornerTaps(4);
    CHECK_FALSE(overlay->isVisible());
    cornerTaps(1);
    REQUIRE(overlay->isVisible());
    const auto type = [&](const QString& field, const QString& text) {
        QTest::mouseClick(screen.find<QWidget>(field), Qt::LeftButton);
        for (const QChar c : text)
            screen.tap(u"key_"_s + c);
    };
    type(u"exitStaffId"_s, u"OFF1"_s);
    type(u"exitPin"_s, u"1234"_s);
    screen.tap(u"exitConfirmButton"_s);
    CHECK(exits.isEmpty());
    CHECK(overlay->isVisible());
    screen.tap(u"exitCancelButton"_s);
    CHECK_FALSE(overlay->isVisible());
    cornerTaps(5);
    REQUIRE(overlay->isVisible());
    type(u"exitStaffId"_s, u"SPV"_s);
    type(u"exitPin"_s, u"9999"_s);
    screen.tap(u"exitConfirmButton"_s);
    REQUIRE(exits.size() == 1);
    CHECK(exits.at(0).at(0).toString() == u"SPV"_s);
    CHECK(screen.window->close());
    screen.window->setKioskMode(false);
}

TEST_CASE("survey screen: the officer's finish in another process reaches the screen by itself", "[survey]")
{
    TestHall hall;
    I18n i18n(QStringList{u"survey"_s, u"kiosk"_s});
    REQUIRE(i18n.setLanguage(u"id"_s));
    HallServices& services = hall.services();
    BoothWatcher booth(services.queue, u"L1"_s);
    REQUIRE(booth.refresh().ok());
    SurveyWindow window(services.survey, services.staff, i18n);
    SurveyApp::connectLive(services.changes, booth, window);
    services.changes.start();
    window.resize(800, 1280);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    // The booth program writes through its own connection (hall.engine); nothing here calls refresh().
    REQUIRE(hall.engine->openCounter(u"L1"_s, u"OFF1"_s).ok());
    auto issued = hall.engine->issue(u"S2"_s, false);
    REQUIRE(issued.ok());
    REQUIRE(hall.engine->callNext(u"L1"_s).ok());
    REQUIRE(hall.engine->startServing(u"L1"_s).ok());
    REQUIRE(waitUntil([&] { return booth.status().current.has_value(); }));
    CHECK(window.currentScreen() == u"idle"_s);
    REQUIRE(hall.engine->finish(u"L1"_s, Outcome::Completed).ok());
    REQUIRE(waitUntil([&] { return window.currentScreen() == u"offer"_s; }));
    CHECK(antre::test::child<QLabel>(&window, u"surveyOfferTitle"_s)->text() ==
          u"Nilai layanan untuk tiket %1?"_s.arg(issued.value().number.toString()));
    services.changes.stop();
}

TEST_CASE("survey screen: a finish between two reads is offered, however the changes were coalesced",
          "[survey]")
{
    SurveyFixture screen;
    QSignalSpy finished(screen.booth.get(), &BoothWatcher::finished);
    const auto callAndFinish = [&] {
        auto issued = screen.hall.engine->issue(u"S2"_s, false);
        REQUIRE(issued.ok());
        REQUIRE(screen.hall.engine->callNext(u"L1"_s).ok());
        REQUIRE(screen.hall.engine->startServing(u"L1"_s).ok());
        screen.hall.clock.advanceSecs(120);
        REQUIRE(screen.hall.engine->finish(u"L1"_s, Outcome::Completed).ok());
        return issued.value().number;
    };
    const auto offered = [&] {
        REQUIRE(finished.size() == 1);
        return finished.at(0).at(0).value<TicketInfo>().number;
    };
    // The booth was free at the last read (it has been since the fixture's).
    SECTION("called and finished unseen, the next one called")
    {
        const TicketNumber first = callAndFinish();
        REQUIRE(screen.hall.engine->issue(u"S2"_s, false).ok());
        REQUIRE(screen.hall.engine->callNext(u"L1"_s).ok());
        REQUIRE(screen.booth->refresh().ok());
        CHECK(offered() == first);
        CHECK(screen.window->currentScreen() == u"offer"_s);
        CHECK(screen.text(u"surveyOfferTitle"_s) == u"Nilai layanan untuk tiket %1?"_s.arg(first.toString()));
    }
    SECTION("two finished unseen: only the newest is offered")
    {
        callAndFinish();
        const TicketNumber second = callAndFinish();
        REQUIRE(screen.booth->refresh().ok());
        CHECK(offered() == second);
        CHECK(screen.text(u"surveyOfferTitle"_s) ==
              u"Nilai layanan untuk tiket %1?"_s.arg(second.toString()));
    }
    SECTION("seen while served, then finished and the next finished before the read")
    {
        screen.serveUnread(u"L1"_s);
        const TicketNumber second = callAndFinish();
        REQUIRE(screen.booth->refresh().ok());
        CHECK(offered() == second);
    }
    // Read again with nothing new: offered once only.
    REQUIRE(screen.booth->refresh().ok());
    CHECK(finished.size() == 1);
}

TEST_CASE("survey screen: a ticket finished long before the read is not offered", "[survey]")
{
    SurveyFixture screen;
    QSignalSpy finished(screen.booth.get(), &BoothWatcher::finished);
    REQUIRE(screen.hall.engine->issue(u"S2"_s, false).ok());
    REQUIRE(screen.hall.engine->callNext(u"L1"_s).ok());
    REQUIRE(screen.hall.engine->startServing(u"L1"_s).ok());
    REQUIRE(screen.booth->refresh().ok());
    REQUIRE(screen.hall.engine->finish(u"L1"_s, Outcome::Completed).ok());
    // The screen lost the hall for longer than the citizen stays at the booth.
    screen.hall.clock.advanceSecs(BoothWatcher::kOfferWithinSecs + 1);
    REQUIRE(screen.booth->refresh().ok());
    CHECK(finished.isEmpty());
    CHECK(screen.window->currentScreen() == u"idle"_s);
    // The booth's next citizen is offered as usual.
    const TicketNumber next = screen.serve(u"L1"_s);
    REQUIRE(finished.size() == 1);
    CHECK(finished.at(0).at(0).value<TicketInfo>().number == next);
}

TEST_CASE("survey screen: a ticket finished before the screen started is not offered", "[survey]")
{
    TestHall hall;
    REQUIRE(hall.engine->openCounter(u"L1"_s, u"OFF1"_s).ok());
    REQUIRE(hall.engine->issue(u"S2"_s, false).ok());
    REQUIRE(hall.engine->callNext(u"L1"_s).ok());
    REQUIRE(hall.engine->startServing(u"L1"_s).ok());
    REQUIRE(hall.engine->finish(u"L1"_s, Outcome::Completed).ok());
    BoothWatcher booth(hall.services().queue, u"L1"_s);
    QSignalSpy finished(&booth, &BoothWatcher::finished);
    REQUIRE(booth.refresh().ok());
    REQUIRE(booth.refresh().ok());
    CHECK(finished.isEmpty());
}
