// `antre check` on a log whose events could not have happened in that order: a database written before the
// engine kept its events from going back in time, or edited. The edits keep the rest consistent (the
// ticket rows follow their events, the hash chain is recomputed, as such a database would have it), so
// that only the order is wrong.
#include "core/integrity/IntegrityCheck.h"
#include "core/storage/Database.h"
#include "tests/support/QtStringMakers.h"
#include "tests/support/TestHall.h"

#include <QCryptographicHash>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace antre;
using antre::test::TestHall;

namespace {

const QString kOrder = u"events in the order they happened"_s;

void exec(TestHall& hall, const QString& sql, const QVariantList& args = {})
{
    const auto done = hall.db->write([&](QSqlDatabase& db) -> Status {
        auto r = Database::run(db, sql, args);
        return r.ok() ? Status(Done{}) : Status(r.error());
    });
    if (!done.ok())
        FAIL(done.error().message.toStdString());
}

// The hash chain as the engine would have written it over these rows (AuditLog's rule).
void rechain(TestHall& hall)
{
    auto q = Database::run(
        hall.db->sql(),
        u"SELECT id, at, kind, ticket_id, counter_code, staff_code, data FROM events ORDER BY id"_s);
    REQUIRE(q.ok());
    QList<QVariantList> rows;
    QString previous(64, u'0');
    REQUIRE(Database::forEachRow(q.value(), [&](const QSqlQuery& r) {
                const QByteArray event =
                    (r.value(0).toString() + u'|' + r.value(1).toString() + u'|' + r.value(2).toString() +
                     u'|' + QString::number(r.value(3).toLongLong()) + u'|' + r.value(4).toString() + u'|' +
                     r.value(5).toString() + u'|' + r.value(6).toString())
                        .toUtf8();
                const QString hash = QString::fromLatin1(
                    QCryptographicHash::hash(QByteArray(previous.toLatin1() + "|" + event),
                                             QCryptographicHash::Sha256)
                        .toHex());
                rows.append({previous, hash, r.value(0)});
                previous = hash;
            }).ok());
    q.value().finish();
    for (const auto& row : rows)
        exec(hall, u"UPDATE events SET prev_hash = ?, hash = ? WHERE id = ?"_s, row);
}

qint64 eventId(TestHall& hall, const QString& kind, int seq)
{
    auto q =
        Database::run(hall.db->sql(),
                      u"SELECT e.id FROM events e JOIN tickets t ON t.id = e.ticket_id WHERE e.kind = ? AND "
                      u"t.prefix = 'A' AND t.seq = ?"_s,
                      {kind, seq});
    REQUIRE(q.ok());
    auto row = Database::nextRow(q.value());
    REQUIRE(row.ok());
    REQUIRE(row.value());
    const qint64 id = q.value().value(0).toLongLong();
    q.value().finish();
    return id;
}

qint64 counterEventId(TestHall& hall, const QString& kind)
{
    auto q = Database::run(hall.db->sql(), u"SELECT max(id) FROM events WHERE kind = ?"_s, {kind});
    REQUIRE(q.ok());
    auto row = Database::nextRow(q.value());
    REQUIRE(row.ok());
    REQUIRE(row.value());
    const qint64 id = q.value().value(0).toLongLong();
    q.value().finish();
    return id;
}

QStringList failing(const QList<IntegrityFinding>& findings)
{
    QStringList names;
    for (const auto& f : findings)
        if (!f.ok)
            names << f.check;
    return names;
}

QString problemOf(const QList<IntegrityFinding>& findings, const QString& check)
{
    for (const auto& f : findings)
        if (f.check == check)
            return f.problem;
    FAIL("no finding " << check.toStdString());
    return {};
}

// Monday 2026-11-23 (WIB, UTC+7): A-001 issued 09:00, A-002 09:10, L1 opened 09:20 and A-001 called, served
// from 09:30 and finished 09:40.
void morning(TestHall& hall)
{
    hall.setLocal(TestHall::monday(), QTime(9, 0));
    REQUIRE(hall.engine->issue(u"S1"_s, false).ok());
    hall.setLocal(QTime(9, 10));
    REQUIRE(hall.engine->issue(u"S1"_s, false).ok());
    hall.setLocal(QTime(9, 20));
    REQUIRE(hall.engine->openCounter(u"L1"_s, u"OFF1"_s).ok());
    REQUIRE(hall.engine->callNext(u"L1"_s).ok());
    hall.setLocal(QTime(9, 30));
    REQUIRE(hall.engine->startServing(u"L1"_s).ok());
    hall.setLocal(QTime(9, 40));
    REQUIRE(hall.engine->finish(u"L1"_s, Outcome::Completed).ok());
}

constexpr qint64 kMinute = 60'000;

} // namespace

