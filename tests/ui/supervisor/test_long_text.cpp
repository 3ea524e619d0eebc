// Issue 13, item 7: no text in the hall (names at the configuration's maximum, without spaces, with emoji,
// combining marks and a right-to-left override) may change the size of the supervisor's window.
#include "core/HallStore.h"
#include "supervisor_ui/SupervisorWindow.h"
#include "tests/support/HostileHall.h"
#include "tests/ui/supervisor/SupervisorTestSupport.h"
#include "ui_common/ElidedLabel.h"

#include <QApplication>
#include <QFontMetrics>
#include <QTest>

#include <catch2/catch.hpp>

using namespace antre;
using namespace antre::test;
using namespace Qt::Literals::StringLiterals;

namespace {

void settle()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}

void checkSize(QWidget& window, QSize size, const std::string& screen)
{
    settle();
    INFO(screen << " at " << size.width() << "x" << size.height());
    CHECK(window.size() == size);
    CHECK(window.minimumSizeHint().width() <= size.width());
    CHECK(window.minimumSizeHint().height() <= size.height());
}

void checkElided(QWidget& root, const QString& name, const QString& full)
{
    INFO(name.toStdString());
    auto* label = child<ElidedLabel>(&root, name);
    CHECK(label->fullText() == full);
    CHECK(label->text().endsWith(u"…"_s));
    CHECK(label->text().contains(full.left(3)));
    for (const QString& line : label->text().split(u'\n'))
        CHECK(QFontMetrics(label->font()).horizontalAdvance(line) <= label->contentsRect().width());
    CHECK(label->toolTip() == full);
}

} // namespace

TEST_CASE("supervisor: every page keeps the window's size with names at their maximum, without spaces",
          "[login][dashboard]")
{
    for (const QSize size : {QSize(1366, 768), QSize(1920, 1080)}) {
        SupervisorHall s;
        const HallConfig hostile = hostileConfig(TestHall::smallConfig());
        REQUIRE(HallStore(*s.hall.db, s.hall.clock).import(hostile).ok());
        // A member added at run time, with a name as long as any.
        const QString adminName = hostileText(TextRules::Kind::Name, u'Z');
        REQUIRE(s.hall.staff->save({u"ADM"_s, adminName, Role::Admin, {}, u"4444"_s, true}).ok());
        s.hall.setLocal(TestHall::monday(), QTime(9, 0));
        REQUIRE(s.hall.engine->openCounter(u"L1"_s, u"OFF1"_s).ok());
        REQUIRE(s.hall.engine->openCounter(u"L3"_s, u"OFF2"_s).ok());
        for (int i = 0; i < 3; ++i)
            REQUIRE(s.hall.engine->issue(u"S1"_s, false).ok());
        REQUIRE(s.hall.engine->callNext(u"L1"_s).ok());
        REQUIRE(s.hall.engine->startBreak(u"L3"_s, hostileText(TextRules::Kind::Line, u'B')).ok());

        SupervisorWindow window(s.access);
        window.resize(size);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        checkSize(window, size, "sign-in");
        checkElided(window, u"login.hall"_s, hostile.site.name);
        keepScreenshot(&window, u"hostile-login-%1"_s.arg(size.width()));

        REQUIRE(window.signIn(s.member(u"ADM"_s)).ok());
        checkElided(window, u"header.hall"_s, hostile.site.name);
        CHECK(child<ElidedLabel>(&window, u"header.user"_s)->text().endsWith(u"…"_s));
        const std::pair<SupervisorWindow::View, const char*> views[] = {
            {SupervisorWindow::View::Dashboard, "dashboard"}, {SupervisorWindow::View::Report, "report"},
            {SupervisorWindow::View::Recap, "recap"},         {SupervisorWindow::View::Lookup, "lookup"},
            {SupervisorWindow::View::Config, "config"},       {SupervisorWindow::View::Staff, "staff"},
        };
        for (const auto& [view, name] : views) {
            window.showView(view);
            checkSize(window, size, name);
            keepScreenshot(&window, u"hostile-%1-%2"_s.arg(QString::fromLatin1(name)).arg(size.width()));
        }
        window.showView(SupervisorWindow::View::Dashboard);
        settle();
        checkElided(window, u"dashboard.counter.L1.name"_s, hostile.counters.at(0).name);
        auto* reason = child<ElidedLabel>(&window, u"dashboard.counter.L3.ticket"_s);
        CHECK(reason->fullText().startsWith(hostileText(TextRules::Kind::Line, u'B')));
        CHECK(reason->text().endsWith(u"…"_s));
        CHECK(reason->toolTip() == reason->fullText());
    }
}
