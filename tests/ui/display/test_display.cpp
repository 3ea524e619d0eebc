#include "core/I18n.h"
#include "display_ui/Announcer.h"
#include "display_ui/CallPanel.h"
#include "display_ui/CounterBoard.h"
#include "display_ui/DisplayModel.h"
#include "display_ui/DisplayOptions.h"
#include "display_ui/DisplayWindow.h"
#include "display_ui/HeaderBar.h"
#include "display_ui/LobbyDisplay.h"
#include "display_ui/RecentCallsView.h"
#include "display_ui/RunningText.h"
#include "display_ui/WaitingBoard.h"
#include "tests/support/FakeQueueService.h"
#include "tests/support/ProcessRunner.h"
#include "tests/support/QtStringMakers.h"
#include "tests/support/Require.h"
#include "tests/support/TestHall.h"
#include "tests/support/Wait.h"
#include "tests/support/Widgets.h"
#include "tests/ui/display/FakeSink.h"
#include "ui_common/AppContext.h"

#include <QElapsedTimer>
#include <QImage>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <iostream>

using namespace Qt::Literals::StringLiterals;
using namespace antre;
using antre::test::child;
using antre::test::FakeQueueService;
using antre::test::FakeSink;
using antre::test::ProcessRunner;
using antre::test::require;
using antre::test::TestHall;
using antre::test::waitUntil;

namespace {

const QString kMondayNine = u"2026-11-23T09:00:00+07:00"_s;

// The model tests' hall: the small test hall's configuration and Monday morning, its queue in memory (no
// database). Spelled like TestHall, so that the scripts below read the same on either.
struct MemoryHall
{
    ManualClock clock{TestHall::local(TestHall::monday(), QTime(9, 0))};
    std::unique_ptr<FakeQueueService> engine =
        std::make_unique<FakeQueueService>(TestHall::smallConfig(), clock);
};

QueueService& queueOf(MemoryHall& hall)
{
    return *hall.engine;
}
ChangeNotifier& changesOf(MemoryHall& hall)
{
    return hall.engine->changes();
}
QueueService& queueOf(TestHall& hall)
{
    return hall.services().queue;
}
ChangeNotifier& changesOf(TestHall& hall)
{
    return hall.services().changes;
}

// A display on the small test hall, told of changes by the hall's notifier, speaking into a fake sink.
template <typename HallT> struct StationOn
{
    explicit StationOn(const DisplayOptions& options = {})
    {
        auto fake = std::make_unique<FakeSink>(2);
        sink = fake.get();
        display = std::make_unique<LobbyDisplay>(queueOf(hall), hall.clock, &changesOf(hall), options,
                                                 std::move(fake));
    }
    ~StationOn() { changesOf(hall).stop(); }
    Q_DISABLE_COPY_MOVE(StationOn)

    void start()
    {
        const auto started = display->start();
        if (!started.ok())
            FAIL(started.error().message.toStdString());
        changesOf(hall).start();
        window().resize(1920, 1080);
        window().show();
    }

    DisplayWindow& window() { return display->window(); }
    CallPanel& panel() { return *antre::test::child<CallPanel>(&window(), u"callPanel"_s); }
    QStringList spoken() const
    {
        QStringList texts;
        for (const auto& a : sink->spoken)
            texts << a.text;
        return texts;
    }

    HallT hall;
    FakeSink* sink = nullptr;
    std::unique_ptr<LobbyDisplay> display;
};
// The model tests run on the queue in memory; what needs another process, on a hall in a database file.
using Station = StationOn<MemoryHall>;
using LiveStation = StationOn<TestHall>;

// A counter finishes its current ticket so that it may call the next one.
template <typename HallT> void finishCurrent(HallT& hall, const QString& counter)
{
    require(hall.engine->startServing(counter));
    require(hall.engine->finish(counter, Outcome::Completed));
}

QString phrase(const QString& number, const QString& counter)
{
    return u"Nomor antrean %1, silakan menuju %2."_s.arg(number, counter);
}

} // namespace

