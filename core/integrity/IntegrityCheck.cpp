#include "core/integrity/IntegrityCheck.h"

#include "core/AuditLog.h"
#include "core/audit/AuditSeals.h"
#include "core/integrity/EventOrder.h"
#include "core/integrity/EventReplay.h"
#include "core/report/DaySummaryStore.h"
#include "core/storage/Database.h"

#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace antre {

IntegrityService::~IntegrityService() = default;

namespace {

// One invariant of the queue: a query that returns the offending rows as text (none when healthy).
struct Invariant
{
    QString name;
    QString sql;
};

// At most this many offending rows are named in a finding: enough to find them, short enough to read.
constexpr int kRowsShown = 10;

IntegrityFinding finding(const QString& check, const QString& problem)
{
    return {check, problem.isEmpty(), problem};
}

QList<Invariant> invariants()
{
    return {
        {IntegrityCheck::tr("ticket numbers gapless per prefix and day"),
         uR"(SELECT business_day || ' ' || prefix || ': ' || count(*) || ' tickets, last number ' || max(seq)
             FROM tickets GROUP BY business_day, prefix HAVING count(*) <> max(seq))"_s},
        {IntegrityCheck::tr("at most one open ticket per counter"),
         uR"(SELECT c.code || ': ' || count(*) || ' open tickets' FROM tickets t JOIN counters c ON c.id = t.counter_id
             WHERE t.status IN ('called', 'serving') GROUP BY c.code HAVING count(*) > 1)"_s},
        {IntegrityCheck::tr("called tickets belong to a counter"),
         uR"(SELECT prefix || '-' || seq || ' on ' || business_day FROM tickets
             WHERE status IN ('called', 'serving') AND counter_id IS NULL)"_s},
        {IntegrityCheck::tr("at most one current state per counter"),
         uR"(SELECT c.code || ': ' || count(*) || ' open states' FROM counter_states cs
             JOIN counters c ON c.id = cs.counter_id WHERE cs.ended_at IS NULL GROUP BY c.code HAVING count(*) > 1)"_s},
        // The triggers are a catalogue question, asked through the storage layer (Database::triggerNames);
        // an empty query marks its place in the order of the findings.
        {IntegrityCheck::tr("report summary triggers in place"), QString()},
        {IntegrityCheck::tr("every ticket has its issue event"),
         uR"(SELECT prefix || '-' || seq || ' on ' || business_day FROM tickets t WHERE NOT EXISTS
             (SELECT 1 FROM events e WHERE e.ticket_id = t.id AND e.kind = 'ticket.issued'))"_s},
    };
}

} // namespace

IntegrityCheck::IntegrityCheck(Database& db) : m_db(db) {}

IntegrityCheck::~IntegrityCheck() = default;

QList<IntegrityFinding> IntegrityCheck::check(Mode mode)
{
    QList<IntegrityFinding> findings;
    auto integrity = m_db.integrityCheck();
    findings << finding(tr("database integrity"), !integrity.ok()              ? integrity.error().message
                                                  : integrity.value() == u"ok" ? QString()
                                                                               : integrity.value());
    auto audit = AuditSeals::inspect(m_db);
    findings << finding(tr("audit chain"), !audit.ok() ? audit.error().message : audit.value().summary());
    findings << summaries(mode);
    for (const auto& invariant : invariants()) {
        if (invariant.sql.isEmpty()) {
            findings << finding(invariant.name, missingTriggers());
            continue;
        }
        auto q = Database::run(m_db.sql(), invariant.sql);
        QStringList rows;
        if (!q.ok())
            rows << q.error().message;
        else if (auto read = Database::forEachRow(q.value(),
                                                  [&](const QSqlQuery& row) {
                                                      rows << row.value(0).toString();
                                                      return rows.size() < kRowsShown;
                                                  });
                 !read.ok())
            rows << read.error().message;
        findings << finding(invariant.name, rows.join(u"; "_s));
    }
    findings << replay();
    findings << order();
    return findings;
}

IntegrityFinding IntegrityCheck::order()
{
    const QString name = tr("events in the order they happened");
    auto found = EventOrder(m_db).problems(kRowsShown);
    if (!found.ok())
        return finding(name, found.error().message);
    QString problem = found.value().first.join(u"; "_s);
    if (found.value().second > found.value().first.size())
        problem += tr(" (%n event(s) in all)", nullptr, int(qMin<qint64>(found.value().second, INT_MAX)));
    return finding(name, problem);
}

IntegrityFinding IntegrityCheck::replay()
{
    const QString name = tr("tickets follow from their events");
    auto found = EventReplay(m_db).mismatches(kRowsShown);
    if (!found.ok())
        return finding(name, found.error().message);
    QString problem = found.value().first.join(u"; "_s);
    if (found.value().second > found.value().first.size())
        problem += tr(" (%n ticket(s) in all)", nullptr, int(qMin<qint64>(found.value().second, INT_MAX)));
    return finding(name, problem);
}

QString IntegrityCheck::missingTriggers()
{
    auto names = m_db.triggerNames();
    if (!names.ok())
        return names.error().message;
    QStringList missing;
    for (const QString& name :
         {u"tickets_insert_revises_day"_s, u"tickets_update_revises_day"_s, u"tickets_delete_revises_day"_s})
        if (!names.value().contains(name))
            missing << tr("trigger %1 is missing").arg(name);
    return missing.join(u"; "_s);
}

IntegrityFinding IntegrityCheck::summaries(Mode mode)
{
    // A summary can only differ from its tickets if the database was changed with its triggers removed. It
    // is a copy, so removing it loses nothing, and reports would otherwise keep showing the old figures; but
    // a check only looks, and removing is a repair the caller asks for.
    const QString name = tr("report summaries match their days' tickets");
    report::DaySummaryStore store(m_db);
    auto mismatched = store.mismatched();
    if (!mismatched.ok())
        return finding(name, mismatched.error().message);
    if (mismatched.value().isEmpty())
        return finding(name, {});
    const QString days = mismatched.value().join(u", "_s);
    if (mode == Mode::ReadOnly)
        return finding(name, tr("the summaries of %1 differ from their tickets; a repair removes them and "
                                "reports make them again")
                                 .arg(days));
    const Status forgotten = store.forget(mismatched.value());
    return finding(name, forgotten.ok()
                             ? tr("the summaries of %1 differed from their tickets and were removed; "
                                  "reports make them again")
                                   .arg(days)
                             : tr("the summaries of %1 differ from their tickets and could not be "
                                  "removed: %2")
                                   .arg(days, forgotten.error().message));
}

} // namespace antre
