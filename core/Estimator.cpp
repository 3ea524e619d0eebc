#include "Estimator.h"

#include "Database.h"

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values.at(mid) : (values.at(mid - 1) + values.at(mid)) / 2.0;
}

// Recent service durations (minutes) at this service today, newest first.
QList<double> recentDurations(QSqlDatabase& db, qint64 serviceId, qint64 dayStartMs, int limit)
{
    QList<double> durations;
    auto q = Database::run(db, uR"(SELECT finished_at - serving_at FROM tickets
                                   WHERE service_id = ? AND status = 'done' AND finished_at >= ?
                                     AND serving_at IS NOT NULL
                                   ORDER BY finished_at DESC LIMIT ?)"_s,
                           {serviceId, dayStartMs, limit});
    if (q.ok())
        while (q.value().next())
            durations << q.value().value(0).toDouble() / 60000.0;
    return durations;
}

} // namespace

int Estimator::estimateMinutes(QSqlDatabase& db, qint64 serviceId, int ahead, qint64 dayStartMs, qint64 nowMs)
{
    Q_UNUSED(nowMs)
    if (ahead <= 0)
        return 0;
    // Pace: the median gap between recent first calls at this service. It already reflects how many booths
    // serve it, breaks, no-shows and walk-aways, which the plain service time does not.
    QList<double> gaps;
    {
        auto q = Database::run(db, uR"(SELECT first_called_at FROM tickets
                                       WHERE service_id = ? AND first_called_at >= ?
                                       ORDER BY first_called_at DESC LIMIT 11)"_s,
                               {serviceId, dayStartMs});
        qint64 previous = 0;
        if (q.ok())
            while (q.value().next()) {
                const qint64 at = q.value().value(0).toLongLong();
                if (previous)
                    gaps << double(previous - at) / 60000.0;
                previous = at;
            }
    }
    double pace = 0;
    if (gaps.size() >= 3) {
        pace = median(gaps);
    } else {
        // Early in the day: service duration spread over the booths that are open for this service.
        const QList<double> durations = recentDurations(db, serviceId, dayStartMs, 20);
        const double perCitizen = durations.size() >= 3 ? median(durations) : kDefaultServiceMin;
        int booths = 1;
        auto q = Database::run(db, uR"(SELECT count(DISTINCT cs.counter_id) FROM counter_states cs
                                       JOIN counter_services sv ON sv.counter_id = cs.counter_id
                                       WHERE cs.ended_at IS NULL AND cs.state = 'open' AND sv.service_id = ?)"_s,
                               {serviceId});
        if (q.ok() && q.value().next())
            booths = qMax(1, q.value().value(0).toInt());
        pace = perCitizen / booths;
    }
    return qMax(1, int(std::lround(pace * ahead)));
}

int Estimator::naiveMinutes(QSqlDatabase& db, qint64 serviceId, int ahead, qint64 dayStartMs)
{
    const QList<double> durations = recentDurations(db, serviceId, dayStartMs, 1000);
    double mean = kDefaultServiceMin;
    if (!durations.isEmpty()) {
        double sum = 0;
        for (double d : durations)
            sum += d;
        mean = sum / double(durations.size());
    }
    return int(std::lround(mean * ahead));
}

} // namespace antre
