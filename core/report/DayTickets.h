#pragma once

#include "core/Result.h"
#include "core/report/ReportBasics.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QSqlQuery>
#include <QString>
#include <QTimeZone>

#include <array>
#include <functional>
#include <optional>

class QSqlDatabase;

namespace antre {
class SqlDialect;
}

// A day's tickets as a report reads them: from the tickets table, or from a summary of the day.
namespace antre::report {

// Issue hours are below it; a ticket's first number is its issue hour + kFateBase × its Fate.
constexpr int kFateBase = 32;

// One local day to read: its key in the tickets table and the UTC instants of its hours.
struct DayFrame
{
    QDate date;
    QString key;
    bool over = false; // tickets still waiting or called have expired (the engine expires them lazily)
    std::array<qint64, kHours + 1> hourStartMs{};
    QTimeZone zone;

    int localHour(qint64 utcMs) const;
};

// The day `date` in `zone`, seen on `today` (the days before it are over).
DayFrame dayFrame(QDate date, const QTimeZone& zone, QDate today);

// A ticket as a report reads it, from the ticket query or from a summary of its day: six little-endian 32-bit
// integers, in this order, so that a year of summaries is a few tens of megabytes and decodes without
// parsing.
struct Record
{
    qint32 hourAndFate = 0; // issue hour + kFateBase × fate, before "the day is over" is applied
    quint32 services = 0;   // final service id × kIdBase + original service id
    quint32 handlers = 0;   // booth id × kIdBase + staff id, 0 for none
    qint32 waitMs = -1;     // -1: never called
    qint32 serviceMs = -1;  // -1: not served
    qint32 servedHour = -1; // local hour of the first call of a served ticket, -1 for none

    bool operator==(const Record&) const = default;
};
constexpr int kRecordFields = 6;
constexpr qsizetype kRecordBytes = kRecordFields * qsizetype(sizeof(qint32));
// Raised whenever Record or what its fields mean changes: summaries in another format are not used.
constexpr int kSummaryFormat = 1;

void appendRecord(QByteArray& out, const Record& r);
// The record at `bytes` (kRecordBytes of them).
Record recordAt(const char* bytes);

// Where a day's tickets lie in the table.
struct DayExtent
{
    qint64 firstId = 0;
    qint64 lastId = -1;
    qint64 tickets = 0;
};

// The error of a statement that failed or a row that could not be read: a damaged file as Database says
// (ErrorCode::Corrupt, and the connection writes no more), anything else as a report error.
Error queryError(const QSqlQuery& query);
// A statement prepared once and run for each day of a period.
Result<QSqlQuery> prepared(QSqlDatabase& db, const QString& sql);
// The statement dayExtent runs.
Result<QSqlQuery> prepareDayExtent(QSqlDatabase& db);
// The statement selectTickets runs.
Result<QSqlQuery> prepareTickets(QSqlDatabase& db);

// Where the day's tickets are (`query`: prepareDayExtent).
Result<DayExtent> dayExtent(QSqlQuery& query, const QString& dayKey);
// Where the tickets of each day from `fromKey` to `toKey` are, in one statement (on a server, one round trip
// instead of one per day); days without tickets are left out.
Status dayExtents(QSqlDatabase& db, const QString& fromKey, const QString& toKey,
                  QHash<QString, DayExtent>& extents);
// Starts reading the day's tickets (`query`: prepareTickets); the caller steps through the rows with
// recordOf and finishes.
Status selectTickets(QSqlQuery& query, const QString& dayKey, const DayExtent& extent);
// The current row of a query started by selectTickets.
Record recordOf(const QSqlQuery& r, const DayFrame& day);
// The same from the row's values (nullopt for NULL), in the columns' order.
using TicketValues = std::array<std::optional<qint64>, kRecordFields>;
Record recordOf(const TicketValues& values, const DayFrame& day);

// Reads days' tickets as records, in the order of their ids: row by row, or, where the dialect packs rows
// (SqlDialect::packedRowsQuery: on a server), all of a day's rows in one value.
class TicketReader final
{
public:
    static Result<TicketReader> prepare(QSqlDatabase& db, const SqlDialect& dialect);
    TicketReader(TicketReader&&) = default;
    TicketReader& operator=(TicketReader&&) = default;
    ~TicketReader() = default;
    Q_DISABLE_COPY(TicketReader)

    // Calls `fn` with each ticket of the day; an error of `fn` stops the reading and is returned.
    Status read(const DayFrame& day, const DayExtent& extent, const std::function<Status(const Record&)>& fn);
    // Whether a day's rows come packed in one value.
    bool packed() const { return m_packed; }

private:
    TicketReader(QSqlQuery query, bool packed) : m_query(std::move(query)), m_packed(packed) {}

    QSqlQuery m_query;
    bool m_packed = false;
};

} // namespace antre::report
