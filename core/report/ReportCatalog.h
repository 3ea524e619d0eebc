#pragma once

#include "core/HallConfig.h"
#include "core/Result.h"

#include <QList>
#include <QString>

#include <utility>
#include <vector>

class QSqlDatabase;
class QTimeZone;
class QDate;

namespace antre::report {

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
    // Adds an entry at the end of the list; false when its id is outside 1..kIdBase − 1.
    bool add(Entity entity);
};

struct Catalog
{
    EntityList agencies;
    EntityList services;
    EntityList counters;
    EntityList staff;
    std::vector<int> serviceAgency; // agency index of each service index

    // Fills serviceAgency from the services' agency ids (a service of an unknown agency: the first).
    void linkAgencies();
};

// Every agency, service, booth and staff member, inactive ones too: history keeps referring to them.
Result<Catalog> loadCatalog(QSqlDatabase& db);

struct Site
{
    QString name;
    QString timezone;
};

// Refused (BadInput, not_initialized) when the hall is not set up.
Result<Site> loadSite(QSqlDatabase& db);

// The configuration in force on each day of a report: the last one imported before the day ended (a
// correction made during the day counts for that day). Days before the first recorded configuration use the
// earliest; a hall with no record (set up before schema version 3 and not imported since) uses the current.
class ConfigTimeline final
{
public:
    // One that has only the current configuration, or these versions (imported at, UTC ms, in that order).
    explicit ConfigTimeline(HallConfig current, std::vector<std::pair<qint64, HallConfig>> versions = {});

    static Result<ConfigTimeline> load(QSqlDatabase& db, const HallConfig& current, QDate from, QDate to,
                                       const QTimeZone& zone);

    const HallConfig& at(qint64 dayEndMs) const;

private:
    HallConfig m_current;
    std::vector<std::pair<qint64, HallConfig>> m_versions; // imported at (UTC ms), in that order
};

} // namespace antre::report