TEST_CASE("a call appears on the display and is announced", "[display]")
{
    Station s;
    s.start();
    CHECK(s.panel().shownNumber().isEmpty());
    CHECK(s.panel().accessibleDescription() == u"No calls yet today"_s);

    require(s.hall.engine->openCounter(u"L1"_s, u"OFF1"_s));
    require(s.hall.engine->issue(u"S1"_s, false));
    require(s.hall.engine->issue(u"S1"_s, false));
    require(s.hall.engine->callNext(u"L1"_s));

    REQUIRE(waitUntil([&] { return s.panel().shownNumber() == u"A-001"_s; }));
    CHECK(s.panel().shownCounter() == u"Loket 1"_s);
    CHECK(s.panel().isPulsing());
    REQUIRE(waitUntil([&] { return s.sink->spoken.size() == 1 && !s.display->announcer().isBusy(); }));
    CHECK(s.spoken() == QStringList{phrase(u"a nol nol satu"_s, u"loket satu"_s)});
    CHECK(s.sink->events.first() == u"chime"_s);

    auto* counters = child<CounterBoard>(&s.window(), u"counterBoard"_s);
    REQUIRE(counters);
    REQUIRE(counters->shown().size() == 1);
    CHECK(counters->shown().constFirst().code == u"L1"_s);
    REQUIRE(counters->shown().constFirst().current);
    CHECK(counters->shown().constFirst().current->number.toString() == u"A-001"_s);

    auto* waiting = child<WaitingBoard>(&s.window(), u"waitingBoard"_s);
    REQUIRE(waiting);
    const auto s1 = std::find_if(waiting->shown().cbegin(), waiting->shown().cend(),
                                 [](const ServiceStatus& st) { return st.code == u"S1"; });
    REQUIRE(s1 != waiting->shown().cend());
    CHECK(s1->waiting == 1);
    // S3 is a Tuesday service: closed on this Monday with nobody waiting, so not listed.
    CHECK(std::none_of(waiting->shown().cbegin(), waiting->shown().cend(),
                       [](const ServiceStatus& st) { return st.code == u"S3"; }));

    // The next call moves the first one to the list of earlier calls.
    finishCurrent(s.hall, u"L1"_s);
    require(s.hall.engine->callNext(u"L1"_s));
    REQUIRE(waitUntil([&] { return s.panel().shownNumber() == u"A-002"_s; }));
    auto* recent = child<RecentCallsView>(&s.window(), u"recentCalls"_s);
    REQUIRE(recent);
    REQUIRE(recent->calls().size() == 1);
    CHECK(recent->calls().constFirst().number.toString() == u"A-001"_s);
    CHECK(recent->accessibleDescription() == u"A-001 to Loket 1"_s);
}

TEST_CASE("calls made before the display started are shown, not announced", "[display]")
{
    Station s;
    require(s.hall.engine->openCounter(u"L2"_s, u"OFF1"_s));
    require(s.hall.engine->issue(u"S1"_s, false));
    require(s.hall.engine->callNext(u"L2"_s));
    s.start();
    CHECK(s.panel().shownNumber() == u"A-001"_s);
    CHECK_FALSE(s.panel().isPulsing());

    // Only what happens from now on is spoken.
    require(s.hall.engine->issue(u"S1"_s, false));
    finishCurrent(s.hall, u"L2"_s);
    require(s.hall.engine->callNext(u"L2"_s));
    REQUIRE(waitUntil([&] { return s.sink->spoken.size() == 1 && !s.display->announcer().isBusy(); }));
    CHECK(s.spoken() == QStringList{phrase(u"a nol nol dua"_s, u"loket dua"_s)});
}

