#include "core/HallSimulator.h"
#include "core/ombudsman/OmbudsmanReport.h"
#include "core/report/ReportExport.h"
#include "core/services/ComplaintService.h"
#include "core/services/ReportService.h"
#include "core/services/SurveyService.h"
#include "core/simulation/ComplaintSimulation.h"
#include "tests/support/QtStringMakers.h"
#include "tests/support/TestHall.h"

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace antre;
using namespace antre::test;

namespace {

// Two weeks of simulated days before the test hall's Monday: tickets, booth states, surveys, complaints.
void simulateHistory(TestHall& hall, QDate first, int days)
{
    SimulationOptions options;
    options.firstDay = first;
    options.days = days;
    options.visitorsPerDay = 40;
    auto simulated = HallSimulator(*hall.db).run(options);
    INFO((simulated.ok() ? QString() : simulated.error().message).toStdString());
    REQUIRE(simulated.ok());
    auto complaints = simulation::ComplaintSimulation(*hall.db, options).run();
    REQUIRE(complaints.ok());
}

QString csvOf(const QList<OmbudsmanCsv>& files, const QString& suffix)
{
    for (const auto& f : files)
        if (f.suffix == suffix)
            return QString::fromUtf8(f.data);
    return {};
}

} // namespace

TEST_CASE("the Ombudsman report's figures are those of the separate reports", "[ombudsman][reports]")
{
    TestHall hall;
    const QDate from = TestHall::monday().addDays(-14);
    const QDate to = TestHall::monday().addDays(-1);
    simulateHistory(hall, from, 14);
    const QDateTime now = hall.clock.now();
    HallServices& services = hall.services();

    auto built = OmbudsmanReportBuilder::build(services, from, to, now);
    INFO((built.ok() ? QString() : built.error().message).toStdString());
    REQUIRE(built.ok());
    const OmbudsmanReport& r = built.value();

    auto waits = services.reports.build(from, to, now);
    REQUIRE(waits.ok());
    REQUIRE(waits.value().total.issued > 0);
    CHECK(r.waits.total.issued == waits.value().total.issued);
    CHECK(r.waits.total.served == waits.value().total.served);
    CHECK(r.waits.total.withinTargetPct == waits.value().total.withinTargetPct);
    REQUIRE(r.waits.byService.size() == waits.value().byService.size());
    REQUIRE(r.targetWaitMin.size() == r.waits.byService.size());
    for (qsizetype i = 0; i < r.waits.byService.size(); ++i) {
        CHECK(r.waits.byService[i].stats.waitP90 == waits.value().byService[i].stats.waitP90);
        CHECK(r.targetWaitMin[i] == TestHall::smallConfig().service(r.waits.byService[i].key)->targetWaitMin);
    }

    // L1 and L2 serve AG1's services only, L3 serves S2 (AG1) and S3 (AG2): it counts for both agencies.
    int scheduled = 0;
    int unstaffed = 0;
    const CounterStaffing* l3 = nullptr;
    for (const auto& booth : waits.value().staffing) {
        scheduled += booth.scheduledMin;
        unstaffed += booth.unstaffedMin;
        if (booth.code == u"L3")
            l3 = &booth;
    }
    REQUIRE(l3);
    REQUIRE(r.emptyBooths.size() == 2);
    CHECK(r.emptyBooths[0].code == u"AG1"_s);
    CHECK(r.emptyBooths[0].booths == 3);
    CHECK(r.emptyBooths[0].scheduledMin == scheduled);
    CHECK(r.emptyBooths[0].unstaffedMin == unstaffed);
    CHECK(r.emptyBooths[1].code == u"AG2"_s);
    CHECK(r.emptyBooths[1].booths == 1);
    CHECK(r.emptyBooths[1].scheduledMin == l3->scheduledMin);
    CHECK(r.emptyBooths[1].unstaffedMin == l3->unstaffedMin);
    CHECK(scheduled > 0);

    auto ikm = services.survey.ikm(from, to, IkmGrouping::Service);
    REQUIRE(ikm.ok());
    REQUIRE(ikm.value().total.responses() > 0);
    CHECK(r.ikmByService.total.responses() == ikm.value().total.responses());
    CHECK(r.ikmByService.total.ikmHundredths() == ikm.value().total.ikmHundredths());
    CHECK(r.ikmByService.groups.size() == ikm.value().groups.size());
    CHECK(r.ikmByAgency.by == IkmGrouping::Agency);

    auto complaints = services.complaints.report(from, to);
    REQUIRE(complaints.ok());
    CHECK(r.complaints.received == complaints.value().received);
    CHECK(r.complaints.withinSla == complaints.value().withinSla);
    CHECK(r.complaints.percentWithinSla == complaints.value().percentWithinSla);

    // The CSV files carry the same figures: the services file's total row, the IKM file's whole hall.
    const QList<OmbudsmanCsv> files = OmbudsmanReportBuilder::toCsvFiles(r);
    QStringList suffixes;
    for (const auto& f : files)
        suffixes << f.suffix;
    CHECK(suffixes == QStringList{u"visitors"_s, u"services"_s, u"staffing"_s, u"ikm"_s, u"complaints"_s});
    CHECK(csvOf(files, u"services"_s)
              .contains(u",%1,%2,"_s.arg(r.waits.total.issued).arg(r.waits.total.served)));
    CHECK(csvOf(files, u"staffing"_s).contains(u"AG1,Agency One,3,%1,%2,"_s.arg(scheduled).arg(unstaffed)));
    CHECK(csvOf(files, u"ikm"_s).contains(Ikm::decimal(ikm.value().total.ikmHundredths())));
    CHECK(files.last().data == ComplaintReportBuilder::toCsv(complaints.value()));
}

