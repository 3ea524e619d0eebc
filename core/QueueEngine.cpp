#include "core/QueueEngine.h"

#include "core/AuditLog.h"
#include "core/Clock.h"
#include "core/HallStore.h"
#include "core/config/TextRules.h"
#include "core/engine/EngineParts.h"
#include "core/storage/Database.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace antre {

using namespace engine;

QueueService::~QueueService() = default;

bool QueueService::isValidRequestKey(const QString& key)
{
    constexpr qsizetype kMin = 8;
    constexpr qsizetype kMax = 64;
    if (key.size() < kMin || key.size() > kMax)
        return false;
    return std::all_of(key.begin(), key.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
               c == u'-' || c == u'_';
    });
}

QueueEngine::QueueEngine(Database& db, const Clock& clock) : m_db(db), m_clock(clock), m_statements(db) {}

QueueEngine::~QueueEngine() = default;

Status QueueEngine::write(const std::function<Status(QSqlDatabase&)>& body, bool timeKeptByBody)
{
    m_rollOverInWrite = {};
    m_staleInWrite = false;
    Status status = m_db.write([&](QSqlDatabase& db) -> Status {
        if (!timeKeptByBody)
            if (auto kept = keepTimeForward(); !kept.ok())
                return kept;
        return body(db);
    });
    // A write that failed was rolled back together with its rollover: the next write does it again.
    if (status.ok() && m_rollOverInWrite.isValid())
        m_rolledOverDay = m_rollOverInWrite;
    if (status.ok() && m_staleInWrite)
        m_rolledOverDay = {};
    return status;
}

Result<Statement> QueueEngine::run(const QString& sql, const QVariantList& args)
{
    return m_statements.run(sql, args);
}

Status QueueEngine::keepTimeForward()
{
    auto newest = firstRow(run(u"SELECT "_s + kNewestQueueEventTime));
    if (!newest.ok())
        return newest.error();
    const qint64 floorMs = newest.value() ? newest.value()->value(0).toLongLong() : 0;
    newest.value().reset(); // the statement, so that its read ends here
    return keepTimeForward(floorMs, nullptr);
}

Status QueueEngine::keepTimeForward(qint64 floorMs, bool* appended)
{
    // Clocks of different PCs differ by a little and NTP corrects in small steps: only a clock behind by
    // more than this is reported; the time is kept forward in every case.
    constexpr qint64 kReportedSkewMs = 2000;
    if (appended)
        *appended = false;
    m_eventFloorMs = floorMs;
    const QDateTime clock = m_clock.now();
    const qint64 behindMs = m_eventFloorMs - clock.toMSecsSinceEpoch();
    if (behindMs <= 0)
        m_skewReported = false;
    if (behindMs <= kReportedSkewMs || m_skewReported)
        return Done{};
    const QDateTime floor = QDateTime::fromMSecsSinceEpoch(m_eventFloorMs, Qt::UTC);
    const QJsonObject data{
        {u"clock"_s, clock.toUTC().toString(Qt::ISODateWithMs)},
        {u"newest_event"_s, floor.toString(Qt::ISODateWithMs)},
        {u"behind_ms"_s, behindMs},
    };
    if (auto e = AuditLog::append(m_statements, floor, EventKind::ClockSkew, data, 0); !e.ok())
        return e.error();
    m_skewReported = true;
    if (appended)
        *appended = true;
    return Done{};
}

QueueEngine::Now QueueEngine::nowInfo()
{
    Now n;
    n.utc = m_clock.now();
    // Never before the newest event: a ticket "issued" at 09:00 after one at 10:00 would be called first.
    if (n.utc.toMSecsSinceEpoch() < m_eventFloorMs)
        n.utc = QDateTime::fromMSecsSinceEpoch(m_eventFloorMs, Qt::UTC);
    n.ms = n.utc.toMSecsSinceEpoch();
    n.local = n.utc.toTimeZone(m_zone);
    n.today = n.local.date();
    n.todayKey = n.today.toString(Qt::ISODate);
    if (n.today != m_dayStartOf) {
        m_dayStartMs = Schedule::dayStartUtc(n.today, m_zone).toMSecsSinceEpoch();
        m_dayStartOf = n.today;
    }
    n.dayStartMs = m_dayStartMs;
    return n;
}

Status QueueEngine::refreshConfig()
{
    // Every operation starts here: a connection lost since the last one is opened again (a no-op in a write).
    if (auto connected = m_db.ensureConnected(); !connected.ok())
        return connected;
    qint64 current = 0;
    {
        auto version = firstRow(run(u"SELECT config_version FROM site WHERE id = 1"_s));
        if (!version.ok())
            return version.error();
        if (!version.value())
            return makeError(
                ErrorKind::BadInput, ErrorCode::NotInitialized,
                tr("%1: the hall is not set up yet; run 'antre init --config FILE' or 'antre demo'")
                    .arg(m_db.path()));
        current = version.value()->value(0).toLongLong();
    }
    if (current == m_configVersion)
        return Done{};
    auto loaded = HallStore(m_db, m_clock).load();
    if (!loaded.ok())
        return loaded.error();
    m_config = loaded.value();
    m_zone = Schedule::zone(m_config.site.timezone);
    m_estimator.configure(m_config);
    // The zone decides what "today" is: both day caches start over.
    m_dayStartOf = {};
    m_rolledOverDay = {};
    m_serviceIds.clear();
    m_serviceCodes.clear();
    auto ids = run(u"SELECT id, code FROM services"_s);
    if (!ids.ok())
        return ids.error();
    while (ids.value().next()) {
        m_serviceIds.insert(ids.value().value(1).toString(), ids.value().value(0).toLongLong());
        m_serviceCodes.insert(ids.value().value(0).toLongLong(), ids.value().value(1).toString());
    }
    if (auto ended = ids.value().ended(); !ended.ok())
        return ended.error();
    m_configVersion = current;
    return Done{};
}

