#include "core/StaffDirectory.h"

#include "core/AuditLog.h"
#include "core/Clock.h"
#include "core/PinHasher.h"
#include "core/config/TextRules.h"
#include "core/storage/Database.h"

#include <QHash>

#include <tuple>

using namespace Qt::Literals::StringLiterals;

namespace antre {

namespace {

const QString kSelect =
    uR"(SELECT s.staff_code, s.name, s.role, s.active, s.pin_hash IS NOT NULL, s.failed_attempts,
                                   s.locked_until, s.id
                            FROM staff s)"_s;

// Each member's active booths, in booth order, read as rows and joined here: string aggregation is spelt
// differently by every database (group_concat, string_agg), and these lists are short.
const QString kCounters = uR"(SELECT sc.staff_id, c.code FROM staff_counters sc
                              JOIN counters c ON c.id = sc.counter_id WHERE c.active = 1)"_s;

Result<QHash<qint64, QStringList>> countersByStaff(Database& db, const QString& where = {},
                                                   const QVariantList& args = {})
{
    auto q = Database::run(db.sql(), kCounters + where + u" ORDER BY sc.staff_id, sc.counter_id"_s, args);
    if (!q.ok())
        return q.error();
    QHash<qint64, QStringList> counters;
    if (auto rows = Database::forEachRow(
            q.value(),
            [&](const QSqlQuery& row) { counters[row.value(0).toLongLong()] << row.value(1).toString(); });
        !rows.ok())
        return rows.error();
    return counters;
}

StaffMember readMember(const QSqlQuery& q)
{
    StaffMember m;
    m.id = q.value(0).toString();
    m.name = q.value(1).toString();
    m.role = roleFromKey(q.value(2).toString()).value_or(Role::Officer);
    m.active = q.value(3).toInt() != 0;
    m.hasPin = q.value(4).toInt() != 0;
    m.failedAttempts = q.value(5).toInt();
    if (!q.value(6).isNull())
        m.lockedUntil = QDateTime::fromMSecsSinceEpoch(q.value(6).toLongLong(), Qt::UTC);
    return m;
}

} // namespace

