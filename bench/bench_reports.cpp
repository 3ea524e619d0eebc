// 4. Reports on a large history: a big hall's year, 3 million tickets (300,000 with --quick). The fixture
// is written with bulk INSERT … SELECT statements in one transaction on a connection that does not sync;
// the rows follow the schema and the engine's rules (gapless numbers per prefix and day, times in order).
#include "bench/Bench.h"
#include "core/Clock.h"
#include "core/HallStore.h"
#include "core/Report.h"
#include "core/Schedule.h"
#include "core/storage/Database.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace antre::bench {

namespace {

constexpr int kAgencies = 12;
constexpr int kServicesPerAgency = 5;
constexpr int kServices = kAgencies * kServicesPerAgency;
constexpr int kCounters = 80;
const QDate kYearStart(2025, 1, 1);
const QDate kYearEnd(2025, 12, 31);
// Raised whenever the fixture's contents or the schema they are written in change.
constexpr int kFixtureVersion = 1;

} // namespace

HallConfig bigHall()
{
    HallConfig c;
    c.site.name = u"Big Hall"_s;
    c.site.timezone = u"Asia/Jakarta"_s;
    for (int a = 0; a < kAgencies; ++a)
        c.agencies << AgencyConfig{u"AG%1"_s.arg(a + 1), u"Agency %1"_s.arg(a + 1)};
    for (int i = 0; i < kServices; ++i) {
        ServiceConfig s;
        s.code = u"S%1"_s.arg(i + 1);
        s.agency = u"AG%1"_s.arg(i / kServicesPerAgency + 1);
        s.name = u"Service %1"_s.arg(i + 1);
        s.prefix = QString(QChar(u'A' + i / 26)) + QChar(u'A' + i % 26);
        s.targetWaitMin = 15 + 5 * (i % 3);
        for (int day = 1; day <= 5; ++day)
            s.hours.insert(day,
                           {TimeRange{QTime(8, 0), QTime(12, 0)}, TimeRange{QTime(13, 0), QTime(15, 30)}});
        c.services << s;
    }
    // Booth c serves every service of agency (c − 1) mod 12; one officer per booth.
    for (int k = 1; k <= kCounters; ++k) {
        CounterConfig counter{u"L%1"_s.arg(k), u"Loket %1"_s.arg(k), {}};
        const int agency = (k - 1) % kAgencies;
        for (int j = 0; j < kServicesPerAgency; ++j)
            counter.services << u"S%1"_s.arg(agency * kServicesPerAgency + j + 1);
        c.counters << counter;
        c.staff << StaffConfig{
            u"NIP%1"_s.arg(k), u"Officer %1"_s.arg(k), Role::Officer, {counter.code}, {}, true};
    }
    return c;
}

namespace {

// One business day of tickets in one statement. Row i is service (i mod 60) + 1 and number i / 60 + 1,
// so numbers are gapless per prefix; issue times grow with i through the day; a multiplicative hash of
// (i, day) stands in for randomness so that the fixture is the same on every run.
QString ticketsOfDaySql(const QString& dayKey, int dayIndex, int perDay, qint64 openMs)
{
    return uR"(WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < %1 - 1),
        r AS (SELECT i, i % %2 + 1 AS svc, i / %2 + 1 AS seq, (i * 2654435761 + %3 * 40503) % 1000003 AS h,
                     %4 + i * 27000000 / %1 AS issued FROM n),
        t AS (SELECT *, CASE WHEN h % 100 < 90 THEN 'done' WHEN h % 100 < 95 THEN 'no_show'
                              WHEN h % 100 < 98 THEN 'expired' ELSE 'cancelled' END AS st,
                     issued + (h % 2700) * 1000 AS called,
                     (svc - 1) / %5 + 1 + %6 * (h % 6) AS counter FROM r)
        INSERT INTO tickets (business_day, prefix, seq, service_id, original_service_id, priority, status, issued_at,
                             issue_hour, queued_at, first_called_at, called_at, serving_at, finished_at, counter_id,
                             staff_id, outcome, recall_count, transferred, estimated_wait_min)
        SELECT '%7', (SELECT prefix FROM services WHERE id = svc), seq, svc,
               CASE WHEN h % 50 = 1 THEN ((svc - 1) / %5) * %5 + (svc % %5) + 1 ELSE svc END,
               h % 12 = 0, st, issued, 8 + (issued - %4) / 3600000, issued,
               CASE WHEN st IN ('done', 'no_show') THEN called END,
               CASE WHEN st IN ('done', 'no_show') THEN called END,
               CASE WHEN st = 'done' THEN called + 60000 END,
               CASE st WHEN 'done' THEN called + 60000 + (180 + h % 900) * 1000 WHEN 'no_show' THEN called + 120000
                       WHEN 'expired' THEN %4 + 57600000 ELSE issued + 600000 END,
               CASE WHEN st IN ('done', 'no_show') THEN counter END,
               CASE WHEN st IN ('done', 'no_show') THEN counter END,
               CASE WHEN st = 'done' THEN (CASE WHEN h % 10 = 0 THEN 'incomplete' ELSE 'completed' END) END,
               0, h % 50 = 1, (h % 2700) / 60
        FROM t)"_s.arg(perDay)
        .arg(kServices)
        .arg(dayIndex)
        .arg(openMs)
        .arg(kServicesPerAgency)
        .arg(kAgencies)
        .arg(dayKey);
}

} // namespace

