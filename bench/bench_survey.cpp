// 7. The IKM report over a year of survey responses (200,000; 20,000 with --quick), grouped per service,
// against a full scan of the responses table in the same run. The fixture is written with bulk INSERT …
// SELECT statements (SQLite) on a connection that does not sync.
#include "bench/Bench.h"
#include "core/Clock.h"
#include "core/HallStore.h"
#include "core/Schedule.h"
#include "core/storage/Database.h"
#include "core/survey/SurveyStore.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace antre::bench {

namespace {

constexpr int kServices = 20;
constexpr int kCounters = 20;
constexpr int kDays = 250; // a year's business days
constexpr int kFixtureVersion = 1;
const QDate kFirstDay(2025, 1, 1);

bool exec(QSqlDatabase& db, const QString& sql, QString* error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    *error = q.lastError().text() + u": "_s + sql.left(200);
    return false;
}

// `tickets` served tickets over kDays days (the population), the first `responses` of them rated. Scores
// come from a multiplicative hash of the ticket id and the element, shifted per service so that services
// differ; the same on every run.
QStringList fixtureSql(int tickets, int responses)
{
    const int perDay = tickets / kDays;
    QString scores;
    const QStringList codes = SurveyQuestionnaire::codes();
    for (int e = 0; e < codes.size(); ++e)
        scores += u", min(4, 1 + ((t.id * 2654435761 + %1) %% 1000003) %% 4 + (t.service_id %% 3 = 0))"_s.arg(
            40503 * (e + 1));
    scores.replace(u"%%"_s, u"%"_s);
    return {
        uR"(WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < %1 - 1)
            INSERT INTO tickets (business_day, prefix, seq, service_id, original_service_id, priority, status,
                                 issued_at, issue_hour, queued_at, first_called_at, called_at, serving_at,
                                 finished_at, counter_id, staff_id, outcome, recall_count, transferred)
            SELECT date('%2', '+' || (i / %3) || ' days'), (SELECT prefix FROM services WHERE id = i % %4 + 1),
                   (i % %3) / %4 + 1, i % %4 + 1, i % %4 + 1, 0, 'done', %5 + i * 1000, 8, %5 + i * 1000,
                   %5 + i * 1000 + 60000, %5 + i * 1000 + 60000, %5 + i * 1000 + 90000, %5 + i * 1000 + 600000,
                   i % %6 + 1, NULL, 'completed', 0, 0 FROM n)"_s.arg(tickets)
            .arg(kFirstDay.toString(Qt::ISODate))
            .arg(perDay)
            .arg(kServices)
            .arg(QDateTime(kFirstDay, QTime(8, 0), Qt::UTC).toMSecsSinceEpoch())
            .arg(kCounters),
        uR"(INSERT INTO survey_responses (ticket_id, business_day, service_id, agency_id, counter_id, staff_id,
                answered_at, source, persyaratan, prosedur, waktu, biaya, produk, kompetensi, perilaku, pengaduan,
                sarana)
            SELECT t.id, t.business_day, t.service_id, s.agency_id, t.counter_id, NULL, t.finished_at + 60000,
                   'booth'%1
            FROM tickets t JOIN services s ON s.id = t.service_id WHERE t.id <= %2)"_s.arg(scores)
            .arg(responses),
    };
}

} // namespace

void benchSurvey(Context& ctx)
{
    const QString section = u"8 ikm"_s;
    const int responses = ctx.quick() ? 20'000 : 200'000;
    const int tickets = responses * 5 / 4;
    log(u"== 8. IKM over a year of survey responses: %1 responses of %2 served tickets"_s.arg(responses).arg(
        tickets));
    const QString path = ctx.fixturePath(u"ikm-%1-v%2.db"_s.arg(responses).arg(kFixtureVersion));
    if (!QFileInfo::exists(path)) {
        const QString partial = path + u".partial"_s;
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(partial + QLatin1StringView(suffix));
        ManualClock clock(QDateTime(kFirstDay, QTime(7, 0), Schedule::zone(u"Asia/Jakarta"_s)));
        auto db = Database::open(partial, Database::Mode::ReadWrite, Database::Durability::BulkUnsafe);
        if (!db.ok())
            return ctx.fail(section, db.error().message);
        if (auto s = HallStore(*db.value(), clock).import(openAllDayHall(kServices, kCounters)); !s.ok())
            return ctx.fail(section, s.error().message);
        QString error;
        auto status = db.value()->write([&](QSqlDatabase& sql) -> Status {
            for (const QString& statement : fixtureSql(tickets, responses))
                if (!exec(sql, statement, &error))
                    return makeError(ErrorKind::Internal, ErrorCode::Database, error);
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

    auto opened = Database::open(path);
    if (!opened.ok())
        return ctx.fail(section, opened.error().message);
    Database& db = *opened.value();
    ManualClock clock(QDateTime(kFirstDay.addDays(400), QTime(9, 0), Schedule::zone(u"Asia/Jakarta"_s)));
    SurveyStore store(db, clock);
    const QString scanSql =
        u"SELECT count(*), sum(persyaratan + prosedur + waktu + biaya + produk + kompetensi + perilaku + "
        u"pengaduan + sarana) FROM survey_responses"_s;
    (void)Database::run(db.sql(), scanSql); // warm the page cache, as a hall's database is after a day's use
    const int repeats = 5;
    QList<double> scan;
    qint64 scanned = 0;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto q = Database::run(db.sql(), scanSql);
        if (q.ok() && q.value().next())
            scanned = q.value().value(0).toLongLong();
        scan << msSince(timer);
    }
    const double scanMs = median(scan);
    if (scanned != responses)
        return ctx.fail(section, u"the fixture has %1 responses, not %2"_s.arg(scanned).arg(responses));

    const QDate last = kFirstDay.addDays(kDays);
    for (const auto& [name, by] : {std::pair{u"IKM of the year, whole hall"_s, IkmGrouping::None},
                                   std::pair{u"IKM of the year, per service"_s, IkmGrouping::Service}}) {
        QList<double> times;
        qint64 counted = 0;
        for (int i = 0; i < repeats; ++i) {
            QElapsedTimer timer;
            timer.start();
            auto report = store.ikm(kFirstDay, last, by);
            times << msSince(timer);
            if (!report.ok())
                return ctx.fail(section, report.error().message);
            counted = report.value().total.responses();
        }
        if (counted != responses)
            return ctx.fail(section,
                            u"%1 counted %2 responses, not %3"_s.arg(name).arg(counted).arg(responses));
        Figure f = Figure::of(section, name, median(times), u"ms"_s, u"full scan of survey_responses"_s,
                              scanMs, u"< 1000 ms, ratio <= 3"_s);
        f.met = f.value < 1000 && f.ratio().value_or(0) <= 3;
        ctx.add(f);
    }
    ctx.details(section) =
        QJsonObject{{u"responses"_s, scanned}, {u"served_tickets"_s, tickets}, {u"full_scan_ms"_s, scanMs}};
}

} // namespace antre::bench
