#include "core/Clock.h"
#include "core/ConfigIo.h"
#include "core/hall/FirstRun.h"
#include "core/hall/Hall.h"
#include "core/services/ComplaintService.h"
#include "core/services/ConfigService.h"
#include "core/services/ReportService.h"
#include "core/services/StaffService.h"
#include "core/services/SurveyService.h"
#include "supervisor_ui/DashboardView.h"
#include "supervisor_ui/IkmView.h"
#include "supervisor_ui/LoginView.h"
#include "supervisor_ui/ReportView.h"
#include "supervisor_ui/SupervisorLauncher.h"
#include "supervisor_ui/SupervisorWindow.h"
#include "supervisor_ui/VoiceView.h"
#include "supervisor_ui/firstrun/FirstRunView.h"
#include "tests/support/EmptyHall.h"
#include "tests/support/ProcessRunner.h"
#include "tests/support/QtStringMakers.h"
#include "tests/ui/supervisor/SupervisorTestSupport.h"
#include "ui_common/AppContext.h"

#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace antre;
using namespace antre::test;

namespace {

QPushButton* nextButton(const QWidget* root)
{
    return child<QPushButton>(root, u"firstrun.next"_s);
}

// The supervisor program started on a new hall's file, as its main() starts it: its window is the first run.
struct NewHallProgram
{
    QTemporaryDir dir;
    AppContext context{u"supervisor"_s, {}};
    std::unique_ptr<SupervisorLauncher> launcher;
    FirstRunView* view = nullptr;

    NewHallProgram()
    {
        SupervisorLauncher::addOptions(context.parser());
        context.acceptNewHall();
        REQUIRE(context.open({u"antre-supervisor"_s, u"--db"_s, dir.filePath(u"new/hall.db"_s)}).ok());
        launcher = std::make_unique<SupervisorLauncher>(context);
        auto window = launcher->createWindow();
        REQUIRE(window.ok());
        view = qobject_cast<FirstRunView*>(window.value());
        REQUIRE(view);
    }
};

} // namespace

TEST_CASE("the first-run wizard makes a hall that antre check accepts and whose admin signs in", "[firstrun]")
{
    EmptyHall empty;
    REQUIRE(FirstRun::isNeeded(empty.services().configs));
    FirstRunView view(empty.services().configs, empty.path(), empty.clock);
    view.resize(1366, 768);
    view.show();
    QSignalSpy ready(&view, &FirstRunView::hallReady);

    click(&view, u"firstrun.wizard"_s);
    CHECK_FALSE(nextButton(&view)->isEnabled());
    typeInto(&view, u"firstrun.hall.name"_s, u"MPP Uji"_s);
    child<QComboBox>(&view, u"firstrun.hall.zone"_s)->setCurrentIndex(1);
    REQUIRE(nextButton(&view)->isEnabled());
    click(&view, u"firstrun.next"_s);

    // A code with a space is refused by the configuration's own rule, next to the field.
    typeInto(&view, u"firstrun.agency.code"_s, u"DIS NAKER"_s);
    auto* problems = child<QLabel>(&view, u"firstrun.service.problems"_s);
    CHECK(problems->isVisible());
    CHECK(problems->text().contains(u"Agency code"_s));
    CHECK_FALSE(nextButton(&view)->isEnabled());
    typeInto(&view, u"firstrun.agency.code"_s, u"DISNAKER"_s);
    typeInto(&view, u"firstrun.agency.name"_s, u"Dinas Tenaga Kerja"_s);
    typeInto(&view, u"firstrun.service.code"_s, u"AK1"_s);
    typeInto(&view, u"firstrun.service.name"_s, u"Kartu Pencari Kerja"_s);
    typeInto(&view, u"firstrun.service.prefix"_s, u"a"_s);
    typeInto(&view, u"firstrun.booth.code"_s, u"L1"_s);
    CHECK_FALSE(nextButton(&view)->isEnabled());
    typeInto(&view, u"firstrun.booth.name"_s, u"Loket 1"_s);
    CHECK_FALSE(problems->isVisible());
    REQUIRE(nextButton(&view)->isEnabled());
    click(&view, u"firstrun.next"_s);

    typeInto(&view, u"firstrun.admin.id"_s, u"ADM1"_s);
    typeInto(&view, u"firstrun.admin.pin"_s, u"123"_s);
    CHECK_FALSE(nextButton(&view)->isEnabled());
    typeInto(&view, u"firstrun.admin.pin"_s, u"246810"_s);
    typeInto(&view, u"firstrun.admin.pin2"_s, u"246801"_s);
    CHECK(child<QLabel>(&view, u"firstrun.admin.problems"_s)->text().contains(u"differ"_s));
    CHECK_FALSE(nextButton(&view)->isEnabled());
    typeInto(&view, u"firstrun.admin.pin2"_s, u"246810"_s);
    keepScreenshot(&view, u"firstrun-admin"_s);
    click(&view, u"firstrun.next"_s);

    REQUIRE(ready.size() == 1);
    CHECK(ready.at(0).at(0).toString() == u"ADM1");
    CHECK_FALSE(FirstRun::isNeeded(empty.services().configs));
    auto config = empty.services().configs.load();
    REQUIRE(config.ok());
    CHECK(config.value().site.name == u"MPP Uji");
    CHECK(config.value().site.timezone == u"Asia/Makassar");
    CHECK(config.value().services.value(0).prefix == u"A");
    auto admin = empty.services().staff.login(u"ADM1"_s, u"246810"_s);
    REQUIRE(admin.ok());
    CHECK(admin.value().role == Role::Admin);
    CHECK(LoginView::mayUse(admin.value()).ok());
    const auto check = ProcessRunner::antre(empty.path(), {u"check"_s});
    INFO(check.out.toStdString() << check.err.toStdString());
    CHECK(check.exitCode == 0);
}

