#pragma once

#include "core/HallConfig.h"
#include "core/Result.h"

#include <QByteArray>

namespace antre {

// JSON bytes -> HallConfig: syntax, repeated keys, shape, types, unknown keys and the formats of times and
// dates, then the rules of ConfigValidator. On failure Error::kind is BadInput, Error::code invalid_config
// (config_unreadable when the file cannot be read) and Error::message has one line per problem, each
// "<fileLabel>: <json.path>: <problem>".
class ConfigReader final
{
public:
    static Result<HallConfig> parse(const QByteArray& json, const QString& fileLabel);
    static Result<HallConfig> readFile(const QString& path);

    // A hall configuration is a few hundred kilobytes at most; anything bigger is the wrong file.
    static constexpr qint64 kMaxFileBytes = 5 * 1024 * 1024;
    // Whole numbers (quota, minutes, run limit) beyond this are a slip of the keyboard.
    static constexpr double kMaxWholeNumber = 1e9;
};

} // namespace antre
