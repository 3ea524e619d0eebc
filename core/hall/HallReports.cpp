#include "core/hall/HallReports.h"

#include "core/storage/Database.h"

namespace antre {

HallReports::HallReports(Database& db) : m_db(db) {}

HallReports::~HallReports() = default;

Result<Report> HallReports::build(QDate from, QDate to, const QDateTime& nowUtc)
{
    return ReportBuilder(m_db).build(from, to, nowUtc);
}

Result<OfficerDay> HallReports::officerDay(const QString& staffId, const QDateTime& dayStartUtc,
                                           const QDateTime& nowUtc)
{
    return OfficerDay::read(m_db, staffId, dayStartUtc, nowUtc);
}

Result<YearRecap> HallReports::yearRecap(int year, const QDateTime& nowUtc, QDate today)
{
    return YearRecap::build(m_db, year, nowUtc, today);
}

} // namespace antre