// Each booth: open 07:55–12:00, lunch break 12:00–13:00, open 13:00–15:35.
QString statesOfDaySql(qint64 openMs)
{
    return uR"(WITH RECURSIVE c(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM c WHERE k < %1),
                    s(state, f, t) AS (VALUES ('open', -300000, 14400000), ('break', 14400000, 18000000),
                                              ('open', 18000000, 27300000))
               INSERT INTO counter_states (counter_id, staff_id, state, reason, started_at, ended_at)
               SELECT k, k, state, CASE state WHEN 'break' THEN 'istirahat' ELSE '' END, %2 + f, %2 + t
               FROM c, s)"_s.arg(kCounters)
        .arg(openMs);
}

namespace {

bool exec(QSqlDatabase& db, const QString& sql, QString* error)
{
    auto r = Database::run(db, sql);
    if (!r.ok())
        *error = r.error().message;
    return r.ok();
}

} // namespace

QList<QDate> businessDays()
{
    QList<QDate> days;
    for (QDate d = kYearStart; d <= kYearEnd; d = d.addDays(1))
        if (d.dayOfWeek() <= 5)
            days << d;
    return days;
}

void benchReports(Context& ctx)
{
    const QString section = u"4 reports"_s;
    const int total = ctx.quick() ? 300'000 : 3'000'000;
    log(u"== 4. reports on a year of history: %1 tickets"_s.arg(total));
    // Named by size and fixture version, so that a kept fixture (--data) is reused only when it is the same.
    const QString path = ctx.fixturePath(u"reports-%1-v%2.db"_s.arg(total).arg(kFixtureVersion));
    const QList<QDate> days = businessDays();
    const int perDay = (total + int(days.size()) - 1) / int(days.size());
    const QTimeZone zone = Schedule::zone(u"Asia/Jakarta"_s);

    QElapsedTimer generation;
    generation.start();
    const bool reused = QFileInfo::exists(path);
    if (!reused) {
        // Written under another name and renamed when complete: an interrupted run leaves no half fixture.
        const QString partial = path + u".partial"_s;
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(partial + QLatin1StringView(suffix));
        ManualClock clock(QDateTime(kYearStart, QTime(7, 0), zone));
        auto db = Database::open(partial, Database::Mode::ReadWrite, Database::Durability::BulkUnsafe);
        if (!db.ok())
            return ctx.fail(section, db.error().message);
        if (auto s = HallStore(*db.value(), clock).import(bigHall()); !s.ok())
            return ctx.fail(section, s.error().message);
        QString error;
        auto status = db.value()->write([&](QSqlDatabase& sql) -> Status {
            for (int d = 0; d < days.size(); ++d) {
                const qint64 openMs = QDateTime(days.at(d), QTime(8, 0), zone).toMSecsSinceEpoch();
                if (!exec(sql, ticketsOfDaySql(days.at(d).toString(Qt::ISODate), d, perDay, openMs),
                          &error) ||
                    !exec(sql, statesOfDaySql(openMs), &error))
                    return makeError(ErrorKind::Internal, ErrorCode::Database, error);
            }
            return Done{};
        });
        if (!status.ok())
            return ctx.fail(section, status.error().message);
        if (!exec(db.value()->sql(), u"ANALYZE"_s, &error) ||
            !exec(db.value()->sql(), u"PRAGMA wal_checkpoint(TRUNCATE)"_s, &error))
            return ctx.fail(section, error);
        db.value().reset();
        QFile::remove(partial + u"-wal"_s);
        QFile::remove(partial + u"-shm"_s);
        if (!QFile::rename(partial, path))
            return ctx.fail(section, u"cannot rename %1 to %2"_s.arg(partial, path));
    }
    const double generationS = msSince(generation) / 1000.0;
    if (reused)
        log(u"  fixture: reused %1"_s.arg(path));
    else
        log(u"  fixture: %1 tickets in %2 s"_s.arg(qint64(perDay) * days.size()).arg(generationS, 0, 'f', 1));

    // Reports are read on an ordinary (synced) connection, as the supervisor's screen and the CLI do.
    auto opened = Database::open(path);
    if (!opened.ok())
        return ctx.fail(section, opened.error().message);
    reportFigures(ctx, section, *opened.value(),
                  {{u"business_days"_s, days.size()},
                   {u"fixture_seconds"_s, reused ? QJsonValue() : QJsonValue(generationS)}});
}

