#include "Report.h"

#include "Clock.h"
#include "ConfigIo.h"
#include "Database.h"
#include "HallStore.h"
#include "Schedule.h"
#include "Types.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QtEndian>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <numeric>
#include <span>
#include <thread>
#include <variant>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {

constexpr qint64 kMsPerMin = 60'000;
constexpr int kHours = 24;
// Upper ends (exclusive, in minutes) of the wait histogram buckets; an open-ended bucket follows.
constexpr std::array<int, 5> kBucketEndsMin{5, 10, 15, 30, 60};
// Group numbers are kept in 16 bits so that a year of tickets fits in memory compactly; the ticket query
// packs two ids in one column (fewer columns read per row is most of the speed), so ids fit in 16 bits too.
constexpr qsizetype kMaxGroups = std::numeric_limits<quint16>::max();
constexpr qint64 kIdBase = 65536;
constexpr quint32 kNoValue = std::numeric_limits<quint32>::max();

double minutes(qint64 ms)
{
    return double(ms) / kMsPerMin;
}

// Staffing minutes are whole minutes, rounded to the nearest.
int wholeMinutes(qint64 ms)
{
    return int((ms + kMsPerMin / 2) / kMsPerMin);
}

Error internalError(const QString& message)
{
    return makeError(ErrorKind::Internal, u"report"_s, message);
}

// ---------------------------------------------------------------------------------------------------------
// What tickets refer to (services, agencies, booths, staff), read once so that ticket rows stay compact ids.

struct Entity
{
    qint64 id = 0;
    QString code;
    QString name;
    bool active = false;
    qint64 agencyId = 0; // services only
    qint64 targetMs = 0; // services only
};

struct EntityList
{
    QList<Entity> items;
    std::vector<int> indexById; // place in items by id, -1 for none; ids are small (kIdBase)

    int indexOf(qint64 id) const
    {
        return id > 0 && id < qint64(indexById.size()) ? indexById[size_t(id)] : -1;
    }
};

struct Catalog
{
    EntityList agencies;
    EntityList services;
    EntityList counters;
    EntityList staff;
    std::vector<int> serviceAgency; // agency index of each service index
};

Result<EntityList> loadEntities(QSqlDatabase& db, const QString& sql)
{
    auto q = Database::run(db, sql);
    if (!q.ok())
        return q.error();
    EntityList list;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        const qint64 id = r.value(0).toLongLong();
        if (id <= 0 || id >= kIdBase)
            return internalError(ReportBuilder::tr("Reports support ids from 1 to %1, not %2 (%3)")
                                     .arg(kIdBase - 1)
                                     .arg(id)
                                     .arg(sql.simplified().left(60)));
        if (size_t(id) >= list.indexById.size())
            list.indexById.resize(size_t(id) + 1, -1);
        list.indexById[size_t(id)] = int(list.items.size());
        list.items << Entity{id,
                             r.value(1).toString(),
                             r.value(2).toString(),
                             r.value(3).toInt() != 0,
                             r.value(4).toLongLong(),
                             r.value(5).toLongLong() * kMsPerMin};
    }
    return list;
}

Result<Catalog> loadCatalog(QSqlDatabase& db)
{
    // Inactive rows too: history keeps referring to deactivated services, booths and staff.
    Catalog catalog;
    const std::pair<EntityList*, QString> lists[] = {
        {&catalog.agencies, u"SELECT id, code, name, active, 0, 0 FROM agencies ORDER BY sort_order, id"_s},
        {&catalog.services, u"SELECT id, code, name, active, agency_id, target_wait_min FROM services "
                            u"ORDER BY sort_order, id"_s},
        {&catalog.counters, u"SELECT id, code, name, active, 0, 0 FROM counters ORDER BY sort_order, id"_s},
        {&catalog.staff, u"SELECT id, staff_code, name, active, 0, 0 FROM staff ORDER BY staff_code"_s},
    };
    for (const auto& [list, sql] : lists) {
        auto loaded = loadEntities(db, sql);
        if (!loaded.ok())
            return loaded.error();
        *list = std::move(loaded).value();
    }
    for (const auto& service : catalog.services.items)
        catalog.serviceAgency.push_back(std::max(0, catalog.agencies.indexOf(service.agencyId)));
    return catalog;
}

struct Site
{
    QString name;
    QString timezone;
};

Result<Site> loadSite(QSqlDatabase& db)
{
    auto q = Database::run(db, u"SELECT name, timezone FROM site WHERE id = 1"_s);
    if (!q.ok())
        return q.error();
    if (!q.value().next())
        return makeError(
            ErrorKind::BadInput, u"not_initialized"_s,
            ReportBuilder::tr("The hall is not set up yet; run 'antre init --config FILE' or 'antre demo'"));
    return Site{q.value().value(0).toString(), q.value().value(1).toString()};
}

// ---------------------------------------------------------------------------------------------------------
// Counting tickets.

// The ticket's state as the report counts it; the SQL below computes the number.
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

constexpr int kFateBase = 32; // issue hours are below it

// Compact columns only: ids are mapped to names once, times are reduced to durations, and small numbers are
// packed in pairs (each column read costs more than the arithmetic). Column 0: hour + kFateBase × fate;
// 1: service × kIdBase + original service; 2: booth × kIdBase + staff (0: none); 3: wait; 4: service time;
// 5: first call of a served ticket.
const QString kTicketSql = uR"(SELECT issue_hour + %1 * (CASE status
            WHEN 'done' THEN (CASE WHEN outcome = 'completed' THEN 2 ELSE 3 END) WHEN 'waiting' THEN 0
            WHEN 'called' THEN 0 WHEN 'serving' THEN 1 WHEN 'no_show' THEN 4 WHEN 'cancelled' THEN 5
            WHEN 'expired' THEN 6 ELSE 1 END),
        service_id * %2 + original_service_id,
        COALESCE(counter_id, 0) * %2 + COALESCE(staff_id, 0),
        first_called_at - issued_at,
        CASE WHEN status = 'done' THEN finished_at - serving_at END,
        CASE WHEN status = 'done' THEN first_called_at END
    FROM tickets WHERE id BETWEEN ? AND ? AND +business_day = ?)"_s.arg(kFateBase)
                               .arg(kIdBase);

// Where each day's tickets lie in the table. Tickets are inserted in time order, so a day's rows are (nearly)
// one run of ids: reading them by id range walks the table in order, where the day index would look every row
// up separately (that lookup was most of an annual report's time). The day filter above keeps it exact
// whatever the order; its unary + keeps SQLite from choosing the day index over the id range.
const QString kDayExtentSql = u"SELECT MIN(id), MAX(id), COUNT(*) FROM tickets WHERE business_day = ?"_s;

// Summaries of past days, used while their day's revision is the one they were made from (see Database.cpp,
// schema version 2) and the site's time zone is the one their hours were computed in.
const QString kSummariesSql = uR"(SELECT r.business_day, r.tickets, r.data FROM report_days r
    LEFT JOIN day_revisions d ON d.business_day = r.business_day
    WHERE r.business_day BETWEEN ? AND ? AND r.format = ? AND r.timezone = ?
      AND r.revision = COALESCE(d.revision, 0))"_s;
const QString kRevisionsSql =
    u"SELECT business_day, revision FROM day_revisions WHERE business_day BETWEEN ? AND ?"_s;
// Stored only if the day has not changed since it was read: the guard makes a late summary harmless.
const QString kStoreSummarySql = uR"(INSERT OR REPLACE INTO report_days
        (business_day, revision, format, timezone, tickets, data)
    SELECT ?, ?, ?, ?, ?, ? WHERE COALESCE((SELECT revision FROM day_revisions WHERE business_day = ?), 0) = ?)"_s;