Result<HallConfig> QueueEngine::config()
{
    if (auto s = refreshConfig(); !s.ok())
        return s.error();
    return m_config;
}

Status QueueEngine::rollOverIfDue(const Now& now)
{
    // Leftovers appear only when the business day changes, so one rollover a day per engine finds them all;
    // one done meanwhile by another process leaves ours nothing to do. Writes that make a past day's ticket
    // waiting again (a transfer of yesterday's ticket) forget the day, see write().
    if (now.today == m_rolledOverDay)
        return Done{};
    if (auto s = rollOverIn(now); !s.ok())
        return s;
    m_rollOverInWrite = now.today;
    return Done{};
}

Status QueueEngine::rollOverIn(const Now& now)
{
    auto stale = run(uR"(SELECT id, business_day, prefix, seq FROM tickets
                         WHERE status IN ('waiting', 'called') AND business_day < ?)"_s,
                     {now.todayKey});
    if (!stale.ok())
        return stale.error();
    struct Stale
    {
        qint64 id;
        QDate day;
        QString number;
    };
    QList<Stale> tickets;
    while (stale.value().next())
        tickets << Stale{
            stale.value().value(0).toLongLong(),
            QDate::fromString(stale.value().value(1).toString(), Qt::ISODate),
            TicketNumber(stale.value().value(2).toString(), stale.value().value(3).toInt()).toString()};
    if (auto ended = stale.value().ended(); !ended.ok())
        return ended.error();
    stale.value().finish();
    for (const auto& t : tickets) {
        const qint64 endMs = Schedule::dayEndUtc(t.day, m_zone).toMSecsSinceEpoch();
        auto r = run(u"UPDATE tickets SET status = 'expired', finished_at = ? WHERE id = ?"_s, {endMs, t.id});
        if (!r.ok())
            return r.error();
        if (auto e =
                AuditLog::append(m_statements, now.utc, EventKind::TicketExpired,
                                 {{u"ticket"_s, t.number}, {u"day"_s, t.day.toString(Qt::ISODate)}}, t.id);
            !e.ok())
            return e.error();
    }

    // Request keys only guard against a retry of the same press, which comes within minutes; a day and more
    // is kept so that a kiosk that was cut off overnight still finds yesterday's answer.
    constexpr qint64 kKeepRequestsMs = qint64(24) * 60 * 60 * 1000;
    if (auto r =
            run(u"DELETE FROM issue_requests WHERE created_at < ?"_s, {now.dayStartMs - kKeepRequestsMs});
        !r.ok())
        return r.error();

    // A booth left open overnight is closed at the end of the day it was opened, so that its minutes
    // do not run into the next day's staffing figures.
    auto open = run(uR"(SELECT cs.id, cs.started_at, c.code FROM counter_states cs
                        JOIN counters c ON c.id = cs.counter_id
                        WHERE cs.ended_at IS NULL AND cs.started_at < ?)"_s,
                    {now.dayStartMs});
    if (!open.ok())
        return open.error();
    QList<std::tuple<qint64, qint64, QString>> states;
    while (open.value().next())
        states.append({open.value().value(0).toLongLong(), open.value().value(1).toLongLong(),
                       open.value().value(2).toString()});
    if (auto ended = open.value().ended(); !ended.ok())
        return ended.error();
    open.value().finish();
    for (const auto& [id, startedMs, code] : states) {
        const QDate day = Schedule::businessDay(QDateTime::fromMSecsSinceEpoch(startedMs, Qt::UTC), m_zone);
        const qint64 endMs = Schedule::dayEndUtc(day, m_zone).toMSecsSinceEpoch();
        auto r = run(u"UPDATE counter_states SET ended_at = ? WHERE id = ?"_s, {endMs, id});
        if (!r.ok())
            return r.error();
        if (auto e = AuditLog::append(m_statements, now.utc, EventKind::CounterAutoClosed,
                                      {{u"day"_s, day.toString(Qt::ISODate)}}, 0, code);
            !e.ok())
            return e.error();
    }
    return Done{};
}

Status QueueEngine::rollOver()
{
    // Asked for explicitly: always looks, whatever this engine remembers.
    return write([this](QSqlDatabase&) -> Status {
        if (auto s = refreshConfig(); !s.ok())
            return s;
        const Now now = nowInfo();
        if (auto s = rollOverIn(now); !s.ok())
            return s;
        m_rollOverInWrite = now.today;
        return Done{};
    });
}

} // namespace antre
