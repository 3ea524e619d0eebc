// A database file with damaged pages (a failing disk, a torn write): a read that meets one is an error
// (ErrorCode::Corrupt, naming the file and what to do), never taken for the end of the rows, and from then on
// the connection writes nothing. The pages are overwritten in the middle of a table's b-tree, so that a scan
// reads good rows first and only then the damage, as in issue 13.
#include "core/AuditLog.h"
#include "core/Report.h"
#include "core/StaffDirectory.h"
#include "core/storage/Database.h"
#include "tests/support/DamagedFile.h"
#include "tests/support/ErrorCodeStringMaker.h"
#include "tests/support/TestHall.h"
#include "tests/support/TicketFixtures.h"

#include <QCryptographicHash>
#include <QFile>

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace antre;
using namespace antre::test;

namespace {

QByteArray hashOf(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Closes the hall's connection (its last: the log is checkpointed and removed), damages three pages in the
// middle of the table, and opens the file again.
void damage(TestHall& hall, const QString& table)
{
    hall.engine.reset();
    hall.staff.reset();
    hall.db.reset();
    damageMiddle(hall.path(), table, 3);
    REQUIRE(integrityCheck(hall.path()) != u"ok"_s);
    auto opened = Database::open(hall.path());
    REQUIRE(opened.ok());
    hall.db = std::move(opened).value();
    hall.engine = std::make_unique<QueueEngine>(*hall.db, hall.clock);
    hall.staff = std::make_unique<StaffDirectory>(*hall.db, hall.clock);
}

void requireDamageReported(const Error& error, const QString& path)
{
    INFO(error.message.toStdString());
    CHECK(error.code == ErrorCode::Corrupt);
    CHECK(error.kind == ErrorKind::Internal);
    CHECK(error.message.contains(path));
    CHECK(error.message.contains(u"antre check"_s));
    CHECK(error.message.contains(u"backup"_s));
}

} // namespace

TEST_CASE("A report over damaged ticket pages fails instead of short totals, and nothing is written after",
          "[storage][damage][sqlite]")
{
    TestHall hall;
    const QDate first = TestHall::monday().addDays(-7);
    fillTickets(hall, first, 3, 800);
    damage(hall, u"tickets"_s);
    const QByteArray before = hashOf(hall.path());

    auto report = ReportBuilder(*hall.db).build(first, first.addDays(2), hall.clock.now());
    if (report.ok())
        FAIL("the report read " << report.value().total.issued << " of 2400 tickets and said nothing");
    requireDamageReported(report.error(), hall.path());
    REQUIRE(hall.db->corruption().has_value());

    // The same connection refuses to write: a ticket, a booth, staff (nothing else reads the damaged rows).
    auto issued = hall.engine->issue(u"S2"_s, false);
    REQUIRE_FALSE(issued.ok());
    requireDamageReported(issued.error(), hall.path());
    CHECK_FALSE(hall.engine->openCounter(u"L1"_s, u"OFF1"_s).ok());
    CHECK_FALSE(hall.db->write([](QSqlDatabase&) -> Status { return Done{}; }).ok());

    hall.engine.reset();
    hall.staff.reset();
    hall.db.reset();
    CHECK(hashOf(hall.path()) == before);
}

TEST_CASE("The audit log over damaged event pages is an error, not a shorter log",
          "[storage][damage][audit][sqlite]")
{
    TestHall hall;
    auto filled = hall.db->batch([&]() -> Status {
        for (int i = 0; i < 600; ++i) {
            if (auto issued = hall.engine->issue(u"S2"_s, false); !issued.ok())
                return issued.error();
            hall.clock.advanceSecs(5);
        }
        return Done{};
    });
    REQUIRE(filled.ok());
    damage(hall, u"events"_s);
    const QByteArray before = hashOf(hall.path());

    SECTION("verify")
    {
        auto inspected = AuditLog::inspect(hall.db->sql());
        if (inspected.ok())
            FAIL("the audit log read " << inspected.value().events << " of 600 events");
        requireDamageReported(inspected.error(), hall.path());
    }
    SECTION("a range of events")
    {
        auto events = AuditLog::range(hall.db->sql(), TestHall::local(TestHall::monday(), QTime(0, 0)),
                                      hall.clock.now().addDays(1));
        if (events.ok())
            FAIL("the range read " << events.value().size() << " of 600 events");
        requireDamageReported(events.error(), hall.path());
    }
    // The last event, which the next one links to, is on a sound page: without the mark the ticket would be
    // written.
    auto issued = hall.engine->issue(u"S2"_s, false);
    REQUIRE_FALSE(issued.ok());
    requireDamageReported(issued.error(), hall.path());

    hall.engine.reset();
    hall.staff.reset();
    hall.db.reset();
    CHECK(hashOf(hall.path()) == before);
}

TEST_CASE("A read error of another kind stays a database error and does not stop writes", "[storage][damage]")
{
    TestHall hall;
    // A statement that fails while stepping (not at prepare): the row helpers report it, without the mark.
    auto q = Database::run(hall.db->sql(), u"SELECT abs(-9223372036854775807 - ?)"_s, {1});
    if (q.ok()) {
        auto row = Database::nextRow(q.value());
        REQUIRE_FALSE(row.ok());
        CHECK(row.error().code == ErrorCode::Database);
    } else {
        CHECK(q.error().code == ErrorCode::Database);
    }
    CHECK_FALSE(hall.db->corruption().has_value());
    CHECK(hall.engine->issue(u"S2"_s, false).ok());
}