struct DayExtent
{
    qint64 firstId = 0;
    qint64 lastId = -1;
    qint64 tickets = 0;
};

struct Ticket
{
    int fate = Queued;
    qint64 waitMs = -1;    // -1: never called
    qint64 serviceMs = -1; // -1: not served
    qint64 targetMs = 0;   // of the final service
};

// A ticket as a report reads it, from the ticket query or from a summary of its day: six little-endian 32-bit
// integers, in this order, so that a year of summaries is a few tens of megabytes and decodes without
// parsing.
struct Record
{
    qint32 hourAndFate = 0; // issue hour + kFateBase × fate, before "the day is over" is applied
    quint32 services = 0;   // final service id × kIdBase + original service id
    quint32 handlers = 0;   // booth id × kIdBase + staff id, 0 for none
    qint32 waitMs = -1;     // -1: never called
    qint32 serviceMs = -1;  // -1: not served
    qint32 servedHour = -1; // local hour of the first call of a served ticket, -1 for none
};
constexpr int kRecordFields = 6;
constexpr qsizetype kRecordBytes = kRecordFields * qsizetype(sizeof(qint32));
// Raised whenever Record or what its fields mean changes: summaries in another format are not used.
constexpr int kSummaryFormat = 1;

void appendRecord(QByteArray& out, const Record& r)
{
    const std::array<quint32, kRecordFields> fields{
        quint32(r.hourAndFate), r.services,           r.handlers,
        quint32(r.waitMs),      quint32(r.serviceMs), quint32(r.servedHour)};
    char bytes[kRecordBytes];
    for (size_t i = 0; i < fields.size(); ++i)
        qToLittleEndian(fields[i], bytes + i * sizeof(quint32));
    out.append(bytes, kRecordBytes);
}

Record recordAt(const char* bytes)
{
    const auto field = [bytes](int i) { return qFromLittleEndian<quint32>(bytes + i * sizeof(quint32)); };
    return {qint32(field(0)), field(1), field(2), qint32(field(3)), qint32(field(4)), qint32(field(5))};
}

// A statement prepared once and run for each day of a period.
Result<QSqlQuery> prepared(QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return internalError(query.lastError().text());
    return query;
}

// Where the day's tickets are (`query`: kDayExtentSql).
Result<DayExtent> dayExtent(QSqlQuery& query, const QString& dayKey)
{
    query.bindValue(0, dayKey);
    if (!query.exec() || !query.next())
        return internalError(query.lastError().text());
    const DayExtent extent{query.value(0).toLongLong(), query.value(1).toLongLong(),
                           query.value(2).toLongLong()};
    query.finish();
    return extent;
}

// Starts reading the day's tickets (`query`: kTicketSql); the caller steps through the rows and finishes.
Status selectTickets(QSqlQuery& query, const QString& dayKey, const DayExtent& extent)
{
    query.bindValue(0, extent.firstId);
    query.bindValue(1, extent.lastId);
    query.bindValue(2, dayKey);
    if (!query.exec())
        return internalError(query.lastError().text());
    return Done{};
}

// Sums for one group; ReportStats are derived from it at the end.
struct Tally
{
    int issued = 0, tickets = 0, served = 0, completed = 0, noShow = 0, expired = 0, cancelled = 0;
    int transferredIn = 0, waitSamples = 0, withinTarget = 0, serviceSamples = 0;
    qint64 waitSumMs = 0, waitMaxMs = 0, serviceSumMs = 0;

    void merge(const Tally& o)
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

    void add(const Ticket& t, bool arrivedByTransfer)
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
};

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
using Groups = std::array<int, kDims>;

// The durations of one called ticket and its groups, kept to the end for exact medians and percentiles.
// The day is not stored: a day's tickets are contiguous, as the days are read one after the other.
struct Measured
{
    quint32 waitMs = kNoValue;
    quint32 serviceMs = kNoValue;
    std::array<quint16, ByDay> group{};
};

quint32 compactMs(qint64 ms)
{
    return ms < 0 ? kNoValue : quint32(std::min<qint64>(ms, kNoValue - 1));
}

struct Spread
{
    double median = 0;
    double p90 = 0;
};

// Median: the middle value, or the mean of the two middle values when the count is even.
// p90 by the nearest-rank method: the ceil(0.9 × n)-th smallest value, so that at least 90 % of the values
// are at or below it; it is always an observed duration, never an interpolation. Reorders `values`.
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

// Median and p90 of one measure for every group. A counting sort lays each group's values side by side in
// one buffer, so the memory needed is one copy of the values whatever the number of groups.
template <typename GroupOf>
std::vector<Spread> spreadsBy(std::span<const Measured> records, quint32 Measured::*measure, qsizetype groups,
                              GroupOf groupOf)
{
    std::vector<size_t> start(size_t(groups) + 1, 0);
    for (const auto& record : records)
        if (record.*measure != kNoValue)
            ++start[size_t(groupOf(record)) + 1];
    std::partial_sum(start.begin(), start.end(), start.begin());
    std::vector<quint32> values(start.back());
    std::vector<size_t> next(start.begin(), start.end() - 1);
    for (const auto& record : records)
        if (record.*measure != kNoValue)
            values[next[size_t(groupOf(record))]++] = record.*measure;
    std::vector<Spread> spreads(static_cast<size_t>(groups));
    for (size_t g = 0; g < spreads.size(); ++g)
        spreads[g] = spreadOf(std::span(values).subspan(start[g], start[g + 1] - start[g]));
    return spreads;
}

struct Spreads
{
    std::vector<Spread> wait;
    std::vector<Spread> service;
};

template <typename GroupOf>
Spreads spreadsOf(std::span<const Measured> records, qsizetype groups, GroupOf groupOf)
{
    return {spreadsBy(records, &Measured::waitMs, groups, groupOf),
            spreadsBy(records, &Measured::serviceMs, groups, groupOf)};
}

// One local day to read: its key in the tickets table and the UTC instants of its hours.
struct DayFrame
{
    QDate date;
    QString key;
    bool over = false; // tickets still waiting or called have expired (the engine expires them lazily)
    std::array<qint64, kHours + 1> hourStartMs{};
    QTimeZone zone;

    int localHour(qint64 utcMs) const
    {
        if (utcMs >= hourStartMs.front() && utcMs < hourStartMs.back())
            return int(std::upper_bound(hourStartMs.begin(), hourStartMs.end(), utcMs) -
                       hourStartMs.begin()) -
                   1;
        return QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC).toTimeZone(zone).time().hour();
    }
};

DayFrame dayFrame(QDate date, const QTimeZone& zone, QDate today)
{
    DayFrame day{date, date.toString(Qt::ISODate), date < today, {}, zone};
    for (int hour = 0; hour < kHours; ++hour)
        day.hourStartMs[size_t(hour)] = QDateTime(date, QTime(hour, 0), zone).toMSecsSinceEpoch();
    day.hourStartMs.back() = Schedule::dayEndUtc(date, zone).toMSecsSinceEpoch();
    return day;
}

// A row of kTicketSql as a record.
Record recordOf(const QSqlQuery& r, const DayFrame& day);

// Reads the range day by day and adds every ticket to its groups in one pass.
class Accumulator
{
public:
    Accumulator(const Catalog& catalog, qsizetype days) : m_catalog(catalog)
    {
        const std::array<qsizetype, kDims> sizes{catalog.services.items.size(),
                                                 catalog.agencies.items.size(),
                                                 catalog.counters.items.size() + 1,
                                                 catalog.staff.items.size() + 1,
                                                 kHours,
                                                 days};
        for (int d = 0; d < kDims; ++d)
            m_tallies[size_t(d)].resize(size_t(sizes[size_t(d)]));
        m_dayStart.push_back(0);
    }

