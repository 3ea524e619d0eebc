// The audit log's head a report was made from, printed on it (issue 13, item 3).
#include "core/AuditLog.h"
#include "core/Report.h"
#include "core/hall/HallAudit.h"
#include "core/report/ReportHead.h"
#include "core/storage/Database.h"
#include "tests/support/QtStringMakers.h"
#include "tests/support/TestHall.h"

#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace antre;
using antre::test::TestHall;

namespace {

Report dailyReport(TestHall& hall)
{
    auto report = ReportBuilder(*hall.db).build(TestHall::monday(), TestHall::monday(), hall.clock.now());
    REQUIRE(report.ok());
    return report.value();
}

std::pair<qint64, QString> logHead(TestHall& hall)
{
    auto head = AuditLog::head(hall.db->sql());
    REQUIRE(head.ok());
    return head.value();
}

} // namespace

TEST_CASE("a report carries the audit head it was made from, in text and JSON but not in CSV",
          "[reports][report-head]")
{
    TestHall hall;
    hall.setLocal(TestHall::monday(), QTime(9, 0));
    REQUIRE(hall.engine->issue(u"S1"_s, false).ok());
    REQUIRE(hall.engine->issue(u"S2"_s, false).ok());
    const auto [events, hash] = logHead(hall);
    REQUIRE(events > 2);
    REQUIRE(hash.size() == 64);

    const Report report = dailyReport(hall);
    REQUIRE(report.head.has_value());
    CHECK(report.head->events == events);
    CHECK(report.head->hash == hash);
    CHECK_FALSE(report.head->sealedAt.has_value());
    CHECK(report.head->shortHash() == hash.left(16) + u'…');
    const QString line =
        u"Made from the audit log up to event %1 (head %2…); not sealed yet."_s.arg(events).arg(
            hash.left(16));
    CHECK(report.head->text(TestHall::zone()) == line);

    // The text report: the third line of its heading.
    const QStringList text = ReportBuilder::toText(report).split(u'\n');
    REQUIRE(text.size() > 3);
    CHECK(text.at(2) == line);
    const QJsonObject head = ReportBuilder::toJson(report).value(u"audit_head"_s).toObject();
    CHECK(head.value(u"events"_s).toInteger() == events);
    CHECK(head.value(u"hash"_s).toString() == hash);
    CHECK(head.value(u"sealed_at"_s).isNull());
    CHECK(head.value(u"sealed_events"_s).isNull());
    // The CSV's rows stay data only (tests/data/report_golden.csv).
    CHECK_FALSE(ReportBuilder::toCsv(report).contains(hash.left(16).toLatin1()));
    CHECK_FALSE(ReportBuilder::toCsv(report).contains("audit"));

    // A later report names the later head; the first keeps its own.
    REQUIRE(hall.engine->issue(u"S1"_s, false).ok());
    const Report later = dailyReport(hall);
    CHECK(later.head->events == events + 1);
    CHECK(later.head->hash != hash);
    CHECK(report.head->events == events);
}

TEST_CASE("a report made by hand has no head and prints none", "[reports][report-head]")
{
    Report report;
    report.siteName = u"Hall"_s;
    report.timezone = u"Asia/Jakarta"_s;
    report.from = report.to = TestHall::monday();
    report.asOf = TestHall::local(TestHall::monday(), QTime(9, 0));
    CHECK_FALSE(ReportBuilder::toText(report).contains(u"audit log"_s));
    CHECK_FALSE(ReportBuilder::toJson(report).contains(u"audit_head"_s));
}

TEST_CASE("a report names the newest seal of the hall", "[reports][report-head][seal]")
{
    TestHall hall;
    hall.setLocal(TestHall::monday(), QTime(9, 0));
    REQUIRE(hall.engine->issue(u"S1"_s, false).ok());
    HallAudit audit(*hall.db, hall.clock);
    REQUIRE(audit.seal().ok());
    hall.setLocal(QTime(15, 0));
    auto sealed = audit.seal();
    REQUIRE(sealed.ok());
    hall.setLocal(QTime(15, 5));
    REQUIRE(hall.engine->issue(u"S2"_s, false).ok()); // after the seal: the head is past it
    const auto [events, hash] = logHead(hall);
    REQUIRE(events > sealed.value().events);

    const Report report = dailyReport(hall);
    REQUIRE(report.head.has_value());
    REQUIRE(report.head->sealedAt.has_value());
    CHECK(*report.head->sealedAt == TestHall::local(TestHall::monday(), QTime(15, 0)));
    CHECK(report.head->sealedEvents == sealed.value().events);
    CHECK(
        report.head->text(TestHall::zone()) ==
        u"Made from the audit log up to event %1 (head %2…); newest seal 2026-11-23 15.00, up to event %3."_s
            .arg(events)
            .arg(hash.left(16))
            .arg(sealed.value().events));
    const QJsonObject head = ReportBuilder::toJson(report).value(u"audit_head"_s).toObject();
    CHECK(head.value(u"sealed_at"_s).toString() == u"2026-11-23T08:00:00.000Z"_s);
    CHECK(head.value(u"sealed_events"_s).toInteger() == sealed.value().events);
}
