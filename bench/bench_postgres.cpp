// 9. PostgreSQL, the hall server of a multi-PC hall: the figures of sections 1 to 4 on its database, over TCP
// to 127.0.0.1 as a client PC reaches it, each against a baseline measured in the same run. It runs only when
// a server is given (--pg: a throwaway one from tests/pg/pg_server.sh; --pg-conninfo: an existing one, as a
// superuser, since it creates and drops its own databases) and says it was skipped otherwise.
#include "bench/Bench.h"
#include "bench/IssueTimes.h"
#include "core/Clock.h"
#include "core/HallStore.h"
#include "core/QueueEngine.h"
#include "core/Schedule.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;

namespace antre::bench {

namespace {

const QString kSection = u"9 postgresql"_s;

double mean(const QList<double>& values)
{
    double sum = 0;
    for (double v : values)
        sum += v;
    return values.isEmpty() ? 0 : sum / double(values.size());
}

// The server: started here and stopped at the end (--pg), or given (--pg-conninfo). Databases are made on it
// through a maintenance connection and dropped when the section ends.
class Server final
{
public:
    explicit Server(const Context& ctx)
    {
        if (!ctx.pgOwnServer()) {
            m_conninfo = ctx.pgConninfo();
        } else {
            // Not under the context's scratch folder: that one is private to this user, and as root the
            // server runs as the postgres user.
            m_dir = QDir::temp().filePath(u"antre-bench-pg-%1"_s.arg(QCoreApplication::applicationPid()));
            m_script = QString::fromUtf8(ANTRE_SOURCE_DIR) + u"/tests/pg/pg_server.sh"_s;
            QProcess start;
            // Commits synced, as on a hall's server (the tests' server skips that for speed).
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"ANTRE_PG_FSYNC"_s, u"on"_s);
            start.setProcessEnvironment(env);
            start.start(u"sh"_s, {m_script, u"start"_s, m_dir});
            if (!start.waitForFinished(120000) || start.exitCode() != 0) {
                m_error = u"pg_server.sh start failed: "_s + QString::fromUtf8(start.readAllStandardError());
                return;
            }
            QFile file(m_dir + u"/conninfo-tcp"_s);
            if (!file.open(QIODevice::ReadOnly)) {
                m_error = u"pg_server.sh wrote no conninfo-tcp"_s;
                return;
            }
            m_conninfo = QString::fromUtf8(file.readAll()).trimmed();
        }
        // The seals of a PostgreSQL hall live in a folder of this computer: the benchmark's are scratch.
        if (qEnvironmentVariableIsEmpty("ANTRE_SEAL_DIR"))
            qputenv("ANTRE_SEAL_DIR", ctx.path(u"pg-seals"_s).toLocal8Bit());
        m_admin = QSqlDatabase::addDatabase(u"QPSQL"_s, u"antre-bench-pg-admin"_s);
        m_admin.setConnectOptions(QString(m_conninfo + u" dbname=postgres"_s).replace(u' ', u';'));
        if (!m_admin.open())
            m_error = u"cannot connect to %1: %2"_s.arg(m_conninfo, m_admin.lastError().text());
    }
    ~Server()
    {
        for (const auto& name : std::as_const(m_databases))
            (void)exec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(name));
        m_admin.close();
        m_admin = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"antre-bench-pg-admin"_s);
        if (!m_dir.isEmpty()) {
            QProcess stop;
            stop.start(u"sh"_s, {m_script, u"stop"_s, m_dir});
            stop.waitForFinished(60000);
        }
    }
    Q_DISABLE_COPY_MOVE(Server)

    const QString& error() const { return m_error; }
    bool own() const { return !m_dir.isEmpty(); }
    // The server's log (own server only): what log_min_duration_statement writes.
    QString logPath() const { return m_dir + u"/server.log"_s; }

    // Runs one statement on the maintenance connection; the error text, empty on success.
    QString exec(const QString& sql)
    {
        QSqlQuery q(m_admin);
        return q.exec(sql) ? QString() : q.lastError().text();
    }
    QString show(const QString& setting)
    {
        QSqlQuery q(m_admin);
        return q.exec(u"SHOW "_s + setting) && q.next() ? q.value(0).toString() : QString();
    }
    // A new empty database; its location as Antre's programs take it (--db, ANTRE_DB). settings: ALTER
    // DATABASE … SET clauses for every connection to it ("synchronous_commit = off").
    QString create(const QString& tag, QString* error, const QStringList& settings = {})
    {
        const QString name = u"antre_bench_%1_%2"_s.arg(tag).arg(QCoreApplication::applicationPid());
        *error = exec(u"CREATE DATABASE %1"_s.arg(name));
        if (!error->isEmpty())
            return {};
        m_databases << name;
        for (const auto& setting : settings)
            if (*error = exec(u"ALTER DATABASE %1 SET %2"_s.arg(name, setting)); !error->isEmpty())
                return {};
        return m_conninfo + u" dbname="_s + name;
    }