    void reserve(qint64 tickets) { m_measured.reserve(size_t(tickets)); }

    // Reads a day's tickets with `query` (kTicketSql, prepared once for all days); with `keep`, also appends
    // them there as records, for the day's summary.
    Status addDay(QSqlQuery& query, const DayFrame& day, const DayExtent& extent, int dayIndex,
                  QByteArray* keep)
    {
        if (extent.tickets > 0) {
            if (auto s = selectTickets(query, day.key, extent); !s.ok())
                return s;
            if (keep) {
                keep->clear(); // a second reader that failed may have begun it
                keep->reserve(qsizetype(extent.tickets) * kRecordBytes);
            }
            while (query.next()) {
                const Record record = recordOf(query, day);
                if (auto s = addRecord(record, day, dayIndex); !s.ok())
                    return s;
                if (keep)
                    appendRecord(*keep, record);
            }
            query.finish();
        }
        m_dayStart.push_back(m_measured.size());
        return Done{};
    }

    // Adds a day from its summary.
    Status addSummary(const QByteArray& summary, const DayFrame& day, int dayIndex)
    {
        for (qsizetype at = 0; at + kRecordBytes <= summary.size(); at += kRecordBytes)
            if (auto s = addRecord(recordAt(summary.constData() + at), day, dayIndex); !s.ok())
                return s;
        m_dayStart.push_back(m_measured.size());
        return Done{};
    }

    // Takes in the figures of an accumulator that read the days after this one's.
    void append(const Accumulator& later);
    void fill(Report& report) const;

private:
    Status addRecord(const Record& r, const DayFrame& day, int dayIndex);
    void addTicket(const Ticket& t, const Groups& final, const Groups& issuedIn);
    QList<ReportRow> entityRows(const EntityList& list, Dim dim, int offset, const Spreads& spreads,
                                bool showIdle) const;
    QList<ReportRow> hourRows(const Spreads& spreads) const;
    QList<ReportRow> dayRows(QDate from) const;

    const Catalog& m_catalog;
    Tally m_total;
    std::array<std::vector<Tally>, kDims> m_tallies;
    std::vector<Measured> m_measured;
    std::vector<size_t> m_dayStart; // index in m_measured where each day begins
    std::array<int, kBucketEndsMin.size() + 1> m_histogram{};
    std::array<int, kHours> m_servedByHour{};
};

// Group of an optional booth or staff id: 0 for none (a ticket never called), else its place in the list + 1.
int optionalIndex(const EntityList& list, qint64 id)
{
    return list.indexOf(id) + 1;
}

// Durations fit in 32 bits (24 days); a longer one can only be a clock error and counts as that maximum.
qint32 optionalMs(const QVariant& value)
{
    return value.isNull()
               ? -1
               : qint32(std::clamp<qint64>(value.toLongLong(), 0, std::numeric_limits<qint32>::max()));
}

Record recordOf(const QSqlQuery& r, const DayFrame& day)
{
    Record record;
    record.hourAndFate = qint32(r.value(0).toLongLong());
    record.services = quint32(r.value(1).toLongLong());
    record.handlers = quint32(r.value(2).toLongLong());
    record.waitMs = optionalMs(r.value(3));
    record.serviceMs = optionalMs(r.value(4));
    if (const QVariant firstCalled = r.value(5); !firstCalled.isNull())
        record.servedHour = std::clamp(day.localHour(firstCalled.toLongLong()), 0, kHours - 1);
    return record;
}

Status Accumulator::addRecord(const Record& r, const DayFrame& day, int dayIndex)
{
    const int service = m_catalog.services.indexOf(r.services / kIdBase);
    const int original = m_catalog.services.indexOf(r.services % kIdBase);
    if (service < 0 || original < 0)
        return internalError(ReportBuilder::tr("A ticket of %1 refers to an unknown service.").arg(day.key));
    Ticket t;
    t.fate = r.hourAndFate / kFateBase;
    if (t.fate == Queued && day.over)
        t.fate = Expired;
    t.waitMs = r.waitMs;
    t.serviceMs = r.serviceMs;
    t.targetMs = m_catalog.services.items.at(service).targetMs;
    const Groups final{service,
                       m_catalog.serviceAgency[size_t(service)],
                       optionalIndex(m_catalog.counters, r.handlers / kIdBase),
                       optionalIndex(m_catalog.staff, r.handlers % kIdBase),
                       std::clamp(r.hourAndFate % kFateBase, 0, kHours - 1),
                       dayIndex};
    Groups issuedIn = final;
    issuedIn[ByService] = original;
    issuedIn[ByAgency] = m_catalog.serviceAgency[size_t(original)];
    addTicket(t, final, issuedIn);
    if (r.servedHour >= 0 && (t.fate == Completed || t.fate == DoneOther))
        ++m_servedByHour[size_t(std::clamp(r.servedHour, 0, kHours - 1))];
    return Done{};
}

void Accumulator::addTicket(const Ticket& t, const Groups& final, const Groups& issuedIn)
{
    const bool transferred = final[ByService] != issuedIn[ByService];
    ++m_total.issued;
    m_total.add(t, transferred);
    for (int d = 0; d < kDims; ++d) {
        const bool arrived = d == ByAgency ? final[d] != issuedIn[d] : transferred;
        ++m_tallies[size_t(d)][size_t(issuedIn[d])].issued;
        m_tallies[size_t(d)][size_t(final[d])].add(t, arrived);
    }
    if (t.waitMs < 0 && t.serviceMs < 0)
        return;
    Measured m{compactMs(t.waitMs), compactMs(t.serviceMs), {}};
    for (int d = 0; d < ByDay; ++d)
        m.group[size_t(d)] = quint16(final[d]);
    m_measured.push_back(m);
    if (t.waitMs >= 0) {
        const auto bucket = std::count_if(kBucketEndsMin.begin(), kBucketEndsMin.end(),
                                          [&](int end) { return t.waitMs >= end * kMsPerMin; });
        ++m_histogram[size_t(bucket)];
    }
}

