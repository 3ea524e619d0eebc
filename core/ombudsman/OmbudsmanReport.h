#pragma once

#include "core/Report.h"
#include "core/Result.h"
#include "core/complaint/ComplaintReport.h"
#include "core/report/ReportExport.h"
#include "core/survey/SurveyTypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace antre {

struct HallServices;

// Empty-booth minutes of one agency: the scheduled minutes of its booths (a booth belongs to the agency of
// its services; one serving several agencies counts for each) when no officer had the booth open.
struct AgencyStaffing
{
    QString code;
    QString name;
    int booths = 0;
    int scheduledMin = 0;
    int unstaffedMin = 0;
    // unstaffedMin of scheduledMin, one decimal; 0 without scheduled minutes.
    double unstaffedPct = 0;
};

// What the Ombudsman's assessment of a public-service hall (penilaian kepatuhan) asks for over a period:
// visitors and services, waits against their targets, empty booths, the satisfaction index per service and
// the complaints. Every figure is taken from the same core code as the separate reports (ReportBuilder,
// StaffingIntervals, Ikm, ComplaintReportBuilder), so that the two can never disagree.
struct OmbudsmanReport
{
    QString siteName;
    QDate from;
    QDate to;
    QDateTime asOf;
    Report waits;             // visitors by day, services and agencies, booths' staffing
    QList<int> targetWaitMin; // per row of waits.byService, the service's target (0: not configured)
    QList<AgencyStaffing> emptyBooths;
    IkmReport ikmByService;
    IkmReport ikmByAgency;
    ComplaintReport complaints;
};

// One CSV file of the report: the name's suffix ("visitors" for FILE-visitors.csv) and its bytes.
struct OmbudsmanCsv
{
    QString suffix;
    QByteArray data;
};

class OmbudsmanReportBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(OmbudsmanReportBuilder)
public:
    // The report of the local dates [from, to] as of nowUtc, from the hall's services.
    static Result<OmbudsmanReport> build(const HallServices& services, QDate from, QDate to,
                                         const QDateTime& nowUtc);

    // The sections every export shows, in order: the PDF's tables and the CSV files are made from these.
    static report::Section servicesSection(const OmbudsmanReport& report);
    static report::Section emptyBoothsSection(const OmbudsmanReport& report);
    static report::Section ikmSection(const IkmReport& ikm, const QString& key, const QString& title);
    static report::Section nrrSection(const OmbudsmanReport& report);

    // visitors, services, staffing, ikm, complaints: each a CSV (UTF-8 with BOM, see CsvWriter).
    static QList<OmbudsmanCsv> toCsvFiles(const OmbudsmanReport& report);
    // FILE.pdf → FILE-<suffix>.csv beside it.
    static QString csvPath(const QString& pdfPath, const QString& suffix);
    // Writes every CSV file beside pdfPath, each whole or not at all; the paths written.
    static Result<QStringList> writeCsvFiles(const OmbudsmanReport& report, const QString& pdfPath);
    // The key figures on a few lines, for the terminal.
    static QString toText(const OmbudsmanReport& report);
};

} // namespace antre
