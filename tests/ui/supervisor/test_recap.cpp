#include "supervisor_ui/RecapModels.h"
#include "supervisor_ui/RecapView.h"
#include "tests/ui/supervisor/SupervisorTestSupport.h"

#include <QFile>
#include <QTableView>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace antre;
using namespace antre::test;

TEST_CASE("annual recap shows each month's and the year's figures from the report builder", "[recap]")
{
    SupervisorHall s;
    // One ticket in October, the known Monday in November.
    s.hall.setLocal(QDate(2026, 10, 14), QTime(9, 0));
    REQUIRE(s.hall.engine->issue(u"S2"_s, false).ok());
    playKnownMonday(s.hall);
    s.hall.setLocal(QDate(2026, 12, 2), QTime(9, 0));

    RecapView view(s.access);
    REQUIRE(view.showYear(2026).ok());
    const YearRecap& recap = *view.recap();
    REQUIRE(recap.months.size() == 12);
    CHECK_FALSE(recap.months.at(0) == std::nullopt);
    ReportBuilder builder(*s.hall.db);
    const auto november = builder.build(QDate(2026, 11, 1), QDate(2026, 11, 30), s.hall.clock.now());
    REQUIRE(november.ok());

    auto* months = child<QTableView>(&view, u"recap.table.months"_s)->model();
    REQUIRE(months->rowCount() == 13);
    CHECK(months->index(9, RecapMonthsModel::Issued).data(Qt::UserRole).toInt() == 1); // October
    CHECK(months->index(10, RecapMonthsModel::Issued).data(Qt::UserRole).toInt() ==
          november.value().total.issued);
    CHECK(months->index(10, RecapMonthsModel::Served).data(Qt::UserRole).toInt() == 3);
    CHECK(months->index(10, RecapMonthsModel::WaitMean).data(Qt::UserRole).toDouble() ==
          november.value().total.waitMean);
    CHECK(months->index(12, RecapMonthsModel::Issued).data(Qt::UserRole).toInt() == 7); // the year
    CHECK(months->index(0, RecapMonthsModel::Issued).data().toString() == u"0");

    // Per service and month: S1 had 4 tickets taken in November, S2 one in October and two in November.
    auto* issued = child<QTableView>(&view, u"recap.table.issued"_s)->model();
    int s1 = -1, s2 = -1;
    for (int row = 0; row < issued->rowCount(); ++row) {
        if (issued->index(row, 0).data().toString() == u"Service One")
            s1 = row;
        if (issued->index(row, 0).data().toString() == u"Service Two")
            s2 = row;
    }
    REQUIRE(s1 >= 0);
    REQUIRE(s2 >= 0);
    CHECK(issued->index(s1, 11).data(Qt::UserRole).toInt() == 4);
    CHECK(issued->index(s2, 10).data(Qt::UserRole).toInt() == 1);
    CHECK(issued->index(s2, 11).data(Qt::UserRole).toInt() == 2);
    CHECK(issued->index(s2, 13).data(Qt::UserRole).toInt() == 3);
    CHECK(issued->index(issued->rowCount() - 1, 13).data(Qt::UserRole).toInt() == 7);

    QTemporaryDir dir;
    REQUIRE(view.exportCsv(dir.filePath(u"recap.csv"_s)).ok());
    QFile csv(dir.filePath(u"recap.csv"_s));
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    CHECK(bytes == YearRecap::toCsv(recap));
    CHECK(bytes.contains("months,2026-11,6,3,"));
    REQUIRE(view.exportPdf(dir.filePath(u"recap.pdf"_s)).ok());
    CHECK(QFile(dir.filePath(u"recap.pdf"_s)).size() > 1000);
}
