#include "core/HallStore.h"

#include "core/AuditLog.h"
#include "core/Clock.h"
#include "core/ConfigIo.h"
#include "core/PinHasher.h"
#include "core/complaint/SiteCalendarStore.h"
#include "core/storage/Database.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {

QString compact(const QJsonValue& value)
{
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

QJsonObject parseObject(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// Runs a list of statements; stops at the first error.
Status runAll(QSqlDatabase& db, std::initializer_list<std::pair<QString, QVariantList>> statements)
{
    for (const auto& [sql, args] : statements)
        if (auto r = Database::run(db, sql, args); !r.ok())
            return r.error();
    return Done{};
}

Status importSite(QSqlDatabase& db, const SiteConfig& site)
{
    return runAll(db,
                  {{uR"(INSERT INTO site (id, name, timezone, priority_run_limit, ticket_footer, running_text,
                                              call_phrase) VALUES (1, ?, ?, ?, ?, ?, ?)
                           ON CONFLICT (id) DO UPDATE SET name = excluded.name, timezone = excluded.timezone,
                             priority_run_limit = excluded.priority_run_limit, ticket_footer = excluded.ticket_footer,
                             running_text = excluded.running_text, call_phrase = excluded.call_phrase,
                             config_version = site.config_version + 1)"_s,
                    {site.name, site.timezone, site.priorityRunLimit, site.ticketFooter, site.runningText,
                     site.callPhrase}}});
}

Status importAgencies(QSqlDatabase& db, const QList<AgencyConfig>& agencies)
{
    if (auto r = Database::run(db, u"UPDATE agencies SET active = 0"_s); !r.ok())
        return r.error();
    int order = 0;
    for (const auto& agency : agencies) {
        auto r =
            Database::run(db, uR"(INSERT INTO agencies (code, name, active, sort_order) VALUES (?, ?, 1, ?)
                                   ON CONFLICT (code) DO UPDATE SET name = excluded.name, active = 1,
                                     sort_order = excluded.sort_order)"_s,
                          {agency.code, agency.name, order++});
        if (!r.ok())
            return r.error();
    }
    return Done{};
}

Status importServices(QSqlDatabase& db, const HallConfig& config)
{
    if (auto r = Database::run(db, u"UPDATE services SET active = 0"_s); !r.ok())
        return r.error();
    // The schedule and standard are stored as the same JSON the file uses, so that load() can hand the
    // assembled document back to ConfigIo::parse and there is one parser, not two.
    const QJsonArray services = ConfigIo::toJson(config).value(u"services"_s).toArray();
    int order = 0;
    for (const auto& service : config.services) {
        const QJsonObject json = services.at(order).toObject();
        QJsonObject schedule;
        for (const auto* key : {u"hours", u"closed_dates", u"overrides"})
            if (json.contains(QString::fromUtf16(key)))
                schedule.insert(QString::fromUtf16(key), json.value(QString::fromUtf16(key)));
        auto r = Database::run(
            db,
            uR"(INSERT INTO services (code, agency_id, name, prefix, daily_quota, target_wait_min, cutoff_min,
                                          schedule, standard, active, sort_order)
                    VALUES (?, (SELECT id FROM agencies WHERE code = ?), ?, ?, ?, ?, ?, ?, ?, 1, ?)
                    ON CONFLICT (code) DO UPDATE SET agency_id = excluded.agency_id, name = excluded.name,
                      prefix = excluded.prefix, daily_quota = excluded.daily_quota,
                      target_wait_min = excluded.target_wait_min, cutoff_min = excluded.cutoff_min,
                      schedule = excluded.schedule, standard = excluded.standard, active = 1,
                      sort_order = excluded.sort_order)"_s,
            {service.code, service.agency, service.name, service.prefix,
             service.dailyQuota ? QVariant(*service.dailyQuota) : QVariant(), service.targetWaitMin,
             service.cutoffMin, compact(schedule), compact(json.value(u"standard"_s)), order});
        if (!r.ok())
            return r.error();
        ++order;
    }
    return Done{};
}

