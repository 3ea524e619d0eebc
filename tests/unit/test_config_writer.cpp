#include "core/Schedule.h"
#include "core/config/ConfigReader.h"
#include "core/config/ConfigWriter.h"

#include <QJsonArray>

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace antre;

TEST_CASE("the writer's JSON reads back to the same configuration, without PINs", "[config][writer]")
{
    HallConfig config;
    config.site.name = u"MPP Uji"_s;
    config.site.runningText = u"Selamat datang.\nBuka 24 jam."_s;
    config.agencies = {{u"DUKCAPIL"_s, u"Dukcapil"_s}};
    ServiceConfig service;
    service.code = u"KTPEL"_s;
    service.agency = u"DUKCAPIL"_s;
    service.name = u"KTP-el"_s;
    service.prefix = u"K"_s;
    service.dailyQuota = 80;
    service.hours.insert(6, {{QTime(0, 0), Schedule::endOfDay()}});
    service.closedDates = {QDate(2026, 12, 25)};
    config.services = {service};
    config.counters = {{u"L1"_s, u"Loket 1"_s, {u"KTPEL"_s}}};
    StaffConfig member;
    member.id = u"OFF1"_s;
    member.name = u"Budi"_s;
    member.pin = u"246810"_s;
    config.staff = {member};

    const QJsonObject json = ConfigWriter::toJson(config);
    const QJsonObject written = json.value(u"services"_s).toArray().at(0).toObject();
    CHECK(written.value(u"hours"_s).toObject().value(u"sat"_s).toArray().at(0).toString() ==
          u"00:00-24:00"_s);
    CHECK(written.value(u"daily_quota"_s).toInt() == 80);
    CHECK_FALSE(json.value(u"staff"_s).toArray().at(0).toObject().contains(u"pin"_s));
    CHECK_FALSE(ConfigWriter::toJsonBytes(config).contains("246810"));

    const auto back = ConfigReader::parse(ConfigWriter::toJsonBytes(config), u"export.json"_s);
    INFO((back.ok() ? QString() : back.error().message).toStdString());
    REQUIRE(back.ok());
    config.staff[0].pin.clear();
    CHECK(back.value().site == config.site);
    CHECK(back.value().services == config.services);
    CHECK(back.value().staff == config.staff);
}

TEST_CASE("an absent daily quota is not written", "[config][writer]")
{
    ServiceConfig service;
    service.code = u"A"_s;
    HallConfig config;
    config.services = {service};
    CHECK_FALSE(ConfigWriter::toJson(config)
                    .value(u"services"_s)
                    .toArray()
                    .at(0)
                    .toObject()
                    .contains(u"daily_quota"_s));
}
