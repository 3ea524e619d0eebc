#pragma once

#include "Report.h"
#include "Result.h"

#include <QDate>
#include <QDateTime>

namespace antre {

// Every figure a front end shows comes from here, computed by one piece of code in the core.
class ReportService
{
public:
    ReportService() = default;
    virtual ~ReportService();
    Q_DISABLE_COPY_MOVE(ReportService)

    // The report of the local dates [from, to] as of nowUtc (today's figures are partial).
    virtual Result<Report> build(QDate from, QDate to, const QDateTime& nowUtc) = 0;
};

} // namespace antre
