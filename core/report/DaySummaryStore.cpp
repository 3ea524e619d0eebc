#include "core/report/DaySummaryStore.h"

#include "core/Schedule.h"
#include "core/report/ReadSnapshot.h"
#include "core/report/ReportCatalog.h"
#include "core/storage/Database.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace antre::report {

namespace {

const QString kSummariesSql = uR"(SELECT r.business_day, r.tickets, r.data FROM report_days r
    LEFT JOIN day_revisions d ON d.business_day = r.business_day
    WHERE r.business_day BETWEEN ? AND ? AND r.format = ? AND r.timezone = ?
      AND r.revision = COALESCE(d.revision, 0))"_s;
const QString kRevisionsSql =
    u"SELECT business_day, revision FROM day_revisions WHERE business_day BETWEEN ? AND ?"_s;
// Stored only if the day has not changed since it was read: the guard makes a late summary harmless. (The
// WHERE also keeps SQLite from reading ON CONFLICT as a join constraint of the SELECT.)
const QString kStoreSummarySql = uR"(INSERT INTO report_days
        (business_day, revision, format, timezone, tickets, data)
    SELECT ?, ?, ?, ?, ?, ? WHERE COALESCE((SELECT revision FROM day_revisions WHERE business_day = ?), 0) = ?
    ON CONFLICT (business_day) DO UPDATE SET revision = excluded.revision, format = excluded.format,
        timezone = excluded.timezone, tickets = excluded.tickets, data = excluded.data)"_s;
const QString kForgetSql = u"DELETE FROM report_days WHERE business_day = ?"_s;

} // namespace

DaySummaryStore::DaySummaryStore(Database& db) : m_db(db) {}

Result<std::vector<DayToRead>> DaySummaryStore::plan(QDate from, QDate to, const QTimeZone& zone, QDate today,
                                                     const QString& timezone)
{
    QSqlDatabase& db = m_db.sql();
    const QString fromKey = from.toString(Qt::ISODate);
    const QString toKey = to.toString(Qt::ISODate);
    QHash<QString, QByteArray> summaries;
    {
        auto q = Database::run(db, kSummariesSql, {fromKey, toKey, kSummaryFormat, timezone});
        if (!q.ok())
            return q.error();
        if (auto rows = Database::forEachRow(q.value(),
                                             [&](const QSqlQuery& row) {
                                                 QByteArray data = row.value(2).toByteArray();
                                                 // A summary whose size does not match its count is
                                                 // damaged: the tickets are read instead.
                                                 if (data.size() == row.value(1).toLongLong() * kRecordBytes)
                                                     summaries.insert(row.value(0).toString(),
                                                                      std::move(data));
                                             });
            !rows.ok())
            return rows.error();
    }
    QHash<QString, qint64> revisions;
    {
        auto q = Database::run(db, kRevisionsSql, {fromKey, toKey});
        if (!q.ok())
            return q.error();
        if (auto rows = Database::forEachRow(q.value(),
                                             [&](const QSqlQuery& row) {
                                                 revisions.insert(row.value(0).toString(),
                                                                  row.value(1).toLongLong());
                                             });
            !rows.ok())
            return rows.error();
    }
    std::vector<DayToRead> days;
    days.reserve(size_t(from.daysTo(to) + 1));
    for (int i = 0; from.addDays(i) <= to; ++i) {
        DayToRead day;
        day.frame = dayFrame(from.addDays(i), zone, today);
        day.index = i;
        day.revision = revisions.value(day.frame.key);
        day.summary = summaries.value(day.frame.key);
        days.push_back(std::move(day));
    }
    // Where the tickets of the days without a summary are: one statement per run of such days (a first report
    // of a year is one statement, not 365; on a server each is a round trip).
    QHash<QString, DayExtent> extents;
    for (size_t first = 0; first < days.size();) {
        if (!days[first].summary.isEmpty()) {
            ++first;
            continue;
        }
        size_t last = first;
        while (last + 1 < days.size() && days[last + 1].summary.isEmpty())
            ++last;
        if (auto s = dayExtents(db, days[first].frame.key, days[last].frame.key, extents); !s.ok())
            return s.error();
        first = last + 1;
    }
    for (DayToRead& day : days)
        if (day.summary.isEmpty()) {
            day.extent = extents.value(day.frame.key, DayExtent{0, 0, 0});
            day.summarise = day.frame.over && day.extent.tickets > 0;
        }
    return days;
}

