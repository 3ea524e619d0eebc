#pragma once

#include "core/Result.h"
#include "core/report/ReportHead.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace antre {

class Database;

// Figures for one group of tickets (a service, an agency, a booth, an officer, an hour, a day, or all).
struct ReportStats
{
    // Tickets issued; in service and agency rows counted where they were issued, in booth and officer
    // rows the tickets last handled there. docs/REPORTS.md defines every figure.
    int issued = 0;
    int served = 0;    // status done, any outcome
    int completed = 0; // done with outcome completed
    int noShow = 0;
    int expired = 0;
    int cancelled = 0;
    int transferredIn = 0; // came from another service (agency) by a transfer; elsewhere: all transferred
    // Wait = first call − issue, in minutes, over tickets that were called.
    int waitSamples = 0;
    double waitMean = 0, waitMedian = 0, waitP90 = 0, waitMax = 0;
    // Share of called tickets whose wait was within their service's target (percent, 0–100).
    double withinTargetPct = 0;
    // Service time = finish − start of service, in minutes, over served tickets.
    int serviceSamples = 0;
    double serviceMean = 0, serviceMedian = 0, serviceP90 = 0;
};

struct ReportRow
{
    QString key;   // code, staff ID, "08" for an hour, "2026-11-23" for a day
    QString label; // human name
    ReportStats stats;
};

// Staffing of one booth over the period, in minutes, measured within the opening hours of the
// services it serves (union of their ranges per day).
struct CounterStaffing
{
    QString code;
    QString name;
    int scheduledMin = 0; // opening hours of its services, up to Report::asOf
    int openMin = 0;      // open (any time of day)
    int breakMin = 0;     // on break (any time of day)
    int openInHoursMin = 0;
    int unstaffedMin = 0; // scheduled minutes when the booth was neither open nor on break
};

struct Report
{
    QString siteName;
    QString timezone; // IANA id of the site; dates and hours below are local to it
    QDate from;       // inclusive
    QDate to;         // inclusive
    QDateTime asOf;   // the "now" (UTC) the report was built for: today's figures are partial
    ReportStats total;
    QList<ReportRow> byService;
    QList<ReportRow> byAgency;
    QList<ReportRow> byCounter;
    QList<ReportRow> byOfficer;
    QList<ReportRow> byHour; // local hour of issue, "00".."23", only hours with tickets
    QList<ReportRow> byDay;  // one row per date in the range (also days without tickets)
    QList<CounterStaffing> staffing;
    // Wait distribution: count of called tickets per bucket [0,5), [5,10), [10,15), [15,30), [30,60), [60,∞).
    QList<int> waitHistogram;
    // Served per local hour of first call (index 0..23), for the arrivals/served chart.
    QList<int> servedByHour;
    // The audit log's head the figures were read with (ReportBuilder::build); none for a report made
    // otherwise. Printed in the text, JSON and PDF reports, not in the CSV (its rows are data only).
    std::optional<ReportHead> head;
};

// One piece of code computes every figure that any screen, CSV, PDF or CLI shows.
class ReportBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(ReportBuilder)
public:
    explicit ReportBuilder(Database& db);
    ~ReportBuilder() = default;
    Q_DISABLE_COPY_MOVE(ReportBuilder)

    // Figures for the local dates [from, to]. nowUtc decides which days are over (their tickets still
    // waiting or called count as expired) and where booth states that are still open end (a report of
    // today, while the hall runs); it is a parameter, not the system clock, so that tests get exact answers.
    Result<Report> build(QDate from, QDate to, const QDateTime& nowUtc);

    // Days whose current summary (see docs/ARCHITECTURE.md, schema version 2) no longer matches their
    // tickets: none, unless the database was changed with its triggers removed. Reads every summarised
    // ticket.
    Result<QStringList> mismatchedSummaries();
    // Removes the summaries of these days (reports make them again from the tickets).
    Status forgetSummaries(const QStringList& days);

    // Exports of the same numbers. CSV is UTF-8 with BOM (so spreadsheets detect the encoding), comma
    // separated, one section per grouping.
    static QByteArray toCsv(const Report& report);
    static QJsonObject toJson(const Report& report);
    static QString toText(const Report& report);
    static QStringList histogramLabels();

private:
    Database& m_db;
};

} // namespace antre
