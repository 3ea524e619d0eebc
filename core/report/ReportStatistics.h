#pragma once

#include "core/Report.h"
#include "core/report/ReportBasics.h"

#include <QStringList>

#include <array>
#include <numeric>
#include <span>
#include <vector>

// The arithmetic of the figures: counts, means, medians, percentiles and the wait histogram.
namespace antre::report {

// The ticket's state as the report counts it; the ticket query computes the number (DayTickets.cpp).
enum Fate : int
{
    Queued = 0,
    InService = 1,
    Completed = 2,
    DoneOther = 3,
    NoShow = 4,
    Cancelled = 5,
    Expired = 6
};

struct Ticket
{
    int fate = Queued;
    qint64 waitMs = -1;    // -1: never called
    qint64 serviceMs = -1; // -1: not served
    qint64 targetMs = 0;   // of the final service
};

// Sums for one group; ReportStats are derived from it at the end.
struct Tally
{
    int issued = 0, tickets = 0, served = 0, completed = 0, noShow = 0, expired = 0, cancelled = 0;
    int transferredIn = 0, waitSamples = 0, withinTarget = 0, serviceSamples = 0;
    qint64 waitSumMs = 0, waitMaxMs = 0, serviceSumMs = 0;

    void merge(const Tally& o);
    void add(const Ticket& t, bool arrivedByTransfer);
};

struct Spread
{
    double median = 0;
    double p90 = 0;
};

// Median: the middle value, or the mean of the two middle values when the count is even.
// p90 by the nearest-rank method: the ceil(0.9 × n)-th smallest value, so that at least 90 % of the values
// are at or below it; it is always an observed duration, never an interpolation. Values in ms, the spread in
// minutes. Reorders `values`.
Spread spreadOf(std::span<quint32> values);

// The figures of a group from its sums and the spreads of its waits and service times.
ReportStats statsOf(const Tally& t, const Spread& wait, const Spread& service);

// Upper ends (exclusive, in minutes) of the wait histogram buckets; an open-ended bucket follows.
constexpr std::array<int, 5> kBucketEndsMin{5, 10, 15, 30, 60};
constexpr size_t kBuckets = kBucketEndsMin.size() + 1;
// The bucket of a wait (ms, ≥ 0).
size_t bucketOf(qint64 waitMs);
// "0–5", …, "60+".
QStringList histogramLabels();

// A duration as kept for medians and percentiles: kNoValue for none (-1), at most kNoValue − 1.
quint32 compactMs(qint64 ms);

// Median and p90 of one measure for every group of `records`. A counting sort lays each group's values side
// by side in one buffer, so the memory needed is one copy of the values whatever the number of groups.
// `measure` gives a record's value (kNoValue: none), `groupOf` its group in [0, groups).
template <typename Record, typename Measure, typename GroupOf>
std::vector<Spread> spreadsBy(std::span<const Record> records, Measure measure, qsizetype groups,
                              GroupOf groupOf)
{
    std::vector<size_t> start(size_t(groups) + 1, 0);
    for (const auto& record : records)
        if (measure(record) != kNoValue)
            ++start[size_t(groupOf(record)) + 1];
    std::partial_sum(start.begin(), start.end(), start.begin());
    std::vector<quint32> values(start.back());
    std::vector<size_t> next(start.begin(), start.end() - 1);
    for (const auto& record : records)
        if (const quint32 value = measure(record); value != kNoValue)
            values[next[size_t(groupOf(record))]++] = value;
    std::vector<Spread> spreads(static_cast<size_t>(groups));
    for (size_t g = 0; g < spreads.size(); ++g)
        spreads[g] = spreadOf(std::span(values).subspan(start[g], start[g + 1] - start[g]));
    return spreads;
}

} // namespace antre::report
