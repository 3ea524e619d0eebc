#pragma once

#include "core/Result.h"
#include "core/report/DayTickets.h"

#include <QCoreApplication>
#include <QStringList>

#include <span>
#include <vector>

namespace antre {
class Database;
}

namespace antre::report {

// One day of the report, and how it is read.
struct DayToRead
{
    DayFrame frame;
    int index = 0;
    QByteArray summary;     // a valid summary: read instead of the tickets
    DayExtent extent;       // otherwise, where the tickets are
    qint64 revision = 0;    // of the day's tickets, when read
    bool summarise = false; // over, with tickets, without a valid summary: make one
    QByteArray records;     // the summary made

    qint64 tickets() const { return summary.isEmpty() ? extent.tickets : summary.size() / kRecordBytes; }
    // Relative cost of reading the day: a summary decodes many times faster than its rows are fetched.
    qint64 cost() const { return summary.isEmpty() ? extent.tickets : tickets() / 8; }
};

// The summaries of past days (tables report_days and day_revisions, see Database.cpp, schema version 2): a
// summary is used while its day's revision is the one it was made from and the site's time zone is the one
// its hours were computed in.
class DaySummaryStore final
{
public:
    // Summaries are written in transactions of about this many bytes.
    static constexpr qsizetype kBytesPerWrite = 8 << 20;

    explicit DaySummaryStore(Database& db);
    ~DaySummaryStore() = default;
    Q_DISABLE_COPY_MOVE(DaySummaryStore)

    // Decides for each day of [from, to] whether to read a summary or the tickets, and where they are. Reads
    // within the caller's snapshot; `today` is the first day that is not over.
    Result<std::vector<DayToRead>> plan(QDate from, QDate to, const QTimeZone& zone, QDate today,
                                        const QString& timezone);
    // Keeps the summaries made (the days with `summarise` and records), each only if its day has not changed
    // since it was read. Best effort: a report from a read-only file, or one that finds the hall busy, is
    // just as right, and the next report makes them again. Call it outside any read snapshot.
    void store(std::span<const DayToRead> days, const QString& timezone,
               qsizetype bytesPerWrite = kBytesPerWrite);

    // Days whose current summary no longer matches their tickets (see ReportBuilder::mismatchedSummaries).
    Result<QStringList> mismatched();
    // Removes the summaries of these days.
    Status forget(const QStringList& days);

private:
    Database& m_db;
};

} // namespace antre::report