TEST_CASE("a recall is shown and announced again", "[display]")
{
    Station s;
    s.start();
    require(s.hall.engine->openCounter(u"L3"_s, u"OFF2"_s));
    require(s.hall.engine->issue(u"S2"_s, false));
    require(s.hall.engine->callNext(u"L3"_s));
    REQUIRE(waitUntil([&] { return s.sink->spoken.size() == 1; }));
    require(s.hall.engine->recall(u"L3"_s));
    REQUIRE(waitUntil([&] { return s.sink->spoken.size() == 2 && !s.display->announcer().isBusy(); }));
    CHECK(s.spoken() == QStringList(2, phrase(u"be nol nol satu"_s, u"loket tiga"_s)));
    CHECK(s.sink->spoken.at(1).call.recall);
    REQUIRE(s.panel().call());
    CHECK(s.panel().call()->recall);
    // A recalled ticket is not listed twice.
    CHECK(child<RecentCallsView>(&s.window(), u"recentCalls"_s)->calls().isEmpty());
    CHECK(s.sink->overlaps == 0);
}

TEST_CASE("a burst of calls between two refreshes is announced complete and in order", "[display]")
{
    Station s;
    s.start();
    require(s.hall.engine->openCounter(u"L1"_s, u"OFF1"_s));
    require(s.hall.engine->openCounter(u"L2"_s, {}));
    require(s.hall.engine->openCounter(u"L3"_s, u"OFF2"_s));
    for (int i = 0; i < 3; ++i)
        require(s.hall.engine->issue(u"S1"_s, false));
    for (int i = 0; i < 2; ++i)
        require(s.hall.engine->issue(u"S2"_s, false));
    // No event loop between the calls: the display sees them all in one refresh.
    for (const QString& counter : {u"L2"_s, u"L3"_s, u"L1"_s}) {
        const auto call = s.hall.engine->callNext(counter);
        REQUIRE(call.ok());
    }
    finishCurrent(s.hall, u"L2"_s);
    require(s.hall.engine->callNext(u"L2"_s));
    require(s.hall.engine->recall(u"L3"_s));

    REQUIRE(waitUntil([&] { return s.sink->spoken.size() == 5 && !s.display->announcer().isBusy(); }));
    CHECK(s.spoken() == QStringList{phrase(u"a nol nol satu"_s, u"loket dua"_s),
                                    phrase(u"be nol nol satu"_s, u"loket tiga"_s),
                                    phrase(u"a nol nol dua"_s, u"loket satu"_s),
                                    phrase(u"a nol nol tiga"_s, u"loket dua"_s),
                                    phrase(u"be nol nol satu"_s, u"loket tiga"_s)});
    CHECK(s.sink->overlaps == 0);
    for (qsizetype i = 1; i < s.sink->spoken.size(); ++i)
        CHECK(s.sink->spoken.at(i).call.eventId > s.sink->spoken.at(i - 1).call.eventId);
    CHECK(s.panel().shownNumber() == u"B-001"_s);
}

TEST_CASE("after the hall was out of reach, missed calls are shown and only the last minute's announced",
          "[display][reconnect]")
{
    MemoryHall hall;
    FakeQueueService& queue = *hall.engine;
    DisplayModel model(queue, DisplayFilter(), 4);
    require(model.load());
    QList<QList<CallInfo>> announced;
    QObject::connect(&model, &DisplayModel::callsArrived, &model,
                     [&](const QList<CallInfo>& calls) { announced << calls; });
    require(queue.openCounter(u"L1"_s, u"OFF1"_s));
    require(queue.openCounter(u"L3"_s, u"OFF2"_s));
    for (int i = 0; i < 2; ++i)
        require(queue.issue(u"S1"_s, false));
    require(queue.issue(u"S2"_s, false));

    queue.setReachable(false);
    model.refresh();
    CHECK_FALSE(model.problem().isEmpty());
    // The display's server comes back after calls it could not read: two early ones, one 50 s ago.
    queue.setReachable(true);
    require(queue.callNext(u"L1"_s));
    require(queue.callNext(u"L3"_s));
    hall.clock.advanceSecs(100);
    finishCurrent(hall, u"L1"_s);
    require(queue.callNext(u"L1"_s));
    hall.clock.advanceSecs(50);
    model.refresh();
    CHECK(model.problem().isEmpty());
    REQUIRE(announced.size() == 1);
    REQUIRE(announced.constFirst().size() == 1);
    CHECK(announced.constFirst().constFirst().number.toString() == u"A-002"_s);
    REQUIRE(model.latest());
    CHECK(model.latest()->number.toString() == u"A-002"_s);
    QStringList earlier;
    for (const CallInfo& call : model.earlier())
        earlier << call.number.toString();
    CHECK(earlier == QStringList{u"B-001"_s, u"A-001"_s});

    // Nothing is read out twice: the next refresh brings only what is new.
    model.refresh();
    CHECK(announced.size() == 1);
    CHECK(DisplayModel::announceable(model.earlier(), hall.clock.now()).isEmpty());
}