StaffDirectory::StaffDirectory(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

StaffDirectory::~StaffDirectory() = default;

Result<StaffMember> StaffDirectory::find(const QString& staffId)
{
    auto q = Database::run(m_db.sql(), kSelect + u" WHERE s.staff_code = ?"_s, {staffId});
    if (!q.ok())
        return q.error();
    auto row = Database::nextRow(q.value());
    if (!row.ok())
        return row.error();
    if (!row.value())
        return makeError(ErrorKind::BadInput, ErrorCode::UnknownStaff,
                         tr("Unknown staff ID %1").arg(staffId));
    StaffMember member = readMember(q.value());
    const qint64 id = q.value().value(7).toLongLong();
    q.value().finish();
    auto counters = countersByStaff(m_db, u" AND sc.staff_id = ?"_s, {id});
    if (!counters.ok())
        return counters.error();
    member.counters = counters.value().value(id);
    return member;
}

Result<QList<StaffMember>> StaffDirectory::list()
{
    auto q = Database::run(m_db.sql(), kSelect + u" ORDER BY s.name"_s);
    if (!q.ok())
        return q.error();
    QList<StaffMember> members;
    QList<qint64> ids;
    if (auto rows = Database::forEachRow(q.value(),
                                         [&](const QSqlQuery& row) {
                                             members << readMember(row);
                                             ids << row.value(7).toLongLong();
                                         });
        !rows.ok())
        return rows.error();
    q.value().finish();
    auto counters = countersByStaff(m_db);
    if (!counters.ok())
        return counters.error();
    for (qsizetype i = 0; i < members.size(); ++i)
        members[i].counters = counters.value().value(ids.at(i));
    return members;
}

Result<StaffMember> StaffDirectory::login(const QString& staffId, const QString& pin)
{
    const Error wrong = makeError(ErrorKind::Refused, ErrorCode::WrongPin, tr("Wrong staff ID or PIN."));
    auto found = find(staffId);
    if (!found.ok())
        return found.error().kind == ErrorKind::BadInput ? wrong : found.error();
    const StaffMember member = found.value();
    const QDateTime now = m_clock.now();
    if (member.lockedUntil.isValid() && member.lockedUntil > now) {
        const qint64 minutes = qMax<qint64>(1, (now.secsTo(member.lockedUntil) + 59) / 60);
        return makeError(ErrorKind::Refused, ErrorCode::Locked,
                         tr("Too many wrong PINs: this account is locked for %n more minute(s).", nullptr,
                            static_cast<int>(minutes)));
    }
    if (!member.active)
        return makeError(ErrorKind::Refused, ErrorCode::Inactive,
                         tr("This account is deactivated; ask the hall administrator."));
    QString hash;
    {
        auto q = Database::run(m_db.sql(), u"SELECT pin_hash FROM staff WHERE staff_code = ?"_s, {staffId});
        if (!q.ok())
            return q.error();
        auto row = Database::nextRow(q.value());
        if (!row.ok())
            return row.error();
        if (row.value())
            hash = q.value().value(0).toString();
    }
    // Verify outside the write lock: Argon2id is slow on purpose.
    const bool good = PinHasher::verify(hash, pin);

    Error lockedNow = wrong;
    auto status = m_db.write([&](QSqlDatabase& db) -> Status {
        if (good) {
            auto r = Database::run(
                db, u"UPDATE staff SET failed_attempts = 0, locked_until = NULL WHERE staff_code = ?"_s,
                {staffId});
            if (!r.ok())
                return r.error();
            if (auto e = AuditLog::append(db, now, EventKind::StaffLogin, {}, 0, {}, staffId); !e.ok())
                return e.error();
            return Done{};
        }
        // Count inside the transaction so that failures from two booths at once both count.
        auto q = Database::run(db, u"SELECT failed_attempts FROM staff WHERE staff_code = ?"_s, {staffId});
        if (!q.ok())
            return q.error();
        auto row = Database::nextRow(q.value());
        if (!row.ok())
            return row.error();
        const int failures = (row.value() ? q.value().value(0).toInt() : 0) + 1;
        q.value().finish();
        const bool lock = failures >= kMaxFailures;
        auto r = Database::run(
            db, u"UPDATE staff SET failed_attempts = ?, locked_until = ? WHERE staff_code = ?"_s,
            {lock ? 0 : failures,
             lock ? QVariant(now.addSecs(kLockMinutes * 60).toMSecsSinceEpoch()) : QVariant(), staffId});
        if (!r.ok())
            return r.error();
        if (auto e = AuditLog::append(db, now, lock ? EventKind::StaffLocked : EventKind::StaffLoginFailed,
                                      {{u"failures"_s, failures}}, 0, {}, staffId);
            !e.ok())
            return e.error();
        if (lock)
            lockedNow = makeError(
                ErrorKind::Refused, ErrorCode::Locked,
                tr("Too many wrong PINs: this account is locked for %n minute(s).", nullptr, kLockMinutes));
        return Done{};
    });
    if (!status.ok())
        return status.error();
    if (!good)
        return lockedNow;
    return find(staffId);
}

Status StaffDirectory::save(const StaffConfig& staff, const QString& actorId)
{
    // The rules of a configuration file, whoever calls: a name the database cannot return as written would
    // break the audit chain, one without visible characters would show as nothing at the booth.
    for (const auto& [field, text, kind] : {std::tuple{u"id"_s, staff.id, TextRules::Kind::Code},
                                            std::tuple{u"name"_s, staff.name, TextRules::Kind::Name}})
        if (const QString problem = TextRules::problem(text, kind); !problem.isEmpty())
            return makeError(ErrorKind::BadInput, ErrorCode::BadText, field + u": " + problem);
    if (!staff.pin.isEmpty() && !PinHasher::isWellFormedPin(staff.pin))
        return makeError(ErrorKind::BadInput, ErrorCode::BadPin, tr("A PIN is 4 to 12 digits."));
    const QString hash = staff.pin.isEmpty() ? QString() : PinHasher::hash(staff.pin);
    return m_db.write([&](QSqlDatabase& db) -> Status {
        auto r = Database::run(
            db, uR"(INSERT INTO staff (staff_code, name, role, pin_hash, active) VALUES (?, ?, ?, ?, ?)
                                       ON CONFLICT (staff_code) DO UPDATE SET name = excluded.name,
                                         role = excluded.role, active = excluded.active,
                                         pin_hash = COALESCE(excluded.pin_hash, staff.pin_hash))"_s,
            {staff.id, staff.name, toKey(staff.role), hash.isEmpty() ? QVariant() : QVariant(hash),
             staff.active ? 1 : 0});
        if (!r.ok())
            return r.error();
        auto d = Database::run(
            db, u"DELETE FROM staff_counters WHERE staff_id = (SELECT id FROM staff WHERE staff_code = ?)"_s,
            {staff.id});
        if (!d.ok())
            return d.error();
        for (const auto& counter : staff.counters) {
            auto c = Database::run(db, u"SELECT id FROM counters WHERE code = ? AND active = 1"_s, {counter});
            if (!c.ok())
                return c.error();
            auto row = Database::nextRow(c.value());
            if (!row.ok())
                return row.error();
            if (!row.value())
                return makeError(ErrorKind::BadInput, ErrorCode::UnknownCounter,
                                 tr("Unknown counter %1").arg(counter));
            auto i = Database::run(db, uR"(INSERT INTO staff_counters (staff_id, counter_id)
                                           SELECT id, ? FROM staff WHERE staff_code = ?)"_s,
                                   {c.value().value(0), staff.id});
            if (!i.ok())
                return i.error();
        }
        const QJsonObject data{{u"id"_s, staff.id},
                               {u"name"_s, staff.name},
                               {u"role"_s, toKey(staff.role)},
                               {u"active"_s, staff.active},
                               {u"counters"_s, staff.counters.join(u',')},
                               {u"pin_changed"_s, !hash.isEmpty()}};
        if (auto e = AuditLog::append(db, m_clock.now(), EventKind::StaffSaved, data, 0, {}, actorId);
            !e.ok())
            return e.error();
        return Done{};
    });
}

