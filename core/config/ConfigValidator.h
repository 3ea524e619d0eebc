#pragma once

#include "core/HallConfig.h"
#include "core/config/ConfigProblem.h"

namespace antre {

// The rules that hold for a configuration whether it came from a file or from the supervisor's editor:
// texts (config/TextRules.h), codes unique and referenced codes known, hours that make sense, a usable time
// zone. Paths are those of the JSON file ("services[3].hours.mon[1]").
class ConfigValidator final
{
public:
    static ConfigProblems run(const HallConfig& config);
    // Why `ianaId` is not a time zone the hall can use; empty when it is. Any IANA id QTimeZone knows is
    // fine, old aliases (Asia/Calcutta, Asia/Ujung_Pandang) too; a fixed offset ("UTC+07:00") is not.
    static QString timeZoneProblem(const QString& ianaId);
    // The longest time zone id accepted (the longest IANA id has 32 characters).
    static constexpr qsizetype kMaxTimeZoneLength = 64;
};

} // namespace antre
