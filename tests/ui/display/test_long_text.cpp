// Issue 13, item 7: no text in the hall (names at the configuration's maximum, without spaces, with emoji,
// combining marks and a right-to-left override) may change the size of the lobby display or cut a glyph.
#include "display_ui/AudioSink.h"
#include "display_ui/DisplayWindow.h"
#include "display_ui/HeaderBar.h"
#include "display_ui/LobbyDisplay.h"
#include "display_ui/RunningText.h"
#include "tests/support/HostileHall.h"
#include "tests/support/TestHall.h"
#include "tests/support/Widgets.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QImage>
#include <QTest>

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace antre;
using namespace antre::test;

TEST_CASE("display: names at their maximum, without spaces, keep every panel in its place",
          "[display][layout]")
{
    const HallConfig hostile = hostileConfig(TestHall::smallConfig());
    TestHall hall(hostile);
    REQUIRE(hall.engine->openCounter(u"L1"_s, u"OFF1"_s).ok());
    REQUIRE(hall.engine->openCounter(u"L3"_s, u"OFF2"_s).ok());
    for (int i = 0; i < 4; ++i) {
        REQUIRE(hall.engine->issue(u"S1"_s, false).ok());
        REQUIRE(hall.engine->issue(u"S2"_s, i % 2 == 0).ok());
    }
    REQUIRE(hall.engine->callNext(u"L1"_s).ok());
    REQUIRE(hall.engine->callNext(u"L3"_s).ok());

    LobbyDisplay display(hall.services().queue, hall.clock, &hall.services().changes, {}, nullptr);
    const auto started = display.start();
    REQUIRE(started.ok());
    DisplayWindow& window = display.window();
    window.resize(1920, 1080);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    for (const QSize size : {QSize(1920, 1080), QSize(1080, 1920)}) {
        INFO(size.width() << "x" << size.height());
        window.resize(size);
        QCoreApplication::processEvents();
        // Painting every panel with these texts neither crashes nor grows anything.
        const QImage shot = window.grab().toImage();
        CHECK_FALSE(shot.isNull());
        QCoreApplication::processEvents();
        CHECK(window.size() == size);
        CHECK(window.minimumSizeHint().width() <= size.width());
        CHECK(window.minimumSizeHint().height() <= size.height());

        auto* header = child<HeaderBar>(&window, u"header"_s);
        CHECK(header->accessibleName() == hostile.site.name);
        const QString shown = header->shownHallName();
        CHECK(shown.endsWith(u"…"_s));
        CHECK(shown.startsWith(hostile.site.name.left(4)));
        CHECK(header->hallNameRect().width() > size.width() / 4);
        CHECK(header->hallNameRect().right() <= size.width());
        // The hall name gives way; the clock and the date, read from across the hall, never do.
        CHECK(header->shownClock() == header->clockText());
        CHECK(header->shownDate() == header->dateText());
        CHECK(child<RunningText>(&window, u"runningText"_s)->text() == hostile.site.runningText);
    }
}