void reportFigures(Context& ctx, const QString& section, Database& db, QJsonObject details)
{
    const QTimeZone zone = Schedule::zone(u"Asia/Jakarta"_s);
    const QDateTime now = QDateTime(kYearEnd.addDays(1), QTime(9, 0), zone).toUTC();
    ReportBuilder builder(db);
    const int repeats = 3;

    // Warm the page cache once, as a hall's database is after a day's use; then every figure is the median of
    // `repeats` runs.
    (void)Database::run(db.sql(), u"SELECT count(*), sum(first_called_at - issued_at) FROM tickets"_s);
    QList<double> scan;
    qint64 scanned = 0;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto q = Database::run(db.sql(), u"SELECT count(*), sum(first_called_at - issued_at) FROM tickets"_s);
        if (q.ok() && q.value().next())
            scanned = q.value().value(0).toLongLong();
        scan << msSince(timer);
    }
    const double scanMs = median(scan);
    log(u"  full scan of %1 tickets: %2 ms"_s.arg(scanned).arg(scanMs, 0, 'f', 1));

    struct Case
    {
        QString name;
        QDate from, to;
        double targetMs;
    };
    const QList<Case> cases{{u"daily report (1 day)"_s, QDate(2025, 6, 16), QDate(2025, 6, 16), 100},
                            {u"monthly report (June)"_s, QDate(2025, 6, 1), QDate(2025, 6, 30), 1000},
                            {u"annual report (2025)"_s, kYearStart, kYearEnd, 3000}};
    details.insert(u"tickets"_s, scanned);
    details.insert(u"full_scan_ms"_s, scanMs);
    // Past days are summarised the first time a report reads them (schema version 2, Report.cpp); later
    // reports read the summaries. Each case is measured both ways: first with the summaries removed (what the
    // first report of a period costs, writing included), then as every later report of it.
    const auto forgetSummaries = [&] {
        QString error;
        return db.write([&](QSqlDatabase& sql) -> Status {
            if (!exec(sql, u"DELETE FROM report_days"_s, &error))
                return makeError(ErrorKind::Internal, ErrorCode::Database, error);
            return Done{};
        });
    };
    for (const auto& c : cases) {
        for (const bool summarised : {false, true}) {
            QList<double> times;
            int reportTickets = 0;
            for (int i = 0; i < repeats; ++i) {
                if (!summarised)
                    if (auto s = forgetSummaries(); !s.ok())
                        return ctx.fail(section, s.error().message);
                QElapsedTimer timer;
                timer.start();
                auto report = builder.build(c.from, c.to, now);
                times << msSince(timer);
                if (!report.ok())
                    return ctx.fail(section, c.name + u": "_s + report.error().message);
                reportTickets = report.value().total.issued;
            }
            const QString name = c.name + (summarised ? u", past days summarised"_s : u", first run"_s);
            Figure f = Figure::of(section, name, median(times), u"ms"_s, u"full scan of tickets"_s, scanMs,
                                  u"< %1 ms"_s.arg(c.targetMs));
            f.met = f.value < c.targetMs;
            f.note = u"%1 tickets in the report"_s.arg(reportTickets);
            ctx.add(f);
            details.insert(name, QJsonObject{{u"median_ms"_s, f.value}, {u"tickets"_s, reportTickets}});
        }
    }

    // The query plans of the statements a report runs, captured by tracing the connection during a daily
    // report (the monthly and annual reports run the same statements once per day, in two connections).
    QJsonArray plans;
    if (db.sql().driverName() != u"QSQLITE"_s) {
        // The PostgreSQL plans are not traced here: EXPLAIN them with psql if a figure calls for it.
    } else if (const SqliteApi* api = SqliteApi::get()) {
        QStringList statements;
        // Without summaries, so that the plan of the ticket query is shown too.
        if (forgetSummaries().ok() && api->startTrace(db.sql(), &statements)) {
            (void)builder.build(cases.first().from, cases.first().to, now);
            api->stopTrace(db.sql());
        }
        statements.removeDuplicates();
        for (const auto& sql : statements)
            plans.append(QJsonObject{{u"sql"_s, sql.simplified()},
                                     {u"plan"_s, QJsonArray::fromStringList(api->queryPlan(db.sql(), sql))}});
        const QString scanSql = u"SELECT count(*), sum(first_called_at - issued_at) FROM tickets"_s;
        details.insert(u"full_scan_plan"_s, QJsonArray::fromStringList(api->queryPlan(db.sql(), scanSql)));
    } else {
        log(u"  (query plans unavailable: libsqlite3 not found)"_s);
    }
    details.insert(u"query_plans"_s, plans);
    ctx.details(section) = details;
}

} // namespace antre::bench
