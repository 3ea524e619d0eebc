#include "bench/IssueTimes.h"

#include "bench/Bench.h"
#include "core/Clock.h"
#include "core/QueueEngine.h"

#include <QElapsedTimer>

#include <ctime>

using namespace Qt::Literals::StringLiterals;

namespace antre::bench {

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

QString rawTicketInsert()
{
    return uR"(INSERT INTO tickets (business_day, prefix, seq, service_id, original_service_id, priority,
                                    status, issued_at, issue_hour, queued_at, estimated_wait_min)
               VALUES (?, 'A', ?, 1, 1, 0, 'waiting', ?, 9, ?, 0))"_s;
}

void interleaveIssues(QueueEngine& engine, ManualClock& clock, int count,
                      const std::function<QString(int seq, qint64 atMs)>& rawInsert, IssueTimes& times)
{
    const qint64 issuedAt = clock.now().toMSecsSinceEpoch();
    const int rounds = 10;
    int rawSeq = 0;
    for (int round = 0; round < rounds; ++round) {
        for (int i = 0; i < count / rounds; ++i) {
            clock.advanceSecs(1);
            QElapsedTimer timer;
            timer.start();
            const double cpu = threadCpuMs();
            auto issued = engine.issue(u"S%1"_s.arg(1 + i % 4), false);
            times.coreCpuMs << threadCpuMs() - cpu;
            times.coreMs << msSince(timer);
            if (!issued.ok()) {
                times.error = issued.error().message;
                return;
            }
        }
        for (int i = 0; i < count / rounds; ++i) {
            ++rawSeq;
            QElapsedTimer timer;
            timer.start();
            const double cpu = threadCpuMs();
            const QString failed = rawInsert(rawSeq, issuedAt + rawSeq * 1000);
            times.rawCpuMs << threadCpuMs() - cpu;
            times.rawMs << msSince(timer);
            if (!failed.isEmpty()) {
                times.error = u"raw insert: "_s + failed;
                return;
            }
        }
    }
}

} // namespace antre::bench