void Accumulator::append(const Accumulator& later)
{
    m_total.merge(later.m_total);
    for (size_t d = 0; d < m_tallies.size(); ++d)
        for (size_t g = 0; g < m_tallies[d].size(); ++g)
            m_tallies[d][g].merge(later.m_tallies[d][g]);
    const size_t offset = m_measured.size();
    m_measured.insert(m_measured.end(), later.m_measured.begin(), later.m_measured.end());
    for (auto it = later.m_dayStart.begin() + 1; it != later.m_dayStart.end(); ++it)
        m_dayStart.push_back(offset + *it);
    for (size_t b = 0; b < m_histogram.size(); ++b)
        m_histogram[b] += later.m_histogram[b];
    for (size_t h = 0; h < m_servedByHour.size(); ++h)
        m_servedByHour[h] += later.m_servedByHour[h];
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

// Rows in configuration order: active entries always (so a silent service shows its zeros), inactive ones
// only when they had tickets in the period.
QList<ReportRow> Accumulator::entityRows(const EntityList& list, Dim dim, int offset, const Spreads& spreads,
                                         bool showIdle) const
{
    QList<ReportRow> rows;
    for (qsizetype i = 0; i < list.items.size(); ++i) {
        const Entity& e = list.items.at(i);
        const size_t g = size_t(i + offset);
        const Tally& t = m_tallies[size_t(dim)][g];
        if ((showIdle && e.active) || t.tickets > 0 || t.issued > 0)
            rows << ReportRow{e.code, e.name, statsOf(t, spreads.wait[g], spreads.service[g])};
    }
    return rows;
}

QList<ReportRow> Accumulator::hourRows(const Spreads& spreads) const
{
    QList<ReportRow> rows;
    for (int hour = 0; hour < kHours; ++hour) {
        const Tally& t = m_tallies[ByHour][size_t(hour)];
        if (t.tickets == 0)
            continue;
        const QString label = Schedule::formatTime(QTime(hour, 0)) + u'–' +
                              (hour + 1 < kHours ? Schedule::formatTime(QTime(hour + 1, 0)) : u"24.00"_s);
        rows << ReportRow{u"%1"_s.arg(hour, 2, 10, QLatin1Char('0')), label,
                          statsOf(t, spreads.wait[size_t(hour)], spreads.service[size_t(hour)])};
    }
    return rows;
}

QList<ReportRow> Accumulator::dayRows(QDate from) const
{
    QList<ReportRow> rows;
    const std::span<const Measured> all(m_measured);
    const auto& tallies = m_tallies[ByDay];
    for (size_t i = 0; i < tallies.size(); ++i) {
        const QDate date = from.addDays(qint64(i));
        const Spreads s = spreadsOf(all.subspan(m_dayStart[i], m_dayStart[i + 1] - m_dayStart[i]), 1,
                                    [](const Measured&) { return 0; });
        rows << ReportRow{date.toString(Qt::ISODate), Labels::weekday(date.dayOfWeek()),
                          statsOf(tallies[i], s.wait.front(), s.service.front())};
    }
    return rows;
}

void Accumulator::fill(Report& report) const
{
    const std::span<const Measured> all(m_measured);
    const auto by = [&](Dim dim) {
        const auto& agencyOf = m_catalog.serviceAgency;
        if (dim == ByAgency)
            return spreadsOf(all, qsizetype(m_tallies[ByAgency].size()),
                             [&](const Measured& m) { return agencyOf[m.group[ByService]]; });
        return spreadsOf(all, qsizetype(m_tallies[size_t(dim)].size()),
                         [dim](const Measured& m) { return int(m.group[size_t(dim)]); });
    };
    const Spreads total = spreadsOf(all, 1, [](const Measured&) { return 0; });
    report.total = statsOf(m_total, total.wait.front(), total.service.front());
    report.byService = entityRows(m_catalog.services, ByService, 0, by(ByService), true);
    report.byAgency = entityRows(m_catalog.agencies, ByAgency, 0, by(ByAgency), true);
    report.byCounter = entityRows(m_catalog.counters, ByCounter, 1, by(ByCounter), true);
    report.byOfficer = entityRows(m_catalog.staff, ByOfficer, 1, by(ByOfficer), false);
    report.byHour = hourRows(by(ByHour));
    report.byDay = dayRows(report.from);
    report.waitHistogram = QList<int>(m_histogram.begin(), m_histogram.end());
    report.servedByHour = QList<int>(m_servedByHour.begin(), m_servedByHour.end());
}

// ---------------------------------------------------------------------------------------------------------
// Booth staffing: lengths of unions and intersections of time intervals (UTC ms, half-open).

struct Interval
{
    qint64 from = 0;
    qint64 to = 0;
};
using Intervals = std::vector<Interval>;

// Sorted, without empty or overlapping intervals.
Intervals normalized(Intervals list)
{
    std::sort(list.begin(), list.end(), [](const Interval& a, const Interval& b) { return a.from < b.from; });
    Intervals out;
    for (const Interval& i : list) {
        if (i.to <= i.from)
            continue;
        if (!out.empty() && i.from <= out.back().to)
            out.back().to = std::max(out.back().to, i.to);
        else
            out.push_back(i);
    }
    return out;
}

qint64 lengthOf(const Intervals& list)
{
    return std::accumulate(list.begin(), list.end(), qint64(0),
                           [](qint64 sum, const Interval& i) { return sum + (i.to - i.from); });
}

// Both lists normalized.
qint64 overlapOf(const Intervals& a, const Intervals& b)
{
    qint64 total = 0;
    size_t i = 0;
    size_t j = 0;
    while (i < a.size() && j < b.size()) {
        total += std::max<qint64>(0, std::min(a[i].to, b[j].to) - std::max(a[i].from, b[j].from));
        if (a[i].to < b[j].to)
            ++i;
        else
            ++j;
    }
    return total;
}

// The parts of the intervals before `endMs`.
Intervals before(Intervals list, qint64 endMs)
{
    for (Interval& i : list)
        i.to = std::min(i.to, endMs);
    return normalized(std::move(list)); // drops those that now end before they start
}

Intervals unionOf(const Intervals& a, const Intervals& b)
{
    Intervals both = a;
    both.insert(both.end(), b.begin(), b.end());
    return normalized(std::move(both));
}

void addOpeningHours(Intervals& list, const ServiceConfig& service, QDate day, const QTimeZone& zone)
{
    for (const TimeRange& range : Schedule::hoursOn(service, day))
        list.push_back({QDateTime(day, range.from, zone).toMSecsSinceEpoch(),
                        QDateTime(day, range.to, zone).toMSecsSinceEpoch()});
}

// The configuration in force on each day of a report: the last one imported before the day ended (a
// correction made during the day counts for that day). Days before the first recorded configuration use the
// earliest; a hall with no record (set up before schema version 3 and not imported since) uses the current.
class ConfigTimeline final
{
public:
    static Result<ConfigTimeline> load(QSqlDatabase& db, const HallConfig& current, QDate from, QDate to,
                                       const QTimeZone& zone)
    {
        ConfigTimeline timeline;
        timeline.m_current = current;
        const qint64 untilMs = Schedule::dayEndUtc(to, zone).toMSecsSinceEpoch();
        // The last one before the period, and those during it.
        auto q = Database::run(db, uR"(SELECT imported_at, config,
                config_version = (SELECT config_version FROM site WHERE id = 1) FROM config_history
            WHERE imported_at < ? AND imported_at >= COALESCE((SELECT max(imported_at) FROM config_history
                                                               WHERE imported_at < ?), 0)
            ORDER BY imported_at, id)"_s,
                               {untilMs, Schedule::dayStartUtc(from, zone).toMSecsSinceEpoch()});
        if (!q.ok())
            return q.error();
        while (q.value().next()) {
            // The configuration in force now is the one already loaded: not parsed again (a report of today,
            // made on every change the dashboard sees, needs no other).
            if (q.value().value(2).toBool()) {
                timeline.m_versions.push_back({q.value().value(0).toLongLong(), current});
                continue;
            }
            // Stored configurations were valid when imported; one that today's stricter rules refuse is
            // skipped, and its days use its neighbour.
            auto parsed = ConfigIo::parse(q.value().value(1).toString().toUtf8(), u"config_history"_s);
            if (parsed.ok())
                timeline.m_versions.push_back({q.value().value(0).toLongLong(), std::move(parsed).value()});
        }
        return timeline;
    }

    const HallConfig& at(qint64 dayEndMs) const
    {
        if (m_versions.empty())
            return m_current;
        auto after = std::upper_bound(m_versions.begin(), m_versions.end(), dayEndMs - 1,
                                      [](qint64 ms, const auto& version) { return ms < version.first; });
        return after == m_versions.begin() ? m_versions.front().second : std::prev(after)->second;
    }

private:
    HallConfig m_current;
    std::vector<std::pair<qint64, HallConfig>> m_versions; // imported at (UTC ms), in that order
};

