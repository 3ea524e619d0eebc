#include "core/ConfigIo.h"

#include "core/config/ConfigFormats.h"
#include "core/config/ConfigProblem.h"
#include "core/config/ConfigReader.h"
#include "core/config/ConfigValidator.h"
#include "core/config/ConfigWriter.h"

namespace antre {

Result<HallConfig> ConfigIo::parse(const QByteArray& json, const QString& fileLabel)
{
    return ConfigReader::parse(json, fileLabel);
}

Result<HallConfig> ConfigIo::readFile(const QString& path)
{
    return ConfigReader::readFile(path);
}

QStringList ConfigIo::validate(const HallConfig& config)
{
    return configpath::format(ConfigValidator::run(config), {});
}

QJsonObject ConfigIo::toJson(const HallConfig& config)
{
    return ConfigWriter::toJson(config);
}

QByteArray ConfigIo::toJsonBytes(const HallConfig& config)
{
    return ConfigWriter::toJsonBytes(config);
}

QString ConfigIo::formatRange(const TimeRange& range)
{
    return ConfigFormats::formatRange(range);
}

std::optional<TimeRange> ConfigIo::parseRange(const QString& text)
{
    return ConfigFormats::parseRange(text);
}

QString ConfigIo::weekdayKey(int isoWeekday)
{
    return ConfigFormats::weekdayKey(isoWeekday);
}

} // namespace antre
