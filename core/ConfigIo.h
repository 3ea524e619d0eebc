#pragma once

#include "core/HallConfig.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace antre {

// Reads and writes the hall configuration JSON (see docs/CONFIGURATION.md).
// Every problem is reported as "<file>: <json.path>: <problem>", e.g.
//   hall.json: services[2].hours.fri[0]: "8:00-11.30" is not HH:MM-HH:MM
// A facade over core/config/: ConfigReader, ConfigValidator, ConfigWriter, ConfigFormats and TextRules (the
// text rule, also for text typed at runtime). Their messages use this class's translation context.
class ConfigIo final
{
    Q_DECLARE_TR_FUNCTIONS(ConfigIo)
public:
    // Parses and validates; on failure Error::kind is BadInput and Error::message lists every
    // problem found (one per line), each prefixed with fileLabel.
    static Result<HallConfig> parse(const QByteArray& json, const QString& fileLabel);
    static Result<HallConfig> readFile(const QString& path);
    // Validates an in-memory configuration with the same rules as parse (used by the supervisor editor).
    // Returns one message per problem, each "<json.path>: <problem>"; empty when valid.
    static QStringList validate(const HallConfig& config);
    // Never contains PINs.
    static QJsonObject toJson(const HallConfig& config);
    static QByteArray toJsonBytes(const HallConfig& config);

    static QString formatRange(const TimeRange& range); // "08:00-12:00"; "24:00" ends at midnight
    static std::optional<TimeRange> parseRange(const QString& text);
    static QString weekdayKey(int isoWeekday); // "mon" … "sun"
};

} // namespace antre
