#include "core/report/DayTickets.h"

#include "core/Report.h"
#include "core/Schedule.h"
#include "core/storage/Database.h"
#include "core/storage/PackedRows.h"
#include "core/storage/SqlDialect.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace antre::report {

namespace {

// Compact columns only: ids are mapped to names once, times are reduced to durations, and small numbers are
// packed in pairs (each column read costs more than the arithmetic). Column 0: hour + kFateBase × fate;
// 1: service × kIdBase + original service; 2: booth × kIdBase + staff (0: none); 3: wait; 4: service time;
// 5: first call of a served ticket.
const QStringList kTicketColumns{uR"(issue_hour + %1 * (CASE status
            WHEN 'done' THEN (CASE WHEN outcome = 'completed' THEN 2 ELSE 3 END) WHEN 'waiting' THEN 0
            WHEN 'called' THEN 0 WHEN 'serving' THEN 1 WHEN 'no_show' THEN 4 WHEN 'cancelled' THEN 5
            WHEN 'expired' THEN 6 ELSE 1 END))"_s.arg(kFateBase),
                                 u"service_id * %1 + original_service_id"_s.arg(kIdBase),
                                 u"COALESCE(counter_id, 0) * %1 + COALESCE(staff_id, 0)"_s.arg(kIdBase),
                                 u"first_called_at - issued_at"_s,
                                 u"CASE WHEN status = 'done' THEN finished_at - serving_at END"_s,
                                 u"CASE WHEN status = 'done' THEN first_called_at END"_s};
const QString kTicketsOfDay = u"tickets WHERE id BETWEEN ? AND ? AND business_day || '' = ?"_s;
const QString kTicketSql = u"SELECT %1 FROM %2"_s.arg(kTicketColumns.join(u", "_s), kTicketsOfDay);

// Where each day's tickets lie in the table. Tickets are inserted in time order, so a day's rows are (nearly)
// one run of ids: reading them by id range walks the table in order, where the day index would look every row
// up separately (that lookup was most of an annual report's time). The day filter above keeps it exact
// whatever the order; comparing an expression (`|| ''`, portable SQL, where SQLite's unary + is not) keeps
// SQLite from choosing the day index over the id range.
const QString kDayExtentSql = u"SELECT MIN(id), MAX(id), COUNT(*) FROM tickets WHERE business_day = ?"_s;
// The same for a run of days: the same index entries read, in one statement.
const QString kDayExtentsSql = uR"(SELECT business_day, MIN(id), MAX(id), COUNT(*) FROM tickets
    WHERE business_day BETWEEN ? AND ? GROUP BY business_day)"_s;

// Durations fit in 32 bits (24 days); a longer one can only be a clock error and counts as that maximum.
qint32 optionalMs(std::optional<qint64> value)
{
    return value ? qint32(std::clamp<qint64>(*value, 0, std::numeric_limits<qint32>::max())) : -1;
}

std::optional<qint64> optionalValue(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

} // namespace

int DayFrame::localHour(qint64 utcMs) const
{
    if (utcMs >= hourStartMs.front() && utcMs < hourStartMs.back())
        return int(std::upper_bound(hourStartMs.begin(), hourStartMs.end(), utcMs) - hourStartMs.begin()) - 1;
    return QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC).toTimeZone(zone).time().hour();
}

DayFrame dayFrame(QDate date, const QTimeZone& zone, QDate today)
{
    DayFrame day{date, date.toString(Qt::ISODate), date < today, {}, zone};
    for (int hour = 0; hour < kHours; ++hour)
        day.hourStartMs[size_t(hour)] = QDateTime(date, QTime(hour, 0), zone).toMSecsSinceEpoch();
    day.hourStartMs.back() = Schedule::dayEndUtc(date, zone).toMSecsSinceEpoch();
    return day;
}

void appendRecord(QByteArray& out, const Record& r)
{
    const std::array<quint32, kRecordFields> fields{
        quint32(r.hourAndFate), r.services,           r.handlers,
        quint32(r.waitMs),      quint32(r.serviceMs), quint32(r.servedHour)};
    char bytes[kRecordBytes];
    for (size_t i = 0; i < fields.size(); ++i)
        qToLittleEndian(fields[i], bytes + i * sizeof(quint32));
    out.append(bytes, kRecordBytes);
}

Record recordAt(const char* bytes)
{
    const auto field = [bytes](int i) { return qFromLittleEndian<quint32>(bytes + i * sizeof(quint32)); };
    return {qint32(field(0)), field(1), field(2), qint32(field(3)), qint32(field(4)), qint32(field(5))};
}

