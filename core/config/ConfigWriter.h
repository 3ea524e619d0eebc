#pragma once

#include "core/HallConfig.h"

#include <QByteArray>
#include <QJsonObject>

namespace antre {

// HallConfig -> the JSON of the configuration file, which ConfigReader reads back to the same HallConfig.
// Never contains PINs: an export may be mailed around; PINs only travel into the hall.
class ConfigWriter final
{
public:
    static QJsonObject toJson(const HallConfig& config);
    static QByteArray toJsonBytes(const HallConfig& config); // indented
};

} // namespace antre
