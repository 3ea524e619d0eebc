#include "core/report/ReportStatistics.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace antre::report {

void Tally::merge(const Tally& o)
{
    issued += o.issued;
    tickets += o.tickets;
    served += o.served;
    completed += o.completed;
    noShow += o.noShow;
    expired += o.expired;
    cancelled += o.cancelled;
    transferredIn += o.transferredIn;
    waitSamples += o.waitSamples;
    withinTarget += o.withinTarget;
    serviceSamples += o.serviceSamples;
    waitSumMs += o.waitSumMs;
    waitMaxMs = std::max(waitMaxMs, o.waitMaxMs);
    serviceSumMs += o.serviceSumMs;
}

void Tally::add(const Ticket& t, bool arrivedByTransfer)
{
    ++tickets;
    served += int(t.fate == Completed || t.fate == DoneOther);
    completed += int(t.fate == Completed);
    noShow += int(t.fate == NoShow);
    expired += int(t.fate == Expired);
    cancelled += int(t.fate == Cancelled);
    transferredIn += int(arrivedByTransfer);
    if (t.waitMs >= 0) {
        ++waitSamples;
        waitSumMs += t.waitMs;
        waitMaxMs = std::max(waitMaxMs, t.waitMs);
        withinTarget += int(t.waitMs <= t.targetMs);
    }
    if (t.serviceMs >= 0) {
        ++serviceSamples;
        serviceSumMs += t.serviceMs;
    }
}

Spread spreadOf(std::span<quint32> values)
{
    const size_t n = values.size();
    if (n == 0)
        return {};
    Spread spread;
    const auto p90 = values.begin() + qsizetype((9 * n + 9) / 10 - 1);
    std::nth_element(values.begin(), p90, values.end());
    spread.p90 = minutes(*p90);
    // The median lies at or below the p90 rank, among the values nth_element has just put before it.
    const auto middle = values.begin() + qsizetype(n / 2);
    std::nth_element(values.begin(), middle, p90 + 1);
    const quint32 upper = *middle;
    const quint32 lower = n % 2 ? upper : *std::max_element(values.begin(), middle);
    spread.median = (minutes(lower) + minutes(upper)) / 2;
    return spread;
}

ReportStats statsOf(const Tally& t, const Spread& wait, const Spread& service)
{
    ReportStats s;
    s.issued = t.issued;
    s.served = t.served;
    s.completed = t.completed;
    s.noShow = t.noShow;
    s.expired = t.expired;
    s.cancelled = t.cancelled;
    s.transferredIn = t.transferredIn;
    s.waitSamples = t.waitSamples;
    if (t.waitSamples > 0) {
        s.waitMean = minutes(t.waitSumMs) / t.waitSamples;
        s.waitMax = minutes(t.waitMaxMs);
        s.withinTargetPct = 100.0 * t.withinTarget / t.waitSamples;
    }
    s.waitMedian = wait.median;
    s.waitP90 = wait.p90;
    s.serviceSamples = t.serviceSamples;
    if (t.serviceSamples > 0)
        s.serviceMean = minutes(t.serviceSumMs) / t.serviceSamples;
    s.serviceMedian = service.median;
    s.serviceP90 = service.p90;
    return s;
}

size_t bucketOf(qint64 waitMs)
{
    return size_t(std::count_if(kBucketEndsMin.begin(), kBucketEndsMin.end(),
                                [&](int end) { return waitMs >= end * kMsPerMin; }));
}

QStringList histogramLabels()
{
    QStringList labels;
    int start = 0;
    for (const int end : kBucketEndsMin) {
        labels << u"%1–%2"_s.arg(start).arg(end);
        start = end;
    }
    labels << u"%1+"_s.arg(start);
    return labels;
}

quint32 compactMs(qint64 ms)
{
    return ms < 0 ? kNoValue : quint32(std::min<qint64>(ms, kNoValue - 1));
}

} // namespace antre::report