private:
    QString m_conninfo;
    QString m_dir;
    QString m_script;
    QString m_error;
    QSqlDatabase m_admin;
    QStringList m_databases;
};

std::unique_ptr<Database> openHall(const QString& location, const HallConfig& hall, QString* error)
{
    ManualClock clock(QDateTime::fromString(benchNow(), Qt::ISODate));
    auto db = Database::open(location);
    if (!db.ok()) {
        *error = db.error().message;
        return nullptr;
    }
    if (auto s = HallStore(*db.value(), clock).import(hall); !s.ok()) {
        *error = s.error().message;
        return nullptr;
    }
    return std::move(db.value());
}

// --- 1. issue against a raw INSERT + COMMIT ------------------------------------------------------------

using Pair = IssueTimes;

// `count` issues each way, interleaved in rounds so that both see the same server and the same noise.
Pair measureIssue(Server& server, const QString& tag, int count, const QStringList& settings)
{
    Pair result;
    const QString coreLocation = server.create(tag + u"_core"_s, &result.error, settings);
    const QString rawLocation =
        result.error.isEmpty() ? server.create(tag + u"_raw"_s, &result.error, settings) : QString();
    if (!result.error.isEmpty())
        return result;
    auto core = openHall(coreLocation, openAllDayHall(4, 4), &result.error);
    auto rawDb = core ? openHall(rawLocation, openAllDayHall(4, 4), &result.error) : nullptr;
    if (!core || !rawDb)
        return result;
    ManualClock clock(QDateTime::fromString(benchNow(), Qt::ISODate));
    QueueEngine engine(*core, clock);

    // The baseline: the same row into the same table (same indexes and triggers), one transaction per
    // ticket, a statement prepared once, over the same driver and connection settings.
    QSqlDatabase& raw = rawDb->sql();
    QSqlQuery insert(raw);
    if (!insert.prepare(rawTicketInsert())) {
        result.error = u"raw insert: "_s + insert.lastError().text();
        return result;
    }
    interleaveIssues(
        engine, clock, count,
        [&](int seq, qint64 atMs) {
            insert.addBindValue(u"2026-11-23"_s);
            insert.addBindValue(seq);
            insert.addBindValue(atMs);
            insert.addBindValue(atMs);
            return raw.transaction() && insert.exec() && raw.commit()
                       ? QString()
                       : insert.lastError().text() + raw.lastError().text();
        },
        result);
    return result;
}

