#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace antre {

// The span a report covers: a day, the ISO week (Monday–Sunday), a calendar month or year around a
// date, or any range of dates.
struct ReportPeriod
{
    Q_DECLARE_TR_FUNCTIONS(ReportPeriod)
public:
    enum class Kind
    {
        Day,
        Week,
        Month,
        Year,
        Range
    };

    Kind kind = Kind::Day;
    QDate from;
    QDate to;

    static ReportPeriod around(Kind kind, QDate date);
    static ReportPeriod range(QDate from, QDate to); // swapped when given backwards
    // The same kind of period `steps` periods later (earlier when negative).
    ReportPeriod shifted(int steps) const;
    int days() const;
    static QString kindLabel(Kind kind);
    static QString kindKey(Kind kind); // "day", "week", "month", "year", "range"
};

} // namespace antre
