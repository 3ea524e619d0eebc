// 6. The hall simulator: 30 days of the demo hall through the real engine, and the kiosk's wait estimate
// against the naive "people ahead × mean service time" over every ticket that was called.
#include "bench/Bench.h"
#include "core/Clock.h"
#include "core/ConfigIo.h"
#include "core/HallSimulator.h"
#include "core/HallStore.h"
#include "core/storage/Database.h"

using namespace Qt::Literals::StringLiterals;

namespace antre::bench {

void benchSimulator(Context& ctx)
{
    const QString section = u"6 simulator"_s;
    const int days = ctx.quick() ? 10 : 30;
    log(u"== 6. hall simulator: %1 days of the demo hall"_s.arg(days));
    auto config = ConfigIo::readFile(QString::fromUtf8(ANTRE_SOURCE_DIR) + u"/resources/demo/hall.json"_s);
    if (!config.ok())
        return ctx.fail(section, config.error().message);
    const QDate today = QDateTime::fromString(benchNow(), Qt::ISODate).date();
    ManualClock clock(QDateTime::fromString(benchNow(), Qt::ISODate));
    auto db = Database::open(ctx.path(u"simulated.db"_s), Database::Mode::ReadWrite,
                             Database::Durability::BulkUnsafe);
    if (!db.ok())
        return ctx.fail(section, db.error().message);
    if (auto s = HallStore(*db.value(), clock).import(config.value()); !s.ok())
        return ctx.fail(section, s.error().message);
    SimulationOptions options;
    options.firstDay = today.addDays(-days);
    options.days = days;
    auto result = HallSimulator(*db.value()).run(options);
    if (!result.ok())
        return ctx.fail(section, result.error().message);
    const SimulationResult& r = result.value();
    int visitors = 0, issued = 0, served = 0, openDays = 0;
    for (const auto& day : r.days) {
        visitors += day.visitors;
        issued += day.issued;
        served += day.served;
        openDays += day.visitors > 0 ? 1 : 0;
    }
    Figure time = Figure::of(section, u"simulate %1 days (%2 visitors)"_s.arg(days).arg(visitors),
                             r.elapsedMs / 1000.0, u"s"_s, {}, {}, u"30 days well under 60 s"_s);
    time.met = r.elapsedMs * 30.0 / days < 60000;
    time.note = u"%1 engine transactions, %2 per second; %3 visitors per open day"_s.arg(r.transactions)
                    .arg(r.transactions * 1000.0 / qMax<qint64>(1, r.elapsedMs), 0, 'f', 0)
                    .arg(double(visitors) / qMax(1, openDays), 0, 'f', 0);
    ctx.add(time);
    const EstimatorEvaluation& e = r.estimator;
    Figure mae = Figure::of(section, u"kiosk wait estimate, mean absolute error"_s, e.projectMae, u"min"_s,
                            u"naive: ahead x mean service time"_s, e.naiveMae,
                            u"clearly below naive (ratio <= 0.8)"_s);
    mae.met = e.samples > 0 && e.projectMae <= 0.8 * e.naiveMae;
    mae.note =
        u"%1 called tickets, mean actual wait %2 min; bias %3 (project) vs %4 (naive) min"_s.arg(e.samples)
            .arg(e.meanActualMin, 0, 'f', 1)
            .arg(e.projectBias, 0, 'f', 1)
            .arg(e.naiveBias, 0, 'f', 1);
    ctx.add(mae);

    QJsonObject perService;
    for (auto it = e.byService.cbegin(); it != e.byService.cend(); ++it)
        perService.insert(it.key(), QJsonObject{{u"samples"_s, it->samples},
                                                {u"project_mae_min"_s, it->projectMae},
                                                {u"naive_mae_min"_s, it->naiveMae}});
    QJsonArray perDay;
    for (const auto& day : r.days)
        if (day.visitors > 0)
            perDay.append(QJsonObject{{u"date"_s, day.date.toString(Qt::ISODate)},
                                      {u"visitors"_s, day.visitors},
                                      {u"issued"_s, day.issued},
                                      {u"refused"_s, day.refused},
                                      {u"served"_s, day.served},
                                      {u"no_shows"_s, day.noShows},
                                      {u"transfers"_s, day.transfers},
                                      {u"not_called"_s, day.notCalled},
                                      {u"booths_opened"_s, day.boothsOpened},
                                      {u"mean_wait_min"_s, day.meanWaitMin}});
    ctx.details(section) = QJsonObject{{u"days"_s, days},
                                       {u"visitors"_s, visitors},
                                       {u"issued"_s, issued},
                                       {u"served"_s, served},
                                       {u"transactions"_s, r.transactions},
                                       {u"seconds"_s, r.elapsedMs / 1000.0},
                                       {u"estimator_samples"_s, e.samples},
                                       {u"project_mae_min"_s, e.projectMae},
                                       {u"naive_mae_min"_s, e.naiveMae},
                                       {u"by_service"_s, perService},
                                       {u"by_day"_s, perDay}};
}

} // namespace antre::bench