Status importCounters(QSqlDatabase& db, const QList<CounterConfig>& counters)
{
    if (auto r = Database::run(db, u"UPDATE counters SET active = 0"_s); !r.ok())
        return r.error();
    int order = 0;
    for (const auto& counter : counters) {
        auto status = runAll(
            db,
            {{uR"(INSERT INTO counters (code, name, active, sort_order) VALUES (?, ?, 1, ?)
                      ON CONFLICT (code) DO UPDATE SET name = excluded.name, active = 1,
                        sort_order = excluded.sort_order)"_s,
              {counter.code, counter.name, order++}},
             {u"DELETE FROM counter_services WHERE counter_id = (SELECT id FROM counters WHERE code = ?)"_s,
              {counter.code}}});
        if (!status.ok())
            return status;
        for (const auto& service : counter.services) {
            auto r = Database::run(db, uR"(INSERT INTO counter_services (counter_id, service_id)
                                           SELECT c.id, s.id FROM counters c, services s
                                           WHERE c.code = ? AND s.code = ?)"_s,
                                   {counter.code, service});
            if (!r.ok())
                return r.error();
        }
    }
    return Done{};
}

// Rows of (owner id, code) gathered into each owner's list of codes, in the order of the rows.
Result<QHash<qint64, QStringList>> listsOf(QSqlDatabase& db, const QString& sql)
{
    auto q = Database::run(db, sql);
    if (!q.ok())
        return q.error();
    QHash<qint64, QStringList> lists;
    if (auto rows = Database::forEachRow(
            q.value(),
            [&](const QSqlQuery& row) { lists[row.value(0).toLongLong()] << row.value(1).toString(); });
        !rows.ok())
        return rows.error();
    return lists;
}

} // namespace

HallStore::HallStore(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

HallStore::~HallStore() = default;

Status HallStore::import(const HallConfig& config, const QString& actorId)
{
    return importHashed(config, {}, actorId);
}

Status HallStore::importHashed(const HallConfig& config, const QHash<QString, QString>& hashed,
                               const QString& actorId)
{
    // Hash outside the transaction: Argon2id is deliberately slow and must not hold the write lock.
    QHash<QString, QString> pinHashes;
    for (const auto& member : config.staff)
        if (hashed.contains(member.id))
            pinHashes.insert(member.id, hashed.value(member.id));
        else if (!member.pin.isEmpty())
            pinHashes.insert(member.id, PinHasher::hash(member.pin));

    return m_db.write([&](QSqlDatabase& db) -> Status {
        if (auto s = keepPreviousConfig(db); !s.ok())
            return s;
        if (auto s = importSite(db, config.site); !s.ok())
            return s;
        if (auto s = SiteCalendarStore::write(db, config.site); !s.ok())
            return s;
        if (auto s = importAgencies(db, config.agencies); !s.ok())
            return s;
        if (auto s = importServices(db, config); !s.ok())
            return s;
        if (auto s = importCounters(db, config.counters); !s.ok())
            return s;
        for (const auto& member : config.staff) {
            auto s = runAll(
                db,
                {{uR"(INSERT INTO staff (staff_code, name, role, pin_hash, active) VALUES (?, ?, ?, ?, ?)
                          ON CONFLICT (staff_code) DO UPDATE SET name = excluded.name, role = excluded.role,
                            pin_hash = COALESCE(excluded.pin_hash, staff.pin_hash), active = excluded.active)"_s,
                  {member.id, member.name, toKey(member.role),
                   pinHashes.contains(member.id) ? QVariant(pinHashes.value(member.id)) : QVariant(),
                   member.active ? 1 : 0}},
                 {u"DELETE FROM staff_counters WHERE staff_id = (SELECT id FROM staff WHERE staff_code = ?)"_s,
                  {member.id}}});
            if (!s.ok())
                return s;
            for (const auto& counter : member.counters) {
                auto r = Database::run(db, uR"(INSERT INTO staff_counters (staff_id, counter_id)
                                               SELECT s.id, c.id FROM staff s, counters c
                                               WHERE s.staff_code = ? AND c.code = ?)"_s,
                                       {member.id, counter});
                if (!r.ok())
                    return r.error();
            }
        }
        const QJsonObject data{{u"site"_s, config.site.name},
                               {u"agencies"_s, config.agencies.size()},
                               {u"services"_s, config.services.size()},
                               {u"counters"_s, config.counters.size()},
                               {u"staff"_s, config.staff.size()}};
        if (auto e = AuditLog::append(db, m_clock.now(), EventKind::ConfigImported, data, 0, {}, actorId);
            !e.ok())
            return e.error();
        return recordConfig(db, m_clock.now().toMSecsSinceEpoch(), ConfigIo::toJsonBytes(config));
    });
}

