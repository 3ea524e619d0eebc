#include "core/AuditLog.h"
#include "supervisor_ui/CounterCard.h"
#include "supervisor_ui/DashboardView.h"
#include "supervisor_ui/FigureTile.h"
#include "tests/support/ProcessRunner.h"
#include "tests/support/QtStringMakers.h"
#include "tests/ui/supervisor/SupervisorTestSupport.h"
#include "ui_common/ElidedLabel.h"

#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QTableWidget>

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace antre;
using namespace antre::test;

namespace {

int serviceRow(QTableWidget* table, const QString& code)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, DashboardView::Service)->data(Qt::UserRole).toString() == code)
            return row;
    FAIL("no row for service " << code.toStdString());
    return -1;
}

} // namespace

TEST_CASE("dashboard shows a red service and an unstaffed booth", "[dashboard]")
{
    SupervisorHall s;
    s.hall.setLocal(TestHall::monday(), QTime(8, 50));
    REQUIRE(s.hall.engine->openCounter(u"L1"_s, u"OFF1"_s).ok());
    s.hall.setLocal(QTime(9, 0));
    REQUIRE(s.hall.engine->issue(u"S1"_s, false).ok());
    s.hall.setLocal(QTime(9, 8));
    REQUIRE(s.hall.engine->issue(u"S2"_s, false).ok());
    s.hall.setLocal(QTime(9, 16)); // S1 has waited 16 min of 15; S2 8 of 10 (80 %)

    DashboardView view(s.access);
    auto* services = child<QTableWidget>(&view, u"dashboard.services"_s);
    const int s1 = serviceRow(services, u"S1"_s);
    const int s2 = serviceRow(services, u"S2"_s);
    const int s3 = serviceRow(services, u"S3"_s);
    CHECK(services->item(s1, DashboardView::LongestWait)->data(Qt::UserRole).toString() == u"red");
    CHECK(services->item(s1, DashboardView::LongestWait)->text() == u"16:00");
    CHECK(services->item(s2, DashboardView::LongestWait)->data(Qt::UserRole).toString() == u"amber");
    CHECK(services->item(s3, DashboardView::LongestWait)->data(Qt::UserRole).toString() == u"none");
    CHECK(services->item(s1, DashboardView::Waiting)->text() == u"1");
    CHECK(services->item(s1, DashboardView::QuotaLeft)->text() == u"4");
    CHECK(services->item(s2, DashboardView::QuotaLeft)->text() != u"0");

    // L1 is open; L2 (S1) and L3 (S2) are closed while S1 and S2 are open on Monday morning.
    CHECK_FALSE(child<CounterCard>(&view, u"dashboard.counter.L1"_s)->isUnstaffed());
    auto* l2 = child<CounterCard>(&view, u"dashboard.counter.L2"_s);
    CHECK(l2->isUnstaffed());
    CHECK(l2->property("unstaffed").toBool());
    CHECK(child<QLabel>(&view, u"dashboard.counter.L2.state"_s)->text().contains(u"EMPTY"_s));
    CHECK(child<CounterCard>(&view, u"dashboard.counter.L3"_s)->isUnstaffed());
    CHECK(child<FigureTile>(&view, u"dashboard.unstaffed"_s)->value() == u"2");
    CHECK(child<FigureTile>(&view, u"dashboard.waiting"_s)->value() == u"2");

    // Time alone moves S2 from amber to red: no database read is needed for that.
    const int refreshes = view.refreshCount();
    s.hall.setLocal(QTime(9, 19));
    REQUIRE(waitUntil([&] {
        return services->item(s2, DashboardView::LongestWait)->data(Qt::UserRole).toString() == u"red";
    }));
    CHECK(view.refreshCount() == refreshes);

    // After opening hours nobody should be at L2: it no longer stands out.
    s.hall.setLocal(QTime(17, 0));
    view.refresh();
    CHECK_FALSE(child<CounterCard>(&view, u"dashboard.counter.L2"_s)->isUnstaffed());
}