TEST_CASE("check: events in an impossible order are each named, with their ticket", "[integrity][order]")
{
    TestHall hall;
    morning(hall);
    REQUIRE(failing(IntegrityCheck(*hall.db).check()).isEmpty());
    const qint64 issued1 = eventId(hall, u"ticket.issued"_s, 1);
    const qint64 issued2 = eventId(hall, u"ticket.issued"_s, 2);
    const qint64 called1 = eventId(hall, u"ticket.called"_s, 1);
    const qint64 serving1 = eventId(hall, u"ticket.serving"_s, 1);
    const qint64 done1 = eventId(hall, u"ticket.done"_s, 1);
    const qint64 opened = counterEventId(hall, u"counter.opened"_s);
    QString expected;
    SECTION("the clock went back an hour for one ticket")
    {
        exec(hall, u"UPDATE events SET at = at - ? WHERE id = ?"_s, {60 * kMinute, issued2});
        exec(hall,
             u"UPDATE tickets SET issued_at = issued_at - ?, queued_at = queued_at - ? WHERE prefix = 'A' "
             u"AND seq = 2"_s,
             {60 * kMinute, 60 * kMinute});
        expected =
            u"event %1 (A-002 on 2026-11-23): ticket.issued at 2026-11-23T01:10:00.000Z, before event %2 "
            u"logged ahead of it (2026-11-23T02:00:00.000Z)"_s.arg(issued2)
                .arg(issued1);
    }
    SECTION("a ticket called before it was issued")
    {
        exec(hall, u"UPDATE events SET at = at - ? WHERE id = ?"_s, {30 * kMinute, called1});
        exec(hall,
             u"UPDATE tickets SET first_called_at = first_called_at - ?, called_at = called_at - ? WHERE "
             u"prefix "
             u"= 'A' AND seq = 1"_s,
             {30 * kMinute, 30 * kMinute});
        expected =
            u"event %1 (A-001 on 2026-11-23): ticket.called at 2026-11-23T01:50:00.000Z, before event %2 "
            u"logged ahead of it (2026-11-23T02:20:00.000Z), ticket.called at 2026-11-23T01:50:00.000Z, "
            u"before the ticket was issued at 2026-11-23T02:00:00.000Z"_s.arg(called1)
                .arg(opened);
    }
    SECTION("a ticket finished before it was called")
    {
        exec(hall, u"UPDATE events SET at = at - ? WHERE id = ?"_s, {25 * kMinute, done1});
        expected =
            u"event %1 (A-001 on 2026-11-23): ticket.done at 2026-11-23T02:15:00.000Z, before event %2 "
            u"logged ahead of it (2026-11-23T02:30:00.000Z), ticket.done at 2026-11-23T02:15:00.000Z, "
            u"before the ticket was called at 2026-11-23T02:20:00.000Z"_s.arg(done1)
                .arg(serving1);
    }
    SECTION("a ticket finished before its service started")
    {
        exec(hall, u"UPDATE events SET at = at + ? WHERE id = ?"_s, {15 * kMinute, serving1});
        expected =
            u"event %1 (A-001 on 2026-11-23): ticket.done at 2026-11-23T02:40:00.000Z, before event %2 "
            u"logged ahead of it (2026-11-23T02:45:00.000Z), ticket.done at 2026-11-23T02:40:00.000Z, "
            u"before the ticket's service started at 2026-11-23T02:45:00.000Z"_s.arg(done1)
                .arg(serving1);
    }
    SECTION("equal times are in order")
    {
        exec(hall, u"UPDATE events SET at = at + ? WHERE id = ?"_s, {10 * kMinute, serving1});
        rechain(hall);
        CHECK(failing(IntegrityCheck(*hall.db).check()).isEmpty());
        return;
    }
    rechain(hall);
    const auto findings = IntegrityCheck(*hall.db).check();
    CHECK(failing(findings) == QStringList{kOrder});
    CHECK(problemOf(findings, kOrder) == expected);
}

TEST_CASE("check: events out of order are listed up to the limit, with the count of all",
          "[integrity][order]")
{
    TestHall hall;
    morning(hall);
    hall.setLocal(QTime(10, 0));
    for (int i = 0; i < 12; ++i)
        REQUIRE(hall.engine->issue(u"S2"_s, false).ok());
    // The twelve issued a day early, as a clock set to the wrong date would have written them.
    exec(hall,
         u"UPDATE events SET at = at - ? WHERE kind = 'ticket.issued' AND ticket_id IN (SELECT id FROM "
         u"tickets WHERE prefix = 'B')"_s,
         {24 * 60 * kMinute});
    exec(hall,
         u"UPDATE tickets SET issued_at = issued_at - ?, queued_at = queued_at - ? WHERE prefix = 'B'"_s,
         {24 * 60 * kMinute, 24 * 60 * kMinute});
    rechain(hall);
    const auto findings = IntegrityCheck(*hall.db).check();
    CHECK(failing(findings) == QStringList{kOrder});
    const QString problem = problemOf(findings, kOrder);
    CHECK(problem.count(u"ticket.issued at 2026-11-22T03:00:00.000Z, before event "_s) == 10);
    CHECK(problem.startsWith(u"event "_s));
    CHECK(problem.contains(u"(B-001 on 2026-11-23)"_s));
    CHECK(problem.contains(u"(B-010 on 2026-11-23)"_s));
    CHECK_FALSE(problem.contains(u"(B-011 on 2026-11-23)"_s));
    INFO(problem.toStdString());
    CHECK(problem.endsWith(u" (12 event(s) in all)"_s)); // English has no plural forms of its own
}
