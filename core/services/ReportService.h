#pragma once

#include "core/Report.h"
#include "core/Result.h"
#include "core/report/OfficerDay.h"
#include "core/report/YearRecap.h"

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
    // One officer's figures of the day so far (what the booth shows), from dayStartUtc to nowUtc inclusive.
    virtual Result<OfficerDay> officerDay(const QString& staffId, const QDateTime& dayStartUtc,
                                          const QDateTime& nowUtc) = 0;
    // The months of `year` that have begun by `today` (the hall's local date), as of nowUtc.
    virtual Result<YearRecap> yearRecap(int year, const QDateTime& nowUtc, QDate today) = 0;
};

} // namespace antre
