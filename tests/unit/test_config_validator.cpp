#include "core/Schedule.h"
#include "core/config/ConfigProblem.h"
#include "core/config/ConfigValidator.h"

#include <catch2/catch.hpp>
#include <functional>

using namespace Qt::Literals::StringLiterals;
using namespace antre;

namespace {

HallConfig smallHall()
{
    HallConfig config;
    config.site.name = u"MPP Uji"_s;
    config.agencies = {{u"DISNAKER"_s, u"Dinas Tenaga Kerja"_s}};
    ServiceConfig service;
    service.code = u"AK1"_s;
    service.agency = u"DISNAKER"_s;
    service.name = u"Kartu AK/I"_s;
    service.prefix = u"A"_s;
    service.hours.insert(1, {{QTime(8, 0), QTime(12, 0)}, {QTime(13, 0), QTime(15, 0)}});
    service.standard.requirements = {u"KTP-el"_s};
    service.standard.fee = u"Gratis"_s;
    service.standard.duration = u"1 hari"_s;
    config.services = {service};
    config.counters = {{u"L1"_s, u"Loket 1"_s, {u"AK1"_s}}};
    StaffConfig member;
    member.id = u"199001012015011001"_s;
    member.name = u"Siti Rahma"_s;
    member.counters = {u"L1"_s};
    config.staff = {member};
    return config;
}

QStringList problemsOf(const HallConfig& config)
{
    return configpath::format(ConfigValidator::run(config), {});
}

} // namespace

TEST_CASE("a small hall is valid", "[config][validator]")
{
    CHECK(problemsOf(smallHall()).isEmpty());
}

TEST_CASE("every text field has a maximum length, refused with its path", "[config][validator]")
{
    const QString huge(1000001, u'x');
    struct Field
    {
        QString path;
        std::function<void(HallConfig&, const QString&)> set;
        int max;
    };
    const QList<Field> fields{
        {u"site.name"_s, [](HallConfig& c, const QString& v) { c.site.name = v; }, 120},
        {u"site.ticket_footer"_s, [](HallConfig& c, const QString& v) { c.site.ticketFooter = v; }, 4000},
        {u"site.running_text"_s, [](HallConfig& c, const QString& v) { c.site.runningText = v; }, 4000},
        {u"site.call_phrase"_s, [](HallConfig& c, const QString& v) { c.site.callPhrase = v; }, 300},
        {u"agencies[0].name"_s, [](HallConfig& c, const QString& v) { c.agencies[0].name = v; }, 120},
        {u"services[0].name"_s, [](HallConfig& c, const QString& v) { c.services[0].name = v; }, 120},
        {u"services[0].standard.requirements[0]"_s,
         [](HallConfig& c, const QString& v) { c.services[0].standard.requirements[0] = v; }, 2000},
        {u"services[0].standard.fee"_s,
         [](HallConfig& c, const QString& v) { c.services[0].standard.fee = v; }, 300},
        {u"services[0].standard.duration"_s,
         [](HallConfig& c, const QString& v) { c.services[0].standard.duration = v; }, 300},
        {u"counters[0].name"_s, [](HallConfig& c, const QString& v) { c.counters[0].name = v; }, 120},
        {u"staff[0].name"_s, [](HallConfig& c, const QString& v) { c.staff[0].name = v; }, 120},
        {u"site.timezone"_s, [](HallConfig& c, const QString& v) { c.site.timezone = v; }, 64},
    };
    for (const auto& field : fields) {
        INFO(field.path.toStdString());
        HallConfig config = smallHall();
        field.set(config, QString(field.max, u'W'));
        if (field.path != u"site.timezone"_s)
            CHECK(problemsOf(config).isEmpty());
        field.set(config, huge);
        CHECK(problemsOf(config) ==
              QStringList{field.path + u": 1000001 characters, at most %1"_s.arg(field.max)});
    }
}

TEST_CASE("codes have a maximum length too", "[config][validator]")
{
    HallConfig config = smallHall();
    config.agencies[0].code = QString(41, u'D');
    config.services[0].agency = config.agencies[0].code;
    config.staff[0].id = QString(100000, u'1');
    CHECK(problemsOf(config) == QStringList{u"agencies[0].code: 41 characters, at most 40"_s,
                                            u"staff[0].id: 100000 characters, at most 40"_s});
}