namespace {
Status updateOne(Database& database, const Clock& clock, const QString& sql, const QVariantList& args,
                 const QString& staffId, EventKind kind, const QString& actorId)
{
    return database.write([&](QSqlDatabase& db) -> Status {
        auto r = Database::run(db, sql, args);
        if (!r.ok())
            return r.error();
        if (r.value().numRowsAffected() != 1)
            return makeError(ErrorKind::BadInput, ErrorCode::UnknownStaff,
                             StaffDirectory::tr("Unknown staff ID %1").arg(staffId));
        if (auto e = AuditLog::append(db, clock.now(), kind, {{u"id"_s, staffId}}, 0, {}, actorId); !e.ok())
            return e.error();
        return Done{};
    });
}
} // namespace

Status StaffDirectory::setPin(const QString& staffId, const QString& pin, const QString& actorId)
{
    if (!PinHasher::isWellFormedPin(pin))
        return makeError(ErrorKind::BadInput, ErrorCode::BadPin, tr("A PIN is 4 to 12 digits."));
    return updateOne(
        m_db, m_clock,
        u"UPDATE staff SET pin_hash = ?, failed_attempts = 0, locked_until = NULL WHERE staff_code = ?"_s,
        {PinHasher::hash(pin), staffId}, staffId, EventKind::StaffPinReset, actorId);
}

Status StaffDirectory::unlock(const QString& staffId, const QString& actorId)
{
    return updateOne(m_db, m_clock,
                     u"UPDATE staff SET failed_attempts = 0, locked_until = NULL WHERE staff_code = ?"_s,
                     {staffId}, staffId, EventKind::StaffUnlocked, actorId);
}

Status StaffDirectory::setActive(const QString& staffId, bool active, const QString& actorId)
{
    return updateOne(m_db, m_clock, u"UPDATE staff SET active = ? WHERE staff_code = ?"_s,
                     {active ? 1 : 0, staffId}, staffId,
                     active ? EventKind::StaffActivated : EventKind::StaffDeactivated, actorId);
}

} // namespace antre
