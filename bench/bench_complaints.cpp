// 7. The complaint report: a year of 5,000 complaints (issue 15), the monthly report's code over the whole
// year, against a full scan of the complaints table in the same run (goal: under 1 s, within 3x the scan).
#include "bench/Bench.h"
#include "core/Clock.h"
#include "core/HallStore.h"
#include "core/complaint/Complaint.h"
#include "core/complaint/ComplaintRules.h"
#include "core/complaint/ComplaintStore.h"
#include "core/storage/Database.h"

#include <QRandomGenerator>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace antre::bench {

namespace {

// The fixture is written as rows, not through ComplaintStore::add: the report, not the recording, is
// measured, and 5,000 adds would each load the configuration.
Status fillComplaints(Database& db, int count, QDate first, int days)
{
    QRandomGenerator random(15);
    const QList<ComplaintChannel> channels = allComplaintChannels();
    const QList<ComplaintCategory> categories = allComplaintCategories();
    const WorkingCalendar calendar;
    const QTimeZone zone("Asia/Jakarta");
    return db.batch([&]() -> Status {
        return db.write([&](QSqlDatabase& sql) -> Status {
            for (int i = 1; i <= count; ++i) {
                const QDate day = first.addDays(qint64(i) * days / count);
                const qint64 at = QDateTime(day, QTime(9, 0), zone).toMSecsSinceEpoch();
                const auto category = categories.at(random.bounded(int(categories.size())));
                const SlaClass sla = ComplaintRules::defaultSla(category);
                const QDate due = calendar.addWorkingDays(day, ComplaintRules::slaDays({}, sla));
                const int state = random.bounded(10); // 7 answered and closed, 1 rejected, 2 open
                const QDate answered = calendar.addWorkingDays(day, 1 + random.bounded(8));
                const bool done = state < 7;
                auto r = Database::run(
                    sql, uR"(INSERT INTO complaints (year, seq, reference, received_at, received_day, channel,
                            category, body, agency_code, service_code, sla_class, due_day, status, answer,
                            answered_at, answered_day, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))"_s,
                    {first.year(), i, ComplaintRules::reference(first.year(), i), at,
                     day.toString(Qt::ISODate), toKey(channels.at(random.bounded(int(channels.size())))),
                     toKey(category), u"Antrean terlalu lama dan petugas kurang ramah."_s,
                     u"AG%1"_s.arg(1 + random.bounded(4)), u"S%1"_s.arg(1 + random.bounded(4)), toKey(sla),
                     due.toString(Qt::ISODate),
                     toKey(done         ? ComplaintStatus::Selesai
                           : state == 7 ? ComplaintStatus::Ditolak
                                        : ComplaintStatus::Ditindaklanjuti),
                     done ? u"Sudah ditindaklanjuti."_s : QString(),
                     done ? QVariant(at + qint64(answered.toJulianDay() - day.toJulianDay()) * 86400000)
                          : QVariant(),
                     done ? answered.toString(Qt::ISODate) : QString(), at});
                if (!r.ok())
                    return r.error();
            }
            return Done{};
        });
    });
}

} // namespace

void benchComplaints(Context& ctx)
{
    const QString section = u"7 complaints"_s;
    const int count = ctx.quick() ? 1000 : 5000;
    log(u"== 7. complaint report: %1 complaints over a year"_s.arg(count));
    ManualClock clock(QDateTime::fromString(benchNow(), Qt::ISODate));
    const QDate today = clock.now().date();
    const QDate first(today.year() - 1, today.month(), 1);
    auto db = Database::open(ctx.path(u"complaints.db"_s), Database::Mode::ReadWrite,
                             Database::Durability::BulkUnsafe);
    if (!db.ok())
        return ctx.fail(section, db.error().message);
    HallStore configs(*db.value(), clock);
    if (auto s = configs.import(openAllDayHall(4, 4)); !s.ok())
        return ctx.fail(section, s.error().message);
    if (auto s = fillComplaints(*db.value(), count, first, int(first.daysTo(today))); !s.ok())
        return ctx.fail(section, s.error().message);
    ComplaintStore store(*db.value(), clock, configs);

    QList<double> scans;
    QList<double> reports;
    int scanned = 0;
    int reported = 0;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        // The baseline: every column of every row read, as the report reads them.
        auto q = Database::run(db.value()->sql(), u"SELECT * FROM complaints"_s);
        if (!q.ok())
            return ctx.fail(section, q.error().message);
        scanned = 0;
        QVariant last;
        const Status read = Database::forEachRow(q.value(), [&](const QSqlQuery& row) {
            for (int c = 0; c < 28; ++c)
                last = row.value(c);
            ++scanned;
        });
        if (!read.ok())
            return ctx.fail(section, read.error().message);
        scans.append(msSince(timer));

        timer.restart();
        auto report = store.report(first, today);
        if (!report.ok())
            return ctx.fail(section, report.error().message);
        reported = report.value().received;
        reports.append(msSince(timer));
    }
    if (reported != count || scanned != count)
        return ctx.fail(section, u"the report counted %1 of %2 complaints"_s.arg(reported).arg(count));
    const double scanMs = median(scans);
    Figure f =
        Figure::of(section, u"complaint report over %1 complaints (a year)"_s.arg(count), median(reports),
                   u"ms"_s, u"full scan of complaints"_s, scanMs, u"< 1000 ms and ratio <= 3"_s);
    f.met = f.value < 1000 && f.ratio().value_or(0) <= 3.0;
    f.note = u"median of 5 runs; counts, median time to answer, SLA share and the list"_s;
    ctx.add(f);
}

} // namespace antre::bench