// Opening hours of the booth's services on the days of the range, as one union, each day by the configuration
// in force on it (configOfDay, one per day from `from`). A booth that did not exist or was deactivated on a
// day has no opening hours that day.
Intervals scheduledFor(const QString& counterCode, const std::vector<const HallConfig*>& configOfDay,
                       QDate from, const QTimeZone& zone)
{
    Intervals list;
    for (size_t i = 0; i < configOfDay.size(); ++i) {
        const HallConfig& config = *configOfDay[i];
        const CounterConfig* counter = config.counter(counterCode);
        if (!counter)
            continue;
        const QDate day = from.addDays(qint64(i));
        for (const QString& code : counter->services)
            if (const ServiceConfig* service = config.service(code))
                addOpeningHours(list, *service, day, zone);
    }
    return normalized(std::move(list));
}

struct StateSpans
{
    QHash<qint64, Intervals> open;
    QHash<qint64, Intervals> onBreak;
};

Result<StateSpans> loadStateSpans(QSqlDatabase& db, const Interval& range, qint64 nowMs,
                                  const QTimeZone& zone)
{
    auto q = Database::run(db, uR"(SELECT counter_id, state, started_at, ended_at FROM counter_states
                                   WHERE started_at < ? AND (ended_at IS NULL OR ended_at > ?))"_s,
                           {range.to, range.from});
    if (!q.ok())
        return q.error();
    StateSpans spans;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        const qint64 started = r.value(2).toLongLong();
        qint64 ended = r.value(3).toLongLong();
        if (r.value(3).isNull()) {
            // Still open: counted up to now, but not past the end of the day it began, where the engine's
            // rollover will close it.
            const QDate day = Schedule::businessDay(QDateTime::fromMSecsSinceEpoch(started, Qt::UTC), zone);
            ended = std::min(nowMs, Schedule::dayEndUtc(day, zone).toMSecsSinceEpoch());
        }
        auto& spansOfState = r.value(1).toString() == u"break" ? spans.onBreak : spans.open;
        spansOfState[r.value(0).toLongLong()].push_back(
            {std::max(started, range.from), std::min(ended, range.to)});
    }
    for (auto* map : {&spans.open, &spans.onBreak})
        for (auto& list : *map)
            list = normalized(std::move(list));
    return spans;
}

CounterStaffing staffingOf(const Entity& counter, const Intervals& scheduled, const Intervals& open,
                           const Intervals& onBreak)
{
    CounterStaffing s;
    s.code = counter.code;
    s.name = counter.name;
    s.scheduledMin = wholeMinutes(lengthOf(scheduled));
    s.openMin = wholeMinutes(lengthOf(open));
    s.breakMin = wholeMinutes(lengthOf(onBreak));
    s.openInHoursMin = wholeMinutes(overlapOf(open, scheduled));
    s.unstaffedMin = wholeMinutes(lengthOf(scheduled) - overlapOf(unionOf(open, onBreak), scheduled));
    return s;
}

Result<QList<CounterStaffing>> staffingFor(QSqlDatabase& db, const Catalog& catalog, const HallConfig& config,
                                           const Report& report, const QTimeZone& zone)
{
    const Interval range{Schedule::dayStartUtc(report.from, zone).toMSecsSinceEpoch(),
                         Schedule::dayEndUtc(report.to, zone).toMSecsSinceEpoch()};
    const qint64 nowMs = report.asOf.toMSecsSinceEpoch();
    auto spans = loadStateSpans(db, range, nowMs, zone);
    if (!spans.ok())
        return spans.error();
    auto timeline = ConfigTimeline::load(db, config, report.from, report.to, zone);
    if (!timeline.ok())
        return timeline.error();
    std::vector<const HallConfig*> configOfDay;
    for (QDate day = report.from; day <= report.to; day = day.addDays(1))
        configOfDay.push_back(&timeline.value().at(Schedule::dayEndUtc(day, zone).toMSecsSinceEpoch()));
    QList<CounterStaffing> list;
    for (const Entity& counter : catalog.counters.items) {
        const Intervals open = spans.value().open.value(counter.id);
        const Intervals onBreak = spans.value().onBreak.value(counter.id);
        // Only the hours up to now: the rest of today cannot have been staffed yet.
        const Intervals scheduled = before(scheduledFor(counter.code, configOfDay, report.from, zone), nowMs);
        if (!counter.active && open.empty() && onBreak.empty() && scheduled.empty())
            continue;
        list << staffingOf(counter, scheduled, open, onBreak);
    }
    return list;
}

// Reads the whole report from one snapshot, so figures agree with each other while kiosks keep writing.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(QSqlDatabase& db) : m_db(db), m_open(db.transaction()) {}
    ~ReadSnapshot()
    {
        if (m_open)
            m_db.commit();
    }
    Q_DISABLE_COPY_MOVE(ReadSnapshot)

private:
    QSqlDatabase& m_db;
    bool m_open;
};

// One day of the report, and how it is read.
struct DayToRead
{
    DayFrame frame;
    int index = 0;
    QByteArray summary;     // a valid summary: read instead of the tickets
    DayExtent extent;       // otherwise, where the tickets are
    qint64 revision = 0;    // of the day's tickets, when read
    bool summarise = false; // over, with tickets, without a valid summary: make one
    QByteArray records;     // the summary made

    qint64 tickets() const { return summary.isEmpty() ? extent.tickets : summary.size() / kRecordBytes; }
    // Relative cost of reading the day: a summary decodes many times faster than its rows are fetched.
    qint64 cost() const { return summary.isEmpty() ? extent.tickets : tickets() / 8; }
};

Status readDays(QSqlDatabase& db, Accumulator& accumulator, std::span<DayToRead> days)
{
    auto query = prepared(db, kTicketSql);
    if (!query.ok())
        return query.error();
    for (DayToRead& day : days) {
        auto s = day.summary.isEmpty() ? accumulator.addDay(query.value(), day.frame, day.extent, day.index,
                                                            day.summarise ? &day.records : nullptr)
                                       : accumulator.addSummary(day.summary, day.frame, day.index);
        if (!s.ok())
            return s;
    }
    return Done{};
}

// Below this cost (about 25 ms of reading) a second connection costs more than it saves.
constexpr qint64 kParallelMinCost = 20'000;

// How many of the first days a second connection reads, in another thread, while this one reads the rest:
// about half the work, and only days that are over. Their tickets no longer change (a ticket still in
// service at midnight excepted), so the two snapshots agree; today stays with the main snapshot.
size_t daysForSecondReader(std::span<const DayToRead> days)
{
    const qint64 total = std::accumulate(days.begin(), days.end(), qint64(0),
                                         [](qint64 sum, const DayToRead& day) { return sum + day.cost(); });
    if (total < kParallelMinCost)
        return 0;
    qint64 sum = 0;
    size_t count = 0;
    while (count < days.size() && days[count].frame.over && 2 * sum < total)
        sum += days[count++].cost();
    return count;
}

// Reads days in a thread of its own, on its own read-only connection (a connection belongs to the thread that
// opened it), while the caller reads others. A failure (the file cannot be opened twice, say) yields nothing
// and leaves the days to the caller.
class SecondReader final
{
public:
    SecondReader(const QString& path, const Catalog& catalog, qsizetype dayCount, std::span<DayToRead> days)
        : m_thread([this, path, &catalog, dayCount, days] {
              auto db = Database::open(path, Database::Mode::ReadOnly);
              if (!db.ok())
                  return;
              Accumulator accumulator(catalog, dayCount);
              bool read = false;
              {
                  const ReadSnapshot snapshot(db.value()->sql());
                  read = readDays(db.value()->sql(), accumulator, days).ok();
              }
              if (read)
                  m_result.emplace(std::move(accumulator));
          })
    {}
    ~SecondReader()
    {
        if (m_thread.joinable())
            m_thread.join();
    }
    Q_DISABLE_COPY_MOVE(SecondReader)