TEST_CASE(
    "the first run's demo way makes the demo hall with a week of history, the window responsive meanwhile",
    "[firstrun]")
{
    EmptyHall empty; // Monday 09.00: the week before has five working days and a weekend
    FirstRunView view(empty.services().configs, empty.path(), empty.clock);
    view.show();
    QSignalSpy ready(&view, &FirstRunView::demoReady);
    QSignalSpy set(&view, &FirstRunView::hallReady);
    auto* busy = child<QLabel>(&view, u"firstrun.busy"_s);
    // A timer of the window's thread keeps ticking while the demo is made: the event loop is not blocked, and
    // the progress it shows moves on.
    int ticksWhileBusy = 0;
    QStringList shown;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, &view, [&] {
        if (!view.isBusy())
            return;
        ++ticksWhileBusy;
        if (shown.isEmpty() || shown.constLast() != busy->text())
            shown << busy->text();
    });
    ticker.start(10);
    click(&view, u"firstrun.demo"_s);
    REQUIRE(view.isBusy());
    CHECK(busy->isVisible());
    CHECK_FALSE(child<QPushButton>(&view, u"firstrun.demo"_s)->isEnabled());
    CHECK_FALSE(child<QPushButton>(&view, u"firstrun.import"_s)->isEnabled());
    CHECK_FALSE(child<QPushButton>(&view, u"firstrun.wizard"_s)->isEnabled());
    keepScreenshot(&view, u"firstrun-demo-busy"_s);
    // A second click while busy starts nothing more.
    view.startDemo();
    REQUIRE(waitUntil([&] { return !ready.isEmpty(); }, 300000));
    CHECK(ready.size() == 1);
    CHECK(set.isEmpty());
    CHECK(ticksWhileBusy > 1);
    INFO(shown.join(u" | "_s).toStdString());
    CHECK(std::any_of(shown.cbegin(), shown.cend(), [](const QString& t) { return t.contains(u"PIN"_s); }));
    CHECK(std::any_of(shown.cbegin(), shown.cend(),
                      [](const QString& t) { return t.contains(u" of 7 days"_s); }));
    CHECK_FALSE(view.isBusy());
    CHECK_FALSE(busy->isVisible());
    CHECK(child<QPushButton>(&view, u"firstrun.demo"_s)->isEnabled());

    const QDate today = TestHall::monday();
    CHECK(ready.at(0).at(0).toString() == u"SPV001");
    CHECK(ready.at(0).at(1).toDate() == today.addDays(-7));
    CHECK(ready.at(0).at(2).toDate() == today.addDays(-1));
    // The window's own connection sees what the demo's connection made: the configuration, the PINs ...
    auto config = empty.services().configs.load();
    REQUIRE(config.ok());
    CHECK(config.value().site.name == u"MPP Kota Serang");
    CHECK(config.value().services.size() > 10);
    CHECK(empty.services().staff.login(u"198703152010012004"_s, u"123456"_s).ok());
    CHECK_FALSE(empty.services().staff.login(u"198703152010012004"_s, u"654321"_s).ok());
    // ... tickets on every working day of the week before, surveys and complaints.
    auto report = empty.services().reports.build(today.addDays(-7), today.addDays(-1), empty.clock.now());
    REQUIRE(report.ok());
    int daysWithTickets = 0;
    for (const ReportRow& day : report.value().byDay)
        if (day.stats.issued > 0)
            ++daysWithTickets;
    CHECK(daysWithTickets >= 5);
    CHECK(report.value().total.issued > 500);
    auto ikm = empty.services().survey.ikm(today.addDays(-7), today.addDays(-1), IkmGrouping::None);
    REQUIRE(ikm.ok());
    CHECK(ikm.value().total.responses() > 10);
    auto complaints = empty.services().complaints.list();
    REQUIRE(complaints.ok());
    CHECK_FALSE(complaints.value().isEmpty());
    // Today has not begun: no ticket of the simulation is left on it.
    auto todays = empty.services().reports.build(today, today, empty.clock.now());
    REQUIRE(todays.ok());
    CHECK(todays.value().total.issued == 0);

    // The demo goes into a hall without a configuration only.
    view.startDemo();
    REQUIRE(waitUntil([&] { return !view.isBusy(); }, 60000));
    CHECK(ready.size() == 1);
    auto* problem = child<QLabel>(&view, u"firstrun.problem"_s);
    CHECK(problem->isVisible());
    CHECK(problem->text().contains(u"already set up"_s));
}

