#include "core/engine/EngineParts.h"
#include "tests/support/QtStringMakers.h"

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace antre;

TEST_CASE("engine parts: an IN list has one placeholder per value", "[engine_parts]")
{
    CHECK(engine::placeholders(0).isEmpty());
    CHECK(engine::placeholders(1) == u"?");
    CHECK(engine::placeholders(3) == u"?, ?, ?");
    const QVariantList ids = engine::toVariants({7, 9, 11});
    REQUIRE(ids.size() == 3);
    CHECK(ids.at(0).toLongLong() == 7);
    CHECK(ids.at(2).toLongLong() == 11);
    CHECK(engine::toVariants({}).isEmpty());
}

TEST_CASE("engine parts: a stored time is UTC milliseconds, and NULL is no time", "[engine_parts]")
{
    CHECK_FALSE(engine::fromMs(QVariant()).isValid());
    const QDateTime at = engine::fromMs(QVariant(qint64{1'764'633'600'000}));
    CHECK(at.timeSpec() == Qt::UTC);
    CHECK(at.toString(Qt::ISODate) == u"2025-12-02T00:00:00Z");
}

TEST_CASE("engine parts: a ticket's audit fields are its number, service and business day", "[engine_parts]")
{
    TicketInfo t;
    t.number = TicketNumber(u"A"_s, 7);
    t.serviceCode = u"KTPEL"_s;
    t.businessDay = QDate(2026, 12, 2);
    const QJsonObject json = engine::ticketJson(t);
    CHECK(json.size() == 3);
    CHECK(json.value(u"ticket"_s).toString() == t.number.toString());
    CHECK(json.value(u"service"_s).toString() == u"KTPEL");
    CHECK(json.value(u"day"_s).toString() == u"2026-12-02");
}