    std::optional<Accumulator> take()
    {
        m_thread.join();
        return std::move(m_result);
    }

private:
    std::optional<Accumulator> m_result; // before m_thread: it must exist when the thread starts
    std::thread m_thread;
};

// Decides for each day of [from, to] whether to read a summary or the tickets, and where they are.
Result<std::vector<DayToRead>> planDays(QSqlDatabase& db, QDate from, QDate to, const QTimeZone& zone,
                                        QDate today, const QString& timezone)
{
    const QString fromKey = from.toString(Qt::ISODate);
    const QString toKey = to.toString(Qt::ISODate);
    QHash<QString, QByteArray> summaries;
    {
        auto q = Database::run(db, kSummariesSql, {fromKey, toKey, kSummaryFormat, timezone});
        if (!q.ok())
            return q.error();
        while (q.value().next()) {
            QByteArray data = q.value().value(2).toByteArray();
            // A summary whose size does not match its count is damaged: the tickets are read instead.
            if (data.size() == q.value().value(1).toLongLong() * kRecordBytes)
                summaries.insert(q.value().value(0).toString(), std::move(data));
        }
    }
    QHash<QString, qint64> revisions;
    {
        auto q = Database::run(db, kRevisionsSql, {fromKey, toKey});
        if (!q.ok())
            return q.error();
        while (q.value().next())
            revisions.insert(q.value().value(0).toString(), q.value().value(1).toLongLong());
    }
    auto extentQuery = prepared(db, kDayExtentSql);
    if (!extentQuery.ok())
        return extentQuery.error();
    std::vector<DayToRead> days;
    days.reserve(size_t(from.daysTo(to) + 1));
    for (int i = 0; from.addDays(i) <= to; ++i) {
        DayToRead day;
        day.frame = dayFrame(from.addDays(i), zone, today);
        day.index = i;
        day.revision = revisions.value(day.frame.key);
        day.summary = summaries.value(day.frame.key);
        if (day.summary.isEmpty()) {
            auto extent = dayExtent(extentQuery.value(), day.frame.key);
            if (!extent.ok())
                return extent.error();
            day.extent = extent.value();
            day.summarise = day.frame.over && day.extent.tickets > 0;
        }
        days.push_back(std::move(day));
    }
    return days;
}

// Keeps the summaries made, in transactions of a few megabytes so that kiosks and booths never wait long for
// the write lock. Best effort: a report from a read-only file, or one that finds the hall busy, is just as
// right, and the next report makes them again.
void storeSummaries(Database& db, std::span<const DayToRead> days, const QString& timezone)
{
    // Most reports make none (a report of today, or of days already summarised): those never ask for the
    // write lock, which would make them wait behind a busy hall for nothing.
    std::vector<const DayToRead*> made;
    for (const DayToRead& day : days)
        if (day.summarise && !day.records.isEmpty())
            made.push_back(&day);
    constexpr qsizetype kBytesPerWrite = 8 << 20;
    for (size_t next = 0; next < made.size();) {
        size_t end = next;
        qsizetype bytes = 0;
        while (end < made.size() && (bytes == 0 || bytes + made[end]->records.size() <= kBytesPerWrite))
            bytes += made[end++]->records.size();
        const Status stored = db.write([&](QSqlDatabase& sql) -> Status {
            auto store = prepared(sql, kStoreSummarySql);
            if (!store.ok())
                return store.error();
            QSqlQuery& q = store.value();
            for (size_t i = next; i < end; ++i) {
                const DayToRead& day = *made[i];
                q.bindValue(0, day.frame.key);
                q.bindValue(1, day.revision);
                q.bindValue(2, kSummaryFormat);
                q.bindValue(3, timezone);
                q.bindValue(4, day.records.size() / kRecordBytes);
                q.bindValue(5, day.records);
                q.bindValue(6, day.frame.key); // the guard: the day and revision once more
                q.bindValue(7, day.revision);
                if (!q.exec())
                    return internalError(q.lastError().text());
            }
            return Done{};
        });
        if (!stored.ok())
            return;
        next = end;
    }
}

// ---------------------------------------------------------------------------------------------------------
// Exports. Every export is made from the same list of sections, so CSV, JSON and text cannot disagree.

enum class Kind
{
    Text,
    Integer,
    Decimal
};

struct Column
{
    QString key;   // stable identifier: CSV header and JSON member, the same in every language
    QString title; // translated, for the terminal
    Kind kind = Kind::Integer;
    bool inText = true; // the terminal table shows only the main columns, to stay narrow
};

struct Section
{
    QString key;   // stable identifier: CSV title row and JSON member
    QString title; // translated, for the terminal
    QList<Column> columns;
    QList<QJsonArray> rows; // cells in column order: strings, or numbers already rounded
    bool single = false;    // one record (a JSON object, not an array)
    bool textSkipsZeroRows = false;
};

// Figures are rounded to one decimal, half away from zero, before any export, so that all exports agree.
double rounded(double value)
{
    return std::round(value * 10) / 10;
}

struct StatField
{
    Column column;
    std::variant<int ReportStats::*, double ReportStats::*> field;
};

QList<StatField> statFields()
{
    using R = ReportStats;
    const auto integer = [](const char16_t* key, const QString& title, int R::*field, bool inText = true) {
        return StatField{{QString::fromUtf16(key), title, Kind::Integer, inText}, field};
    };
    const auto decimal = [](const char16_t* key, const QString& title, double R::*field, bool inText = true) {
        return StatField{{QString::fromUtf16(key), title, Kind::Decimal, inText}, field};
    };
    return {
        integer(u"issued", ReportBuilder::tr("Issued"), &R::issued),
        integer(u"served", ReportBuilder::tr("Served"), &R::served),
        integer(u"completed", ReportBuilder::tr("Completed"), &R::completed, false),
        integer(u"no_show", ReportBuilder::tr("No-show"), &R::noShow),
        integer(u"expired", ReportBuilder::tr("Expired"), &R::expired),
        integer(u"cancelled", ReportBuilder::tr("Cancelled"), &R::cancelled),
        integer(u"transferred_in", ReportBuilder::tr("Transferred in"), &R::transferredIn, false),
        integer(u"wait_samples", ReportBuilder::tr("Called"), &R::waitSamples, false),
        decimal(u"wait_mean_min", ReportBuilder::tr("Wait mean"), &R::waitMean),
        decimal(u"wait_median_min", ReportBuilder::tr("Median"), &R::waitMedian),
        decimal(u"wait_p90_min", ReportBuilder::tr("P90"), &R::waitP90),
        decimal(u"wait_max_min", ReportBuilder::tr("Max"), &R::waitMax),
        decimal(u"within_target_pct", ReportBuilder::tr("In target %"), &R::withinTargetPct),
        integer(u"service_samples", ReportBuilder::tr("Service samples"), &R::serviceSamples, false),
        decimal(u"service_mean_min", ReportBuilder::tr("Service mean"), &R::serviceMean),
        decimal(u"service_median_min", ReportBuilder::tr("Service median"), &R::serviceMedian, false),
        decimal(u"service_p90_min", ReportBuilder::tr("Service P90"), &R::serviceP90, false),
    };
}