Status HallStore::recordConfig(QSqlDatabase& db, qint64 atMs, const QByteArray& json)
{
    auto r = Database::run(db, uR"(INSERT INTO config_history (imported_at, config_version, config)
                                   SELECT ?, config_version, ? FROM site WHERE id = 1)"_s,
                           {atMs, QString::fromUtf8(json)});
    return r.ok() ? Status(Done{}) : Status(r.error());
}

Status HallStore::keepPreviousConfig(QSqlDatabase& db)
{
    // A hall set up before configurations were recorded (schema version 3) has no history yet: before its
    // first import since, the configuration it had until now is kept as the one in force "since always", so
    // that reports of earlier days keep their opening hours.
    auto recorded = Database::run(db, u"SELECT count(*) FROM config_history"_s);
    if (!recorded.ok())
        return recorded.error();
    auto counted = Database::nextRow(recorded.value());
    if (!counted.ok())
        return counted.error();
    if (!counted.value() || recorded.value().value(0).toInt() > 0 || !isInitialized())
        return Done{};
    recorded.value().finish();
    auto previous = load();
    if (!previous.ok())
        return Done{}; // not loadable by today's rules: reports fall back to the configuration in force
    return recordConfig(db, 0, ConfigIo::toJsonBytes(previous.value()));
}

bool HallStore::isInitialized()
{
    // A read error answers "no" here; a damaged file also stops every later write (Database::write).
    auto q = Database::run(m_db.sql(), u"SELECT count(*) FROM site"_s);
    if (!q.ok())
        return false;
    auto row = Database::nextRow(q.value());
    return row.ok() && row.value() && q.value().value(0).toInt() == 1;
}

