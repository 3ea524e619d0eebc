#include "supervisor_ui/LookupView.h"
#include "tests/support/QtStringMakers.h"
#include "tests/ui/supervisor/SupervisorTestSupport.h"

#include <QLabel>
#include <QTableWidget>

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace antre;
using namespace antre::test;

TEST_CASE("ticket lookup shows the whole history of a transferred ticket", "[lookup]")
{
    SupervisorHall s;
    playKnownMonday(s.hall);
    s.hall.setLocal(TestHall::monday().addDays(2), QTime(9, 0));

    LookupView view(s.access);
    REQUIRE(view.find(u"a-002"_s, TestHall::monday()).ok());
    auto* history = child<QTableWidget>(&view, u"lookup.history"_s);
    QStringList kinds;
    for (int row = 0; row < history->rowCount(); ++row)
        kinds << history->item(row, 1)->data(Qt::UserRole).toString();
    CHECK(kinds == QStringList{u"ticket.issued"_s, u"ticket.called"_s, u"ticket.serving"_s,
                               u"ticket.transferred"_s, u"ticket.called"_s, u"ticket.serving"_s,
                               u"ticket.done"_s});
    CHECK(history->item(0, 0)->text() == u"09.04");
    CHECK(history->item(3, 4)->text().contains(u"S1"_s));
    CHECK(history->item(3, 4)->text().contains(u"S2"_s));
    CHECK(history->item(1, 2)->text() == u"L1");
    CHECK(history->item(1, 3)->text() == u"Officer One (OFF1)");
    const QString summary = child<QLabel>(&view, u"lookup.summary"_s)->text();
    CHECK(summary.contains(u"A-002"_s));
    CHECK(summary.contains(u"21.0"_s)); // 09:04 → first call 09:25
}

TEST_CASE("ticket lookup explains a wrong number or an unknown ticket", "[lookup]")
{
    SupervisorHall s;
    LookupView view(s.access);
    CHECK(view.find(u"twelve"_s, TestHall::monday()).error().kind == ErrorKind::BadInput);
    CHECK(child<QLabel>(&view, u"lookup.message"_s)->text().contains(u"twelve"_s));
    CHECK_FALSE(view.find(u"A-001"_s, TestHall::monday()).ok());
    CHECK(child<QLabel>(&view, u"lookup.message"_s)->isVisibleTo(&view));
}