Section statSection(const QString& key, const QString& title, const QString& keyTitle,
                    const QList<ReportRow>& rows)
{
    // Without a key title (the totals) the terminal shows the label only.
    Section section{key,
                    title,
                    {{u"key"_s, keyTitle, Kind::Text, !keyTitle.isEmpty()},
                     {u"label"_s, ReportBuilder::tr("Name"), Kind::Text}},
                    {}};
    const QList<StatField> fields = statFields();
    for (const auto& f : fields)
        section.columns << f.column;
    for (const auto& row : rows) {
        QJsonArray cells{row.key, row.label};
        for (const auto& f : fields)
            cells << std::visit([&](auto member) { return rounded(double(row.stats.*member)); }, f.field);
        section.rows << cells;
    }
    return section;
}

Section metaSection(const Report& report)
{
    const QDateTime asOf = report.asOf.toTimeZone(Schedule::zone(report.timezone));
    return {u"report"_s,
            ReportBuilder::tr("Report"),
            {{u"site"_s, ReportBuilder::tr("Site"), Kind::Text},
             {u"timezone"_s, ReportBuilder::tr("Time zone"), Kind::Text},
             {u"from"_s, ReportBuilder::tr("From"), Kind::Text},
             {u"to"_s, ReportBuilder::tr("To"), Kind::Text},
             {u"as_of"_s, ReportBuilder::tr("As of"), Kind::Text}},
            {QJsonArray{report.siteName, report.timezone, report.from.toString(Qt::ISODate),
                        report.to.toString(Qt::ISODate), asOf.toString(Qt::ISODate)}},
            true};
}

Section staffingSection(const QList<CounterStaffing>& staffing)
{
    Section section{u"staffing"_s,
                    ReportBuilder::tr("Booth staffing (minutes)"),
                    {{u"code"_s, ReportBuilder::tr("Booth"), Kind::Text},
                     {u"name"_s, ReportBuilder::tr("Name"), Kind::Text},
                     {u"scheduled_min"_s, ReportBuilder::tr("Scheduled")},
                     {u"open_min"_s, ReportBuilder::tr("Open")},
                     {u"break_min"_s, ReportBuilder::tr("Break")},
                     {u"open_in_hours_min"_s, ReportBuilder::tr("Open in hours")},
                     {u"unstaffed_min"_s, ReportBuilder::tr("Unstaffed")}},
                    {}};
    for (const auto& s : staffing)
        section.rows << QJsonArray{s.code,     s.name,           s.scheduledMin, s.openMin,
                                   s.breakMin, s.openInHoursMin, s.unstaffedMin};
    return section;
}

Section histogramSection(const Report& report)
{
    Section section{u"wait_histogram"_s,
                    ReportBuilder::tr("Wait distribution (called tickets)"),
                    {{u"bucket_min"_s, ReportBuilder::tr("Minutes"), Kind::Text},
                     {u"tickets"_s, ReportBuilder::tr("Tickets")}},
                    {}};
    const QStringList labels = ReportBuilder::histogramLabels();
    for (qsizetype i = 0; i < labels.size(); ++i)
        section.rows << QJsonArray{labels.at(i), report.waitHistogram.value(i)};
    return section;
}

Section servedByHourSection(const Report& report)
{
    Section section{
        u"served_by_hour"_s,
        ReportBuilder::tr("Served by hour of first call"),
        {{u"hour"_s, ReportBuilder::tr("Hour"), Kind::Text}, {u"served"_s, ReportBuilder::tr("Served")}},
        {}};
    section.textSkipsZeroRows = true;
    for (int hour = 0; hour < kHours; ++hour)
        section.rows << QJsonArray{u"%1"_s.arg(hour, 2, 10, QLatin1Char('0')),
                                   report.servedByHour.value(hour)};
    return section;
}

// The report's sections after the heading, in the order every export shows them.
QList<Section> bodySections(const Report& report)
{
    Section total = statSection(u"total"_s, ReportBuilder::tr("All tickets"), {},
                                {{u"total"_s, ReportBuilder::tr("All"), report.total}});
    total.single = true;
    return {total,
            statSection(u"by_service"_s, ReportBuilder::tr("By service"), ReportBuilder::tr("Service"),
                        report.byService),
            statSection(u"by_agency"_s, ReportBuilder::tr("By agency"), ReportBuilder::tr("Agency"),
                        report.byAgency),
            statSection(u"by_counter"_s, ReportBuilder::tr("By booth"), ReportBuilder::tr("Booth"),
                        report.byCounter),
            statSection(u"by_officer"_s, ReportBuilder::tr("By officer"), ReportBuilder::tr("Staff ID"),
                        report.byOfficer),
            statSection(u"by_hour"_s, ReportBuilder::tr("By hour of issue"), ReportBuilder::tr("Hour"),
                        report.byHour),
            statSection(u"by_day"_s, ReportBuilder::tr("By day"), ReportBuilder::tr("Date"), report.byDay),
            staffingSection(report.staffing),
            histogramSection(report),
            servedByHourSection(report)};
}

QString cellText(const QJsonValue& cell, Kind kind)
{
    switch (kind) {
    case Kind::Text:
        return cell.toString();
    case Kind::Integer:
        return QString::number(qint64(cell.toDouble()));
    case Kind::Decimal:
        return QString::number(cell.toDouble(), 'f', 1); // always '.', whatever the locale
    }
    return {};
}

// RFC 4180: a field with a comma, quote or line break is quoted, and its quotes doubled.
QString csvField(const QString& field)
{
    static const QList<QChar> special{u',', u'"', u'\r', u'\n'};
    if (std::none_of(special.begin(), special.end(), [&](QChar c) { return field.contains(c); }))
        return field;
    return QString(u'"' + QString(field).replace(u'"', u"\"\""_s) + u'"');
}

QString csvLine(const QStringList& fields)
{
    QStringList quoted;
    for (const auto& field : fields)
        quoted << csvField(field);
    return quoted.join(u',') + u"\r\n"_s;
}

QString csvSection(const Section& section)
{
    QStringList keys;
    for (const auto& column : section.columns)
        keys << column.key;
    QString out = csvLine({section.key}) + csvLine(keys);
    for (const auto& row : section.rows) {
        QStringList cells;
        for (qsizetype i = 0; i < section.columns.size(); ++i)
            cells << cellText(row.at(i), section.columns.at(i).kind);
        out += csvLine(cells);
    }
    return out;
}

QJsonObject jsonRecord(const Section& section, const QJsonArray& row)
{
    QJsonObject record;
    for (qsizetype i = 0; i < section.columns.size(); ++i)
        record.insert(section.columns.at(i).key, row.at(i));
    return record;
}

bool isZeroRow(const QJsonArray& row)
{
    return std::all_of(row.begin(), row.end(),
                       [](const QJsonValue& cell) { return !cell.isDouble() || cell.toDouble() == 0; });
}

// Long names (a service name can be a sentence) would push the figures off a terminal line.
QString elided(const QString& text)
{
    constexpr qsizetype kMaxWidth = 32;
    return text.size() <= kMaxWidth ? text : QString(text.left(kMaxWidth - 1) + u'…');
}

// The terminal's cells of a section: the header line, then one line per row, main columns only.
QList<QStringList> textCells(const Section& section, const QList<qsizetype>& shown)
{
    QList<QStringList> lines{{}};
    for (qsizetype i : shown)
        lines.first() << section.columns.at(i).title;
    for (const auto& row : section.rows) {
        if (section.textSkipsZeroRows && isZeroRow(row))
            continue;
        QStringList cells;
        for (qsizetype i : shown)
            cells << elided(cellText(row.at(i), section.columns.at(i).kind));
        lines << cells;
    }
    return lines;
}