TEST_CASE("a display limited to some counters or agencies shows only their calls", "[display]")
{
    SECTION("--counters L2")
    {
        DisplayOptions options;
        options.counters = {u"L2"_s};
        Station s(options);
        s.start();
        require(s.hall.engine->openCounter(u"L1"_s, u"OFF1"_s));
        require(s.hall.engine->openCounter(u"L2"_s, {}));
        require(s.hall.engine->issue(u"S1"_s, false));
        require(s.hall.engine->issue(u"S1"_s, false));
        require(s.hall.engine->callNext(u"L1"_s));
        require(s.hall.engine->callNext(u"L2"_s));
        REQUIRE(waitUntil([&] { return s.panel().shownNumber() == u"A-002"_s; }));
        REQUIRE(waitUntil([&] { return !s.display->announcer().isBusy() && s.sink->spoken.size() == 1; }));
        CHECK(s.spoken() == QStringList{phrase(u"a nol nol dua"_s, u"loket dua"_s)});
        const auto counters = child<CounterBoard>(&s.window(), u"counterBoard"_s)->shown();
        REQUIRE(counters.size() == 1);
        CHECK(counters.constFirst().code == u"L2"_s);
        // L2 serves only S1; S2 has people waiting too but is not served here.
        require(s.hall.engine->issue(u"S1"_s, false));
        require(s.hall.engine->issue(u"S2"_s, false));
        s.display->model().refresh();
        const auto services = child<WaitingBoard>(&s.window(), u"waitingBoard"_s)->shown();
        REQUIRE(services.size() == 1);
        CHECK(services.constFirst().code == u"S1"_s);
    }
    SECTION("--agencies AG2")
    {
        DisplayOptions options;
        options.agencies = {u"AG2"_s};
        Station s(options);
        s.start();
        // L3 serves S2 (agency 1) and S3 (agency 2): it is on this display, but only for S3 calls.
        require(s.hall.engine->openCounter(u"L3"_s, u"OFF2"_s));
        require(s.hall.engine->issue(u"S2"_s, false));
        require(s.hall.engine->callNext(u"L3"_s));
        s.display->model().refresh();
        CHECK(s.panel().shownNumber().isEmpty());
        CHECK(s.sink->spoken.isEmpty());
        const auto counters = child<CounterBoard>(&s.window(), u"counterBoard"_s)->shown();
        REQUIRE(counters.size() == 1);
        CHECK(counters.constFirst().code == u"L3"_s);
    }
}

TEST_CASE("unknown agency or counter codes are refused with their names", "[display]")
{
    DisplayOptions options;
    options.counters = {u"L1"_s, u"L9"_s};
    Station s(options);
    const auto started = s.display->start();
    REQUIRE_FALSE(started.ok());
    CHECK(started.error().kind == ErrorKind::BadInput);
    CHECK(started.error().message.contains(u"L9"_s));
    CHECK(started.error().message.contains(u"no counter L9 "_s));

    DisplayOptions agencies;
    agencies.agencies = {u"NOPE"_s};
    Station t(agencies);
    const auto refused = t.display->start();
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(u"NOPE"_s));
    CHECK(refused.error().message.contains(u"AG1"_s)); // names what there is
}

