#include "core/Schedule.h"
#include "core/config/ConfigFormats.h"

#include <catch2/catch.hpp>

using namespace Qt::Literals::StringLiterals;
using namespace antre;

TEST_CASE("time ranges: HH:MM-HH:MM, ending at 24:00 at the latest", "[config][formats]")
{
    CHECK(ConfigFormats::parseRange(u"07:30-13:30"_s) == TimeRange{QTime(7, 30), QTime(13, 30)});
    CHECK(ConfigFormats::parseRange(u"00:00-24:00"_s) == TimeRange{QTime(0, 0), Schedule::endOfDay()});
    CHECK(ConfigFormats::parseRange(u"20:00 - 24:00"_s) == TimeRange{QTime(20, 0), Schedule::endOfDay()});
    for (const QString& bad : {u"24:00-24:00"_s, u"24:00-08:00"_s, u"20:00-24:01"_s, u"20:00-25:00"_s,
                               u"8:00-12:00"_s, u"08.00-12.00"_s})
        CHECK_FALSE(ConfigFormats::parseRange(bad));
    CHECK(ConfigFormats::formatRange({QTime(0, 0), Schedule::endOfDay()}) == u"00:00-24:00"_s);
    CHECK(ConfigFormats::formatRange({QTime(8, 0), QTime(23, 59)}) == u"08:00-23:59"_s);
}

TEST_CASE("dates and weekday keys", "[config][formats]")
{
    CHECK(ConfigFormats::parseDate(u"2026-12-25"_s) == QDate(2026, 12, 25));
    CHECK_FALSE(ConfigFormats::parseDate(u"2026-02-30"_s));
    CHECK_FALSE(ConfigFormats::parseDate(u"2026-12-25\n"_s));
    CHECK(ConfigFormats::weekdayKey(1) == u"mon"_s);
    CHECK(ConfigFormats::weekdayKey(0).isEmpty());
    CHECK(ConfigFormats::weekdayFromKey(u"sun") == 7);
    CHECK(ConfigFormats::weekdayFromKey(u"Sun") == 0);
}
