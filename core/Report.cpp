#include "core/Report.h"

#include "core/Clock.h"
#include "core/HallStore.h"
#include "core/Schedule.h"
#include "core/report/DaySummaryStore.h"
#include "core/report/ParallelDayReader.h"
#include "core/report/ReadSnapshot.h"
#include "core/report/ReportCatalog.h"
#include "core/report/ReportExport.h"
#include "core/report/ReportStatistics.h"
#include "core/report/StaffingIntervals.h"
#include "core/storage/Database.h"

#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

// The figures are computed by the units in report/: the catalog and the configuration of each day
// (ReportCatalog), the day plan and summaries (DaySummaryStore), the reading (ParallelDayReader, into a
// ReportAccumulator), booth staffing (StaffingIntervals) and the exports (ReportExport).
namespace antre {

ReportBuilder::ReportBuilder(Database& db) : m_db(db) {}

Result<Report> ReportBuilder::build(QDate from, QDate to, const QDateTime& nowUtc)
{
    if (!from.isValid() || !to.isValid() || to < from || from.daysTo(to) >= report::kMaxGroups)
        return makeError(ErrorKind::BadInput, ErrorCode::BadPeriod,
                         tr("The report period %1 to %2 is not valid.")
                             .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    if (!nowUtc.isValid())
        return makeError(ErrorKind::BadInput, ErrorCode::BadPeriod, tr("The report needs the current time."));
    QSqlDatabase& db = m_db.sql();
    report::DaySummaryStore summaries(m_db);
    std::vector<report::DayToRead> days;
    auto built = [&]() -> Result<Report> {
        const report::ReadSnapshot snapshot(db);
        auto site = report::loadSite(db);
        if (!site.ok())
            return site.error();
        auto catalog = report::loadCatalog(db);
        if (!catalog.ok())
            return catalog.error();
        const ManualClock clock(nowUtc); // HallStore wants a clock; loading does not use it
        auto config = HallStore(m_db, clock).load();
        if (!config.ok())
            return config.error();

        Report result;
        result.siteName = site.value().name;
        result.timezone = site.value().timezone;
        result.from = from;
        result.to = to;
        result.asOf = nowUtc.toUTC();
        const QTimeZone zone = Schedule::zone(result.timezone);
        auto planned =
            summaries.plan(from, to, zone, Schedule::businessDay(result.asOf, zone), result.timezone);
        if (!planned.ok())
            return planned.error();
        days = std::move(planned).value();

        auto read = report::ParallelDayReader(m_db, catalog.value()).read(days);
        if (!read.ok())
            return read.error();
        read.value().fill(result);
        auto staffing = report::staffingFor(db, catalog.value(), config.value(), result, zone);
        if (!staffing.ok())
            return staffing.error();
        result.staffing = staffing.value();
        // Within the snapshot: the head of the very log the figures were read from.
        auto head = ReportHead::read(db, m_db.path());
        if (!head.ok())
            return head.error();
        result.head = head.value();
        return result;
    }();
    // After the read snapshot has ended: writing needs the write lock, which a reader must not wait for.
    if (built.ok())
        summaries.store(days, built.value().timezone);
    return built;
}

Result<QStringList> ReportBuilder::mismatchedSummaries()
{
    return report::DaySummaryStore(m_db).mismatched();
}

Status ReportBuilder::forgetSummaries(const QStringList& days)
{
    return report::DaySummaryStore(m_db).forget(days);
}

QStringList ReportBuilder::histogramLabels()
{
    return report::histogramLabels();
}

QByteArray ReportBuilder::toCsv(const Report& report)
{
    return report::toCsv(report);
}

QJsonObject ReportBuilder::toJson(const Report& report)
{
    return report::toJson(report);
}

QString ReportBuilder::toText(const Report& report)
{
    return report::toText(report);
}

} // namespace antre