Error queryError(const QSqlQuery& query)
{
    Error error = Database::statementError(query.lastQuery(), query);
    return error.code == ErrorCode::Corrupt ? error : internalError(query.lastError().text());
}

Result<QSqlQuery> prepared(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return queryError(query);
    return query;
}

Result<QSqlQuery> prepareDayExtent(QSqlDatabase& db)
{
    return prepared(db, kDayExtentSql);
}

Result<QSqlQuery> prepareTickets(QSqlDatabase& db)
{
    return prepared(db, kTicketSql);
}

Result<DayExtent> dayExtent(QSqlQuery& query, const QString& dayKey)
{
    query.bindValue(0, dayKey);
    if (!query.exec())
        return queryError(query);
    if (auto row = Database::nextRow(query); !row.ok() || !row.value())
        return queryError(query);
    const DayExtent extent{query.value(0).toLongLong(), query.value(1).toLongLong(),
                           query.value(2).toLongLong()};
    query.finish();
    return extent;
}

Status dayExtents(QSqlDatabase& db, const QString& fromKey, const QString& toKey,
                  QHash<QString, DayExtent>& extents)
{
    auto q = Database::run(db, kDayExtentsSql, {fromKey, toKey});
    if (!q.ok())
        return q.error();
    return Database::forEachRow(q.value(), [&](const QSqlQuery& row) {
        extents.insert(
            row.value(0).toString(),
            DayExtent{row.value(1).toLongLong(), row.value(2).toLongLong(), row.value(3).toLongLong()});
    });
}

Status selectTickets(QSqlQuery& query, const QString& dayKey, const DayExtent& extent)
{
    query.bindValue(0, extent.firstId);
    query.bindValue(1, extent.lastId);
    query.bindValue(2, dayKey);
    if (!query.exec())
        return queryError(query);
    return Done{};
}

// Kept apart from the other recordOf: SQLite's rows are read here, and a QVariant is read only once.
Record recordOf(const QSqlQuery& r, const DayFrame& day)
{
    Record record;
    record.hourAndFate = qint32(r.value(0).toLongLong());
    record.services = quint32(r.value(1).toLongLong());
    record.handlers = quint32(r.value(2).toLongLong());
    record.waitMs = optionalMs(optionalValue(r.value(3)));
    record.serviceMs = optionalMs(optionalValue(r.value(4)));
    if (const QVariant firstCalled = r.value(5); !firstCalled.isNull())
        record.servedHour = std::clamp(day.localHour(firstCalled.toLongLong()), 0, kHours - 1);
    return record;
}

Record recordOf(const TicketValues& values, const DayFrame& day)
{
    Record record;
    record.hourAndFate = qint32(values[0].value_or(0));
    record.services = quint32(values[1].value_or(0));
    record.handlers = quint32(values[2].value_or(0));
    record.waitMs = optionalMs(values[3]);
    record.serviceMs = optionalMs(values[4]);
    if (values[5])
        record.servedHour = std::clamp(day.localHour(*values[5]), 0, kHours - 1);
    return record;
}

Result<TicketReader> TicketReader::prepare(QSqlDatabase& db, const SqlDialect& dialect)
{
    const QString packed = dialect.packedRowsQuery(kTicketColumns, kTicketsOfDay, u"id"_s);
    auto query = prepared(db, packed.isEmpty() ? kTicketSql : packed);
    if (!query.ok())
        return query.error();
    return TicketReader(std::move(query).value(), !packed.isEmpty());
}

Status TicketReader::read(const DayFrame& day, const DayExtent& extent,
                          const std::function<Status(const Record&)>& fn)
{
    if (auto s = selectTickets(m_query, day.key, extent); !s.ok())
        return s;
    if (!m_packed) {
        auto rows =
            Database::forEachRow(m_query, [&](const QSqlQuery& row) { return fn(recordOf(row, day)); });
        m_query.finish();
        return rows;
    }
    auto row = Database::nextRow(m_query);
    if (!row.ok())
        return row.error();
    const QString text = row.value() ? m_query.value(0).toString() : QString();
    m_query.finish();
    PackedRows rows(text);
    TicketValues values;
    while (rows.next(values))
        if (auto s = fn(recordOf(values, day)); !s.ok())
            return s;
    if (rows.failed())
        return internalError(ReportBuilder::tr("The tickets of %1 came from the database in a form that "
                                               "cannot be read.")
                                 .arg(day.key));
    return Done{};
}

} // namespace antre::report