// In transactions of a few megabytes so that kiosks and booths never wait long for the write lock.
void DaySummaryStore::store(std::span<const DayToRead> days, const QString& timezone, qsizetype bytesPerWrite)
{
    // Most reports make none (a report of today, or of days already summarised): those never ask for the
    // write lock, which would make them wait behind a busy hall for nothing.
    std::vector<const DayToRead*> made;
    for (const DayToRead& day : days)
        if (day.summarise && !day.records.isEmpty())
            made.push_back(&day);
    for (size_t next = 0; next < made.size();) {
        size_t end = next;
        qsizetype bytes = 0;
        while (end < made.size() && (bytes == 0 || bytes + made[end]->records.size() <= bytesPerWrite))
            bytes += made[end++]->records.size();
        const Status stored = m_db.write([&](QSqlDatabase& sql) -> Status {
            auto store = prepared(sql, kStoreSummarySql);
            if (!store.ok())
                return store.error();
            QSqlQuery& q = store.value();
            for (size_t i = next; i < end; ++i) {
                const DayToRead& day = *made[i];
                q.bindValue(0, day.frame.key);
                q.bindValue(1, day.revision);
                q.bindValue(2, kSummaryFormat);
                q.bindValue(3, timezone);
                q.bindValue(4, day.records.size() / kRecordBytes);
                q.bindValue(5, day.records);
                q.bindValue(6, day.frame.key); // the guard: the day and revision once more
                q.bindValue(7, day.revision);
                if (!q.exec())
                    return queryError(q);
            }
            return Done{};
        });
        if (!stored.ok())
            return;
        next = end;
    }
}

Result<QStringList> DaySummaryStore::mismatched()
{
    QSqlDatabase& db = m_db.sql();
    const ReadSnapshot snapshot(db);
    auto site = loadSite(db);
    if (!site.ok())
        return site.error();
    const QTimeZone zone = Schedule::zone(site.value().timezone);
    auto summaries = Database::run(db, kSummariesSql,
                                   {u"0000-01-01"_s, u"9999-12-31"_s, kSummaryFormat, site.value().timezone});
    if (!summaries.ok())
        return summaries.error();
    auto extentQuery = prepareDayExtent(db);
    if (!extentQuery.ok())
        return extentQuery.error();
    auto tickets = TicketReader::prepare(db, m_db.dialect());
    if (!tickets.ok())
        return tickets.error();
    QStringList mismatched;
    auto rows = Database::forEachRow(summaries.value(), [&](const QSqlQuery& summary) -> Status {
        const QString key = summary.value(0).toString();
        const QByteArray stored = summary.value(2).toByteArray();
        const QDate date = QDate::fromString(key, Qt::ISODate);
        // Read as a day that is over, as summaries only are.
        const DayFrame frame = dayFrame(date, zone, date.addDays(1));
        auto extent = dayExtent(extentQuery.value(), key);
        if (!extent.ok())
            return extent.error();
        QByteArray fresh;
        if (auto read = tickets.value().read(frame, extent.value(),
                                             [&](const Record& record) -> Status {
                                                 appendRecord(fresh, record);
                                                 return Done{};
                                             });
            !read.ok())
            return read;
        if (fresh != stored)
            mismatched << key;
        return Done{};
    });
    if (!rows.ok())
        return rows.error();
    return mismatched;
}

Status DaySummaryStore::forget(const QStringList& days)
{
    return m_db.write([&](QSqlDatabase& db) -> Status {
        for (const QString& day : days)
            if (auto r = Database::run(db, kForgetSql, {day}); !r.ok())
                return r.error();
        return Done{};
    });
}

} // namespace antre::report
