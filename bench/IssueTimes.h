#pragma once

#include <QList>
#include <QString>

#include <functional>

namespace antre {
class ManualClock;
class QueueEngine;
} // namespace antre

namespace antre::bench {

// Figure 1 (SQLite) and 9 (PostgreSQL): issuing through the core against a raw insert + commit of the same
// row, wall time and CPU time of this thread (what the machine's other load does not change).
struct IssueTimes
{
    QList<double> coreMs;
    QList<double> rawMs;
    QList<double> coreCpuMs;
    QList<double> rawCpuMs;
    QString error;
};

double threadCpuMs();

// The raw baseline's statement: the ticket row the core inserts, bound as (business day, seq, issued at,
// queued at).
QString rawTicketInsert();

// `count` issues each way, interleaved in rounds so that both see the same disk or server and the same
// noise: engine.issue() on services S1…S4, and rawInsert(seq, atMs), which binds, runs and commits one row
// and returns its error (empty when it went in). Stops at the first error, kept in times.error.
void interleaveIssues(QueueEngine& engine, ManualClock& clock, int count,
                      const std::function<QString(int seq, qint64 atMs)>& rawInsert, IssueTimes& times);

} // namespace antre::bench