// A plain-text table: text columns left-aligned, numbers right-aligned, two spaces between columns.
QString textTable(const Section& section)
{
    QList<qsizetype> shown;
    for (qsizetype i = 0; i < section.columns.size(); ++i)
        if (section.columns.at(i).inText)
            shown << i;
    const QList<QStringList> lines = textCells(section, shown);
    QList<qsizetype> widths(shown.size(), 0);
    for (const auto& line : lines)
        for (qsizetype c = 0; c < line.size(); ++c)
            widths[c] = std::max(widths[c], line.at(c).size());
    QString out = section.title + u'\n';
    for (const auto& line : lines) {
        QString text;
        for (qsizetype c = 0; c < line.size(); ++c) {
            const bool left = section.columns.at(shown.at(c)).kind == Kind::Text;
            text +=
                u"  "_s + (left ? line.at(c).leftJustified(widths[c]) : line.at(c).rightJustified(widths[c]));
        }
        while (text.endsWith(u' '))
            text.chop(1);
        out += text + u'\n';
    }
    if (lines.size() == 1)
        out += u"  "_s + ReportBuilder::tr("(none)") + u'\n';
    return out;
}

} // namespace

ReportBuilder::ReportBuilder(Database& db) : m_db(db) {}

Result<Report> ReportBuilder::build(QDate from, QDate to, const QDateTime& nowUtc)
{
    if (!from.isValid() || !to.isValid() || to < from || from.daysTo(to) >= kMaxGroups)
        return makeError(ErrorKind::BadInput, u"bad_period"_s,
                         tr("The report period %1 to %2 is not valid.")
                             .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    if (!nowUtc.isValid())
        return makeError(ErrorKind::BadInput, u"bad_period"_s, tr("The report needs the current time."));
    QSqlDatabase& db = m_db.sql();
    std::vector<DayToRead> days;
    auto built = [&]() -> Result<Report> {
        const ReadSnapshot snapshot(db);
        auto site = loadSite(db);
        if (!site.ok())
            return site.error();
        auto catalog = loadCatalog(db);
        if (!catalog.ok())
            return catalog.error();
        const ManualClock clock(nowUtc); // HallStore wants a clock; loading does not use it
        auto config = HallStore(m_db, clock).load();
        if (!config.ok())
            return config.error();

        Report report;
        report.siteName = site.value().name;
        report.timezone = site.value().timezone;
        report.from = from;
        report.to = to;
        report.asOf = nowUtc.toUTC();
        const QTimeZone zone = Schedule::zone(report.timezone);
        auto planned =
            planDays(db, from, to, zone, Schedule::businessDay(report.asOf, zone), report.timezone);
        if (!planned.ok())
            return planned.error();
        days = std::move(planned).value();
        const qsizetype dayCount = qsizetype(days.size());

        // A year of a big hall that is not summarised yet is millions of rows: two connections read them side
        // by side (a file only: another connection to an in-memory database would see another database).
        const std::span<DayToRead> all(days);
        const size_t split = QFileInfo(m_db.path()).isFile() ? daysForSecondReader(all) : 0;
        std::optional<SecondReader> second;
        if (split > 0)
            second.emplace(m_db.path(), catalog.value(), dayCount, all.first(split));
        Accumulator later(catalog.value(), dayCount);
        later.reserve(std::accumulate(all.begin() + qsizetype(split), all.end(), qint64(0),
                                      [](qint64 sum, const DayToRead& day) { return sum + day.tickets(); }));
        if (auto s = readDays(db, later, all.subspan(split)); !s.ok())
            return s.error();
        std::optional<Accumulator> earlier = second ? second->take() : std::nullopt;
        if (!earlier) {
            earlier.emplace(catalog.value(), dayCount);
            if (auto s = readDays(db, *earlier, all.first(split)); !s.ok())
                return s.error();
        }
        earlier->append(later);
        earlier->fill(report);
        auto staffing = staffingFor(db, catalog.value(), config.value(), report, zone);
        if (!staffing.ok())
            return staffing.error();
        report.staffing = staffing.value();
        return report;
    }();
    // After the read snapshot has ended: writing needs the write lock, which a reader must not wait for.
    if (built.ok())
        storeSummaries(m_db, days, built.value().timezone);
    return built;
}

Result<QStringList> ReportBuilder::mismatchedSummaries()
{
    QSqlDatabase& db = m_db.sql();
    const ReadSnapshot snapshot(db);
    auto site = loadSite(db);
    if (!site.ok())
        return site.error();
    const QTimeZone zone = Schedule::zone(site.value().timezone);
    auto summaries = Database::run(db, kSummariesSql,
                                   {u"0000-01-01"_s, u"9999-12-31"_s, kSummaryFormat, site.value().timezone});
    if (!summaries.ok())
        return summaries.error();
    auto extentQuery = prepared(db, kDayExtentSql);
    if (!extentQuery.ok())
        return extentQuery.error();
    auto ticketQuery = prepared(db, kTicketSql);
    if (!ticketQuery.ok())
        return ticketQuery.error();
    QStringList mismatched;
    while (summaries.value().next()) {
        const QString key = summaries.value().value(0).toString();
        const QByteArray stored = summaries.value().value(2).toByteArray();
        const QDate date = QDate::fromString(key, Qt::ISODate);
        // Read as a day that is over, as summaries only are.
        const DayFrame frame = dayFrame(date, zone, date.addDays(1));
        auto extent = dayExtent(extentQuery.value(), key);
        if (!extent.ok())
            return extent.error();
        if (auto s = selectTickets(ticketQuery.value(), key, extent.value()); !s.ok())
            return s.error();
        QByteArray fresh;
        while (ticketQuery.value().next())
            appendRecord(fresh, recordOf(ticketQuery.value(), frame));
        ticketQuery.value().finish();
        if (fresh != stored)
            mismatched << key;
    }
    return mismatched;
}

Status ReportBuilder::forgetSummaries(const QStringList& days)
{
    return m_db.write([&](QSqlDatabase& db) -> Status {
        for (const QString& day : days)
            if (auto r = Database::run(db, u"DELETE FROM report_days WHERE business_day = ?"_s, {day});
                !r.ok())
                return r.error();
        return Done{};
    });
}

QStringList ReportBuilder::histogramLabels()
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

QByteArray ReportBuilder::toCsv(const Report& report)
{
    QStringList sections{csvSection(metaSection(report))};
    for (const auto& section : bodySections(report))
        sections << csvSection(section);
    // The BOM makes spreadsheet programs read UTF-8 (names with é, en dashes in bucket labels) correctly.
    return QByteArray("\xEF\xBB\xBF") + sections.join(u"\r\n"_s).toUtf8();
}

QJsonObject ReportBuilder::toJson(const Report& report)
{
    QList<Section> sections{metaSection(report)};
    sections << bodySections(report);
    QJsonObject root;
    for (const auto& section : sections) {
        if (section.single) {
            root.insert(section.key, jsonRecord(section, section.rows.constFirst()));
            continue;
        }
        QJsonArray records;
        for (const auto& row : section.rows)
            records << jsonRecord(section, row);
        root.insert(section.key, records);
    }
    return root;
}

QString ReportBuilder::toText(const Report& report)
{
    const QString period =
        report.from == report.to
            ? report.from.toString(Qt::ISODate)
            : tr("%1 to %2").arg(report.from.toString(Qt::ISODate), report.to.toString(Qt::ISODate));
    const QDateTime asOf = report.asOf.toTimeZone(Schedule::zone(report.timezone));
    QStringList parts{QString(tr("%1 — queue report %2").arg(report.siteName, period) + u'\n' +
                              tr("Times in minutes; local time %1; as of %2.")
                                  .arg(report.timezone, asOf.toString(u"yyyy-MM-dd HH.mm"_s)) +
                              u'\n')};
    for (const auto& section : bodySections(report))
        parts << textTable(section);
    return parts.join(u'\n');
}

} // namespace antre