TEST_CASE("the Ombudsman report shows no waits for a service that served nobody, and no target for the total",
          "[ombudsman]")
{
    OmbudsmanReport r;
    ReportRow idle;
    idle.key = u"BJB"_s;
    idle.label = u"Bank"_s;
    idle.stats.issued = 77;
    ReportRow busy;
    busy.key = u"KTP"_s;
    busy.label = u"KTP-el"_s;
    busy.stats.issued = 10;
    busy.stats.served = 9;
    busy.stats.waitMean = 12.34;
    busy.stats.waitP90 = 20.0;
    busy.stats.withinTargetPct = 88.88;
    r.waits.byService = {idle, busy};
    r.targetWaitMin = {15, 20};
    const report::Section section = OmbudsmanReportBuilder::servicesSection(r);
    REQUIRE(section.rows.size() == 3);
    QStringList idleCells;
    QStringList busyCells;
    QStringList totalCells;
    for (qsizetype c = 0; c < section.columns.size(); ++c) {
        idleCells << report::cellText(section.rows[0].at(c), section.columns[c].kind);
        busyCells << report::cellText(section.rows[1].at(c), section.columns[c].kind);
        totalCells << report::cellText(section.rows[2].at(c), section.columns[c].kind);
    }
    // Issued 77, served 0: the waits and the share within the target are empty, not "0.0".
    CHECK(idleCells == QStringList{u"BJB"_s, u"Bank"_s, u"77"_s, u"0"_s, u"15"_s, u""_s, u""_s, u""_s});
    CHECK(busyCells ==
          QStringList{u"KTP"_s, u"KTP-el"_s, u"10"_s, u"9"_s, u"20"_s, u"12.3"_s, u"20.0"_s, u"88.9"_s});
    CHECK(totalCells.at(4).isEmpty()); // no single target for all services
}

TEST_CASE("the Ombudsman report's CSV files are named after its PDF", "[ombudsman]")
{
    CHECK(OmbudsmanReportBuilder::csvPath(u"/tmp/nov.pdf"_s, u"ikm"_s) == u"/tmp/nov-ikm.csv"_s);
    CHECK(OmbudsmanReportBuilder::csvPath(u"nov.PDF"_s, u"visitors"_s) == u"nov-visitors.csv"_s);
    CHECK(OmbudsmanReportBuilder::csvPath(u"nov"_s, u"visitors"_s) == u"nov-visitors.csv"_s);
}
