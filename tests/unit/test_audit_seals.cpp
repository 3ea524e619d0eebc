#include "core/AuditLog.h"
#include "core/audit/AuditSeals.h"
#include "core/hall/HallAudit.h"
#include "core/integrity/IntegrityCheck.h"
#include "tests/support/QtStringMakers.h"
#include "tests/support/TestHall.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace antre;
using antre::test::TestHall;

namespace {

void busyHall(TestHall& hall)
{
    REQUIRE(hall.engine->openCounter(u"L1"_s, u"OFF1"_s).ok());
    for (int i = 0; i < 4; ++i)
        REQUIRE(hall.engine->issue(u"S2"_s, false).ok());
    REQUIRE(hall.engine->callNext(u"L1"_s).ok());
    REQUIRE(hall.engine->markNoShow(u"L1"_s).ok());
    REQUIRE(hall.engine->callNext(u"L1"_s).ok());
    REQUIRE(hall.engine->startServing(u"L1"_s).ok());
    REQUIRE(hall.engine->finish(u"L1"_s, Outcome::Completed).ok());
}

void exec(TestHall& hall, const QString& sql, const QVariantList& args = {})
{
    auto r = Database::run(hall.db->sql(), sql, args);
    if (!r.ok())
        FAIL(r.error().message.toStdString());
}

// What a forger who knows the chain's rule does: recompute every hash from the first event on, in plain SQL.
void rechain(TestHall& hall)
{
    auto q = Database::run(
        hall.db->sql(),
        u"SELECT id, at, kind, ticket_id, counter_code, staff_code, data FROM events ORDER BY id"_s);
    REQUIRE(q.ok());
    QList<QVariantList> rows;
    QString previous(64, u'0');
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        const QByteArray event =
            (r.value(0).toString() + u'|' + r.value(1).toString() + u'|' + r.value(2).toString() + u'|' +
             QString::number(r.value(3).toLongLong()) + u'|' + r.value(4).toString() + u'|' +
             r.value(5).toString() + u'|' + r.value(6).toString())
                .toUtf8();
        const QString hash =
            QString::fromLatin1(QCryptographicHash::hash(QByteArray(previous.toLatin1() + "|" + event),
                                                         QCryptographicHash::Sha256)
                                    .toHex());
        rows.append({previous, hash, r.value(0)});
        previous = hash;
    }
    q.value().finish();
    for (const auto& row : rows)
        exec(hall, u"UPDATE events SET prev_hash = ?, hash = ? WHERE id = ?"_s, row);
}

AuditVerification inspect(TestHall& hall)
{
    auto inspected = AuditSeals::inspect(*hall.db);
    REQUIRE(inspected.ok());
    return inspected.value();
}

bool hasKind(const AuditVerification& v, AuditDamageKind kind)
{
    return std::any_of(v.listed.cbegin(), v.listed.cend(),
                       [kind](const AuditDamage& d) { return d.kind == kind; });
}

QStringList failing(TestHall& hall)
{
    QStringList names;
    for (const auto& f : IntegrityCheck(*hall.db).check())
        if (!f.ok)
            names << f.check + u": "_s + f.problem;
    return names;
}

} // namespace

TEST_CASE("audit verify lists every damaged event, not only the first", "[audit]")
{
    TestHall hall;
    busyHall(hall);
    const qint64 events = AuditLog::verify(hall.db->sql()).value();
    REQUIRE(events >= 10);
    exec(hall, u"UPDATE events SET data = '{}' WHERE id = 3"_s);
    exec(hall, u"DELETE FROM events WHERE id IN (5, 6)"_s);
    exec(hall, u"UPDATE events SET at = at + 1 WHERE id = 8"_s);
    const AuditVerification v = inspect(hall);
    CHECK(v.events == events - 2);
    CHECK(v.damaged == 4);
    REQUIRE(v.listed.size() == 3);
    CHECK(v.listed[0].message == u"event 3: content does not match its hash (edited)"_s);
    CHECK(v.listed[1].message == u"events 5 to 6: missing (deleted)"_s);
    CHECK(v.listed[1].kind == AuditDamageKind::Missing);
    CHECK(v.listed[2].message.startsWith(u"event 8: "_s));
    CHECK(AuditLog::verify(hall.db->sql()).error().message.startsWith(u"event 3: "_s));

    SECTION("the listing has a limit, the count has none")
    {
        for (int i = 0; i < 60; ++i)
            REQUIRE(hall.engine->issue(u"S2"_s, false).ok());
        exec(hall, u"UPDATE events SET data = data || ' ' WHERE id > 10"_s);
        const AuditVerification many = inspect(hall);
        CHECK(many.listed.size() == AuditVerification::kListed);
        CHECK(many.damaged > AuditVerification::kListed);
    }
}