TEST_CASE("the first run's demo way can be cancelled: the work stops and the three ways are offered again",
          "[firstrun]")
{
    EmptyHall empty;
    FirstRunView view(empty.services().configs, empty.path(), empty.clock);
    // A long history, so that the stop comes well before its end.
    view.demoOptions().historyDays = 90;
    view.resize(1366, 768);
    view.show();
    QSignalSpy ready(&view, &FirstRunView::demoReady);
    QSignalSpy set(&view, &FirstRunView::hallReady);
    auto* busy = child<QLabel>(&view, u"firstrun.busy"_s);
    auto* cancel = child<QPushButton>(&view, u"firstrun.demo.cancel"_s);
    CHECK_FALSE(cancel->isVisible());
    click(&view, u"firstrun.demo"_s);
    REQUIRE(view.isBusy());
    CHECK(cancel->isVisible());
    CHECK(cancel->isEnabled());
    // Stopped once the history has begun: the configuration is in, and some days are.
    REQUIRE(waitUntil([&] { return busy->text().contains(u"2 of 90 days"_s); }, 120000));
    keepScreenshot(&view, u"firstrun-demo-cancel"_s);
    // Nothing cut off on a laptop's screen: the button whole, each wrapped text given its full height (the
    // card was once sized for the window's width, not its own, and the button's bottom was cut).
    CHECK(cancel->visibleRegion().boundingRect() == cancel->rect());
    for (const QLabel* label : view.findChildren<QLabel*>()) {
        if (!label->isVisible() || !label->wordWrap())
            continue;
        INFO(label->objectName().toStdString() << ": " << label->text().toStdString());
        CHECK(label->height() >= label->heightForWidth(label->width()));
    }
    click(&view, u"firstrun.demo.cancel"_s);
    CHECK_FALSE(cancel->isEnabled());
    REQUIRE(waitUntil([&] { return !view.isBusy(); }, 120000));
    CHECK(ready.isEmpty());
    CHECK(set.isEmpty());
    // The three ways again, with no problem shown, and no half-made hall behind them.
    CHECK_FALSE(busy->isVisible());
    CHECK_FALSE(cancel->isVisible());
    CHECK_FALSE(child<QLabel>(&view, u"firstrun.problem"_s)->isVisible());
    for (const QString& way : {u"firstrun.demo"_s, u"firstrun.import"_s, u"firstrun.wizard"_s})
        CHECK(child<QPushButton>(&view, way)->isEnabled());
    CHECK(FirstRun::isNeeded(empty.services().configs));
    auto staff = empty.services().staff.list();
    REQUIRE(staff.ok());
    CHECK(staff.value().isEmpty());
}

TEST_CASE("the first run's import of a bad file shows the problem and changes nothing", "[firstrun]")
{
    EmptyHall empty;
    FirstRunView view(empty.services().configs, empty.path(), empty.clock);
    view.show();
    QSignalSpy ready(&view, &FirstRunView::hallReady);
    const QString file = empty.dir.filePath(u"bad.json"_s);
    {
        QFile out(file);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(R"({"site": {"name": "MPP Uji", "timezone": "Asia/Jakarta"},
                     "services": [{"code": "AK1", "agency": "NONE", "name": "Kartu", "prefix": "A1"}]})");
    }
    CHECK_FALSE(view.importFile(file).ok());
    auto* problem = child<QLabel>(&view, u"firstrun.problem"_s);
    CHECK(problem->isVisible());
    CHECK(problem->text().contains(u"services[0].prefix"_s));
    CHECK(problem->text().contains(u"bad.json"_s));
    CHECK(ready.isEmpty());
    CHECK(FirstRun::isNeeded(empty.services().configs));

    CHECK_FALSE(view.importFile(empty.dir.filePath(u"missing.json"_s)).ok());
    CHECK(ready.isEmpty());
}

