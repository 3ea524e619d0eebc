#include "core/report/ReportStatistics.h"

#include <catch2/catch.hpp>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace antre;
using namespace antre::report;

namespace {

constexpr qint64 kMin = kMsPerMin;

Spread spreadOfMinutes(std::vector<int> values)
{
    std::vector<quint32> ms;
    for (int v : values)
        ms.push_back(quint32(v * kMin));
    return spreadOf(ms);
}

Ticket ticket(int fate, qint64 waitMin, qint64 serviceMin, qint64 targetMin = 10)
{
    return Ticket{fate, waitMin < 0 ? -1 : waitMin * kMin, serviceMin < 0 ? -1 : serviceMin * kMin,
                  targetMin * kMin};
}

} // namespace

TEST_CASE("median is the midpoint, p90 the nearest rank", "[report-statistics]")
{
    CHECK(spreadOfMinutes({}).median == 0);
    CHECK(spreadOfMinutes({}).p90 == 0);
    CHECK(spreadOfMinutes({7}).median == Approx(7));
    CHECK(spreadOfMinutes({7}).p90 == Approx(7));
    CHECK(spreadOfMinutes({20, 2, 10, 6, 4}).median == Approx(6));
    CHECK(spreadOfMinutes({20, 2, 10, 6, 4}).p90 == Approx(20)); // ceil(0.9 × 5) = 5th
    CHECK(spreadOfMinutes({10, 3, 5, 4}).median == Approx(4.5));
    CHECK(spreadOfMinutes({10, 3, 5, 4}).p90 == Approx(10)); // ceil(0.9 × 4) = 4th
    CHECK(spreadOfMinutes({10, 9, 8, 7, 6, 5, 4, 3, 2, 1}).p90 == Approx(9));
    CHECK(spreadOfMinutes({10, 9, 8, 7, 6, 5, 4, 3, 2, 1}).median == Approx(5.5));
    CHECK(spreadOfMinutes({1, 1, 1, 100}).median == Approx(1));
}

TEST_CASE("a tally counts fates, waits within target (inclusive) and service times", "[report-statistics]")
{
    Tally t;
    t.add(ticket(Completed, 2, 3), false);
    t.add(ticket(DoneOther, 10, 10), true);
    t.add(ticket(NoShow, 20, -1), false);
    t.add(ticket(Cancelled, -1, -1), false);
    t.add(ticket(Expired, -1, -1), false);
    t.issued = 5;
    CHECK(t.tickets == 5);
    CHECK(t.served == 2);
    CHECK(t.completed == 1);
    CHECK(t.noShow == 1);
    CHECK(t.cancelled == 1);
    CHECK(t.expired == 1);
    CHECK(t.transferredIn == 1);
    CHECK(t.waitSamples == 3);
    CHECK(t.withinTarget == 2);
    CHECK(t.waitMaxMs == 20 * kMin);
    CHECK(t.serviceSamples == 2);

    Tally other;
    other.add(ticket(Completed, 30, 1), false);
    other.issued = 1;
    Tally merged = t;
    merged.merge(other);
    CHECK(merged.issued == 6);
    CHECK(merged.tickets == 6);
    CHECK(merged.waitSamples == 4);
    CHECK(merged.waitSumMs == 62 * kMin);
    CHECK(merged.waitMaxMs == 30 * kMin);
    CHECK(merged.serviceSumMs == 14 * kMin);

    const ReportStats s = statsOf(t, {6, 20}, {6.5, 10});
    CHECK(s.issued == 5);
    CHECK(s.served == 2);
    CHECK(s.waitMean == Approx(32.0 / 3));
    CHECK(s.waitMax == Approx(20));
    CHECK(s.withinTargetPct == Approx(200.0 / 3));
    CHECK(s.waitMedian == 6);
    CHECK(s.waitP90 == 20);
    CHECK(s.serviceMean == Approx(6.5));
    CHECK(s.serviceMedian == 6.5);
    CHECK(s.serviceP90 == 10);
}

TEST_CASE("a group without samples has zero means", "[report-statistics]")
{
    Tally t;
    t.add(ticket(Cancelled, -1, -1), false);
    const ReportStats s = statsOf(t, {}, {});
    CHECK(s.waitSamples == 0);
    CHECK(s.waitMean == 0);
    CHECK(s.withinTargetPct == 0);
    CHECK(s.serviceMean == 0);
}

TEST_CASE("wait histogram buckets are half-open, the last open-ended", "[report-statistics]")
{
    CHECK(bucketOf(0) == 0);
    CHECK(bucketOf(5 * kMin - 1) == 0);
    CHECK(bucketOf(5 * kMin) == 1);
    CHECK(bucketOf(15 * kMin) == 3);
    CHECK(bucketOf(59 * kMin) == 4);
    CHECK(bucketOf(60 * kMin) == 5);
    CHECK(bucketOf(1000 * kMin) == 5);
    CHECK(histogramLabels() ==
          QStringList{u"0–5"_s, u"5–10"_s, u"10–15"_s, u"15–30"_s, u"30–60"_s, u"60+"_s});
    CHECK(qsizetype(kBuckets) == histogramLabels().size());
}

TEST_CASE("spreads by group lay each group's values apart", "[report-statistics]")
{
    struct Sample
    {
        quint32 value;
        int group;
    };
    const std::vector<Sample> samples{{quint32(4 * kMin), 1},
                                      {kNoValue, 0},
                                      {quint32(2 * kMin), 1},
                                      {quint32(9 * kMin), 0},
                                      {quint32(6 * kMin), 1}};
    const auto spreads = spreadsBy(
        std::span<const Sample>(samples), [](const Sample& s) { return s.value; }, 3,
        [](const Sample& s) { return s.group; });
    REQUIRE(spreads.size() == 3);
    CHECK(spreads[0].median == Approx(9));
    CHECK(spreads[1].median == Approx(4));
    CHECK(spreads[1].p90 == Approx(6));
    CHECK(spreads[2].median == 0);
    CHECK(compactMs(-1) == kNoValue);
    CHECK(compactMs(0) == 0);
    CHECK(compactMs(qint64(kNoValue) + 5) == kNoValue - 1);
}
