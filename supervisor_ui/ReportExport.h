#pragma once

#include "core/Report.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace antre {

// One headline figure of a report (tiles on screen, the summary table in the PDF).
struct Figure
{
    QString key;   // stable, e.g. "issued", "wait_mean"
    QString label; // translated
    QString text;  // formatted value
    QString description;
};

// Writes a report as CSV (the core's own bytes) or as an A4 PDF with the same tables and charts as the
// screen; both from the one Report the screen shows.
class ReportExport final
{
    Q_DECLARE_TR_FUNCTIONS(ReportExport)
public:
    static QList<Figure> summary(const ReportStats& total);
    static QString title();
    static QString periodLine(const Report& report);
    static QString asOfLine(const Report& report);
    // The audit log's head the report was made from (ReportHead::text); empty for a report without one.
    static QString headLine(const Report& report);

    static Status writeCsv(const Report& report, const QString& path);
    static Status writePdf(const Report& report, const QString& path);
};

} // namespace antre