void addIssueFigures(Context& ctx, const QString& where, const Pair& pair)
{
    Figure f = Figure::of(kSection, u"issue over TCP%1, wall time per ticket"_s.arg(where), mean(pair.coreMs),
                          u"ms"_s, u"raw INSERT+COMMIT, same driver"_s, mean(pair.rawMs), u"ratio <= 1.5"_s);
    f.met = f.ratio() && *f.ratio() <= 1.5;
    f.note = u"median %1 vs %2 ms, p95 %3 vs %4 ms, %5 tickets each"_s.arg(median(pair.coreMs), 0, 'f', 2)
                 .arg(median(pair.rawMs), 0, 'f', 2)
                 .arg(percentile(pair.coreMs, 95), 0, 'f', 2)
                 .arg(percentile(pair.rawMs, 95), 0, 'f', 2)
                 .arg(pair.coreMs.size());
    ctx.add(f);
    Figure cpu =
        Figure::of(kSection, u"issue over TCP%1, client CPU per ticket"_s.arg(where), mean(pair.coreCpuMs),
                   u"ms"_s, u"raw INSERT+COMMIT, same driver"_s, mean(pair.rawCpuMs), {});
    cpu.note = u"waiting for the server (wall - CPU): %1 ms core, %2 ms raw; not a target"_s
                   .arg(mean(pair.coreMs) - mean(pair.coreCpuMs), 0, 'f', 2)
                   .arg(mean(pair.rawMs) - mean(pair.rawCpuMs), 0, 'f', 2);
    ctx.add(cpu);
}

// What one issue sends to the server, read from the server's log with log_min_duration_statement=0 (own
// server only): each "statement" line is one round trip of libpq (Qt's QPSQL driver sends PREPARE and EXECUTE
// as simple queries). EXECUTE lines are shown with the text their PREPARE gave, from the warm-up issues.
QStringList issueRoundTrips(Server& server, QString* error)
{
    const QString location = server.create(u"trips"_s, error);
    if (!error->isEmpty())
        return {};
    auto db = openHall(location, openAllDayHall(4, 4), error);
    if (!db)
        return {};
    ManualClock clock(QDateTime::fromString(benchNow(), Qt::ISODate));
    QueueEngine engine(*db, clock);
    if (!server.exec(u"ALTER SYSTEM SET log_min_duration_statement = 0"_s).isEmpty() ||
        !server.exec(u"SELECT pg_reload_conf()"_s).isEmpty()) {
        *error = u"cannot turn on statement logging"_s;
        return {};
    }
    // The reload reaches this backend a moment later: wait (with a deadline) until it logs.
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        auto q = Database::run(db->sql(), u"SHOW log_min_duration_statement"_s);
        if (q.ok() && q.value().next() && q.value().value(0).toString() == u"0"_s)
            break;
        if (waited.elapsed() > 10000) {
            *error = u"log_min_duration_statement did not reach the connection"_s;
            return {};
        }
    }
    // Warm-up: the first issues prepare the cached statements (the estimator's history query only once
    // someone waits); the third is what every later one costs.
    bool ok = true;
    for (int i = 0; i < 2; ++i) {
        clock.advanceSecs(1);
        ok = ok && engine.issue(u"S2"_s, false).ok();
    }
    (void)Database::run(db->sql(), u"SELECT 'antre-bench-trips-begin'"_s);
    clock.advanceSecs(1);
    auto issued = engine.issue(u"S2"_s, false);
    (void)Database::run(db->sql(), u"SELECT 'antre-bench-trips-end'"_s);
    (void)server.exec(u"ALTER SYSTEM RESET log_min_duration_statement"_s);
    (void)server.exec(u"SELECT pg_reload_conf()"_s);
    if (!ok || !issued.ok()) {
        *error = issued.ok() ? u"a warm-up issue failed"_s : issued.error().message;
        return {};
    }
    QFile log(server.logPath());
    if (!log.open(QIODevice::ReadOnly)) {
        *error = u"cannot read "_s + server.logPath();
        return {};
    }
    QHash<QString, QString> prepared; // statement name → its text
    QStringList trips;
    bool inside = false;
    for (const QByteArray& line : log.readAll().split('\n')) {
        const QString text = QString::fromUtf8(line);
        const qsizetype at = text.indexOf(u" ms  statement: "_s);
        if (at < 0)
            continue;
        const QString what = text.mid(at + 16).simplified();
        if (what.contains(u"antre-bench-trips-begin"_s)) {
            inside = true;
            continue;
        }
        if (what.contains(u"antre-bench-trips-end"_s))
            break;
        if (what.startsWith(u"PREPARE "_s))
            prepared.insert(what.section(u' ', 1, 1), what.section(u' ', 3));
        if (!inside)
            continue;
        if (what.startsWith(u"EXECUTE "_s)) {
            const QString name = what.section(u' ', 1, 1);
            trips << QString(u"EXECUTE "_s + prepared.value(name, name)).left(160);
        } else {
            trips << what.left(160);
        }
    }
    return trips;
}