Result<HallConfig> HallStore::load()
{
    QSqlDatabase& db = m_db.sql();
    QJsonObject root;
    {
        auto q = Database::run(db, u"SELECT name, timezone, priority_run_limit, ticket_footer, running_text, "
                                   u"call_phrase FROM site WHERE id = 1"_s);
        if (!q.ok())
            return q.error();
        auto row = Database::nextRow(q.value());
        if (!row.ok())
            return row.error();
        if (!row.value())
            return makeError(
                ErrorKind::BadInput, ErrorCode::NotInitialized,
                tr("%1: the hall is not set up yet; run 'antre init --config FILE' or 'antre demo'")
                    .arg(m_db.path()));
        QJsonObject site{{u"name"_s, q.value().value(0).toString()},
                         {u"timezone"_s, q.value().value(1).toString()},
                         {u"priority_run_limit"_s, q.value().value(2).toInt()}};
        const std::pair<const char16_t*, int> optional[] = {
            {u"ticket_footer", 3}, {u"running_text", 4}, {u"call_phrase", 5}};
        for (const auto& [key, column] : optional)
            if (!q.value().value(column).toString().isEmpty())
                site.insert(QString::fromUtf16(key), q.value().value(column).toString());
        q.value().finish();
        if (auto calendar = SiteCalendarStore::read(db, site); !calendar.ok())
            return calendar.error();
        root.insert(u"site"_s, site);
    }
    {
        auto q =
            Database::run(db, u"SELECT code, name FROM agencies WHERE active = 1 ORDER BY sort_order, id"_s);
        if (!q.ok())
            return q.error();
        QJsonArray agencies;
        while (q.value().next())
            agencies.append(QJsonObject{{u"code"_s, q.value().value(0).toString()},
                                        {u"name"_s, q.value().value(1).toString()}});
        if (auto ended = Database::rowsEnded(q.value()); !ended.ok())
            return ended.error();
        root.insert(u"agencies"_s, agencies);
    }
    {
        auto q =
            Database::run(db, uR"(SELECT s.code, a.code, s.name, s.prefix, s.daily_quota, s.target_wait_min,
                                              s.cutoff_min, s.schedule, s.standard
                                       FROM services s JOIN agencies a ON a.id = s.agency_id
                                       WHERE s.active = 1 ORDER BY s.sort_order, s.id)"_s);
        if (!q.ok())
            return q.error();
        QJsonArray services;
        while (q.value().next()) {
            const auto& row = q.value();
            QJsonObject service = parseObject(row.value(7).toString());
            service.insert(u"code"_s, row.value(0).toString());
            service.insert(u"agency"_s, row.value(1).toString());
            service.insert(u"name"_s, row.value(2).toString());
            service.insert(u"prefix"_s, row.value(3).toString());
            if (!row.value(4).isNull())
                service.insert(u"daily_quota"_s, row.value(4).toInt());
            service.insert(u"target_wait_min"_s, row.value(5).toInt());
            service.insert(u"cutoff_min"_s, row.value(6).toInt());
            service.insert(u"standard"_s, parseObject(row.value(8).toString()));
            services.append(service);
        }
        if (auto ended = Database::rowsEnded(q.value()); !ended.ok())
            return ended.error();
        root.insert(u"services"_s, services);
    }
    {
        // The lists are read as rows and joined here: string aggregation is spelt differently by every
        // database (group_concat, string_agg).
        auto services = listsOf(db, uR"(SELECT cs.counter_id, s.code FROM counter_services cs
                                         JOIN services s ON s.id = cs.service_id WHERE s.active = 1
                                         ORDER BY cs.counter_id, cs.service_id)"_s);
        if (!services.ok())
            return services.error();
        auto q = Database::run(db, uR"(SELECT c.code, c.name, c.id
                                       FROM counters c WHERE c.active = 1 ORDER BY c.sort_order, c.id)"_s);
        if (!q.ok())
            return q.error();
        QJsonArray counters;
        while (q.value().next()) {
            counters.append(QJsonObject{{u"code"_s, q.value().value(0).toString()},
                                        {u"name"_s, q.value().value(1).toString()},
                                        {u"services"_s, QJsonArray::fromStringList(services.value().value(
                                                            q.value().value(2).toLongLong()))}});
        }
        if (auto ended = Database::rowsEnded(q.value()); !ended.ok())
            return ended.error();
        root.insert(u"counters"_s, counters);
    }
    {
        auto staffCounters = listsOf(db, uR"(SELECT sc.staff_id, c.code FROM staff_counters sc
                                              JOIN counters c ON c.id = sc.counter_id WHERE c.active = 1
                                              ORDER BY sc.staff_id, sc.counter_id)"_s);
        if (!staffCounters.ok())
            return staffCounters.error();
        auto q = Database::run(db, uR"(SELECT s.staff_code, s.name, s.role, s.active, s.id
                                       FROM staff s ORDER BY s.id)"_s);
        if (!q.ok())
            return q.error();
        QJsonArray staff;
        while (q.value().next()) {
            staff.append(QJsonObject{{u"id"_s, q.value().value(0).toString()},
                                     {u"name"_s, q.value().value(1).toString()},
                                     {u"role"_s, q.value().value(2).toString()},
                                     {u"active"_s, q.value().value(3).toInt() != 0},
                                     {u"counters"_s, QJsonArray::fromStringList(staffCounters.value().value(
                                                         q.value().value(4).toLongLong()))}});
        }
        if (auto ended = Database::rowsEnded(q.value()); !ended.ok())
            return ended.error();
        root.insert(u"staff"_s, staff);
    }
    return ConfigIo::parse(QJsonDocument(root).toJson(QJsonDocument::Compact), m_db.path());
}

} // namespace antre
