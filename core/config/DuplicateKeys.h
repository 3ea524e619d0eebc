#pragma once

#include "core/config/ConfigProblem.h"

#include <QByteArray>

namespace antre {

// Keys that appear twice in one JSON object. QJsonDocument keeps only the last of them, so a file that sets
// "name" twice would be read without a word; this small scan of the raw text finds them, with the path of
// the object: services[1]: key "name" appears twice. The text must already have parsed as JSON.
class DuplicateKeys final
{
public:
    static ConfigProblems find(const QByteArray& json);
};

} // namespace antre