TEST_CASE("audit seals: the key and the seal file", "[audit][seal]")
{
    TestHall hall;
    busyHall(hall);
    HallAudit audit(*hall.db, hall.clock);
    auto sealed = audit.seal();
    REQUIRE(sealed.ok());
    CHECK(sealed.value().events == AuditLog::verify(hall.db->sql()).value());
    const AuditSeals seals(hall.path());
    const auto mode = QFile::permissions(seals.keyPath());
    CHECK(mode.testFlag(QFile::ReadOwner));
    CHECK((mode & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther)) == 0);
    QFile file(seals.sealPath());
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll().count('\n') == 1);
    file.close();
    CHECK(inspect(hall).ok());
    CHECK(inspect(hall).seals == 1);

    SECTION("a key others may read is refused")
    {
        QFile::setPermissions(seals.keyPath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
        auto again = audit.seal();
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().message.contains(u"chmod 600"_s));
    }
    SECTION("an edited seal does not verify")
    {
        REQUIRE(file.open(QIODevice::ReadOnly));
        QByteArray text = file.readAll();
        file.close();
        text.replace("\"events\":", "\"events\":1");
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text);
        file.close();
        const AuditVerification v = inspect(hall);
        CHECK(hasKind(v, AuditDamageKind::BadSeal));
        CHECK_FALSE(audit.verify().ok());
    }
    SECTION("a damaged log is not sealed")
    {
        exec(hall, u"UPDATE events SET data = '{}' WHERE id = 2"_s);
        CHECK_FALSE(audit.seal().ok());
    }
    SECTION("the seals go with a backup")
    {
        const QString backup = hall.dir() + u"/copy.db"_s;
        REQUIRE(hall.db->backupTo(backup).ok());
        REQUIRE(audit.copySealsTo(backup).ok());
        CHECK(QFile::exists(backup + u".seals"_s));
    }
}

TEST_CASE("audit seals: each tampering of the issue is found", "[audit][seal]")
{
    TestHall hall;
    busyHall(hall);
    HallAudit audit(*hall.db, hall.clock);
    REQUIRE(audit.seal().ok());
    const qint64 sealed = AuditLog::verify(hall.db->sql()).value();

    SECTION("the newest events deleted")
    {
        exec(hall, u"DELETE FROM events WHERE id > ?"_s, {sealed - 3});
        CHECK(AuditLog::verify(hall.db->sql()).ok()); // the chain alone cannot tell
        const AuditVerification v = inspect(hall);
        REQUIRE_FALSE(v.ok());
        CHECK(v.listed.constFirst().kind == AuditDamageKind::Missing);
        CHECK(v.damaged == 3);
        CHECK(failing(hall).join(u'\n').contains(u"audit chain: events"_s));
    }
    SECTION("the newest events deleted with their ticket")
    {
        exec(hall, u"DELETE FROM events WHERE ticket_id = (SELECT max(id) FROM tickets)"_s);
        exec(hall, u"DELETE FROM tickets WHERE id = (SELECT max(id) FROM tickets)"_s);
        CHECK_FALSE(inspect(hall).ok());
    }
    SECTION("an event edited and the chain recomputed")
    {
        exec(hall, u"UPDATE events SET data = replace(data, 'B-001', 'B-004') WHERE id = 3"_s);
        rechain(hall);
        CHECK(AuditLog::verify(hall.db->sql()).ok()); // a consistent chain
        const AuditVerification v = inspect(hall);
        REQUIRE_FALSE(v.ok());
        CHECK(v.listed.constFirst().kind == AuditDamageKind::BadSeal);
        CHECK(v.listed.constFirst().message.contains(u"rewritten"_s));
    }
    SECTION("a forged event inserted before the seal, the chain recomputed")
    {
        exec(hall, u"UPDATE events SET id = id + 1000 WHERE id > 4"_s);
        exec(hall, u"UPDATE events SET id = id - 999 WHERE id > 1000"_s);
        exec(hall,
             u"INSERT INTO events (id, at, kind, data, prev_hash, hash) SELECT 5, at, 'staff.login', '{}', "
             u"'', '' FROM events WHERE id = 4"_s);
        rechain(hall);
        CHECK(AuditLog::verify(hall.db->sql()).ok());
        CHECK_FALSE(inspect(hall).ok());
    }
    SECTION("a forged event appended after the seal is not found by the seal (documented)")
    {
        exec(hall,
             u"INSERT INTO events (id, at, kind, data, prev_hash, hash) SELECT id + 1, at, 'staff.login', "
             u"'{}', '', '' FROM events WHERE id = ?"_s,
             {sealed});
        rechain(hall);
        CHECK(inspect(hall).ok());
        // The next seal vouches for it; a seal taken before it would not have counted it.
        CHECK(audit.seal().ok());
    }
    SECTION("the whole log replaced by a consistent shorter one")
    {
        exec(hall, u"DELETE FROM events WHERE id > 2"_s);
        rechain(hall);
        CHECK(AuditLog::verify(hall.db->sql()).ok());
        CHECK(inspect(hall).damaged == sealed - 2);
    }
    SECTION("without the key beside it (a backup), the seals are checked against the key they name")
    {
        QFile::remove(AuditSeals(hall.path()).keyPath());
        CHECK(inspect(hall).ok());
        exec(hall, u"DELETE FROM events WHERE id > ?"_s, {sealed - 1});
        CHECK(inspect(hall).listed.constFirst().kind == AuditDamageKind::Missing);
    }
    SECTION("a key others may read: the seals are not trusted")
    {
        QFile::setPermissions(AuditSeals(hall.path()).keyPath(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
        CHECK(hasKind(inspect(hall), AuditDamageKind::BadSeal));
    }
}