void benchIssueOnPg(Context& ctx, Server& server)
{
    const int count = ctx.quick() ? 200 : 1000;
    const QString fsync = server.show(u"fsync"_s);
    log(u"  issue: core vs raw INSERT+COMMIT, %1 tickets each, fsync=%2"_s.arg(count).arg(fsync));
    const Pair synced = measureIssue(server, u"issue"_s, count, {});
    if (!synced.error.isEmpty())
        return ctx.fail(kSection, u"issue: "_s + synced.error);
    addIssueFigures(ctx, u", fsync="_s + fsync, synced);
    // Without the wait for the commit's sync (synchronous_commit=off on both databases), what is left is the
    // client's work and the round trips: the ratio a server with a fast disk (or a battery-backed cache)
    // sees.
    log(u"  issue again with synchronous_commit=off"_s);
    const Pair async = measureIssue(server, u"issue_async"_s, count, {u"synchronous_commit = off"_s});
    if (!async.error.isEmpty())
        return ctx.fail(kSection, u"issue (synchronous_commit=off): "_s + async.error);
    addIssueFigures(ctx, u", synchronous_commit=off"_s, async);
    QJsonObject details{{u"tickets"_s, count},
                        {u"fsync"_s, fsync},
                        {u"core_mean_ms"_s, mean(synced.coreMs)},
                        {u"raw_mean_ms"_s, mean(synced.rawMs)},
                        {u"async_core_mean_ms"_s, mean(async.coreMs)},
                        {u"async_raw_mean_ms"_s, mean(async.rawMs)}};
    if (server.own()) {
        QString error;
        const QStringList trips = issueRoundTrips(server, &error);
        if (!error.isEmpty())
            return ctx.fail(kSection, u"round trips: "_s + error);
        Figure f = Figure::of(kSection, u"round trips to the server per issue"_s, double(trips.size()),
                              u"trips"_s, u"raw INSERT+COMMIT"_s, 3.0, {});
        f.note = u"from the server log (log_min_duration_statement=0); listed in results.json"_s;
        ctx.add(f);
        details.insert(u"issue_round_trips"_s, QJsonArray::fromStringList(trips));
    } else {
        log(u"  round trips per issue: counted only on the throwaway server (--pg), whose log is readable"_s);
    }
    ctx.details(kSection).insert(u"issue"_s, details);
}

// --- 2. 32 booths and 4 kiosks ---------------------------------------------------------------------------

void benchCallsOnPg(Context& ctx, Server& server)
{
    const int perIssuer = ctx.quick() ? 60 : 250;
    log(u"  32 booth + 4 kiosk processes, %1 tickets, on PostgreSQL then SQLite"_s.arg(perIssuer * 4));
    QString error;
    const QString location = server.create(u"calls"_s, &error);
    if (!error.isEmpty())
        return ctx.fail(kSection, u"calls: "_s + error);
    const CallsRun pg = runCalls(ctx, location, u"pg-calls"_s, perIssuer);
    if (!pg.error.isEmpty())
        return ctx.fail(kSection, u"calls on PostgreSQL: "_s + pg.error);
    const CallsRun sqlite = runCalls(ctx, ctx.path(u"pg-calls-sqlite.db"_s), u"pg-calls-sqlite"_s, perIssuer);
    if (!sqlite.error.isEmpty())
        return ctx.fail(kSection, u"calls on SQLite: "_s + sqlite.error);
    Figure f =
        Figure::of(kSection, u"32 booths + 4 kiosks: tickets issued, called, served, finished per second"_s,
                   pg.ticketsPerSecond, u"tickets/s"_s, u"same run on SQLite"_s, sqlite.ticketsPerSecond,
                   u"0 double calls, 0 lost, 0 skipped"_s);
    f.met = pg.correct;
    f.note = u"PostgreSQL: "_s + pg.note + u". SQLite: "_s + sqlite.note;
    ctx.add(f);
    QJsonObject details = pg.details;
    details.insert(u"sqlite"_s, sqlite.details);
    ctx.details(kSection).insert(u"calls"_s, details);
    if (!pg.correct)
        ctx.fail(kSection, u"calls on PostgreSQL: "_s + pg.note);
}

