#pragma once

#include "core/Result.h"
#include "core/complaint/ComplaintReport.h"
#include "supervisor_ui/TextTableModel.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace antre {

// One headline figure of the complaint report: tiles on screen, the summary table in the PDF.
struct ComplaintFigure
{
    QString key; // stable: "received", "answered", "rejected", "open", "overdue", "median_days", "within_sla"
    QString label;
    QString text;
    QString description;
};

// How the monthly complaint report reads on screen and in its exports: the same ComplaintReport the core
// builds for `antre report complaints`.
class ComplaintFigures final
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintFigures)
public:
    static QString title();
    static QList<ComplaintFigure> summary(const ComplaintReport& report);
    static QString days(const std::optional<double>& value); // "2,5 hari", "–"
    static QString asOfLine(const ComplaintReport& report);

    // Counts as rows (label, count) with a bold total; agencies by name where the configuration has one.
    static QStringList countHeader(const QString& groupTitle);
    static QList<TextTableModel::Row> countRows(const QList<ComplaintCount>& counts,
                                                const QHash<QString, QString>& names = {});
    static QStringList listHeader();
    static QList<TextTableModel::Row> listRows(const ComplaintReport& report);

    // The core's CSV (that of `antre report complaints --format csv`).
    static Status writeCsv(const ComplaintReport& report, const QString& path);
    static Status writePdf(const ComplaintReport& report, const QString& siteName,
                           const QHash<QString, QString>& agencyNames, const QString& path);
};

} // namespace antre
