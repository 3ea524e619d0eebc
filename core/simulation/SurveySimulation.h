#pragma once

#include "core/Result.h"

#include <QDate>
#include <QDateTime>
#include <QRandomGenerator>
#include <QString>

namespace antre {
class Database;
} // namespace antre

namespace antre::simulation {

// The demo's satisfaction survey: some citizens whose ticket was served answer the SKM at the booth,
// with scores that differ between services (a crowded service's waiting time scores low, a bank's
// facilities high), a little between officers, and per element (the cost is mostly free). Deterministic
// from the seed, with a generator of its own so that the queue's simulated days stay as they were.
class SurveySimulation final
{
public:
    SurveySimulation(Database& db, quint32 seed);
    Q_DISABLE_COPY_MOVE(SurveySimulation)

    // Responses for the served tickets of `date`; their audit events are dated eventAt (the end of the
    // simulated day, so that the log's times never go back). Inside the caller's transaction.
    Status simulateDay(QDate date, const QDateTime& eventAt);

    // How a service is rated on average, 1–4, in the demo hall (others: near 3.2).
    static double serviceQuality(const QString& serviceCode);

private:
    double normal();

    Database& m_db;
    QRandomGenerator m_random;
};

} // namespace antre::simulation
