#include "core/report/ReportAccumulator.h"

#include "core/Schedule.h"
#include "core/Types.h"
#include "core/storage/Database.h"

#include <QSqlQuery>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace antre::report {

namespace {

// Group of an optional booth or staff id: 0 for none (a ticket never called), else its place in the list + 1.
int optionalIndex(const EntityList& list, qint64 id)
{
    return list.indexOf(id) + 1;
}

} // namespace

Accumulator::Accumulator(const Catalog& catalog, qsizetype days) : m_catalog(catalog)
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

Status Accumulator::addDay(TicketReader& reader, const DayFrame& day, const DayExtent& extent, int dayIndex,
                           QByteArray* keep)
{
    if (extent.tickets > 0) {
        if (keep) {
            keep->clear(); // a second reader that failed may have begun it
            keep->reserve(qsizetype(extent.tickets) * kRecordBytes);
        }
        auto read = reader.read(day, extent, [&](const Record& record) -> Status {
            if (auto s = addRecord(record, day, dayIndex); !s.ok())
                return s;
            if (keep)
                appendRecord(*keep, record);
            return Done{};
        });
        if (!read.ok())
            return read;
    }
    m_dayStart.push_back(m_measured.size());
    return Done{};
}

Status Accumulator::addSummary(const QByteArray& summary, const DayFrame& day, int dayIndex)
{
    for (qsizetype at = 0; at + kRecordBytes <= summary.size(); at += kRecordBytes)
        if (auto s = addRecord(recordAt(summary.constData() + at), day, dayIndex); !s.ok())
            return s;
    m_dayStart.push_back(m_measured.size());
    return Done{};
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
    if (t.waitMs >= 0)
        ++m_histogram[bucketOf(t.waitMs)];
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

template <typename GroupOf>
Accumulator::Spreads Accumulator::spreadsOf(std::span<const Measured> records, qsizetype groups,
                                            GroupOf groupOf)
{
    return {spreadsBy(
                records, [](const Measured& m) { return m.waitMs; }, groups, groupOf),
            spreadsBy(
                records, [](const Measured& m) { return m.serviceMs; }, groups, groupOf)};
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

} // namespace antre::report
