#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace antre {

// How figures, dates and durations read on screen and in the PDF, in the language's own style
// (Indonesian: "1.234", "12,5", "23 November 2026", "08.30"). One place, so both show the same text.
class ReportFormat final
{
    Q_DECLARE_TR_FUNCTIONS(ReportFormat)
public:
    static QString count(qint64 value);
    // Minutes with one decimal; "–" when there is nothing to average (no samples).
    static QString minutes(double value, bool hasSamples = true);
    static QString percent(double value, bool hasSamples = true);
    static QString date(QDate date);             // "23 November 2026"
    static QString shortDate(QDate date);        // "23/11"
    static QString weekdayDate(QDate date);      // "Sen, 23/11/2026"
    static QString month(QDate date);            // "November 2026"
    static QString period(QDate from, QDate to); // "23 November 2026" or "1 November 2026 – 30 November 2026"
    static QString time(const QDateTime& instant, const QTimeZone& zone);     // "08.30"
    static QString dateTime(const QDateTime& instant, const QTimeZone& zone); // "23 November 2026 08.30"
    static QString hourRange(int hour);                                       // "08.00–09.00"
    static QString elapsed(qint64 seconds);                                   // "7:05" or "1:02:05"
    static QString dash();
};

} // namespace antre
