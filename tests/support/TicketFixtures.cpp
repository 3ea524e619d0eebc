#include "tests/support/TicketFixtures.h"

#include "core/storage/Database.h"
#include "tests/support/TestHall.h"

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;

namespace antre::test {

void fillTickets(TestHall& hall, QDate first, int days, int perDay)
{
    // The day of ticket i in the test database's dialect; the rest is portable SQL (the day's offset in
    // milliseconds as a 64-bit integer, which PostgreSQL does not widen to by itself).
    const QString day = onPostgres() ? u"to_char(DATE '%4' + i / %2, 'YYYY-MM-DD')"_s
                                     : u"date('%4', '+' || (i / %2) || ' days')"_s;
    const QString sql = QString(
                            uR"(WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < %1),
            t(i, k, at) AS (SELECT i, i % %2, %3 + CAST(i / %2 AS BIGINT) * 86400000 + (i % %2) * 3000 FROM n)
        INSERT INTO tickets (business_day, prefix, seq, service_id, original_service_id, status, issued_at,
                             issue_hour, queued_at, first_called_at, serving_at, finished_at, counter_id,
                             staff_id, outcome)
        SELECT )"_s + day + uR"(, 'B', k + 1, 1 + i % 3, 1 + i % 3,
               CASE i % 10 WHEN 0 THEN 'no_show' WHEN 1 THEN 'expired' ELSE 'done' END,
               at, 8 + k / 1200, at, CASE i % 10 WHEN 1 THEN NULL ELSE at + (i % 60) * 60000 END,
               at + (i % 60) * 60000, at + (i % 60) * 60000 + (i % 20) * 60000,
               1 + i % 3, 1 + i % 2, 'completed' FROM t)"_s)
                            .arg(days * perDay - 1)
                            .arg(perDay)
                            .arg(TestHall::local(first, QTime(8, 0)).toMSecsSinceEpoch())
                            .arg(first.toString(Qt::ISODate));
    const auto done = hall.db->write([&](QSqlDatabase& db) -> Status {
        auto r = Database::run(db, sql);
        return r.ok() ? Status(Done{}) : Status(r.error());
    });
    if (!done.ok())
        FAIL(done.error().message.toStdString());
}

} // namespace antre::test