TEST_CASE("without audio the display still shows every call", "[display]")
{
    Station s;
    s.sink->setUnavailable(u"no audio output device"_s);
    s.start();
    require(s.hall.engine->openCounter(u"L1"_s, u"OFF1"_s));
    require(s.hall.engine->issue(u"S1"_s, false));
    require(s.hall.engine->callNext(u"L1"_s));
    REQUIRE(waitUntil([&] { return s.panel().shownNumber() == u"A-001"_s; }));
    CHECK(s.sink->events.isEmpty());
    CHECK_FALSE(s.display->announcer().isBusy());
}

TEST_CASE("the sink is told the hall's words at start", "[display]")
{
    Station s;
    s.start();
    for (const QString& word :
         {u"loket"_s, u"satu"_s, u"tiga"_s, u"nomor"_s, u"antrean"_s, u"silakan"_s, u"menuju"_s, u"zet"_s})
        CHECK(s.sink->vocabulary.contains(word));
}

TEST_CASE("a call made by another process appears within a second", "[display][process]")
{
    LiveStation s;
    s.start();
    const QString db = s.hall.path();
    auto opened =
        ProcessRunner::antre(db, {u"counter"_s, u"open"_s, u"L1"_s, u"--staff"_s, u"OFF1"_s}, kMondayNine);
    INFO(opened.err.toStdString());
    REQUIRE(opened.exitCode == 0);
    auto issued = ProcessRunner::antre(db, {u"issue"_s, u"S1"_s}, kMondayNine);
    INFO(issued.err.toStdString());
    REQUIRE(issued.exitCode == 0);
    // Let the display take in the ticket before timing the call.
    REQUIRE(waitUntil([&] {
        const auto& services = child<WaitingBoard>(&s.window(), u"waitingBoard"_s)->shown();
        return std::any_of(services.cbegin(), services.cend(),
                           [](const ServiceStatus& st) { return st.code == u"S1" && st.waiting == 1; });
    }));

    auto called = ProcessRunner::antre(db, {u"call"_s, u"L1"_s}, kMondayNine);
    QElapsedTimer sinceCommit;
    sinceCommit.start();
    INFO(called.err.toStdString());
    REQUIRE(called.exitCode == 0);
    REQUIRE(waitUntil([&] { return s.panel().shownNumber() == u"A-001"_s; }, 1000));
    std::cout << "call by another process shown after " << sinceCommit.elapsed() << " ms\n";
    REQUIRE(waitUntil([&] { return s.sink->spoken.size() == 1; }, 1000));
    CHECK(s.spoken() == QStringList{phrase(u"a nol nol satu"_s, u"loket satu"_s)});
}

TEST_CASE("the panels fit landscape and portrait screens without overlapping", "[display][layout]")
{
    Station s;
    s.start();
    const QList<QSize> sizes{{1920, 1080}, {1366, 768}, {1080, 1920}, {1280, 1024}};
    const QStringList names{u"header"_s,       u"callPanel"_s,    u"recentCalls"_s,
                            u"counterBoard"_s, u"waitingBoard"_s, u"runningText"_s};
    for (const QSize& size : sizes) {
        s.window().resize(size);
        QCoreApplication::processEvents();
        INFO(size.width() << "x" << size.height());
        QList<QRect> rects;
        for (const QString& name : names) {
            auto* w = child<QWidget>(&s.window(), name);
            REQUIRE(w);
            INFO(name.toStdString());
            CHECK(s.window().rect().contains(w->geometry()));
            CHECK(w->height() >= size.height() / 25);
            CHECK_FALSE((w->accessibleName().isEmpty() && name != u"runningText"));
            rects << w->geometry();
        }
        for (qsizetype i = 0; i < rects.size(); ++i)
            for (qsizetype j = i + 1; j < rects.size(); ++j)
                CHECK_FALSE(rects.at(i).intersects(rects.at(j)));
        // The newest call gets the largest panel.
        const QRect call = child<QWidget>(&s.window(), u"callPanel"_s)->geometry();
        for (const QString& name : {u"recentCalls"_s, u"counterBoard"_s, u"waitingBoard"_s}) {
            const QRect other = child<QWidget>(&s.window(), name)->geometry();
            CHECK(call.width() * call.height() > other.width() * other.height());
        }
    }
}

