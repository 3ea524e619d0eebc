#include "hall/HallReports.h"

#include "Database.h"

namespace antre {

HallReports::HallReports(Database& db) : m_db(db) {}

HallReports::~HallReports() = default;

Result<Report> HallReports::build(QDate from, QDate to, const QDateTime& nowUtc)
{
    return ReportBuilder(m_db).build(from, to, nowUtc);
}

} // namespace antre
