#pragma once

#include "core/Report.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace antre {

class Database;

// A year month by month: the hall's evidence of visitors and services for annual reviews. Every figure
// comes from ReportBuilder (one report per month and one for the whole year), never recomputed here.
struct YearRecap
{
    int year = 0;
    QList<std::optional<Report>> months; // 12 entries; empty for months that have not begun
    Report wholeYear;

    // The months of `year` that have begun by `today` (the hall's local date), as of nowUtc.
    static Result<YearRecap> build(Database& db, int year, const QDateTime& nowUtc, QDate today);
    // UTF-8 CSV with BOM (CsvWriter): months, then tickets issued and served per service and month.
    static QByteArray toCsv(const YearRecap& recap);
};

} // namespace antre