TEST_CASE("header and ticker show the hall, the local date and time, the running text", "[display]")
{
    HallConfig config = TestHall::smallConfig();
    config.site.runningText = u"Layanan Samsat buka Senin–Jumat 08.00–15.00."_s;
    TestHall hall(config);
    LobbyDisplay display(hall.services().queue, hall.clock, &hall.services().changes, {}, nullptr);
    require(display.start());
    auto* header = child<HeaderBar>(&display.window(), u"header"_s);
    REQUIRE(header);
    CHECK(header->accessibleName() == u"Test Hall"_s);
    CHECK(header->clockText() == u"09.00"_s); // 02:00 UTC in Jakarta
    CHECK(header->dateText() == u"Monday, 23 November 2026"_s);
    CHECK(header->shownClock() == header->clockText());
    CHECK(child<RunningText>(&display.window(), u"runningText"_s)->text() == config.site.runningText);
}

TEST_CASE("the display speaks Indonesian by default and follows a language switch", "[display][i18n]")
{
    Station s;
    s.start();
    I18n i18n({u"display"_s});
    REQUIRE(i18n.setLanguage(u"id"_s));
    QCoreApplication::processEvents();
    CHECK(s.panel().accessibleName() == u"Panggilan terbaru"_s);
    CHECK(s.panel().accessibleDescription() == u"Belum ada panggilan hari ini"_s);
    CHECK(child<HeaderBar>(&s.window(), u"header"_s)->dateText() == u"Senin, 23 November 2026"_s);
    REQUIRE(i18n.setLanguage(u"en"_s));
    QCoreApplication::processEvents();
    CHECK(s.panel().accessibleName() == u"Latest call"_s);
    CHECK(child<HeaderBar>(&s.window(), u"header"_s)->dateText() == u"Monday, 23 November 2026"_s);
}

TEST_CASE("antre-display renders a screenshot with live data at several sizes", "[display][process]")
{
    TestHall hall;
    require(hall.engine->openCounter(u"L1"_s, u"OFF1"_s));
    require(hall.engine->issue(u"S1"_s, false));
    require(hall.engine->callNext(u"L1"_s));
    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"ANTRE_NOW"_s, kMondayNine);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    const QString program = ProcessRunner::program(u"antre-display"_s);
    for (const QSize& size : {QSize(1920, 1080), QSize(1366, 768), QSize(1080, 1920)}) {
        const QString png = dir.filePath(u"display-%1x%2.png"_s.arg(size.width()).arg(size.height()));
        const auto run = ProcessRunner::run(program,
                                            {u"--db"_s, hall.path(), u"--screenshot"_s, png, u"--size"_s,
                                             u"%1x%2"_s.arg(size.width()).arg(size.height())},
                                            {}, env);
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        const QImage image(png);
        REQUIRE_FALSE(image.isNull());
        CHECK(image.size() == size);
    }

    const auto refused =
        ProcessRunner::run(program, {u"--db"_s, hall.path(), u"--counters"_s, u"L7"_s}, {}, env);
    CHECK(refused.exitCode == AppContext::exitCodeFor(makeError(ErrorKind::BadInput, {}, {})));
    CHECK(refused.err.contains(u"L7"_s));
    const auto badVoice =
        ProcessRunner::run(program, {u"--db"_s, hall.path(), u"--voice"_s, u"robot"_s}, {}, env);
    CHECK(badVoice.exitCode == 2);
    CHECK(badVoice.err.contains(u"robot"_s));
}