// --- 3. notification over TCP ----------------------------------------------------------------------------

void benchNotifyOnPg(Context& ctx, Server& server)
{
    log(u"  change notification over TCP (LISTEN/NOTIFY)"_s);
    QString error;
    const QString location = server.create(u"notify"_s, &error);
    if (error.isEmpty())
        (void)openHall(location, openAllDayHall(1, 1), &error);
    if (!error.isEmpty())
        return ctx.fail(kSection, u"notification: "_s + error);
    // notifyFigures() writes the section's details: the other parts' are kept aside meanwhile.
    const QJsonObject others = ctx.details(kSection);
    notifyFigures(ctx, kSection, location, 50,
                  u"ChangeWatcher LISTENs on its own connection; every write NOTIFYs at commit"_s);
    QJsonObject details = others;
    details.insert(u"notification"_s, ctx.details(kSection));
    ctx.details(kSection) = details;
}

// --- 4. the annual report on a year of tickets -----------------------------------------------------------

// One business day of tickets in one statement, the rows of section 4's SQLite year (bench_reports.cpp) made
// by generate_series on the server: service (i mod 60) + 1, number i / 60 + 1, so numbers are gapless per
// prefix; issue times grow with i through the day; a multiplicative hash of (i, day) stands in for chance.
QString pgTicketsOfDaySql(const QString& dayKey, int dayIndex, int perDay, qint64 openMs)
{
    constexpr int services = 60;
    constexpr int servicesPerAgency = 5;
    constexpr int agencies = 12;
    return uR"(WITH r AS (SELECT i, i % %2 + 1 AS svc, i / %2 + 1 AS seq, (i * 2654435761 + %3 * 40503) % 1000003 AS h,
                     %4 + i * 27000000 / %1 AS issued FROM generate_series(0::bigint, %1 - 1) AS i),
        t AS (SELECT *, CASE WHEN h % 100 < 90 THEN 'done' WHEN h % 100 < 95 THEN 'no_show'
                              WHEN h % 100 < 98 THEN 'expired' ELSE 'cancelled' END AS st,
                     issued + (h % 2700) * 1000 AS called,
                     (svc - 1) / %5 + 1 + %6 * (h % 6) AS counter FROM r)
        INSERT INTO tickets (business_day, prefix, seq, service_id, original_service_id, priority, status, issued_at,
                             issue_hour, queued_at, first_called_at, called_at, serving_at, finished_at, counter_id,
                             staff_id, outcome, recall_count, transferred, estimated_wait_min)
        SELECT '%7', s.prefix, seq, svc,
               CASE WHEN h % 50 = 1 THEN ((svc - 1) / %5) * %5 + (svc % %5) + 1 ELSE svc END,
               (h % 12 = 0)::int, st, issued, 8 + (issued - %4) / 3600000, issued,
               CASE WHEN st IN ('done', 'no_show') THEN called END,
               CASE WHEN st IN ('done', 'no_show') THEN called END,
               CASE WHEN st = 'done' THEN called + 60000 END,
               CASE st WHEN 'done' THEN called + 60000 + (180 + h % 900) * 1000 WHEN 'no_show' THEN called + 120000
                       WHEN 'expired' THEN %4 + 57600000 ELSE issued + 600000 END,
               CASE WHEN st IN ('done', 'no_show') THEN counter END,
               CASE WHEN st IN ('done', 'no_show') THEN counter END,
               CASE WHEN st = 'done' THEN (CASE WHEN h % 10 = 0 THEN 'incomplete' ELSE 'completed' END) END,
               0, (h % 50 = 1)::int, (h % 2700) / 60
        FROM t JOIN services s ON s.id = t.svc)"_s.arg(perDay)
        .arg(services)
        .arg(dayIndex)
        .arg(openMs)
        .arg(servicesPerAgency)
        .arg(agencies)
        .arg(dayKey);
}

