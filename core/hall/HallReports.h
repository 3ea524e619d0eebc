#pragma once

#include "services/ReportService.h"

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

private:
    Database& m_db;
};

} // namespace antre
