#pragma once

#include "core/HallConfig.h"

#include <optional>

namespace antre {

// The text formats of the configuration file: time ranges, dates and weekday keys.
class ConfigFormats final
{
public:
    // "08:00-12:00"; the end may be "24:00", the end of the day (Schedule::endOfDay()).
    static QString formatRange(const TimeRange& range);
    static std::optional<TimeRange> parseRange(const QString& text);
    static std::optional<QDate> parseDate(const QString& text); // YYYY-MM-DD, nothing around it
    static QString weekdayKey(int isoWeekday);                  // "mon" … "sun"; empty outside 1…7
    static int weekdayFromKey(QStringView key);                 // 0 when not a weekday key
};

} // namespace antre
