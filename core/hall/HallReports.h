#pragma once

#include "core/services/ReportService.h"

namespace antre {

class Database;

// ReportService over the hall's database.
class HallReports final : public ReportService
{
public:
    explicit HallReports(Database& db);
    ~HallReports() override;
    Q_DISABLE_COPY_MOVE(HallReports)

    Result<Report> build(QDate from, QDate to, const QDateTime& nowUtc) override;
    Result<OfficerDay> officerDay(const QString& staffId, const QDateTime& dayStartUtc,
                                  const QDateTime& nowUtc) override;
    Result<YearRecap> yearRecap(int year, const QDateTime& nowUtc, QDate today) override;

private:
    Database& m_db;
};

} // namespace antre