TEST_CASE("after the first run's demo the supervisor program opens the demo's dashboard, signed in",
          "[firstrun]")
{
    NewHallProgram program;
    SupervisorLauncher& launcher = *program.launcher;
    FirstRunView* view = program.view;
    // The core's own option: two days keep this test short (the week is checked above).
    view->demoOptions().historyDays = 2;
    view->show();
    CHECK(launcher.window() == nullptr);
    click(view, u"firstrun.demo"_s);
    REQUIRE(waitUntil([&] { return launcher.window() != nullptr; }, 300000));
    SupervisorWindow* supervisor = launcher.window();
    CHECK(supervisor->isVisible());
    REQUIRE(supervisor->isSignedIn());
    CHECK(supervisor->member()->id == u"SPV001");
    REQUIRE(supervisor->dashboard());
    CHECK(supervisor->dashboard()->isVisible());
    // The pages open on the simulated days, not on today (nothing yet).
    const QDate today = program.context.services().clock.now().toTimeZone(QTimeZone("Asia/Jakarta")).date();
    CHECK(supervisor->reportView()->period().from == today.addDays(-2));
    CHECK(supervisor->reportView()->period().to == today.addDays(-1));
    CHECK(supervisor->voiceView()->ikm()->period().to == today.addDays(-1));
}

TEST_CASE("after the first run's import the supervisor program opens its sign-in", "[firstrun]")
{
    NewHallProgram program;
    SupervisorLauncher& launcher = *program.launcher;
    FirstRunView* view = program.view;
    view->show();
    FirstHallAnswers answers;
    answers.hallName = u"MPP Uji"_s;
    answers.agencyCode = u"DISNAKER"_s;
    answers.agencyName = u"Dinas Tenaga Kerja"_s;
    answers.serviceCode = u"AK1"_s;
    answers.serviceName = u"Kartu Pencari Kerja"_s;
    answers.prefix = u"A"_s;
    answers.boothCode = u"L1"_s;
    answers.boothName = u"Loket 1"_s;
    answers.adminId = u"ADM1"_s;
    answers.pin = answers.pinAgain = u"246810"_s;
    const QString file = program.dir.filePath(u"hall.json"_s);
    {
        QFile out(file);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(ConfigIo::toJsonBytes(FirstRun::configFrom(answers)));
    }
    REQUIRE(view->importFile(file).ok());
    REQUIRE(launcher.window() != nullptr);
    CHECK(launcher.window()->isVisible());
    // A hall of one's own: nobody is signed in without a PIN.
    CHECK_FALSE(launcher.window()->isSignedIn());
    CHECK(child<QLabel>(launcher.window(), u"login.hall"_s)->text() == u"MPP Uji");
}

TEST_CASE("antre-supervisor shows each first-run step for a screenshot", "[firstrun][program][process]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"hall.db"_s);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    const QString program = ProcessRunner::program(u"antre-supervisor"_s);
    for (const auto& step : {u"choice"_s, u"hall"_s, u"service"_s, u"admin"_s}) {
        const QString png = dir.filePath(step + u".png"_s);
        const auto run = ProcessRunner::run(
            program,
            {u"--db"_s, db, u"--first-run"_s, step, u"--size"_s, u"1366x768"_s, u"--screenshot"_s, png}, {},
            env);
        INFO(step.toStdString() << ": " << run.err.toStdString());
        CHECK(run.exitCode == 0);
        CHECK(QImage(png).size() == QSize(1366, 768));
    }
    auto run = ProcessRunner::run(program, {u"--db"_s, db, u"--first-run"_s, u"wizard"_s}, {}, env);
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(u"wizard"_s));

    // On a hall that is set up there is no first run to show.
    SupervisorHall s;
    run = ProcessRunner::run(program, {u"--db"_s, s.hall.path(), u"--first-run"_s, u"hall"_s}, {}, env);
    CHECK(run.exitCode == 4);
    CHECK(run.err.contains(u"first-run"_s));
}
