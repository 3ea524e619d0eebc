#include "core/report/ReportCatalog.h"

#include "core/ConfigIo.h"
#include "core/Report.h"
#include "core/Schedule.h"
#include "core/report/ReportBasics.h"
#include "core/storage/Database.h"

#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace antre::report {

namespace {

Result<EntityList> loadEntities(QSqlDatabase& db, const QString& sql)
{
    auto q = Database::run(db, sql);
    if (!q.ok())
        return q.error();
    EntityList list;
    if (auto rows = Database::forEachRow(
            q.value(),
            [&](const QSqlQuery& r) -> Status {
                const qint64 id = r.value(0).toLongLong();
                if (!list.add(Entity{id, r.value(1).toString(), r.value(2).toString(),
                                     r.value(3).toInt() != 0, r.value(4).toLongLong(),
                                     r.value(5).toLongLong() * kMsPerMin}))
                    return internalError(ReportBuilder::tr("Reports support ids from 1 to %1, not %2 (%3)")
                                             .arg(kIdBase - 1)
                                             .arg(id)
                                             .arg(sql.simplified().left(60)));
                return Done{};
            });
        !rows.ok())
        return rows.error();
    return list;
}

} // namespace

bool EntityList::add(Entity entity)
{
    const qint64 id = entity.id;
    if (id <= 0 || id >= kIdBase)
        return false;
    if (size_t(id) >= indexById.size())
        indexById.resize(size_t(id) + 1, -1);
    indexById[size_t(id)] = int(items.size());
    items << std::move(entity);
    return true;
}

void Catalog::linkAgencies()
{
    serviceAgency.clear();
    for (const auto& service : services.items)
        serviceAgency.push_back(std::max(0, agencies.indexOf(service.agencyId)));
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
    catalog.linkAgencies();
    return catalog;
}

Result<Site> loadSite(QSqlDatabase& db)
{
    auto q = Database::run(db, u"SELECT name, timezone FROM site WHERE id = 1"_s);
    if (!q.ok())
        return q.error();
    auto row = Database::nextRow(q.value());
    if (!row.ok())
        return row.error();
    if (!row.value())
        return makeError(
            ErrorKind::BadInput, ErrorCode::NotInitialized,
            ReportBuilder::tr("The hall is not set up yet; run 'antre init --config FILE' or 'antre demo'"));
    return Site{q.value().value(0).toString(), q.value().value(1).toString()};
}

ConfigTimeline::ConfigTimeline(HallConfig current, std::vector<std::pair<qint64, HallConfig>> versions)
    : m_current(std::move(current)), m_versions(std::move(versions))
{}

Result<ConfigTimeline> ConfigTimeline::load(QSqlDatabase& db, const HallConfig& current, QDate from, QDate to,
                                            const QTimeZone& zone)
{
    ConfigTimeline timeline(current);
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
    if (auto rows = Database::forEachRow(
            q.value(),
            [&](const QSqlQuery& row) {
                // The configuration in force now is the one already loaded: not
                // parsed again (a report of today, made on every change the
                // dashboard sees, needs no other).
                if (row.value(2).toBool()) {
                    timeline.m_versions.push_back({row.value(0).toLongLong(), current});
                    return;
                }
                // Stored configurations were valid when imported; one that today's
                // stricter rules refuse is skipped, and its days use its neighbour.
                auto parsed = ConfigIo::parse(row.value(1).toString().toUtf8(), u"config_history"_s);
                if (parsed.ok())
                    timeline.m_versions.push_back({row.value(0).toLongLong(), std::move(parsed).value()});
            });
        !rows.ok())
        return rows.error();
    return timeline;
}

const HallConfig& ConfigTimeline::at(qint64 dayEndMs) const
{
    if (m_versions.empty())
        return m_current;
    auto after = std::upper_bound(m_versions.begin(), m_versions.end(), dayEndMs - 1,
                                  [](qint64 ms, const auto& version) { return ms < version.first; });
    return after == m_versions.begin() ? m_versions.front().second : std::prev(after)->second;
}

} // namespace antre::report