TEST_CASE("dashboard shows the booth's officer and current ticket with its time", "[dashboard]")
{
    SupervisorHall s;
    s.hall.setLocal(TestHall::monday(), QTime(9, 0));
    REQUIRE(s.hall.engine->openCounter(u"L1"_s, u"OFF1"_s).ok());
    REQUIRE(s.hall.engine->issue(u"S1"_s, false).ok());
    REQUIRE(s.hall.engine->callNext(u"L1"_s).ok());
    s.hall.setLocal(QTime(9, 2));
    REQUIRE(s.hall.engine->startServing(u"L1"_s).ok());
    REQUIRE(s.hall.engine->openCounter(u"L3"_s, u"OFF2"_s).ok());
    REQUIRE(s.hall.engine->startBreak(u"L3"_s, u"sholat"_s).ok());
    s.hall.setLocal(QTime(9, 9));

    DashboardView view(s.access);
    // The card's labels elide to their width, which an unshown view does not have yet: read the whole text.
    CHECK(child<ElidedLabel>(&view, u"dashboard.counter.L1.officer"_s)->fullText() == u"Officer One");
    const QString ticket = child<ElidedLabel>(&view, u"dashboard.counter.L1.ticket"_s)->fullText();
    CHECK(ticket.contains(u"A-001"_s));
    CHECK(ticket.contains(u"7:00"_s)); // serving since 09:02
    CHECK(child<ElidedLabel>(&view, u"dashboard.counter.L3.ticket"_s)->fullText().contains(u"sholat"_s));
    CHECK(child<FigureTile>(&view, u"dashboard.open"_s)->value() == u"1 of 3");
}

TEST_CASE("dashboard updates live when another process issues a ticket", "[dashboard][process]")
{
    SupervisorHall s;
    s.hall.setLocal(TestHall::monday(), QTime(9, 0));
    DashboardView view(s.access);
    view.show();
    auto* services = child<QTableWidget>(&view, u"dashboard.services"_s);
    const int s2 = serviceRow(services, u"S2"_s);
    REQUIRE(services->item(s2, DashboardView::Waiting)->text() == u"0");

    const auto issued =
        ProcessRunner::antre(s.hall.path(), {u"issue"_s, u"S2"_s}, u"2026-11-23T09:00:00+07:00"_s);
    REQUIRE(issued.exitCode == 0);
    CHECK(waitUntil([&] { return services->item(s2, DashboardView::Waiting)->text() == u"1"; }));
    CHECK(child<FigureTile>(&view, u"dashboard.issued"_s)->value() == u"1");
}

TEST_CASE("dashboard lists printer faults from the kiosks", "[dashboard]")
{
    SupervisorHall s;
    s.hall.setLocal(TestHall::monday(), QTime(9, 0));
    DashboardView view(s.access);
    view.show();
    auto* alerts = child<QListWidget>(&view, u"dashboard.alerts"_s);
    REQUIRE(alerts->count() == 1); // "no alerts today"
    CHECK(alerts->item(0)->data(Qt::UserRole).toString().isEmpty());

    const QJsonObject data{{u"device"_s, u"printer"_s},
                           {u"kiosk"_s, u"K1"_s},
                           {u"ticket"_s, u"A-007"_s},
                           {u"message"_s, u"paper out"_s}};
    REQUIRE(s.hall.db
                ->write([&](QSqlDatabase& db) -> Status {
                    auto e = AuditLog::append(db, s.hall.clock.now(), EventKind::DeviceFault, data);
                    return e.ok() ? Status(Done{}) : Status(e.error());
                })
                .ok());
    REQUIRE(waitUntil([&] { return alerts->item(0)->data(Qt::UserRole).toString() == u"device.fault"; }));
    const QString text = alerts->item(0)->text();
    CHECK(text.contains(u"09.00"_s));
    CHECK(text.contains(u"K1"_s));
    CHECK(text.contains(u"paper out"_s));
    CHECK(text.contains(u"A-007"_s));
}