void benchReportsOnPg(Context& ctx, Server& server)
{
    const int total = ctx.quick() ? 300'000 : 3'000'000;
    log(u"  reports on a year of %1 tickets"_s.arg(total));
    QString error;
    const QString location = server.create(u"reports"_s, &error);
    if (!error.isEmpty())
        return ctx.fail(kSection, u"reports: "_s + error);
    QElapsedTimer generation;
    generation.start();
    auto db = openHall(location, bigHall(), &error);
    if (!db)
        return ctx.fail(kSection, u"reports: "_s + error);
    const QList<QDate> days = businessDays();
    const int perDay = (total + int(days.size()) - 1) / int(days.size());
    const QTimeZone zone = Schedule::zone(u"Asia/Jakarta"_s);
    // Bulk generation: the per-row trigger that counts each day's revisions (and the foreign-key checks) are
    // set aside and the revisions written once per day afterwards, as the triggers would have left them.
    QSqlDatabase& sql = db->sql();
    const auto run = [&](const QString& statement) {
        auto r = Database::run(sql, statement);
        if (!r.ok())
            error = r.error().message;
        return r.ok();
    };
    bool ok = run(u"SET session_replication_role = replica"_s) && run(u"BEGIN"_s);
    for (int d = 0; ok && d < days.size(); ++d) {
        const qint64 openMs = QDateTime(days.at(d), QTime(8, 0), zone).toMSecsSinceEpoch();
        ok = run(pgTicketsOfDaySql(days.at(d).toString(Qt::ISODate), d, perDay, openMs)) &&
             run(statesOfDaySql(openMs));
    }
    ok = ok && run(u"COMMIT"_s) && run(u"SET session_replication_role = DEFAULT"_s) &&
         run(uR"(INSERT INTO day_revisions (business_day, revision)
                 SELECT business_day, count(*) FROM tickets GROUP BY business_day
                 ON CONFLICT (business_day) DO UPDATE SET revision = excluded.revision)"_s) &&
         run(u"VACUUM (ANALYZE) tickets"_s) && run(u"VACUUM (ANALYZE) counter_states"_s);
    if (!ok)
        return ctx.fail(kSection, u"reports fixture: "_s + error);
    const double generationS = msSince(generation) / 1000.0;
    log(u"  fixture: %1 tickets in %2 s"_s.arg(qint64(perDay) * days.size()).arg(generationS, 0, 'f', 1));
    // reportFigures() writes the section's details: the other parts' are kept aside meanwhile.
    const QJsonObject others = ctx.details(kSection);
    reportFigures(ctx, kSection, *db,
                  {{u"business_days"_s, days.size()}, {u"fixture_seconds"_s, generationS}});
    QJsonObject details = others;
    details.insert(u"reports"_s, ctx.details(kSection));
    ctx.details(kSection) = details;
}

} // namespace

void benchPostgres(Context& ctx)
{
    log(u"== 9. PostgreSQL: issue, 32 booths + 4 kiosks, notification, reports"_s);
    if (ctx.pgConninfo().isEmpty() && !ctx.pgOwnServer())
        return ctx.skip(kSection, u"no PostgreSQL server given: run with --pg (a throwaway server through "
                                  u"tests/pg/pg_server.sh) or --pg-conninfo \"host=… port=… user=…\""_s);
    Server server(ctx);
    if (!server.error().isEmpty())
        return ctx.fail(kSection, server.error());
    ctx.details(kSection).insert(u"server"_s, server.own() ? u"throwaway (tests/pg/pg_server.sh)"_s
                                                           : u"given with --pg-conninfo"_s);
    if (ctx.runsPgPart(u"issue"_s))
        benchIssueOnPg(ctx, server);
    if (ctx.runsPgPart(u"calls"_s))
        benchCallsOnPg(ctx, server);
    if (ctx.runsPgPart(u"notify"_s))
        benchNotifyOnPg(ctx, server);
    if (ctx.runsPgPart(u"reports"_s))
        benchReportsOnPg(ctx, server);
}

} // namespace antre::bench
