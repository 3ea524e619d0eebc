#pragma once

#include "core/Report.h"
#include "core/report/DayTickets.h"
#include "core/report/ReportCatalog.h"
#include "core/report/ReportStatistics.h"

#include <array>
#include <vector>

class QSqlQuery;

namespace antre::report {

// The groupings. A ticket belongs to one group of each.
enum Dim : int
{
    ByService,
    ByAgency,
    ByCounter,
    ByOfficer,
    ByHour,
    ByDay,
    kDims
};

// The durations of one called ticket and its groups, kept to the end for exact medians and percentiles.
// The day is not stored: a day's tickets are contiguous, as the days are read one after the other.
struct Measured
{
    quint32 waitMs = kNoValue;
    quint32 serviceMs = kNoValue;
    std::array<quint16, ByDay> group{};
};

// Reads the range day by day and adds every ticket to its groups in one pass. Days are added in order, from
// the first day of the report (or, for an accumulator that is appended to another, from the first day after
// that one's).
class Accumulator final
{
public:
    Accumulator(const Catalog& catalog, qsizetype days);
    Accumulator(Accumulator&&) = default;

    void reserve(qint64 tickets) { m_measured.reserve(size_t(tickets)); }

    // Reads a day's tickets with `reader` (prepared once for all days); with `keep`, also appends them there
    // as records, for the day's summary.
    Status addDay(TicketReader& reader, const DayFrame& day, const DayExtent& extent, int dayIndex,
                  QByteArray* keep);
    // Adds a day from its summary.
    Status addSummary(const QByteArray& summary, const DayFrame& day, int dayIndex);

    // Takes in the figures of an accumulator that read the days after this one's.
    void append(const Accumulator& later);
    // Every figure of the report but the staffing; report.from dates the day rows.
    void fill(Report& report) const;

private:
    using Groups = std::array<int, kDims>;
    struct Spreads
    {
        std::vector<Spread> wait;
        std::vector<Spread> service;
    };

    Status addRecord(const Record& r, const DayFrame& day, int dayIndex);
    void addTicket(const Ticket& t, const Groups& final, const Groups& issuedIn);
    template <typename GroupOf>
    static Spreads spreadsOf(std::span<const Measured> records, qsizetype groups, GroupOf groupOf);
    QList<ReportRow> entityRows(const EntityList& list, Dim dim, int offset, const Spreads& spreads,
                                bool showIdle) const;
    QList<ReportRow> hourRows(const Spreads& spreads) const;
    QList<ReportRow> dayRows(QDate from) const;

    const Catalog& m_catalog;
    Tally m_total;
    std::array<std::vector<Tally>, kDims> m_tallies;
    std::vector<Measured> m_measured;
    std::vector<size_t> m_dayStart; // index in m_measured where each day begins
    std::array<int, kBuckets> m_histogram{};
    std::array<int, kHours> m_servedByHour{};
};

} // namespace antre::report
