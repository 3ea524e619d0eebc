#include "tests/support/TestHall.h"

#include "core/HallStore.h"

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;

namespace antre::test {

namespace {
QList<TimeRange> ranges(std::initializer_list<std::pair<QTime, QTime>> list)
{
    QList<TimeRange> out;
    for (const auto& [from, to] : list)
        out << TimeRange{from, to};
    return out;
}
} // namespace

QTimeZone TestHall::zone()
{
    return QTimeZone("Asia/Jakarta");
}

QDateTime TestHall::local(QDate date, QTime time)
{
    return QDateTime(date, time, zone()).toUTC();
}

HallConfig TestHall::smallConfig()
{
    HallConfig c;
    c.site.name = u"Test Hall"_s;
    c.site.timezone = u"Asia/Jakarta"_s;
    c.site.priorityRunLimit = 3;
    c.agencies = {{u"AG1"_s, u"Agency One"_s}, {u"AG2"_s, u"Agency Two"_s}};

    ServiceConfig s1;
    s1.code = u"S1"_s;
    s1.agency = u"AG1"_s;
    s1.name = u"Service One"_s;
    s1.prefix = u"A"_s;
    s1.dailyQuota = 5;
    s1.targetWaitMin = 15;
    s1.cutoffMin = 30;
    for (int day = 1; day <= 5; ++day)
        s1.hours.insert(day, ranges({{QTime(8, 0), QTime(12, 0)}, {QTime(13, 0), QTime(15, 0)}}));
    s1.standard = {{u"KTP-el"_s}, u"Gratis"_s, u"1 hari kerja"_s};

    ServiceConfig s2;
    s2.code = u"S2"_s;
    s2.agency = u"AG1"_s;
    s2.name = u"Service Two"_s;
    s2.prefix = u"B"_s;
    s2.targetWaitMin = 10;
    for (int day = 1; day <= 6; ++day)
        s2.hours.insert(day, ranges({{QTime(8, 0), QTime(16, 0)}}));

    ServiceConfig s3;
    s3.code = u"S3"_s;
    s3.agency = u"AG2"_s;
    s3.name = u"Service Three"_s;
    s3.prefix = u"C"_s;
    s3.hours.insert(2, ranges({{QTime(8, 0), QTime(12, 0)}}));

    c.services = {s1, s2, s3};
    c.counters = {{u"L1"_s, u"Loket 1"_s, {u"S1"_s, u"S2"_s}},
                  {u"L2"_s, u"Loket 2"_s, {u"S1"_s}},
                  {u"L3"_s, u"Loket 3"_s, {u"S2"_s, u"S3"_s}}};
    c.staff = {{u"OFF1"_s, u"Officer One"_s, Role::Officer, {u"L1"_s, u"L2"_s}, u"1234"_s, true},
               {u"OFF2"_s, u"Officer Two"_s, Role::Officer, {u"L3"_s}, u"5678"_s, true},
               {u"SPV"_s, u"Supervisor"_s, Role::Supervisor, {}, u"9999"_s, true}};
    return c;
}

TestHall::TestHall(const HallConfig& config) : clock(local(monday(), QTime(9, 0)))
{
    REQUIRE(m_dir.isValid());
    if (onPostgres())
        m_pg = std::make_unique<PgTestDatabase>();
    auto opened = Database::open(path());
    if (!opened.ok())
        FAIL(opened.error().message.toStdString());
    db = std::move(opened).value();
    auto imported = HallStore(*db, clock).import(config);
    if (!imported.ok())
        FAIL(imported.error().message.toStdString());
    engine = std::make_unique<QueueEngine>(*db, clock);
    staff = std::make_unique<StaffDirectory>(*db, clock);
}

HallServices& TestHall::services()
{
    if (!m_hall) {
        auto opened = Hall::open(path(), clock);
        if (!opened.ok())
            FAIL(opened.error().message.toStdString());
        m_hall = std::move(opened).value();
    }
    return m_hall->services();
}

TestHall::~TestHall()
{
    m_hall.reset();
    staff.reset();
    engine.reset();
    db.reset();
    m_pg.reset(); // after every connection to it is gone
}

} // namespace antre::test