TEST_CASE("noncharacters are refused in every text field", "[config][validator]")
{
    HallConfig config = smallHall();
    config.site.runningText = u"Selamat datang\U0010FFFF"_s;
    config.agencies[0].name = u"Dinas\uFDD0"_s;
    config.services[0].standard.requirements[0] = u"KTP-el \U0001FFFE"_s;
    config.counters[0].name = u"Loket \uFFFE"_s;
    config.staff[0].name = u"Siti\uFFFF"_s;
    CHECK(problemsOf(config) ==
          QStringList{u"site.running_text: contains U+10FFFF (a noncharacter); remove it"_s,
                      u"agencies[0].name: contains U+FDD0 (a noncharacter); remove it"_s,
                      u"services[0].standard.requirements[0]: contains U+1FFFE (a noncharacter); remove it"_s,
                      u"counters[0].name: contains U+FFFE (a noncharacter); remove it"_s,
                      u"staff[0].name: contains U+FFFF (a noncharacter); remove it"_s});
}

TEST_CASE("time zones: IANA ids and their aliases, not fixed offsets", "[config][validator]")
{
    for (const QString& zone :
         {u"Asia/Jakarta"_s, u"Asia/Makassar"_s, u"Asia/Jayapura"_s, u"Asia/Pontianak"_s, u"Asia/Calcutta"_s,
          u"Asia/Ujung_Pandang"_s, u"America/Argentina/Buenos_Aires"_s, u"UTC"_s}) {
        INFO(zone.toStdString());
        CHECK(ConfigValidator::timeZoneProblem(zone).isEmpty());
        // The stored id works wherever the hall turns it into a zone.
        CHECK(Schedule::zone(zone).isValid());
    }
    const QString suggestion =
        u" is a fixed offset, not a time zone; use Asia/Jakarta (WIB), Asia/Makassar (WITA) or Asia/Jayapura (WIT)"_s;
    for (const QString& offset : {u"UTC+07:00"_s, u"UTC+7"_s, u"utc-08:00"_s, u"GMT+8"_s, u"Etc/GMT-7"_s})
        CHECK(ConfigValidator::timeZoneProblem(offset) == u'"' + offset + u'"' + suggestion);
    // POSIX rules QTimeZone also reads ("WIB-7", even a bare "Asia"), and the zoneinfo variants.
    for (const QString& bad : {u"Asia/Jakarte"_s, u"WIB-7"_s, u"Asia"_s, u"right/Asia/Jakarta"_s,
                               u"posix/Asia/Jakarta"_s, u"../zoneinfo/Asia/Jakarta"_s, u" Asia/Jakarta"_s})
        CHECK(ConfigValidator::timeZoneProblem(bad) ==
              u'"' + bad + u"\" is not a known IANA time zone (e.g. Asia/Jakarta)"_s);
    CHECK(ConfigValidator::timeZoneProblem({}) == u"is required"_s);
}

TEST_CASE("a cutoff as long as a range is refused, naming the range", "[config][validator]")
{
    HallConfig config = smallHall();
    config.services[0].cutoffMin = 119;
    CHECK(problemsOf(config).isEmpty());
    config.services[0].cutoffMin = 120;
    CHECK(problemsOf(config) ==
          QStringList{u"services[0].cutoff_min: 120 minutes is not shorter than services[0].hours.mon[1] "
                      u"\"13:00-15:00\" (120 minutes): no ticket could be issued in it"_s});
    config.services[0].cutoffMin = 30;
    config.services[0].overrides = {
        {QDate(2027, 2, 8), QDate(2027, 3, 9), {{2, {{QTime(7, 30), QTime(8, 0)}}}}}};
    CHECK(problemsOf(config) ==
          QStringList{
              u"services[0].cutoff_min: 30 minutes is not shorter than services[0].overrides[0].hours.tue[0] "
              u"\"07:30-08:00\" (30 minutes): no ticket could be issued in it"_s});
}

TEST_CASE("a range may end at 24:00", "[config][validator]")
{
    HallConfig config = smallHall();
    config.services[0].hours[6] = {{QTime(0, 0), Schedule::endOfDay()}};
    config.services[0].hours[7] = {{QTime(20, 0), Schedule::endOfDay()}, {QTime(8, 0), QTime(20, 0)}};
    CHECK(problemsOf(config).isEmpty());
    config.services[0].hours[7] = {{QTime(20, 0), Schedule::endOfDay()},
                                   {QTime(23, 0), Schedule::endOfDay()}};
    CHECK(problemsOf(config) ==
          QStringList{u"services[0].hours.sun[1]: \"23:00-24:00\" overlaps \"20:00-24:00\""_s});
}
