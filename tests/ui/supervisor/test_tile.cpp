#include "tests/support/QtStringMakers.h"
#include "tests/support/TestHall.h"
#include "ui_common/AppContext.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <memory>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace antre;
using antre::test::TestHall;

// ./dev run starts the four programs with --tile 1..4: together they must cover the free area of the screen
// in four quarters, none over another.
TEST_CASE("tile N (option --tile) puts each of four windows in its own quarter of the screen", "[tile]")
{
    TestHall hall;
    const QScreen* screen = QGuiApplication::primaryScreen();
    REQUIRE(screen != nullptr);
    const QRect area = screen->availableGeometry();
    REQUIRE(area.width() >= 400);

    std::vector<std::unique_ptr<AppContext>> programs;
    std::vector<std::unique_ptr<QWidget>> windows;
    for (int tile = 1; tile <= 4; ++tile) {
        auto program = std::make_unique<AppContext>(u"supervisor"_s, u"test"_s);
        const auto opened = program->open({u"antre-test"_s, u"--db"_s, hall.path(), u"--lang"_s, u"en"_s,
                                           u"--tile"_s, QString::number(tile)});
        INFO((opened.ok() ? std::string() : opened.error().message.toStdString()));
        REQUIRE(opened.ok());
        auto window = std::make_unique<QWidget>();
        program->show(window.get());
        CHECK(window->isVisible());
        CHECK_FALSE(window->isFullScreen());
        programs.push_back(std::move(program));
        windows.push_back(std::move(window));
    }

    const int w = area.width() / 2;
    const int h = area.height() / 2;
    const QRect expected[] = {{area.x(), area.y(), w, h},
                              {area.x() + w, area.y(), w, h},
                              {area.x(), area.y() + h, w, h},
                              {area.x() + w, area.y() + h, w, h}};
    // A platform may put the window's own frame inside its quarter (offscreen does, 2 pixels, for a window at
    // the screen's corner): the client area is then that much off, never more.
    constexpr int kFrame = 4;
    for (int i = 0; i < 4; ++i) {
        const QRect g = windows.at(i)->geometry();
        INFO("tile " << i + 1 << ": " << g.x() << ',' << g.y() << ' ' << g.width() << 'x' << g.height()
                     << " of " << area.x() << ',' << area.y() << ' ' << area.width() << 'x' << area.height());
        CHECK(g.size() == expected[i].size());
        CHECK(std::abs(g.x() - expected[i].x()) <= kFrame);
        CHECK(std::abs(g.y() - expected[i].y()) <= kFrame);
        // Each window's middle is in its own quarter, and in no other.
        for (int j = 0; j < 4; ++j)
            CHECK(expected[j].contains(g.center()) == (i == j));
    }
    for (int i = 0; i < 4; ++i)
        for (int j = 0; j < i; ++j)
            CHECK_FALSE(expected[i].intersects(expected[j]));
    CHECK((expected[0] | expected[3]).width() >= area.width() - 1);
    CHECK((expected[0] | expected[3]).height() >= area.height() - 1);
}
